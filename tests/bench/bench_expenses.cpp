// Expenses on a director's replica (issue 21): HUIKE_BENCH_EXPENSES claims and loans (default
// 20000; a year of a 200-person sales force) with their lines and steps, spread over
// departments and months. Prints the expense page's lists (own, to pay, all), the budget
// figures of a claim as it is typed, 待我审批 with expenses, and a month's voucher preview.
#include "benchutil.h"

#include "core/id.h"
#include "models/approvalservice.h"
#include "models/expenseservice.h"
#include "models/voucherservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

const QString Stamp = u"2026-01-01T00:00:00.000Z"_s;

void insert(Database &db, const QString &table, const Row &row)
{
    QStringList columns;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        values << it.value();
    }
    db.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)),
            values);
}

Row meta(const QString &id)
{
    return Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"created_at"_s, Stamp}, {u"updated_at"_s, Stamp}};
}

// Runs `f` `n` times; the median in milliseconds.
template<typename F>
double medianMs(int n, F f)
{
    QList<double> times;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return Bench::percentile(times, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = Bench::envInt("HUIKE_BENCH_EXPENSES", 20000);
    QTemporaryDir dir;
    auto replica = Replica::open(dir.filePath(u"bench-expenses.sqlite"_s));
    Database &db = replica->database();
    QRandomGenerator rng(20261207);

    // 20 departments of 10 reps, their managers, a director, a clerk.
    QStringList departments, reps;
    QString director, clerk;
    {
        Transaction t(db);
        auto user = [&](const QString &login, const QString &role, const QString &department, const QString &manager) {
            const QString id = Id::generate().toString();
            Row u = meta(id);
            u.insert({{u"login"_s, login}, {u"display_name"_s, login}, {u"role"_s, role}, {u"disabled"_s, 0}});
            if (!manager.isEmpty())
                u[u"manager_id"_s] = manager;
            insert(db, u"users"_s, u);
            if (!department.isEmpty()) {
                Row m = meta(Id::generate().toString());
                m.insert({{u"user_id"_s, id}, {u"department_id"_s, department}});
                insert(db, u"user_departments"_s, m);
            }
            return id;
        };
        const QString top = Id::generate().toString();
        Row d = meta(top);
        d.insert({{u"name"_s, u"销售部"_s}, {u"path"_s, u"销售部"_s}, {u"sort_order"_s, 0}});
        insert(db, u"departments"_s, d);
        director = user(u"director"_s, u"director"_s, top, {});
        clerk = user(u"clerk"_s, u"clerk"_s, top, {});
        for (int i = 0; i < 20; ++i) {
            const QString id = Id::generate().toString();
            Row g = meta(id);
            g.insert({{u"name"_s, u"组%1"_s.arg(i)}, {u"path"_s, u"销售部/组%1"_s.arg(i)}, {u"parent_id"_s, top}, {u"sort_order"_s, i}});
            insert(db, u"departments"_s, g);
            departments << id;
            const QString manager = user(u"m%1"_s.arg(i), u"manager"_s, id, director);
            for (int r = 0; r < 10; ++r)
                reps << user(u"r%1_%2"_s.arg(i).arg(r), u"sales"_s, id, manager);
            for (int month = 1; month <= 12; ++month) {
                Row b = meta(Id::generate().toString());
                b.insert({{u"department_id"_s, id}, {u"period"_s, u"2026-%1"_s.arg(month, 2, 10, QChar(u'0'))},
                          {u"category"_s, u"travel"_s}, {u"amount_fen"_s, 3000000}});
                insert(db, u"budgets"_s, b);
            }
        }
        // The claims and loans, each with three lines (claims) and one or two steps.
        const QStringList statuses{u"draft"_s, u"pending"_s, u"approved"_s, u"paid"_s, u"paid"_s, u"paid"_s, u"rejected"_s};
        const QStringList categories{u"travel"_s, u"meals"_s, u"transport"_s, u"office"_s};
        for (qint64 i = 0; i < count; ++i) {
            const int who = int(rng.bounded(int(reps.size())));
            const QString owner = reps[who];
            const QString department = departments[who / 10];
            const QString id = Id::generate().toString();
            const bool loan = rng.bounded(10) == 0;
            const QString status = statuses[int(rng.bounded(int(statuses.size())))];
            const QString day = u"2026-%1-%2"_s.arg(int(rng.bounded(12)) + 1, 2, 10, QChar(u'0')).arg(int(rng.bounded(28)) + 1, 2, 10, QChar(u'0'));
            qint64 total = 0;
            QList<Row> lines;
            for (int l = 0; !loan && l < 3; ++l) {
                const qint64 fen = 1000 + qint64(rng.bounded(200000));
                total += fen;
                Row line = meta(Id::generate().toString());
                line.insert({{u"expense_id"_s, id}, {u"line_no"_s, l + 1}, {u"spent_on"_s, day}, {u"category"_s, categories[l]},
                             {u"amount_fen"_s, fen}, {u"owner_id"_s, owner}});
                lines << line;
            }
            Row e = meta(id);
            e.insert({{u"kind"_s, loan ? u"loan"_s : u"claim"_s}, {u"title"_s, u"出差 %1"_s.arg(i)}, {u"status"_s, status},
                      {u"spent_on"_s, day}, {u"amount_fen"_s, loan ? 500000 : total}, {u"currency"_s, u"CNY"_s}, {u"offset_fen"_s, 0},
                      {u"repaid_fen"_s, 0}, {u"over_budget"_s, 0}, {u"step_no"_s, status == u"pending" ? 1 : 0},
                      {u"owner_id"_s, owner}, {u"department_id"_s, department}, {u"created_by"_s, owner},
                      {u"paid_on"_s, status == u"paid" ? QVariant(day) : QVariant()}});
            insert(db, u"expenses"_s, e);
            for (const Row &line : std::as_const(lines))
                insert(db, u"expense_lines"_s, line);
            if (status != u"draft") {
                Row s = meta(Id::generate().toString());
                s.insert({{u"expense_id"_s, id}, {u"step_no"_s, 1}, {u"approver_roles"_s, u"director"_s},
                          {u"status"_s, status == u"pending" ? u"pending"_s : status == u"rejected" ? u"rejected"_s : u"approved"_s},
                          {u"timeout_hours"_s, 0}, {u"owner_id"_s, owner},
                          {u"pending_since"_s, status == u"pending" ? QVariant(Stamp) : QVariant()}});
                insert(db, u"expense_steps"_s, s);
            }
        }
        t.commit();
    }
    db.exec(u"ANALYZE"_s);

    ExpenseService expenses(*replica);
    replica->setUserId(reps.first());
    Bench::report("expenses.count", double(count), "expenses");
    Bench::report("expenses.list_mine_ms", medianMs(9, [&] { (void)expenses.list(ExpenseService::View::Mine); }), "ms");
    ExpenseService::Expense typed = expenses.newClaim();
    typed.spentOn = u"2026-06-15"_s;
    typed.lines << ExpenseService::Line{{}, typed.spentOn, u"travel"_s, Money::fromFen(123400), {}, {}};
    Bench::report("expenses.budget_as_typed_ms", medianMs(21, [&] { (void)expenses.budgetUse(typed); }), "ms");

    replica->setUserId(clerk);
    Bench::report("expenses.list_to_pay_ms", medianMs(5, [&] { (void)expenses.list(ExpenseService::View::ToPay); }), "ms");
    Bench::report("expenses.list_loans_out_ms", medianMs(5, [&] { (void)expenses.list(ExpenseService::View::LoansOut); }), "ms");
    replica->setUserId(director);
    Bench::report("expenses.list_all_ms", medianMs(3, [&] { (void)expenses.list(ExpenseService::View::Visible); }), "ms");
    ApprovalService approvals(*replica);
    int listed = 0;
    Bench::report("approvals.to_decide_with_expenses_ms", medianMs(3, [&] { listed = int(approvals.toDecide().size()); }), "ms");
    Bench::report("approvals.count_to_decide_ms", medianMs(5, [&] { (void)approvals.countToDecide(); }), "ms");
    Bench::report("approvals.expenses_to_decide", listed, "requests");
    VoucherService vouchers(*replica);
    int made = 0;
    Bench::report("vouchers.preview_month_ms", medianMs(3, [&] {
                      made = int(vouchers.preview(u"2026-06"_s, VoucherService::Again::No).vouchers.size());
                  }),
                  "ms");
    Bench::report("vouchers.month_vouchers", made, "vouchers");
    return 0;
}
