// An expense claim from a rep's laptop to the accounting software (issue 21's walk), against a
// real server on SQLite and PostgreSQL: the director sets the month's travel budget; the rep,
// offline, files a claim over it and submits it; after the sync the server has planned the
// manager's step and the over-budget director's step; the manager and then the director
// approve in 待我审批 on their laptops; the clerk pays it; the voucher of the month debits the
// category and credits the bank. A loan paid out and offset by a later claim settles.
#include "syncfixture.h"

#include "models/approvalservice.h"
#include "models/budgetservice.h"
#include "models/expenseservice.h"
#include "models/voucherservice.h"
#include "schema/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;

class tst_ExpenseSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialects(); }
    void init();
    void cleanup() { stopWorld(); }

    void claimOverBudgetFromLaptopToVoucher();
    void loanOffsetByClaim();

private:
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        QCOMPARE(c.replica->pendingCount(), 0);
        QCOMPARE(c.replica->openConflictCount(), 0);
    }
    static QString status(SyncClient &c, const QString &id)
    {
        return c.replica->database().scalar(u"SELECT status FROM expenses WHERE id = ?"_s, {id}).toString();
    }
    // Approves the one expense request the user has to decide.
    void approveAsNext(SyncClient &c, const QString &id)
    {
        ApprovalService approvals(*c.replica);
        QList<ApprovalService::Request> list = approvals.toDecide();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().openTable, u"expenses"_s);
        QCOMPARE(list.first().openId, id);
        QVERIFY(approvals.decisionRefusal(list.first(), true).isEmpty());
        approvals.decide(list.first(), true, u"同意"_s);
        syncOk(c);
    }
    ExpenseService::Expense claim(ExpenseService &service, const QString &title, qint64 travelFen)
    {
        ExpenseService::Expense e = service.newClaim();
        e.title = title;
        e.spentOn = u"2026-11-20"_s;
        e.lines << ExpenseService::Line{{}, u"2026-11-18"_s, u"travel"_s, Money::fromFen(travelFen), u"高铁"_s, u"0123"_s};
        return e;
    }
};

void tst_ExpenseSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"admin"_s, u"admin"_s, {}},
                            {u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s, u"zhaomin"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s},
                            {u"sunli"_s, u"clerk"_s, u"销售部"_s}});
    QJsonObject flow;
    flow.insert(u"key"_s, u"approval.flow.expense"_s);
    flow.insert(u"value"_s, uR"({"steps": [{"name": "部门经理审批", "by": "manager"},
                                           {"name": "总监审批（超预算）", "by": "roles", "roles": ["director"], "overBudget": true}]})"_s);
    QVERIFY(!f->create(u"admin"_s, u"settings"_s, flow).isEmpty());
}

void tst_ExpenseSync::claimOverBudgetFromLaptopToVoucher()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    auto director = client(u"zhaomin"_s, u"director"_s);
    auto clerk = client(u"sunli"_s, u"clerk"_s);
    for (SyncClient *c : {rep.get(), boss.get(), director.get(), clerk.get()})
        syncOk(*c);

    // The director sets November's travel budget of the rep's group on the laptop.
    const QString group = rep->replica->database().scalar(u"SELECT id FROM departments WHERE name = '杭州组'"_s).toString();
    QVERIFY(!group.isEmpty());
    {
        BudgetService budgets(*director->replica);
        QList<BudgetService::Line> lines = budgets.month(group, u"2026-11"_s);
        for (BudgetService::Line &l : lines)
            if (l.category == u"travel")
                l.budget = Money::fromFen(100000);
        QCOMPARE(budgets.save(group, u"2026-11"_s, lines), QString());
        syncOk(*director);
    }
    syncOk(*rep);

    // Offline: the claim, over the budget, submitted; nothing has reached the server yet.
    ExpenseService expenses(*rep->replica);
    ExpenseService::Expense e = claim(expenses, u"杭州客户拜访"_s, 128000);
    QVERIFY(Budget::over(expenses.budgetUse(e)));
    QCOMPARE(expenses.submit(e), QString());
    QVERIFY(expenses.awaitsServer(e.id));
    syncOk(*rep);
    QCOMPARE(status(*rep, e.id), u"pending"_s);
    QCOMPARE(rep->replica->database().scalar(u"SELECT over_budget FROM expenses WHERE id = ?"_s, {e.id}).toInt(), 1);
    QCOMPARE(rep->replica->database().scalar(u"SELECT count(*) FROM expense_steps WHERE expense_id = ? AND deleted = 0"_s, {e.id}).toInt(), 2);

    // The manager, then the director (the over-budget step) approve on their laptops.
    syncOk(*director);
    QCOMPARE(ApprovalService(*director->replica).toDecide().size(), 0); // not before the manager
    syncOk(*boss);
    approveAsNext(*boss, e.id);
    syncOk(*director);
    approveAsNext(*director, e.id);
    syncOk(*rep);
    QCOMPARE(status(*rep, e.id), u"approved"_s);

    // The clerk pays it; the month's vouchers debit travel and credit the bank.
    syncOk(*clerk);
    ExpenseService finance(*clerk->replica);
    const QList<ExpenseService::Item> toPay = finance.list(ExpenseService::View::ToPay);
    QCOMPARE(toPay.size(), 1);
    QCOMPARE(finance.pay(e.id, u"2026-11-28"_s), QString());
    syncOk(*clerk);
    syncOk(*rep);
    QCOMPARE(status(*rep, e.id), u"paid"_s);
    QCOMPARE(rep->replica->database().scalar(u"SELECT paid_by FROM expenses WHERE id = ?"_s, {e.id}).toString(), userId(u"sunli"_s));

    const VoucherService::Preview p = VoucherService(*clerk->replica).preview(u"2026-11"_s, VoucherService::Again::No);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    const auto v = std::find_if(p.vouchers.begin(), p.vouchers.end(), [&](const Voucher &x) { return x.sourceId == e.id; });
    QVERIFY(v != p.vouchers.end());
    QCOMPARE(v->entries.size(), 2);
    QCOMPARE(v->entries[0].accountCode, u"6602"_s);
    QCOMPARE(v->entries[0].debit, Money::fromFen(128000));
    QCOMPARE(v->entries[1].accountCode, u"1002"_s);
    QCOMPARE(v->entries[1].credit, Money::fromFen(128000));
    QVERIFY(p.balanced());
}

void tst_ExpenseSync::loanOffsetByClaim()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    auto clerk = client(u"sunli"_s, u"clerk"_s);
    for (SyncClient *c : {rep.get(), boss.get(), clerk.get()})
        syncOk(*c);
    ExpenseService expenses(*rep->replica);
    ExpenseService::Expense loan = expenses.newLoan();
    loan.title = u"出差备用金"_s;
    loan.amount = Money::fromFen(300000);
    QCOMPARE(expenses.submit(loan), QString());
    syncOk(*rep);
    syncOk(*boss);
    approveAsNext(*boss, loan.id);
    syncOk(*clerk);
    QCOMPARE(ExpenseService(*clerk->replica).pay(loan.id, u"2026-11-02"_s), QString());
    syncOk(*clerk);
    syncOk(*rep);
    QCOMPARE(expenses.openLoans().size(), 1);

    ExpenseService::Expense e = claim(expenses, u"冲备用金"_s, 120000);
    e.loanId = loan.id;
    e.offset = Money::fromFen(120000);
    QCOMPARE(expenses.submit(e), QString());
    syncOk(*rep);
    syncOk(*boss);
    approveAsNext(*boss, e.id);
    syncOk(*clerk);
    QCOMPARE(ExpenseService(*clerk->replica).pay(e.id, u"2026-11-25"_s), QString());
    syncOk(*clerk);
    syncOk(*rep);
    QCOMPARE(expenses.load(loan.id)->repaid, Money::fromFen(120000)); // the server settled it
    QCOMPARE(expenses.openLoans().first().left, Money::fromFen(180000));
}

QTEST_MAIN(tst_ExpenseSync)
#include "tst_expensesync.moc"
