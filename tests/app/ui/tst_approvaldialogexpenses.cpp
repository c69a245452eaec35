// 审批 with expenses and loans (issue 21, W2), offscreen: the manager's 待我审批 lists a
// rep's claim and loan (no customer: the headline without one), double-click asks for the
// expense (no customer id), both are approved together and wait for the server; the rep's
// 我的申请 lists them, and withdrawing points to the expense.
#include "core/id.h"
#include "models/approvalservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/approvaldialog.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Rep = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Manager = u"0192b6c8-0000-7000-8000-000000000002"_s;
const QString Ts = u"2026-11-20T08:00:00.000Z"_s;
} // namespace

class tst_ApprovalDialogExpenses : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decidedTogether();
    void mineAndWithdrawing();

private:
    // A row as the server writes it (confirmed, not in the outbox).
    void insert(const QString &table, Row row)
    {
        for (const auto &[column, value] : {std::pair{u"version"_s, QVariant(1)}, std::pair{u"deleted"_s, QVariant(0)},
                                            std::pair{u"created_at"_s, QVariant(Ts)}, std::pair{u"updated_at"_s, QVariant(Ts)}})
            if (!row.contains(column))
                row.insert(column, value);
        m_replica->database().exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, row.keys().join(u", "),
                                                                            QStringList(row.size(), u"?"_s).join(u", ")),
                                   row.values());
    }
    // A pending expense of the rep whose one step her manager decides.
    QString expense(const QString &kind, const QString &title, qint64 fen, const QString &createdAt)
    {
        const QString id = Id::generate().toString();
        insert(u"expenses"_s, Row{{u"id"_s, id}, {u"owner_id"_s, Rep}, {u"created_by"_s, Rep}, {u"kind"_s, kind}, {u"title"_s, title},
                                  {u"status"_s, u"pending"_s}, {u"spent_on"_s, u"2026-11-18"_s}, {u"amount_fen"_s, fen},
                                  {u"step_no"_s, 1}, {u"approver_id"_s, Manager}, {u"created_at"_s, createdAt}});
        insert(u"expense_steps"_s, Row{{u"id"_s, Id::generate().toString()}, {u"owner_id"_s, Rep}, {u"expense_id"_s, id},
                                       {u"step_no"_s, 1}, {u"name"_s, u"部门经理审批"_s}, {u"approver_ids"_s, Manager},
                                       {u"status"_s, u"pending"_s}, {u"pending_since"_s, Ts}});
        return id;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_claim, m_loan;
};

void tst_ApprovalDialogExpenses::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    insert(u"users"_s, Row{{u"id"_s, Rep}, {u"login"_s, u"wangfang"_s}, {u"display_name"_s, u"王芳"_s}, {u"role"_s, u"sales"_s},
                           {u"disabled"_s, 0}, {u"manager_id"_s, Manager}});
    insert(u"users"_s, Row{{u"id"_s, Manager}, {u"login"_s, u"chenjing"_s}, {u"display_name"_s, u"陈静"_s}, {u"role"_s, u"manager"_s},
                           {u"disabled"_s, 0}});
    m_claim = expense(u"claim"_s, u"杭州出差"_s, 110550, u"2026-11-19T08:00:00.000Z"_s);
    m_loan = expense(u"loan"_s, u"备用金"_s, 500000, u"2026-11-20T08:00:00.000Z"_s);
}

void tst_ApprovalDialogExpenses::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_ApprovalDialogExpenses::decidedTogether()
{
    m_replica->setUserId(Manager);
    ApprovalService service(*m_replica);
    ApprovalDialog dialog(service);
    QCOMPARE(dialog.list()->count(), 2);
    QVERIFY2(dialog.list()->item(0)->text().startsWith(u"Expense claim — Expense claim “杭州出差”"_s), qPrintable(dialog.list()->item(0)->text()));
    QVERIFY2(dialog.list()->item(1)->text().startsWith(u"Loan — Loan “备用金”"_s), qPrintable(dialog.list()->item(1)->text()));
    QVERIFY2(!dialog.list()->toolTip().contains(u"quote"_s), qPrintable(dialog.list()->toolTip()));

    QSignalSpy open(&dialog, &ApprovalDialog::openRecord);
    emit dialog.list()->itemDoubleClicked(dialog.list()->item(1));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first(), (QVariantList{u"expenses"_s, m_loan, QString()}));

    dialog.list()->selectAll();
    QVERIFY(dialog.decide(true, u"同意"_s));
    QVERIFY2(dialog.statusLabel()->text().contains(u"2 decision(s) submitted"_s), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.list()->count(), 0);
    QCOMPARE(dialog.submitted()->count(), 2);
    QVERIFY2(dialog.submitted()->item(0)->text().contains(u"waiting for the server"_s), qPrintable(dialog.submitted()->item(0)->text()));
    QCOMPARE(m_replica->database()
                 .scalar(u"SELECT count(*) FROM expense_steps WHERE status = 'approved' AND comment = '同意' AND decided_by = ?"_s, {Manager})
                 .toInt(),
             2);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'expense_steps'"_s).toInt(), 2);
}

void tst_ApprovalDialogExpenses::mineAndWithdrawing()
{
    m_replica->setUserId(Rep);
    ApprovalService service(*m_replica);
    ApprovalDialog dialog(service);
    QCOMPARE(dialog.list()->count(), 0);
    QCOMPARE(dialog.mine()->count(), 2);
    QVERIFY2(dialog.mine()->item(0)->text().contains(u"备用金"_s) && dialog.mine()->item(0)->text().contains(u"陈静"_s),
             qPrintable(dialog.mine()->item(0)->text()));
    dialog.mine()->setCurrentRow(1);
    QVERIFY(!dialog.withdraw());
    QVERIFY2(dialog.statusLabel()->text().contains(u"expense itself"_s), qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(m_replica->database().scalar(u"SELECT status FROM expenses WHERE id = ?"_s, {m_claim}).toString(), u"pending"_s);
}

QTEST_MAIN(tst_ApprovalDialogExpenses)
#include "tst_approvaldialogexpenses.moc"
