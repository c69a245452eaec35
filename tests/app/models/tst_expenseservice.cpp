// ExpenseService over a replica (issue 21, W2): a claim written offline with its lines, what
// the client refuses before the server would, the month's budget as the claim is typed,
// loans to offset and repaid in cash (LoanRepayments), the opportunity a claim was for, the
// views, withdrawing and paying by the rules of ExpensePolicy.
#include "models/expenseservice.h"
#include "models/loanrepayments.h"

#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ExpenseService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }

    void claimWithLinesSavedOffline();
    void refusedBeforeSaving_data();
    void refusedBeforeSaving();
    void budgetAsTyped();
    void submitRules_data();
    void submitRules();
    void loansToOffset();
    void loanRepaidByFinance();
    void forAnOpportunity();
    void viewsAndPaying();
    void withdrawBeforeAnyDecision();
    void categoriesFromTheSetting();

private:
    QString user(const QString &login, const QString &role, const QString &name)
    {
        const QString id = Id::generate().toString();
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?, 0)"_s,
                                   {id, login, name, role});
        m_replica->database().exec(u"INSERT INTO user_departments (id, version, deleted, created_at, updated_at, user_id, department_id) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?)"_s,
                                   {Id::generate().toString(), id, m_department});
        return id;
    }
    // A row as the server sends it (another person's, or a state only the server sets).
    void serverExpense(const QString &id, const QString &owner, const QString &kind, const QString &status, qint64 fen,
                       const QString &spentOn, const QString &category = u"travel"_s)
    {
        m_replica->applyServerRow(u"expenses"_s, Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"kind"_s, kind}, {u"title"_s, u"server %1"_s.arg(status)},
                                                   {u"status"_s, status}, {u"spent_on"_s, spentOn}, {u"amount_fen"_s, fen},
                                                   {u"currency"_s, u"CNY"_s}, {u"offset_fen"_s, 0}, {u"repaid_fen"_s, 0}, {u"over_budget"_s, 0},
                                                   {u"step_no"_s, 0}, {u"owner_id"_s, owner}, {u"department_id"_s, m_department},
                                                   {u"created_by"_s, owner}, {u"updated_by"_s, owner},
                                                   {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                                   {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
        if (kind == u"claim")
            m_replica->applyServerRow(u"expense_lines"_s,
                                      Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"expense_id"_s, id}, {u"line_no"_s, 1},
                                          {u"spent_on"_s, spentOn}, {u"category"_s, category}, {u"amount_fen"_s, fen},
                                          {u"owner_id"_s, owner}, {u"department_id"_s, m_department},
                                          {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                          {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
    }
    void budget(const QString &category, qint64 fen, const QString &period = u"2026-11"_s)
    {
        m_replica->applyServerRow(u"budgets"_s, Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"department_id"_s, m_department},
                                                  {u"period"_s, period}, {u"category"_s, category.isNull() ? u""_s : category}, {u"amount_fen"_s, fen},
                                                  {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                                  {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
    }
    static ExpenseService::Line line(const QString &day, const QString &category, qint64 fen, const QString &what = {})
    {
        return ExpenseService::Line{{}, day, category, Money::fromFen(fen), what, {}};
    }
    ExpenseService::Expense claim(const QString &title, const QList<ExpenseService::Line> &lines)
    {
        ExpenseService::Expense e = m_service->newClaim();
        e.title = title;
        e.spentOn = u"2026-11-20"_s;
        e.lines = lines;
        return e;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ExpenseService> m_service;
    QString m_department, m_me, m_colleague, m_clerk;
};

void tst_ExpenseService::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_department = Id::generate().toString();
    m_replica->database().exec(u"INSERT INTO departments (id, version, deleted, created_at, updated_at, name, path) "
                               u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '杭州组', '销售部/华东区/杭州组')"_s,
                               {m_department});
    m_me = user(u"wangfang"_s, u"sales"_s, u"王芳"_s);
    m_colleague = user(u"liming"_s, u"sales"_s, u"李明"_s);
    m_clerk = user(u"sunli"_s, u"clerk"_s, u"孙丽"_s);
    m_replica->setUserId(m_me);
    m_service = std::make_unique<ExpenseService>(*m_replica);
}

void tst_ExpenseService::claimWithLinesSavedOffline()
{
    ExpenseService::Expense e = claim(u"杭州出差"_s, {line(u"2026-11-18"_s, u"travel"_s, 86000, u"高铁"_s), line(u"2026-11-19"_s, u"meals"_s, 24550)});
    QVERIFY(!m_service->save(e));
    QVERIFY(!e.id.isEmpty());
    QCOMPARE(e.amount, Money::fromFen(110550)); // the lines' total
    QCOMPARE(m_replica->pendingCount(), 3);     // the claim and its two lines, to the server with the next sync
    QVERIFY(m_service->awaitsServer(e.id));

    auto stored = m_service->load(e.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, u"draft"_s);
    QCOMPARE(stored->ownerId, m_me);
    QCOMPARE(stored->departmentId, m_department);
    QCOMPARE(stored->lines.size(), 2);
    QCOMPARE(stored->lines[0].description, u"高铁"_s);

    // An edit: a line removed, one changed, one added — the lines follow.
    stored->lines.removeAt(1);
    stored->lines[0].amount = Money::fromFen(90000);
    stored->lines << line(u"2026-11-20"_s, u"transport"_s, 3500);
    QVERIFY(!m_service->save(*stored));
    const auto again = m_service->load(e.id);
    QCOMPARE(again->lines.size(), 2);
    QCOMPARE(again->amount, Money::fromFen(93500));
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM expense_lines WHERE expense_id = ? AND deleted = 0"_s, {e.id}).toInt(), 2);
    const QList<ExpenseService::Item> mine = m_service->list(ExpenseService::View::Mine);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().requester, u"王芳"_s);
    QCOMPARE(mine.first().department, u"杭州组"_s);
    QVERIFY2(mine.first().categories.contains(m_service->categoryLabel(u"transport"_s)), qPrintable(mine.first().categories));
}

void tst_ExpenseService::refusedBeforeSaving_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("lineDate");
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("field");
    QTest::newRow("no purpose") << u" "_s << u"2026-11-18"_s << u"travel"_s << qint64(100) << u"title"_s;
    QTest::newRow("bad date") << u"x"_s << u"2026-02-30"_s << u"travel"_s << qint64(100) << u"lines[0].spentOn"_s;
    QTest::newRow("no category") << u"x"_s << u"2026-11-18"_s << u""_s << qint64(100) << u"lines[0].category"_s;
    QTest::newRow("zero") << u"x"_s << u"2026-11-18"_s << u"travel"_s << qint64(0) << u"lines[0].amount"_s;
    QTest::newRow("negative") << u"x"_s << u"2026-11-18"_s << u"travel"_s << qint64(-100) << u"lines[0].amount"_s;
}

void tst_ExpenseService::refusedBeforeSaving()
{
    QFETCH(QString, title);
    QFETCH(QString, lineDate);
    QFETCH(QString, category);
    QFETCH(qint64, fen);
    QFETCH(QString, field);
    ExpenseService::Expense e = claim(title, {line(lineDate, category, fen)});
    const ValidationErrors errors = m_service->save(e);
    QVERIFY2(errors.has(field), qPrintable(errors.fields().join(u',')));
    QVERIFY(!errors.messageFor(field).isEmpty());
    QVERIFY(e.id.isEmpty());
    QCOMPARE(m_replica->pendingCount(), 0); // nothing half-written
}

void tst_ExpenseService::budgetAsTyped()
{
    budget(u"travel"_s, 100000);  // ¥1,000 travel
    budget(QString(), 150000);    // ¥1,500 for everything
    budget(u"travel"_s, 1, u"2026-12"_s); // another month: not this claim's
    serverExpense(Id::generate().toString(), m_colleague, u"claim"_s, u"approved"_s, 60000, u"2026-11-03"_s);
    serverExpense(Id::generate().toString(), m_colleague, u"claim"_s, u"draft"_s, 99999, u"2026-11-04"_s); // a draft holds nothing
    serverExpense(Id::generate().toString(), m_colleague, u"claim"_s, u"paid"_s, 50000, u"2026-10-30"_s);  // last month

    ExpenseService::Expense e = claim(u"杭州出差"_s, {line(u"2026-11-18"_s, u"travel"_s, 40001), line(u"2026-11-18"_s, u"meals"_s, 20000)});
    const QList<Budget::Use> uses = m_service->budgetUse(e);
    QCOMPARE(uses.size(), 2);
    const Budget::Use travel = *std::find_if(uses.begin(), uses.end(), [](const Budget::Use &u) { return u.category == u"travel"; });
    QCOMPARE(travel.used, Money::fromFen(60000));
    QCOMPARE(travel.asked, Money::fromFen(40001));
    QCOMPARE(travel.left(), Money::fromFen(-1)); // one fen over
    QVERIFY(travel.over());
    const Budget::Use all = *std::find_if(uses.begin(), uses.end(), [](const Budget::Use &u) { return u.category.isEmpty(); });
    QCOMPARE(all.asked, Money::fromFen(60001));
    QVERIFY(!all.over());
    QVERIFY(Budget::over(uses));

    e.lines[0].amount = Money::fromFen(40000);
    QVERIFY(!Budget::over(m_service->budgetUse(e)));
    // The claim itself saved and submitted does not count twice.
    QVERIFY(!m_service->save(e));
    QVERIFY(m_service->submit(e).isEmpty());
    QVERIFY(!Budget::over(m_service->budgetUse(e)));
    // A loan has no budget.
    QVERIFY(m_service->budgetUse(m_service->newLoan()).isEmpty());
}

void tst_ExpenseService::submitRules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("lines");
    QTest::addColumn<qint64>("loanFen");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("claim with a line") << u"claim"_s << 1 << qint64(0) << true;
    QTest::newRow("claim without lines") << u"claim"_s << 0 << qint64(0) << false;
    QTest::newRow("loan") << u"loan"_s << 0 << qint64(500000) << true;
    QTest::newRow("loan of nothing") << u"loan"_s << 0 << qint64(0) << false;
}

void tst_ExpenseService::submitRules()
{
    QFETCH(QString, kind);
    QFETCH(int, lines);
    QFETCH(qint64, loanFen);
    QFETCH(bool, accepted);
    ExpenseService::Expense e = kind == u"loan" ? m_service->newLoan() : m_service->newClaim();
    e.title = u"申请"_s;
    e.amount = Money::fromFen(loanFen);
    for (int i = 0; i < lines; ++i)
        e.lines << line(u"2026-11-18"_s, u"travel"_s, 1000);
    const QString refused = m_service->submit(e);
    QCOMPARE(refused.isEmpty(), accepted);
    const auto stored = m_service->load(e.id);
    QVERIFY(stored); // saved either way: nothing typed is lost
    QCOMPARE(stored->status, accepted ? u"pending"_s : u"draft"_s);
    // Submitted, it is fixed until withdrawn.
    if (accepted) {
        ExpenseService::Expense changed = *stored;
        changed.title = u"改"_s;
        QVERIFY(m_service->save(changed).has(u"status"_s));
        QVERIFY(!m_service->submit(changed).isEmpty());
    }
}

void tst_ExpenseService::loansToOffset()
{
    const QString loan = Id::generate().toString();
    serverExpense(loan, m_me, u"loan"_s, u"paid"_s, 500000, u"2026-11-01"_s);
    serverExpense(Id::generate().toString(), m_me, u"loan"_s, u"pending"_s, 300000, u"2026-11-02"_s);   // not approved yet
    serverExpense(Id::generate().toString(), m_colleague, u"loan"_s, u"paid"_s, 300000, u"2026-11-02"_s); // not mine
    QList<ExpenseService::OpenLoan> open = m_service->openLoans();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().left, Money::fromFen(500000));

    ExpenseService::Expense e = claim(u"冲借款"_s, {line(u"2026-11-18"_s, u"travel"_s, 320000)});
    e.loanId = loan;
    e.offset = Money::fromFen(320000);
    QVERIFY(m_service->submit(e).isEmpty());
    open = m_service->openLoans();
    QCOMPARE(open.first().left, Money::fromFen(180000));
    QCOMPARE(m_service->openLoans(e.id).first().left, Money::fromFen(500000)); // as its own editor sees it

    // A second claim may not offset more than is left.
    ExpenseService::Expense more = claim(u"再冲"_s, {line(u"2026-11-19"_s, u"travel"_s, 200000)});
    more.loanId = loan;
    more.offset = Money::fromFen(200000);
    const QString refused = m_service->submit(more);
    QVERIFY2(refused.contains(Money::fromFen(180000).format(QLocale())), qPrintable(refused));
    // An offset above the claim's own amount is refused when saved.
    more.offset = Money::fromFen(200001);
    QVERIFY(m_service->save(more).has(u"offset"_s));
}

void tst_ExpenseService::loanRepaidByFinance()
{
    const QString loan = Id::generate().toString(), approvedLoan = Id::generate().toString();
    serverExpense(loan, m_me, u"loan"_s, u"paid"_s, 300000, u"2026-11-01"_s);
    serverExpense(approvedLoan, m_me, u"loan"_s, u"approved"_s, 100000, u"2026-11-02"_s);
    ExpenseService::Expense e = claim(u"冲借款"_s, {line(u"2026-11-18"_s, u"travel"_s, 120000)});
    e.loanId = loan;
    e.offset = Money::fromFen(120000);
    QVERIFY(m_service->submit(e).isEmpty());

    LoanRepayments repayments(*m_replica);
    // The borrower does not record her own repayment.
    QVERIFY(!repayments.mayRecord(loan));
    QVERIFY(!repayments.record(loan, Money::fromFen(1000), u"2026-11-28"_s, u"cash"_s).isEmpty());
    m_replica->setUserId(m_clerk);
    QVERIFY(repayments.mayRecord(loan));
    // Finance's list of loans not settled: the one paid out, not the one still to pay.
    const QList<ExpenseService::Item> out = m_service->list(ExpenseService::View::LoansOut);
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().expense.id, loan);
    QVERIFY(!repayments.mayRecord(approvedLoan)); // not paid out yet
    QVERIFY(!repayments.record(approvedLoan, Money::fromFen(1000), u"2026-11-28"_s, u"cash"_s).isEmpty());
    // 3,000 lent, 1,200 asked by the claim: 1,800 left; more is refused, saying how much.
    const QString refused = repayments.record(loan, Money::fromFen(180001), u"2026-11-28"_s, u"cash"_s);
    QVERIFY2(refused.contains(Money::fromFen(180000).format(QLocale())), qPrintable(refused));
    QVERIFY(!repayments.record(loan, Money::fromFen(0), u"2026-11-28"_s, u"cash"_s).isEmpty());
    QVERIFY(!repayments.record(loan, Money::fromFen(1000), u"2026-11-31"_s, u"cash"_s).isEmpty());
    const int before = m_replica->pendingCount();
    QVERIFY(repayments.record(loan, Money::fromFen(80000), u"2026-11-28"_s, u"cash"_s, u" 收据 12 "_s).isEmpty());
    QVERIFY(repayments.record(loan, Money::fromFen(100000), u"2026-11-29"_s, u"bank"_s).isEmpty());
    QCOMPARE(m_replica->pendingCount(), before + 2); // to the server with the next sync
    const QList<LoanRepayments::Repayment> rows = repayments.list(loan);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().amount, Money::fromFen(80000));
    QCOMPARE(rows.first().method, u"cash"_s);
    QCOMPARE(rows.first().note, u"收据 12"_s);
    const LoanRepayments::Figures f = repayments.figures(loan);
    QCOMPARE(f.offset, Money::fromFen(120000));
    QCOMPARE(f.repaid, Money::fromFen(180000));
    QVERIFY(f.left().isZero());
    QVERIFY(!repayments.mayRecord(loan)); // nothing left
    // Nothing left to offset by a claim either.
    m_replica->setUserId(m_me);
    QVERIFY(m_service->openLoans().isEmpty() || m_service->openLoans().first().id != loan);
    QVERIFY(repayments.remove(rows.first().id).isEmpty() == false); // the borrower removes nothing
    m_replica->setUserId(m_clerk);
    QVERIFY(repayments.remove(rows.first().id).isEmpty());
    QCOMPARE(repayments.figures(loan).left(), Money::fromFen(80000));
}

void tst_ExpenseService::forAnOpportunity()
{
    const QString customer = Id::generate().toString(), open = Id::generate().toString(), won = Id::generate().toString();
    m_replica->database().exec(u"INSERT INTO customers (id, version, deleted, created_at, updated_at, name, owner_id, status, level) "
                               u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '杭州华通科技有限公司', ?, 'active', 'b')"_s,
                               {customer, m_me});
    int n = 0;
    for (const auto &[id, status] : {std::pair{won, u"won"_s}, std::pair{open, u"open"_s}})
        m_replica->database().exec(u"INSERT INTO opportunities (id, version, deleted, created_at, updated_at, customer_id, name, stage, "
                                   u"probability_e4, currency, status) VALUES (?, 1, 0, ?, ?, ?, ?, 'proposal', 0, 'CNY', ?)"_s,
                                   {id, u"2026-0%1-01T00:00:00.000Z"_s.arg(++n), u"2026-0%1-01T00:00:00.000Z"_s.arg(n), customer,
                                    status == u"open" ? u"服务器采购"_s : u"去年的项目"_s, status});
    const QList<ExpenseService::Opportunity> choices = m_service->opportunitiesOf(customer);
    QCOMPARE(choices.size(), 2);
    QCOMPARE(choices.first().id, open); // open ones first
    QVERIFY(m_service->opportunitiesOf(Id::generate().toString()).isEmpty());

    ExpenseService::Expense e = claim(u"拜访华通"_s, {line(u"2026-11-18"_s, u"travel"_s, 30000)});
    e.forCustomerId = customer;
    e.forOpportunityId = open;
    QVERIFY(!m_service->save(e));
    QCOMPARE(m_service->load(e.id)->forOpportunityId, open);
    // Without a customer, no opportunity.
    e.forCustomerId.clear();
    QVERIFY(!m_service->save(e));
    QVERIFY(m_service->load(e.id)->forOpportunityId.isEmpty());
}

void tst_ExpenseService::viewsAndPaying()
{
    const QString approved = Id::generate().toString(), mineApproved = Id::generate().toString();
    serverExpense(approved, m_colleague, u"claim"_s, u"approved"_s, 12000, u"2026-11-05"_s);
    serverExpense(mineApproved, m_me, u"claim"_s, u"approved"_s, 8000, u"2026-11-06"_s);
    ExpenseService::Expense draft = claim(u"草稿"_s, {line(u"2026-11-18"_s, u"travel"_s, 100)});
    QVERIFY(!m_service->save(draft));

    QCOMPARE(m_service->list(ExpenseService::View::Mine).size(), 2);
    QCOMPARE(m_service->list(ExpenseService::View::Mine).first().expense.id, draft.id); // drafts first
    QCOMPARE(m_service->list(ExpenseService::View::Visible).size(), 3);
    // A sales rep pays nothing.
    QVERIFY(!m_service->mayPayAny());
    QVERIFY(!m_service->pay(approved, u"2026-11-30"_s).isEmpty());

    m_replica->setUserId(m_clerk);
    QVERIFY(m_service->mayPayAny());
    const QList<ExpenseService::Item> toPay = m_service->list(ExpenseService::View::ToPay);
    QCOMPARE(toPay.size(), 2);
    QVERIFY(!m_service->pay(approved, u"30/11/2026"_s).isEmpty()); // not a date
    QVERIFY(!m_service->pay(draft.id, u"2026-11-30"_s).isEmpty()); // not approved
    QCOMPARE(m_service->pay(approved, u"2026-11-30"_s), QString());
    QCOMPARE(m_service->load(approved)->status, u"paid"_s);
    QCOMPARE(m_service->load(approved)->paidOn, u"2026-11-30"_s);
    QVERIFY(!m_service->pay(approved, u"2026-11-30"_s).isEmpty()); // paid once
    QCOMPARE(m_service->list(ExpenseService::View::ToPay).size(), 1);
    // The clerk's own claim is paid by someone else.
    serverExpense(Id::generate().toString(), m_clerk, u"claim"_s, u"approved"_s, 500, u"2026-11-06"_s);
    QCOMPARE(m_service->list(ExpenseService::View::ToPay).size(), 1);
}

void tst_ExpenseService::withdrawBeforeAnyDecision()
{
    ExpenseService::Expense e = claim(u"撤回"_s, {line(u"2026-11-18"_s, u"travel"_s, 100)});
    QVERIFY(m_service->submit(e).isEmpty());
    // The server's steps: one decided.
    auto step = [&](int no, const QString &status) {
        m_replica->applyServerRow(u"expense_steps"_s, Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"expense_id"_s, e.id},
                                                        {u"step_no"_s, no}, {u"status"_s, status}, {u"timeout_hours"_s, 0}, {u"owner_id"_s, m_me},
                                                        {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s},
                                                        {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}});
    };
    step(1, u"pending"_s);
    QCOMPARE(m_service->withdraw(e.id), QString());
    e = *m_service->load(e.id);
    QCOMPARE(e.status, u"draft"_s);
    QVERIFY(m_service->submit(e).isEmpty());
    step(1, u"approved"_s);
    QVERIFY(!m_service->withdraw(e.id).isEmpty());
    // Not the requester's: nobody else withdraws it.
    m_replica->setUserId(m_colleague);
    QVERIFY(!m_service->withdraw(e.id).isEmpty());
    QVERIFY(!m_service->remove(e.id).isEmpty());
}

void tst_ExpenseService::categoriesFromTheSetting()
{
    QCOMPARE(m_service->categories(), ExpenseCategories::defaults());
    m_replica->create(u"app_settings"_s, Row{{u"key"_s, u"expense.categories"_s}, {u"value"_s, u"[{\"code\":\"fuel\",\"label\":\"油费\"}]"_s}});
    QCOMPARE(m_service->categories().size(), 1);
    QCOMPARE(m_service->categoryLabel(u"fuel"_s), u"油费"_s);
    QCOMPARE(m_service->categoryLabel(u"travel"_s), u"travel"_s); // an old line's code
}

QTEST_GUILESS_MAIN(tst_ExpenseService)
#include "tst_expenseservice.moc"
