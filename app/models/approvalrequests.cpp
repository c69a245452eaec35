// ApprovalService: the requests of both tables — approvals rows and expenses and loans,
// which are their own requests (FEATURES.md W2) — as the lists read them, and what an
// expense asks in words.
#include "models/approvalservice.h"
#include "models/approvalservice_p.h"

#include "core/expensecategory.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace ApprovalServiceDetail;

namespace {

Id idOf(const Row &row, const QString &column)
{
    return Id::fromString(row.value(column).toString()).value_or(Id());
}

} // namespace

namespace ApprovalServiceDetail {

const StepHome &homeOf(const Approval &request)
{
    static const StepHome approvals{u"approvals"_s, u"approval_steps"_s, u"approval_id"_s};
    static const StepHome expenses{u"expenses"_s, u"expense_steps"_s, u"expense_id"_s};
    return request.tableName == u"expenses" ? expenses : approvals;
}

std::optional<Approval> expenseRequest(const Row &row)
{
    const QString status = row.value(u"status"_s).toString();
    if (row.value(u"deleted"_s).toInt() != 0 || status == u"draft")
        return std::nullopt;
    Approval a;
    a.meta.id = idOf(row, u"id"_s);
    a.meta.version = row.value(u"version"_s).toLongLong();
    a.meta.ownerId = idOf(row, u"owner_id"_s);
    a.meta.createdAt = row.value(u"created_at"_s).toString();
    a.meta.createdBy = a.meta.ownerId;
    a.meta.updatedAt = row.value(u"updated_at"_s).toString();
    a.meta.updatedBy = idOf(row, u"updated_by"_s);
    a.customerId = idOf(row, u"for_customer_id"_s);
    a.tableName = u"expenses"_s;
    a.recordId = a.meta.id;
    a.kind = row.value(u"kind"_s).toString() == u"loan" ? u"loan"_s : u"expense"_s;
    a.amount = Money::fromFen(row.value(u"amount_fen"_s).toLongLong(), row.value(u"currency"_s).toString());
    a.reason = row.value(u"reason"_s).toString();
    a.summary = row.value(u"title"_s).toString();
    // Paid is approved as far as the request goes.
    a.status = status == u"pending" ? ApprovalStatus::Pending
        : status == u"rejected"     ? ApprovalStatus::Rejected
                                    : ApprovalStatus::Approved;
    a.decidedBy = idOf(row, u"decided_by"_s);
    a.decidedAt = row.value(u"decided_at"_s).toString();
    a.comment = row.value(u"comment"_s).toString();
    a.approverId = idOf(row, u"approver_id"_s);
    a.stepNo = row.value(u"step_no"_s).toInt();
    return a;
}

} // namespace ApprovalServiceDetail

QList<Approval> ApprovalService::pendingRequests(const QString &userId)
{
    Database &db = m_replica.database();
    QList<Approval> out;
    for (const Row &row : Rows::select(db, u"approvals"_s,
                                       u"status = 'pending' AND deleted = 0 AND (created_by IS NULL OR created_by <> ?) "
                                       u"ORDER BY created_at, id"_s,
                                       {userId}))
        out << Rows::from<Approval>(row);
    // An expense is never decided by its owner nor by who wrote it (the server's context).
    for (const Row &row : Rows::select(db, u"expenses"_s,
                                       u"status = 'pending' AND deleted = 0 AND COALESCE(owner_id, '') <> ? "
                                       u"AND COALESCE(created_by, '') <> ? ORDER BY created_at, id"_s,
                                       {userId, userId}))
        if (const auto a = expenseRequest(row))
            out << *a;
    std::stable_sort(out.begin(), out.end(), [](const Approval &x, const Approval &y) {
        return std::pair(x.meta.createdAt, x.meta.id.toString()) < std::pair(y.meta.createdAt, y.meta.id.toString());
    });
    return out;
}

QList<ApprovalService::Request> ApprovalService::mine(int limit)
try {
    Database &db = m_replica.database();
    const QString me = orEmpty(m_replica.userId());
    const QString order = u" ORDER BY CASE status WHEN 'pending' THEN 0 ELSE 1 END, created_at DESC, id DESC LIMIT ?"_s;
    QList<Approval> asked;
    for (const Row &row : Rows::select(db, u"approvals"_s, u"created_by = ? AND deleted = 0"_s + order, {me, limit}))
        asked << Rows::from<Approval>(row);
    // One's expenses and loans once submitted (a draft is not asked yet).
    for (const Row &row : Rows::select(db, u"expenses"_s, u"owner_id = ? AND deleted = 0 AND status <> 'draft'"_s + order, {me, limit}))
        if (const auto a = expenseRequest(row))
            asked << *a;
    // Pending first, then the newest, as each table's query.
    std::sort(asked.begin(), asked.end(), [](const Approval &x, const Approval &y) {
        const bool px = x.status == ApprovalStatus::Pending, py = y.status == ApprovalStatus::Pending;
        if (px != py)
            return px;
        return std::pair(y.meta.createdAt, y.meta.id.toString()) < std::pair(x.meta.createdAt, x.meta.id.toString());
    });
    if (asked.size() > limit)
        asked.resize(limit);
    m_memo = std::make_unique<Memo>();
    const auto done = qScopeGuard([this] { m_memo.reset(); });
    remember(asked);
    QList<Request> out;
    for (const Approval &a : std::as_const(asked))
        out << describe(a);
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Approval> ApprovalService::current(const Approval &request)
try {
    if (!isExpense(request))
        return approval(request.meta.id.toString());
    const auto row = m_replica.read(u"expenses"_s, request.meta.id.toString());
    return row ? expenseRequest(*row) : std::nullopt;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<ApprovalService::Request> ApprovalService::requestOfExpense(const QString &expenseId)
try {
    const auto row = m_replica.read(u"expenses"_s, expenseId);
    const std::optional<Approval> a = row ? ApprovalServiceDetail::expenseRequest(*row) : std::nullopt;
    if (!a)
        return std::nullopt;
    return describe(*a);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalService::userName(const QString &userId)
{
    auto read = [this, &userId] {
        return m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {orEmpty(userId)}).toString();
    };
    if (!m_memo)
        return read();
    if (const auto it = m_memo->names.constFind(userId); it != m_memo->names.cend())
        return *it;
    return m_memo->names[userId] = read();
}

void ApprovalService::remember(const QList<Approval> &requests)
{
    if (!m_memo)
        return;
    Database &db = m_replica.database();
    QHash<QString, QStringList> byTable; // the requests' table → their ids
    for (const Approval &a : requests) {
        const QString id = a.meta.id.toString();
        if (!m_memo->steps.contains(id)) {
            m_memo->steps.insert(id, {});
            byTable[a.tableName == u"expenses" ? u"expenses"_s : u"approvals"_s] << id;
        }
    }
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        Approval probe;
        probe.tableName = it.key();
        const StepHome &home = homeOf(probe);
        for (qsizetype at = 0; at < it->size(); at += 400) {
            const QStringList chunk = it->mid(at, 400);
            const QString in = u" IN (%1)"_s.arg(QStringList(chunk.size(), u"?"_s).join(u", "_s));
            const QVariantList ids(chunk.cbegin(), chunk.cend());
            for (const Row &row : Rows::select(db, home.steps, home.link + in + u" AND deleted = 0 ORDER BY step_no, created_at, id"_s, ids))
                m_memo->steps[row.value(home.link).toString()] << row;
            if (home.requests != u"expenses")
                continue;
            QSqlQuery q = db.exec(u"SELECT expense_id, category, amount_fen FROM expense_lines WHERE deleted = 0 AND expense_id"_s + in
                                      + u" ORDER BY expense_id, line_no, id"_s,
                                  ids);
            while (q.next())
                m_memo->lines[q.value(0).toString()] << std::pair(q.value(1).toString(), q.value(2).toLongLong());
            QSqlQuery over = db.exec(u"SELECT id FROM expenses WHERE over_budget = 1 AND id"_s + in, ids);
            while (over.next())
                m_memo->overBudget.insert(over.value(0).toString());
            for (const QString &id : chunk)
                m_memo->remembered.insert(id);
        }
    }
}

QString ApprovalService::expenseSubject(const Approval &a)
{
    const QString amount = a.amount.format(QLocale());
    if (a.kind == u"loan")
        return tr("Loan “%1” %2").arg(a.summary, amount);
    // What it was spent on, by category in the order of the lines.
    Database &db = m_replica.database();
    const QString id = a.meta.id.toString();
    auto readCategories = [&db] { return ExpenseCategories::fromSetting(Rows::setting(db, ExpenseCategories::SettingKey)); };
    const QList<ExpenseCategory> categories = !m_memo ? readCategories()
        : m_memo->categories                          ? *m_memo->categories
                                                      : *(m_memo->categories = readCategories());
    const bool remembered = m_memo && m_memo->remembered.contains(id);
    QList<std::pair<QString, qint64>> lines;
    if (remembered) {
        lines = m_memo->lines.value(id);
    } else {
        for (const Row &line : Rows::select(db, u"expense_lines"_s, u"expense_id = ? AND deleted = 0 ORDER BY line_no, id"_s, {id}))
            lines << std::pair(line.value(u"category"_s).toString(), line.value(u"amount_fen"_s).toLongLong());
    }
    QList<std::pair<QString, Money>> spent;
    for (const auto &[code, fen] : std::as_const(lines)) {
        const Money m = Money::fromFen(fen, a.amount.currency());
        auto it = std::find_if(spent.begin(), spent.end(), [&](const auto &s) { return s.first == code; });
        if (it == spent.end())
            spent.append({code, m});
        else
            it->second += m;
    }
    QStringList parts;
    for (const auto &[code, m] : std::as_const(spent))
        parts << ExpenseCategories::label(categories, code) + u' ' + m.format(QLocale());
    QString subject = parts.isEmpty() ? tr("Expense claim “%1” %2").arg(a.summary, amount)
                                      : tr("Expense claim “%1” %2 (%3)").arg(a.summary, amount, parts.join(tr(", ")));
    const bool over = remembered ? m_memo->overBudget.contains(id) : [&] {
        const auto expense = m_replica.read(u"expenses"_s, id);
        return expense && expense->value(u"over_budget"_s).toInt() != 0;
    }();
    if (over)
        subject = tr("%1, over budget").arg(subject);
    return subject;
}

} // namespace Huike
