// Expenses and loans in 审批 (issue 21, W2) over one replica, the server's part written as
// it writes it: a claim submitted by a rep with two steps (her manager named, then any
// director). Who finds it in 待我审批 at which step (data-driven: the manager, the director
// only once the first step is approved, never the requester, the manager's delegate while
// she is away); what it asks in words (amount by category, over budget), in English and in
// Chinese; a decision written to its expense_steps row and waiting in the outbox; the rep's
// 我的申请 with its stage and without her drafts; withdrawing refused here (the expense does it).
#include "core/id.h"
#include "models/approvalservice.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QDate>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Rep = u"0192b6c8-0000-7000-8000-000000000001"_s;      // 王芳, sales
const QString Manager = u"0192b6c8-0000-7000-8000-000000000002"_s;  // 陈静, her manager
const QString Director = u"0192b6c8-0000-7000-8000-000000000003"_s; // 赵敏
const QString Delegate = u"0192b6c8-0000-7000-8000-000000000004"_s; // 李强, decides for 陈静 while she is away
const QString Other = u"0192b6c8-0000-7000-8000-000000000005"_s;    // 孙丽, another rep
const QString Ts = u"2026-11-20T08:00:00.000Z"_s;
} // namespace

class tst_ApprovalServiceExpenses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); }
    void init();
    void cleanup();

    void whoDecides_data();
    void whoDecides();
    void subject();
    void subjectInChinese();
    void decideWritesTheStep();
    void withoutItsSteps();
    void mineListsItWithItsStage();
    void withdrawnOnTheExpense();

private:
    // A row as the server writes it: confirmed (version 1), not in the outbox.
    void insert(const QString &table, Row row)
    {
        row.insert(u"version"_s, 1);
        row.insert(u"deleted"_s, 0);
        row.insert(u"created_at"_s, row.value(u"created_at"_s, Ts));
        row.insert(u"updated_at"_s, Ts);
        QStringList marks;
        for (qsizetype i = 0; i < row.size(); ++i)
            marks << u"?"_s;
        m_replica->database().exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, row.keys().join(u", "), marks.join(u", ")),
                                   row.values());
    }
    // The first step approved by the manager, the director's pending.
    void firstStepApproved()
    {
        Database &db = m_replica->database();
        db.exec(u"UPDATE expense_steps SET status = 'approved', decided_by = ?, decided_at = ?, comment = '同意' WHERE id = ?"_s,
                {Manager, Ts, m_step1});
        db.exec(u"UPDATE expense_steps SET status = 'pending', pending_since = ? WHERE id = ?"_s, {Ts, m_step2});
        db.exec(u"UPDATE expenses SET step_no = 2, approver_id = NULL WHERE id = ?"_s, {m_claim});
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_claim, m_step1, m_step2;
};

void tst_ApprovalServiceExpenses::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    for (const auto &[id, login, name, role] :
         {std::tuple{Rep, "wangfang", "王芳", "sales"}, std::tuple{Manager, "chenjing", "陈静", "manager"},
          std::tuple{Director, "zhaomin", "赵敏", "director"}, std::tuple{Delegate, "liqiang", "李强", "manager"},
          std::tuple{Other, "sunli", "孙丽", "sales"}})
        insert(u"users"_s, Row{{u"id"_s, id},
                               {u"login"_s, QString::fromLatin1(login)},
                               {u"display_name"_s, QString::fromUtf8(name)},
                               {u"role"_s, QString::fromLatin1(role)},
                               {u"disabled"_s, 0},
                               {u"manager_id"_s, id == Rep || id == Other ? QVariant(Manager) : QVariant()}});
    // Submitted a day ago: the server found it over budget and made its two steps.
    m_claim = Id::generate().toString();
    insert(u"expenses"_s, Row{{u"id"_s, m_claim},
                              {u"owner_id"_s, Rep},
                              {u"created_by"_s, Rep},
                              {u"kind"_s, u"claim"_s},
                              {u"title"_s, u"杭州出差"_s},
                              {u"status"_s, u"pending"_s},
                              {u"spent_on"_s, u"2026-11-18"_s},
                              {u"amount_fen"_s, 110550},
                              {u"currency"_s, u"CNY"_s},
                              {u"reason"_s, u"拜访杭州华通，洽谈续约"_s},
                              {u"offset_fen"_s, 0},
                              {u"repaid_fen"_s, 0},
                              {u"over_budget"_s, 1},
                              {u"step_no"_s, 1},
                              {u"approver_id"_s, Manager}});
    int lineNo = 0;
    for (const auto &[category, fen] : {std::pair{"travel", 60000}, std::pair{"meals", 24550}, std::pair{"travel", 26000}})
        insert(u"expense_lines"_s, Row{{u"id"_s, Id::generate().toString()},
                                       {u"owner_id"_s, Rep},
                                       {u"expense_id"_s, m_claim},
                                       {u"line_no"_s, ++lineNo},
                                       {u"spent_on"_s, u"2026-11-18"_s},
                                       {u"category"_s, QString::fromLatin1(category)},
                                       {u"amount_fen"_s, fen}});
    m_step1 = Id::generate().toString();
    m_step2 = Id::generate().toString();
    insert(u"expense_steps"_s, Row{{u"id"_s, m_step1},
                                   {u"owner_id"_s, Rep},
                                   {u"expense_id"_s, m_claim},
                                   {u"step_no"_s, 1},
                                   {u"name"_s, u"部门经理审批"_s},
                                   {u"approver_ids"_s, Manager},
                                   {u"status"_s, u"pending"_s},
                                   {u"timeout_hours"_s, 0},
                                   {u"pending_since"_s, Ts}});
    insert(u"expense_steps"_s, Row{{u"id"_s, m_step2},
                                   {u"owner_id"_s, Rep},
                                   {u"expense_id"_s, m_claim},
                                   {u"step_no"_s, 2},
                                   {u"name"_s, u"总监审批"_s},
                                   {u"approver_roles"_s, u"director"_s},
                                   {u"status"_s, u"waiting"_s},
                                   {u"timeout_hours"_s, 0}});
}

void tst_ApprovalServiceExpenses::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_ApprovalServiceExpenses::whoDecides_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("away"); // the manager, her delegate deciding for her
    QTest::addColumn<bool>("listed");
    QTest::newRow("the manager, her step") << Manager << 1 << false << true;
    QTest::newRow("the director, before her step") << Director << 1 << false << false;
    QTest::newRow("the director, her step") << Director << 2 << false << true;
    QTest::newRow("the manager, once she approved") << Manager << 2 << false << false;
    QTest::newRow("the requester") << Rep << 1 << false << false;
    QTest::newRow("the requester, second step") << Rep << 2 << false << false;
    QTest::newRow("the delegate, the manager away") << Delegate << 1 << true << true;
    QTest::newRow("the delegate, the manager here") << Delegate << 1 << false << false;
    QTest::newRow("another rep") << Other << 1 << false << false;
}

void tst_ApprovalServiceExpenses::whoDecides()
{
    QFETCH(QString, user);
    QFETCH(int, step);
    QFETCH(bool, away);
    QFETCH(bool, listed);
    if (step == 2)
        firstStepApproved();
    if (away) {
        const QDate today = QDate::currentDate();
        m_replica->database().exec(u"UPDATE users SET delegate_id = ?, away_from = ?, away_to = ? WHERE id = ?"_s,
                                   {Delegate, today.addDays(-1).toString(Qt::ISODate), today.addDays(2).toString(Qt::ISODate), Manager});
    }
    m_replica->setUserId(user);
    ApprovalService service(*m_replica);
    const QList<ApprovalService::Request> waiting = service.toDecide();
    QCOMPARE(waiting.size(), listed ? 1 : 0);
    QCOMPARE(service.countToDecide(), listed ? 1 : 0);
    if (!listed)
        return;
    const ApprovalService::Request &r = waiting.first();
    QCOMPARE(r.approval.kind, u"expense"_s);
    QCOMPARE(r.approval.tableName, u"expenses"_s);
    QCOMPARE(r.approval.recordId.toString(), m_claim);
    QCOMPARE(r.slotId, step == 1 ? m_step1 : m_step2);
    QCOMPARE(r.openTable, u"expenses"_s);
    QCOMPARE(r.openId, m_claim);
    QCOMPARE(r.requester, u"王芳"_s);
    QVERIFY(r.customerName.isEmpty());
    QVERIFY(r.refusal.isEmpty());
    QCOMPARE(r.steps.size(), 2);
    QVERIFY2(r.stage.contains(step == 1 ? u"部门经理审批"_s : u"总监审批"_s), qPrintable(r.stage));
    QVERIFY(service.decisionRefusal(r, true).isEmpty());
}

void tst_ApprovalServiceExpenses::subject()
{
    m_replica->setUserId(Manager);
    ApprovalService service(*m_replica);
    QList<ApprovalService::Request> waiting = service.toDecide();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().subject, u"Expense claim “杭州出差” ¥1,105.50 (Travel ¥860.00, Meals ¥245.50), over budget"_s);
    // Within budget, and a loan: the amount alone.
    m_replica->database().exec(u"UPDATE expenses SET over_budget = 0 WHERE id = ?"_s, {m_claim});
    QCOMPARE(service.toDecide().first().subject, u"Expense claim “杭州出差” ¥1,105.50 (Travel ¥860.00, Meals ¥245.50)"_s);
    m_replica->database().exec(u"UPDATE expenses SET kind = 'loan', title = '备用金', amount_fen = 500000 WHERE id = ?"_s, {m_claim});
    waiting = service.toDecide();
    QCOMPARE(waiting.first().approval.kind, u"loan"_s);
    QCOMPARE(waiting.first().subject, u"Loan “备用金” ¥5,000.00"_s);
}

void tst_ApprovalServiceExpenses::subjectInChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    m_replica->setUserId(Manager);
    const QList<ApprovalService::Request> waiting = ApprovalService(*m_replica).toDecide();
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().kindCaption, u"费用报销"_s);
    QCOMPARE(waiting.first().subject, u"费用报销「杭州出差」¥1,105.50（差旅费 ¥860.00、餐费 ¥245.50），超预算"_s);
    QCOMPARE(waiting.first().stage, u"第 1/2 步：部门经理审批"_s);
}

void tst_ApprovalServiceExpenses::decideWritesTheStep()
{
    m_replica->setUserId(Manager);
    ApprovalService service(*m_replica);
    ApprovalService::Request r = service.toDecide().first();
    QVERIFY(!service.awaitsServer(r.approval));
    QVERIFY(!service.stepDecided(r.approval));
    service.decide(r, true, u"同意，注意控制餐费"_s);

    const auto step = m_replica->read(u"expense_steps"_s, m_step1);
    QVERIFY(step);
    QCOMPARE(step->value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(step->value(u"comment"_s).toString(), u"同意，注意控制餐费"_s);
    QCOMPARE(step->value(u"decided_by"_s).toString(), Manager);
    QCOMPARE(m_replica->database()
                 .scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'expense_steps' AND record_id = ?"_s, {m_step1})
                 .toInt(),
             1);
    // Nothing else written: the expense moves on on the server.
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 1);
    QCOMPARE(m_replica->database().scalar(u"SELECT status FROM expenses WHERE id = ?"_s, {m_claim}).toString(), u"pending"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM approval_steps"_s).toInt(), 0);
    QVERIFY(service.awaitsServer(r.approval));
    QVERIFY(service.stepDecided(r.approval));
    QVERIFY(service.refusalCode(r.approval).isEmpty());
    QVERIFY(service.toDecide().isEmpty());
    const auto now = service.current(r.approval);
    QVERIFY(now);
    QCOMPARE(now->status, ApprovalStatus::Pending);
}

void tst_ApprovalServiceExpenses::withoutItsSteps()
{
    // A request of an expense without its step (never listed so) is not written anywhere.
    m_replica->setUserId(Manager);
    ApprovalService service(*m_replica);
    ApprovalService::Request r = service.toDecide().first();
    r.slotId.clear();
    QVERIFY_THROWS_EXCEPTION(ModelError, service.decide(r, true, {}));
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    // Without its steps here yet, nobody lists it.
    m_replica->database().exec(u"DELETE FROM expense_steps"_s);
    QVERIFY(service.toDecide().isEmpty());
}

void tst_ApprovalServiceExpenses::mineListsItWithItsStage()
{
    // Her draft is not asked yet; her loan, approved, comes after the pending claim.
    insert(u"expenses"_s, Row{{u"id"_s, Id::generate().toString()}, {u"owner_id"_s, Rep}, {u"created_by"_s, Rep},
                              {u"kind"_s, u"claim"_s}, {u"title"_s, u"草稿"_s}, {u"status"_s, u"draft"_s},
                              {u"spent_on"_s, u"2026-11-25"_s}, {u"amount_fen"_s, 0}, {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0},
                              {u"created_at"_s, u"2026-11-25T08:00:00.000Z"_s}});
    const QString loan = Id::generate().toString();
    insert(u"expenses"_s, Row{{u"id"_s, loan}, {u"owner_id"_s, Rep}, {u"created_by"_s, Rep}, {u"kind"_s, u"loan"_s},
                              {u"title"_s, u"备用金"_s}, {u"status"_s, u"approved"_s}, {u"spent_on"_s, u"2026-11-22"_s},
                              {u"amount_fen"_s, 500000}, {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0}, {u"decided_by"_s, Director},
                              {u"decided_at"_s, u"2026-11-23T08:00:00.000Z"_s}, {u"created_at"_s, u"2026-11-22T08:00:00.000Z"_s}});
    m_replica->setUserId(Rep);
    ApprovalService service(*m_replica);
    const QList<ApprovalService::Request> mine = service.mine();
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine[0].approval.recordId.toString(), m_claim);
    QCOMPARE(mine[0].approval.status, ApprovalStatus::Pending);
    QVERIFY2(mine[0].stage.contains(u"部门经理审批"_s), qPrintable(mine[0].stage));
    QCOMPARE(mine[0].approver, u"陈静"_s);
    QCOMPARE(mine[0].steps.size(), 2);
    QCOMPARE(mine[1].approval.kind, u"loan"_s);
    QCOMPARE(mine[1].approval.status, ApprovalStatus::Approved);
    QCOMPARE(mine[1].decider, u"赵敏"_s);
    QCOMPARE(service.mine(1).size(), 1);
    // Not another's.
    m_replica->setUserId(Other);
    QVERIFY(ApprovalService(*m_replica).mine().isEmpty());
}

void tst_ApprovalServiceExpenses::withdrawnOnTheExpense()
{
    m_replica->setUserId(Rep);
    ApprovalService service(*m_replica);
    const ApprovalService::Request mine = service.mine().first();
    const QString refusal = service.withdraw(mine.approval);
    QVERIFY2(refusal.contains(u"expense itself"_s), qPrintable(refusal));
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    // Decided on a step: that reason first.
    firstStepApproved();
    QVERIFY2(service.withdraw(mine.approval).contains(u"can no longer be withdrawn"_s), qPrintable(service.withdraw(mine.approval)));
}

QTEST_GUILESS_MAIN(tst_ApprovalServiceExpenses)
#include "tst_approvalservice_expenses.moc"
