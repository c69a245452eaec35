// A request through a flow of two steps, replica to replica, against a real server on SQLite
// and PostgreSQL (issue 21, FEATURES.md W2): a rep asks offline for a level change; it syncs;
// the server makes its steps from the flow an administrator set; her manager approves her
// step offline and syncs; the director then finds it in 待我审批 with the history of the
// first step, and approves; the level arrives on the rep's laptop, her 我的申请 shows both
// steps. A decision on a step not one's own is refused by the server and comes back as a
// refusal, with nothing lost. An expense claim the same way: the rep writes and submits it
// on her laptop, her manager finds it in 待我审批 after a sync and approves it, and the rep's
// laptop has it approved after hers.
#include "syncfixture.h"

#include "models/approvalservice.h"
#include "models/customerservice.h"
#include "schema/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;

class tst_ApprovalFlowSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialects(); }
    void init();
    void cleanup() { stopWorld(); }

    void twoStepsFromLaptopToLaptop();
    void anExpenseClaimFromLaptopToLaptop();

private:
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
    }
    static QString level(SyncClient &c, const QString &customer)
    {
        return c.replica->database().scalar(u"SELECT level FROM customers WHERE id = ?"_s, {customer}).toString();
    }
    QString m_customer;
};

void tst_ApprovalFlowSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"admin"_s, u"admin"_s, {}},
                            {u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s, u"zhaomin"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s}});
    m_customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"level"_s, u"b"_s}});
    QVERIFY(!m_customer.isEmpty());
    QJsonObject flow;
    flow.insert(u"key"_s, u"approval.flow.level"_s);
    flow.insert(u"value"_s, uR"({"steps": [{"name": "部门经理审批", "by": "manager"},
                                           {"name": "总监审批", "by": "roles", "roles": ["director"]}]})"_s);
    QVERIFY(!f->create(u"admin"_s, u"settings"_s, flow).isEmpty());
}

void tst_ApprovalFlowSync::twoStepsFromLaptopToLaptop()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    auto director = client(u"zhaomin"_s, u"director"_s);
    for (SyncClient *c : {rep.get(), boss.get(), director.get()})
        syncOk(*c);

    // Offline on the laptop: the request, then the sync.
    {
        CustomerService service(*rep->replica);
        auto card = service.load(m_customer);
        QVERIFY(card);
        card->customer.level = CustomerLevel::A;
        card->levelReason = u"续签三年框架协议"_s;
        QVERIFY(service.save(*card, {}).isEmpty());
        QVERIFY(card->levelRequested);
    }
    syncOk(*rep);
    syncOk(*boss);
    syncOk(*director);
    // The director is the second step: nothing for her yet.
    QVERIFY(ApprovalService(*director->replica).toDecide().isEmpty());
    ApprovalService bossApprovals(*boss->replica);
    QList<ApprovalService::Request> waiting = bossApprovals.toDecide();
    QCOMPARE(waiting.size(), 1);
    QVERIFY(!waiting.first().slotId.isEmpty());
    QCOMPARE(waiting.first().steps.size(), 2);
    QVERIFY2(waiting.first().stage.contains(u"部门经理审批"_s), qPrintable(waiting.first().stage));

    // The manager approves her step offline; the request stays pending, the level too.
    bossApprovals.decide(waiting.first(), true, u"同意"_s);
    QVERIFY(bossApprovals.toDecide().isEmpty());
    syncOk(*boss);
    QCOMPARE(level(*boss, m_customer), u"b"_s);
    QVERIFY(bossApprovals.stepDecided(waiting.first().approval));

    // The director's turn, with the first step's history.
    syncOk(*director);
    ApprovalService directorApprovals(*director->replica);
    waiting = directorApprovals.toDecide();
    QCOMPARE(waiting.size(), 1);
    QVERIFY2(waiting.first().stage.contains(u"总监审批"_s), qPrintable(waiting.first().stage));
    QVERIFY2(waiting.first().steps.first().contains(u"chenjing"_s) && waiting.first().steps.first().contains(u"同意"_s),
             qPrintable(waiting.first().steps.first()));
    directorApprovals.decide(waiting.first(), true, u"可以"_s);
    syncOk(*director);
    QCOMPARE(level(*director, m_customer), u"a"_s);

    // On the rep's laptop: the level, and her request approved with both steps.
    syncOk(*rep);
    QCOMPARE(level(*rep, m_customer), u"a"_s);
    const ApprovalService::Request mine = ApprovalService(*rep->replica).mine().first();
    QCOMPARE(mine.approval.status, ApprovalStatus::Approved);
    QCOMPARE(mine.decider, u"zhaomin"_s);
    QCOMPARE(mine.steps.size(), 2);

    // A step decided by someone it is not for (forged on the replica) comes back refused.
    {
        CustomerService service(*rep->replica);
        auto card = service.load(m_customer);
        card->customer.level = CustomerLevel::B;
        QVERIFY(service.save(*card, {}).isEmpty());
        QVERIFY(card->levelRequested);
    }
    syncOk(*rep);
    syncOk(*boss);
    const QString step = boss->replica->database()
                             .scalar(u"SELECT id FROM approval_steps WHERE status = 'pending' AND deleted = 0"_s)
                             .toString();
    QVERIFY(!step.isEmpty());
    rep->replica->update(u"approval_steps"_s, step, Row{{u"status"_s, u"approved"_s}});
    syncOk(*rep);
    QCOMPARE(rep->replica->database().scalar(u"SELECT status FROM approval_steps WHERE id = ?"_s, {step}).toString(), u"pending"_s);
    bool refused = false;
    for (const Replica::Conflict &c : rep->replica->conflicts())
        refused = refused || (c.table == u"approval_steps" && c.recordId == step && c.kind == u"rejection");
    QVERIFY(refused);
    QCOMPARE(level(*rep, m_customer), u"a"_s);
}

void tst_ApprovalFlowSync::anExpenseClaimFromLaptopToLaptop()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    syncOk(*rep);
    syncOk(*boss);

    // On the laptop: the claim and its lines, then submitted (the default flow: her manager).
    const QString claim = rep->replica
                              ->create(u"expenses"_s, Row{{u"kind"_s, u"claim"_s}, {u"title"_s, u"杭州出差"_s},
                                                          {u"spent_on"_s, u"2026-11-18"_s}, {u"amount_fen"_s, 110550},
                                                          {u"reason"_s, u"拜访杭州华通"_s}})
                              .value(u"id"_s)
                              .toString();
    int lineNo = 0;
    for (const auto &[category, fen] : {std::pair{"travel", 86000}, std::pair{"meals", 24550}})
        rep->replica->create(u"expense_lines"_s, Row{{u"expense_id"_s, claim}, {u"line_no"_s, ++lineNo}, {u"spent_on"_s, u"2026-11-18"_s},
                                                    {u"category"_s, QString::fromLatin1(category)}, {u"amount_fen"_s, fen}});
    rep->replica->update(u"expenses"_s, claim, Row{{u"status"_s, u"pending"_s}});
    ApprovalService repApprovals(*rep->replica);
    QCOMPARE(repApprovals.mine().size(), 1);
    QVERIFY(repApprovals.awaitsServer(repApprovals.mine().first().approval));
    syncOk(*rep);
    QVERIFY(rep->replica->conflicts().isEmpty());
    QVERIFY(!repApprovals.awaitsServer(repApprovals.mine().first().approval));

    // Her manager receives it with its step, and approves it.
    syncOk(*boss);
    ApprovalService bossApprovals(*boss->replica);
    QList<ApprovalService::Request> waiting = bossApprovals.toDecide();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(bossApprovals.countToDecide(), 1);
    QCOMPARE(waiting.first().approval.kind, u"expense"_s);
    QCOMPARE(waiting.first().openId, claim);
    QVERIFY(!waiting.first().slotId.isEmpty());
    QVERIFY2(waiting.first().subject.contains(u"杭州出差"_s), qPrintable(waiting.first().subject));
    QCOMPARE(waiting.first().requester, u"wangfang"_s);
    bossApprovals.decide(waiting.first(), true, u"同意"_s);
    QVERIFY(bossApprovals.toDecide().isEmpty());
    syncOk(*boss);
    QVERIFY(boss->replica->conflicts().isEmpty());
    QCOMPARE(boss->replica->database().scalar(u"SELECT status FROM expenses WHERE id = ?"_s, {claim}).toString(), u"approved"_s);

    // On the rep's laptop after her sync: approved, by her manager, in 我的申请.
    syncOk(*rep);
    QCOMPARE(rep->replica->database().scalar(u"SELECT status FROM expenses WHERE id = ?"_s, {claim}).toString(), u"approved"_s);
    const ApprovalService::Request mine = ApprovalService(*rep->replica).mine().first();
    QCOMPARE(mine.approval.recordId.toString(), claim);
    QCOMPARE(mine.approval.status, ApprovalStatus::Approved);
    QCOMPARE(mine.decider, u"chenjing"_s);
    QCOMPARE(mine.steps.size(), 1);
    QVERIFY2(mine.steps.first().contains(u"同意"_s), qPrintable(mine.steps.first()));
}

QTEST_GUILESS_MAIN(tst_ApprovalFlowSync)
#include "tst_approvalflowsync.moc"
