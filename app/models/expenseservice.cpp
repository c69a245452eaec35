#include "models/expenseservice.h"

#include "core/expensepolicy.h"
#include "core/pipelinepolicy.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/timelinetexts.h"

#include <QDate>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

Money ExpenseService::Expense::linesTotal() const
{
    Money total = Money::fromFen(0, amount.currency());
    for (const Line &l : lines)
        total += l.amount;
    return total;
}

ExpenseService::ExpenseService(Replica &replica) : m_replica(replica) { }

QString ExpenseService::statusText(const QString &status)
{
    return TimelineTexts::expenseStatus(status);
}

QString ExpenseService::kindText(const QString &kind)
{
    return TimelineTexts::expenseKind(kind);
}

QList<ExpenseCategory> ExpenseService::categories()
try {
    return ExpenseCategories::fromSetting(
        m_replica.database()
            .scalar(u"SELECT value FROM app_settings WHERE key = ? AND deleted = 0"_s, {ExpenseCategories::SettingKey.toString()})
            .toString());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ExpenseService::categoryLabel(const QString &code)
{
    return ExpenseCategories::label(categories(), code);
}

QString ExpenseService::customerName(const QString &customerId)
try {
    return m_replica.database().scalar(u"SELECT name FROM customers WHERE id = ?"_s, {orEmpty(customerId)}).toString();
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ExpenseService::Opportunity> ExpenseService::opportunitiesOf(const QString &customerId)
try {
    QList<Opportunity> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, name FROM opportunities WHERE customer_id = ? AND deleted = 0 "
                                            u"ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, created_at DESC, id LIMIT 200"_s,
                                            {orEmpty(customerId)});
    while (q.next())
        out << Opportunity{q.value(0).toString(), q.value(1).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ExpenseService::myDepartment()
{
    return m_replica.database()
        .scalar(u"SELECT department_id FROM user_departments WHERE user_id = ? AND deleted = 0 ORDER BY created_at, id LIMIT 1"_s,
                {orEmpty(m_replica.userId())})
        .toString();
}

QString ExpenseService::myRole()
{
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {orEmpty(m_replica.userId())}).toString();
}

ExpenseService::Expense ExpenseService::fromRow(const QVariantMap &row)
{
    Expense e;
    const QString currency = row.value(u"currency"_s).toString().isEmpty() ? u"CNY"_s : row.value(u"currency"_s).toString();
    auto money = [&](const char *column) { return Money::fromFen(row.value(QString::fromLatin1(column)).toLongLong(), currency); };
    e.id = row.value(u"id"_s).toString();
    e.kind = row.value(u"kind"_s).toString();
    e.title = row.value(u"title"_s).toString();
    e.status = row.value(u"status"_s).toString();
    e.spentOn = row.value(u"spent_on"_s).toString();
    e.amount = money("amount_fen");
    e.reason = row.value(u"reason"_s).toString();
    e.forCustomerId = row.value(u"for_customer_id"_s).toString();
    e.loanId = row.value(u"loan_id"_s).toString();
    e.offset = money("offset_fen");
    e.repaid = money("repaid_fen");
    e.forOpportunityId = row.value(u"for_opportunity_id"_s).toString();
    e.overBudget = row.value(u"over_budget"_s).toInt() != 0;
    e.ownerId = row.value(u"owner_id"_s).toString();
    e.departmentId = row.value(u"department_id"_s).toString();
    e.comment = row.value(u"comment"_s).toString();
    e.paidOn = row.value(u"paid_on"_s).toString();
    e.paidBy = row.value(u"paid_by"_s).toString();
    return e;
}

QList<ExpenseService::Item> ExpenseService::list(View view, int limit)
try {
    Database &db = m_replica.database();
    const QString me = orEmpty(m_replica.userId());
    QString where = u"deleted = 0"_s;
    QVariantList args;
    QString order = u"created_at DESC, id DESC"_s;
    switch (view) {
    case View::Mine:
        where += u" AND owner_id = ?"_s;
        args << me;
        order = u"CASE status WHEN 'draft' THEN 0 WHEN 'rejected' THEN 1 ELSE 2 END, created_at DESC, id DESC"_s;
        break;
    case View::ToPay:
        where += u" AND status = 'approved' AND owner_id <> ?"_s;
        args << me;
        order = u"decided_at, created_at, id"_s;
        break;
    case View::LoansOut:
        where += u" AND kind = 'loan' AND status = 'paid' AND repaid_fen < amount_fen"_s;
        order = u"paid_on, created_at, id"_s;
        break;
    case View::Visible:
        break;
    }
    args << limit;
    const QString chosen = where + u" ORDER BY "_s + order + u" LIMIT ?"_s;
    // The categories each lists, in one reading for the whole list.
    QHash<QString, QStringList> categoriesOf;
    {
        QSqlQuery q = db.exec(u"SELECT expense_id, category FROM expense_lines WHERE deleted = 0 AND expense_id IN "
                              u"(SELECT id FROM expenses WHERE "_s
                                  + chosen + u") ORDER BY expense_id, line_no"_s,
                              args);
        const QList<ExpenseCategory> known = categories();
        while (q.next()) {
            QStringList &labels = categoriesOf[q.value(0).toString()];
            const QString label = ExpenseCategories::label(known, q.value(1).toString());
            if (!labels.contains(label))
                labels << label;
        }
    }
    QList<Item> out;
    // Names read once per list: a page of a team's claims names the same few people.
    QHash<QString, QString> names;
    auto name = [&](const char *table, const QString &id) {
        if (id.isEmpty())
            return QString();
        const QString key = QLatin1StringView(table) + u':' + id;
        if (const auto it = names.constFind(key); it != names.cend())
            return *it;
        const QString column = qstrcmp(table, "users") == 0 ? u"display_name"_s : u"name"_s;
        return names[key] = db.scalar(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(column, QString::fromLatin1(table)), {id}).toString();
    };
    for (const Row &row : Rows::select(db, u"expenses"_s, chosen, args)) {
        Item item;
        item.expense = fromRow(row);
        item.requester = name("users", item.expense.ownerId);
        item.department = name("departments", item.expense.departmentId);
        item.customerName = name("customers", item.expense.forCustomerId);
        item.categories = categoriesOf.value(item.expense.id).join(tr(", "));
        out << item;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<ExpenseService::Expense> ExpenseService::load(const QString &id)
try {
    const auto row = m_replica.read(u"expenses"_s, id);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    Expense e = fromRow(*row);
    for (const Row &l : Rows::select(m_replica.database(), u"expense_lines"_s, u"expense_id = ? AND deleted = 0 ORDER BY line_no, id"_s, {id}))
        e.lines << Line{l.value(u"id"_s).toString(),
                        l.value(u"spent_on"_s).toString(),
                        l.value(u"category"_s).toString(),
                        Money::fromFen(l.value(u"amount_fen"_s).toLongLong(), e.amount.currency()),
                        l.value(u"description"_s).toString(),
                        l.value(u"invoice_number"_s).toString()};
    return e;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ExpenseService::Expense ExpenseService::newClaim()
{
    Expense e;
    e.kind = u"claim"_s;
    e.spentOn = QDate::currentDate().toString(Qt::ISODate);
    e.ownerId = m_replica.userId();
    return e;
}

ExpenseService::Expense ExpenseService::newLoan()
{
    Expense e = newClaim();
    e.kind = u"loan"_s;
    return e;
}

bool ExpenseService::isMine(const Expense &e)
{
    return e.id.isEmpty() || e.ownerId == m_replica.userId();
}

bool ExpenseService::mayEdit(const Expense &e)
{
    return (isMine(e) || myRole() == u"admin") && !ExpensePolicy::editable(e.status);
}

bool ExpenseService::mayWithdraw(const Expense &e)
try {
    return e.status == u"pending" && isMine(e)
        && m_replica.database()
                   .scalar(u"SELECT count(*) FROM expense_steps WHERE expense_id = ? AND deleted = 0 AND status IN ('approved', 'rejected')"_s,
                           {orEmpty(e.id)})
                   .toInt()
            == 0;
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

bool ExpenseService::mayPayAny()
{
    const QString role = myRole();
    return role == u"clerk" || role == u"director" || role == u"admin";
}

bool ExpenseService::mayPay(const Expense &e)
try {
    const auto role = enumFromCode<UserRole>(myRole());
    return e.status == u"approved" && role && ExpensePolicy::mayPay({m_replica.userId(), *role}, e.ownerId);
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

ValidationErrors ExpenseService::save(Expense &e)
try {
    ValidationErrors errors;
    if (!mayEdit(e)) {
        errors.add(u"status"_s, u"document_locked"_s,
                   e.status == u"pending" ? tr("The request waits for approval: withdraw it to change it.")
                                          : tr("This expense can no longer be changed."));
        return errors;
    }
    if (e.title.trimmed().isEmpty())
        errors.add(u"title"_s, u"required"_s, tr("Say what the expense is for."));
    if (!isDate(e.spentOn))
        errors.add(u"spentOn"_s, u"invalid"_s, tr("Enter the date as YYYY-MM-DD."));
    if (e.isClaim()) {
        for (qsizetype i = 0; i < e.lines.size(); ++i) {
            const Line &l = e.lines[i];
            const QString at = u"lines[%1]."_s.arg(i);
            if (!isDate(l.spentOn))
                errors.add(at + u"spentOn"_s, u"invalid"_s, tr("Line %1: enter the date as YYYY-MM-DD.").arg(i + 1));
            if (l.category.trimmed().isEmpty())
                errors.add(at + u"category"_s, u"required"_s, tr("Line %1: choose a category.").arg(i + 1));
            if (l.amount.isNegative() || l.amount.isZero())
                errors.add(at + u"amount"_s, u"out_of_range"_s, tr("Line %1: the amount is more than nothing.").arg(i + 1));
        }
        try {
            e.amount = e.linesTotal();
        } catch (const ArithmeticError &) {
            errors.add(u"amount"_s, u"overflow"_s, tr("The amounts are too large."));
        }
    } else {
        e.lines.clear();
        e.loanId.clear();
        e.offset = Money::fromFen(0, e.amount.currency());
        if (e.amount.isNegative())
            errors.add(u"amount"_s, u"out_of_range"_s, tr("The amount is not negative."));
    }
    if (e.offset.isNegative() || e.offset > e.amount)
        errors.add(u"offset"_s, u"out_of_range"_s, tr("The offset against the loan is at most the claim's amount."));
    if (!e.offset.isZero() && e.loanId.isEmpty())
        errors.add(u"loanId"_s, u"required"_s, tr("Choose the loan the offset settles."));
    if (errors)
        return errors;

    Database &db = m_replica.database();
    const QString me = orEmpty(m_replica.userId());
    Replica::Batch batch(m_replica);
    Row header{{u"title"_s, e.title.trimmed()},
               {u"spent_on"_s, e.spentOn},
               {u"amount_fen"_s, e.amount.fen()},
               {u"currency"_s, e.amount.currency()},
               {u"reason"_s, orNull(e.reason.trimmed())},
               {u"for_customer_id"_s, orNull(e.forCustomerId)},
               {u"for_opportunity_id"_s, orNull(e.forCustomerId.isEmpty() ? QString() : e.forOpportunityId)},
               {u"loan_id"_s, orNull(e.loanId)},
               {u"offset_fen"_s, e.offset.fen()}};
    if (e.id.isEmpty()) {
        header[u"kind"_s] = e.kind;
        header[u"status"_s] = u"draft"_s;
        header[u"owner_id"_s] = me;
        // The server sets it from the requester; here at once, for the budget figures.
        header[u"department_id"_s] = myDepartment();
        e.id = m_replica.create(u"expenses"_s, header).value(u"id"_s).toString();
        e.ownerId = me;
        e.departmentId = header.value(u"department_id"_s).toString();
    } else {
        m_replica.update(u"expenses"_s, e.id, header);
    }
    QSet<QString> kept;
    for (qsizetype i = 0; i < e.lines.size(); ++i) {
        Line &l = e.lines[i];
        Row row{{u"line_no"_s, int(i + 1)},
                {u"spent_on"_s, l.spentOn},
                {u"category"_s, l.category},
                {u"amount_fen"_s, l.amount.fen()},
                {u"description"_s, orNull(l.description.trimmed())},
                {u"invoice_number"_s, orNull(l.invoiceNumber.trimmed())}};
        if (l.id.isEmpty()) {
            row[u"expense_id"_s] = e.id;
            l.id = m_replica.create(u"expense_lines"_s, row).value(u"id"_s).toString();
        } else {
            m_replica.update(u"expense_lines"_s, l.id, row);
        }
        kept.insert(l.id);
    }
    QStringList gone;
    QSqlQuery q = db.exec(u"SELECT id FROM expense_lines WHERE expense_id = ? AND deleted = 0"_s, {e.id});
    while (q.next())
        if (!kept.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    for (const QString &id : std::as_const(gone)) {
        // Its invoices stay with the claim (the server would refuse them naming a removed line).
        QStringList invoices;
        QSqlQuery a = db.exec(u"SELECT id FROM expense_attachments WHERE line_id = ? AND deleted = 0"_s, {id});
        while (a.next())
            invoices << a.value(0).toString();
        for (const QString &invoice : std::as_const(invoices))
            m_replica.update(u"expense_attachments"_s, invoice, Row{{u"line_id"_s, QVariant()}});
        m_replica.remove(u"expense_lines"_s, id);
    }
    batch.commit();
    return {};
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

QList<Budget::Use> ExpenseService::budgetUse(const Expense &claim)
try {
    if (!claim.isClaim())
        return {};
    Database &db = m_replica.database();
    QString department = claim.departmentId;
    if (department.isEmpty())
        department = myDepartment();
    const QString period = Budget::periodOf(claim.spentOn);
    if (department.isEmpty() || period.isEmpty())
        return {};
    const QList<Budget::Line> budgets = Rows::budgets(db, department, period);
    if (budgets.isEmpty())
        return {};
    // What the department's other claims of the month hold, as far as this replica sees
    // them (the server counts every claim; a rep sees their own and the budget).
    const QMap<QString, Money> used = Rows::claimedByCategory(db, department, period, claim.id);
    QMap<QString, Money> asked;
    for (const Line &l : claim.lines)
        asked[l.category] += l.amount;
    return Budget::check(budgets, used, asked);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ExpenseService::OpenLoan> ExpenseService::openLoans(const QString &exceptClaimId)
try {
    QList<OpenLoan> out;
    Database &db = m_replica.database();
    for (const Row &row : Rows::select(db, u"expenses"_s,
                                       u"kind = 'loan' AND owner_id = ? AND status IN ('approved', 'paid') AND deleted = 0 "
                                       u"ORDER BY created_at, id"_s,
                                       {orEmpty(m_replica.userId())})) {
        const Money left = Money::fromFen(row.value(u"amount_fen"_s).toLongLong()) - Rows::loanSettled(db, row.value(u"id"_s), exceptClaimId);
        if (left.isZero() || left.isNegative())
            continue;
        out << OpenLoan{row.value(u"id"_s).toString(), row.value(u"title"_s).toString(), left};
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ExpenseService::submit(Expense &e)
try {
    if (!isMine(e))
        return tr("Its requester submits an expense.");
    if (e.status != u"draft" && e.status != u"rejected")
        return tr("This expense has been submitted already.");
    if (const ValidationErrors errors = save(e))
        return errors.errors().first().message;
    Money left = e.offset;
    if (!e.loanId.isEmpty()) {
        left = Money::fromFen(0);
        for (const OpenLoan &l : openLoans(e.id))
            if (l.id == e.loanId)
                left = l.left;
    }
    if (const PipelineVerdict refused = ExpensePolicy::submission(e.kind, e.amount, e.linesTotal(), int(e.lines.size()), e.offset, left)) {
        if (refused->field == u"lines")
            return tr("An expense claim lists what was spent: add a line.");
        if (refused->field == u"offset")
            return e.offset > e.amount ? tr("The offset against the loan is at most the claim's amount.")
                                       : tr("Only %1 of the loan is left to offset.").arg(left.format(QLocale()));
        return tr("The amount must be more than nothing.");
    }
    m_replica.update(u"expenses"_s, e.id, Row{{u"status"_s, u"pending"_s}});
    e.status = u"pending"_s;
    return {};
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

QString ExpenseService::withdraw(const QString &id)
try {
    const auto e = load(id);
    if (!e)
        return tr("The expense no longer exists.");
    if (e->status != u"pending")
        return tr("Only a request waiting for approval is withdrawn.");
    if (!isMine(*e))
        return tr("Only the requester withdraws a request.");
    if (!mayWithdraw(*e))
        return tr("A step has been decided: the request can no longer be withdrawn.");
    m_replica.update(u"expenses"_s, id, Row{{u"status"_s, u"draft"_s}});
    return {};
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

QString ExpenseService::reopen(const QString &id)
try {
    const auto e = load(id);
    if (!e)
        return tr("The expense no longer exists.");
    if (e->status != u"rejected")
        return tr("Only a rejected expense is taken back to edit.");
    if (!isMine(*e))
        return tr("Its requester takes an expense back to edit it.");
    m_replica.update(u"expenses"_s, id, Row{{u"status"_s, u"draft"_s}});
    return {};
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

QString ExpenseService::pay(const QString &id, const QString &paidOn)
try {
    const auto e = load(id);
    if (!e)
        return tr("The expense no longer exists.");
    if (e->status != u"approved")
        return e->status == u"paid" ? tr("It has been paid already.") : tr("Only an approved expense is paid.");
    if (!mayPay(*e))
        return isMine(*e) ? tr("Another person pays your own expense.")
                          : tr("Finance (a clerk, director or administrator) pays expenses.");
    if (!isDate(paidOn))
        return tr("Enter the date paid as YYYY-MM-DD.");
    m_replica.update(u"expenses"_s, id, Row{{u"status"_s, u"paid"_s}, {u"paid_on"_s, paidOn}});
    return {};
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

QString ExpenseService::remove(const QString &id)
try {
    const auto e = load(id);
    if (!e)
        return {};
    const auto role = enumFromCode<UserRole>(myRole()).value_or(UserRole::Sales);
    if (const PipelineVerdict refused = ExpensePolicy::removal({m_replica.userId(), role}, e->ownerId, e->status))
        return refused->code == u"document_locked" ? tr("A submitted expense is kept; withdraw it first.")
                                                    : tr("Its requester deletes an expense.");
    Replica::Batch batch(m_replica);
    for (const Line &l : e->lines)
        m_replica.remove(u"expense_lines"_s, l.id);
    m_replica.remove(u"expenses"_s, id);
    batch.commit();
    return {};
} catch (const SchemaError &err) {
    throw ModelError(err.message());
}

bool ExpenseService::awaitsServer(const QString &id)
try {
    return m_replica.database()
               .scalar(u"SELECT count(*) FROM outbox WHERE (table_name = 'expenses' AND record_id = ?) "
                       u"OR (table_name IN ('expense_lines', 'expense_steps') AND record_id IN "
                       u"(SELECT id FROM expense_lines WHERE expense_id = ? UNION SELECT id FROM expense_steps WHERE expense_id = ?))"_s,
                       {id, id, id})
               .toInt()
        > 0;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ExpenseService::refusalCode(const QString &id)
try {
    for (const Replica::Conflict &c : m_replica.conflicts())
        if (c.kind == u"rejection" && c.table == u"expenses" && c.recordId == id)
            return c.code;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
