#include "store/approvalsteps.h"

#include "core/approval.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "store/recordwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The request's decision as its deciding slot's: who, when, and the comment.
void stampDecision(Row &changes, const Row &slot)
{
    for (const QString &c : {u"decided_by"_s, u"decided_at"_s, u"comment"_s})
        changes[c] = slot.value(c);
}

} // namespace

ApprovalSteps::ApprovalSteps(Database &db) : m_db(db) { }

const ApprovalSteps::Home &ApprovalSteps::homeOf(const QString &requestTable)
{
    static const Home approvals{u"approvals"_s, u"approval_steps"_s, u"approval_id"_s};
    static const Home expenses{u"expenses"_s, u"expense_steps"_s, u"expense_id"_s};
    return requestTable == u"expenses" || requestTable == u"expense_steps" ? expenses : approvals;
}

QString ApprovalSteps::kindOf(const QString &requestTable, const Row &request)
{
    if (homeOf(requestTable).requests == u"expenses")
        return request.value(u"kind"_s).toString() == u"loan" ? u"loan"_s : u"expense"_s;
    return request.value(u"kind"_s).toString();
}

ApprovalDirectory ApprovalSteps::directory()
{
    Database *db = &m_db;
    ApprovalDirectory d;
    d.managerOf = [db](const QString &userId) {
        const QVariant m = db->scalar(u"SELECT manager_id FROM users WHERE id = ?"_s, {userId});
        return m.isNull() ? QString() : m.toString();
    };
    d.isActive = [db](const QString &userId) {
        return db->scalar(u"SELECT count(*) FROM users WHERE id = ? AND disabled = 0 AND deleted = 0"_s, {userId}).toInt() > 0;
    };
    d.usersWithRole = [db](const QString &role) {
        QStringList out;
        QSqlQuery q = db->exec(u"SELECT id FROM users WHERE role = ? AND disabled = 0 AND deleted = 0 ORDER BY id"_s, {role});
        while (q.next())
            out << q.value(0).toString();
        return out;
    };
    return d;
}

QString ApprovalSteps::delegateFor(const QString &approverId)
{
    return Rows::delegateOf(m_db, approverId, QDate::currentDate());
}

ApprovalFlow ApprovalSteps::flow(const QString &kind)
{
    return ApprovalFlow::inForce(kind, Rows::setting(m_db, approvalFlowKey(kind)));
}

ApprovalContext ApprovalSteps::context(const QString &table, const Row &approval, const QString &requesterId)
{
    ApprovalContext c;
    c.requesterId = requesterId.isEmpty() ? approval.value(u"created_by"_s).toString() : requesterId;
    c.amountFen = approval.value(u"amount_fen"_s).toLongLong();
    if (homeOf(table).requests == u"expenses") {
        // An expense or a loan is its own request: its owner's chain, never its owner.
        c.chainOf = approval.value(u"owner_id"_s).toString();
        if (c.chainOf.isEmpty())
            c.chainOf = c.requesterId;
        c.excluded = {c.requesterId};
        if (!c.excluded.contains(c.chainOf))
            c.excluded << c.chainOf;
        c.overBudget = approval.value(u"over_budget"_s).toInt() != 0;
        return c;
    }
    const QString kind = approval.value(u"kind"_s).toString();
    const ApprovalKindDef *def = approvalKind(kind);
    const QString recordTable = def ? def->table.toString() : approval.value(u"table_name"_s).toString();
    const std::optional<Row> record = RecordWriter(m_db).read(recordTable, approval.value(u"record_id"_s).toString());
    c.chainOf = record ? record->value(u"owner_id"_s).toString() : QString();
    c.excluded = {c.requesterId};
    // Four eyes where the kind says so: not the owner of what it asks about either.
    if (kind != u"level" && !c.chainOf.isEmpty() && !c.excluded.contains(c.chainOf))
        c.excluded << c.chainOf;
    if (c.chainOf.isEmpty())
        c.chainOf = c.requesterId;
    return c;
}

QList<ApprovalSlot> ApprovalSteps::plan(const QString &table, const Row &approval, const QString &requesterId)
{
    return ApprovalEngine::materialise(flow(kindOf(table, approval)), context(table, approval, requesterId), directory());
}

Row ApprovalSteps::requestFields(const QList<ApprovalSlot> &slotList)
{
    Row fields{{u"step_no"_s, ApprovalEngine::currentStep(slotList)}, {u"approver_id"_s, QVariant()}};
    for (const ApprovalSlot &s : slotList)
        if (s.status == u"pending") {
            if (s.approverIds.size() == 1)
                fields[u"approver_id"_s] = s.approverIds.first();
            break;
        }
    if (ApprovalEngine::requestStatus(slotList) == u"approved") {
        fields[u"status"_s] = u"approved"_s;
        fields[u"decided_at"_s] = Timestamp::now();
        fields[u"comment"_s] = u"Every step of the flow was skipped."_s;
    }
    return fields;
}

void ApprovalSteps::writeSlots(RecordWriter &writer, const QString &table, const Row &approval,
                               const QList<ApprovalSlot> &slotList, const QString &userId)
{
    const Home &home = homeOf(table);
    const QString now = Timestamp::now();
    QStringList approvers;
    for (const ApprovalSlot &s : slotList) {
        Row r{{u"owner_id"_s, approval.value(u"owner_id"_s)},
              {home.link, approval.value(u"id"_s)},
              {u"step_no"_s, s.stepNo},
              {u"name"_s, textOrNull(s.name)},
              {u"approver_ids"_s, textOrNull(s.approverIds.join(u','))},
              {u"approver_roles"_s, textOrNull(s.approverRoles.join(u','))},
              {u"status"_s, s.status},
              {u"note"_s, textOrNull(s.note)},
              {u"timeout_hours"_s, s.timeoutHours},
              {u"pending_since"_s, s.status == u"pending" ? QVariant(now) : QVariant()}};
        if (home.requests == u"approvals")
            r.insert(u"customer_id"_s, approval.value(u"customer_id"_s));
        writer.insert(home.steps, r, userId);
        for (const QString &a : s.approverIds)
            if (!approvers.contains(a))
                approvers << a;
    }
    // An expense is seen by the approvers its steps name.
    if (home.requests == u"expenses")
        addMembers(writer, approval.value(u"id"_s).toString(), approvers, u"approver"_s, userId);
}

Row ApprovalSteps::materialise(RecordWriter &writer, const QString &table, const Row &approval, const QString &userId)
{
    const QList<ApprovalSlot> slotList = plan(table, approval, QString());
    writeSlots(writer, table, approval, slotList, userId);
    return writer.update(homeOf(table).requests, approval.value(u"id"_s).toString(), requestFields(slotList), userId);
}

Row ApprovalSteps::askForContract(RecordWriter &writer, const Row &contract, const QString &userId)
{
    Row request{{u"customer_id"_s, contract.value(u"customer_id"_s)},
                {u"owner_id"_s, contract.value(u"owner_id"_s)},
                {u"table_name"_s, u"contracts"_s},
                {u"record_id"_s, contract.value(u"id"_s)},
                {u"kind"_s, u"contract"_s},
                {u"amount_fen"_s, contract.value(u"amount_fen"_s)},
                {u"currency"_s, contract.value(u"currency"_s)},
                {u"summary"_s, QStringList{contract.value(u"number"_s).toString(), contract.value(u"title"_s).toString()}.join(u" · ")},
                {u"status"_s, u"pending"_s}};
    const QList<ApprovalSlot> slotList = plan(u"approvals"_s, request, userId);
    const Row fields = requestFields(slotList);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        request[it.key()] = it.value();
    const Row written = writer.insert(u"approvals"_s, request, userId);
    writeSlots(writer, u"approvals"_s, written, slotList, userId);
    return written;
}

QString ApprovalSteps::submitter(const QString &table, const QString &id)
{
    // The audit trail says who moved the record into approval (the newest such change).
    QSqlQuery q = m_db.exec(u"SELECT user_id, changes FROM audit_log WHERE table_name = ? AND record_id = ? "
                            u"AND changes LIKE ? ORDER BY seq DESC"_s,
                            {table, id, u"%in_approval%"_s});
    while (q.next()) {
        const QJsonObject status = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object().value(u"status"_s).toObject();
        if (status.value(u"new"_s).toString() == u"in_approval")
            return q.value(0).toString();
    }
    return {};
}

void ApprovalSteps::backfill()
{
    RecordWriter writer(m_db);
    const QList<Row> contracts = Rows::select(m_db, u"contracts"_s,
                                              u"status = 'in_approval' AND deleted = 0 AND id NOT IN "
                                              u"(SELECT record_id FROM approvals WHERE kind = 'contract' AND deleted = 0) ORDER BY id"_s,
                                              {});
    for (const Row &c : contracts) {
        const QString by = submitter(u"contracts"_s, c.value(u"id"_s).toString());
        askForContract(writer, c, by.isEmpty() ? c.value(u"owner_id"_s).toString() : by);
    }
    const QList<Row> waiting = Rows::select(m_db, u"approvals"_s,
                                            u"status = 'pending' AND deleted = 0 AND id NOT IN "
                                            u"(SELECT approval_id FROM approval_steps) ORDER BY id"_s,
                                            {});
    for (const Row &a : waiting)
        materialise(writer, u"approvals"_s, a, QString());
}

Row ApprovalSteps::advance(RecordWriter &writer, const QString &table, const QString &approvalId, const QString &userId)
{
    const Home &home = homeOf(table);
    const QList<Row> rows = slotRows(table, approvalId);
    QList<ApprovalSlot> slotList = slotsFrom(rows);
    const QString now = Timestamp::now();
    Row changes;
    const QString status = ApprovalEngine::requestStatus(slotList);
    // The decision the request ends with: the rejecting slot, or the last decided one.
    auto decisive = [&](const QString &wanted) {
        const Row *best = nullptr;
        for (const Row &r : rows)
            if (r.value(u"status"_s).toString() == wanted
                && (!best || r.value(u"decided_at"_s).toString() > best->value(u"decided_at"_s).toString()))
                best = &r;
        return best;
    };
    if (status == u"rejected") {
        for (const Row &r : rows)
            if (r.value(u"status"_s) == u"waiting"_s || r.value(u"status"_s) == u"pending"_s)
                writer.update(home.steps, r.value(u"id"_s).toString(), Row{{u"status"_s, u"cancelled"_s}}, userId);
        const Row *by = decisive(u"rejected"_s);
        changes = Row{{u"status"_s, status}, {u"step_no"_s, 0}};
        if (by)
            stampDecision(changes, *by);
        return writer.update(home.requests, approvalId, changes, userId);
    }
    const QList<ApprovalSlot> before = slotList;
    ApprovalEngine::advance(slotList);
    for (qsizetype i = 0; i < slotList.size(); ++i)
        if (slotList[i].status != before[i].status)
            writer.update(home.steps, rows[i].value(u"id"_s).toString(),
                          Row{{u"status"_s, slotList[i].status}, {u"pending_since"_s, now}}, userId);
    if (ApprovalEngine::requestStatus(slotList) == u"approved") {
        changes = Row{{u"status"_s, u"approved"_s}, {u"step_no"_s, 0}, {u"approver_id"_s, QVariant()}};
        if (const Row *by = decisive(u"approved"_s))
            stampDecision(changes, *by);
        else
            changes[u"decided_at"_s] = now;
        return writer.update(home.requests, approvalId, changes, userId);
    }
    changes = Row{{u"step_no"_s, ApprovalEngine::currentStep(slotList)}};
    changes[u"approver_id"_s] = QVariant();
    for (const ApprovalSlot &s : std::as_const(slotList))
        if (s.status == u"pending" && s.approverIds.size() == 1 && s.decidedBy.isEmpty()) {
            changes[u"approver_id"_s] = s.approverIds.first();
            break;
        }
    return writer.update(home.requests, approvalId, changes, userId);
}

void ApprovalSteps::removeSlots(RecordWriter &writer, const QString &table, const QString &approvalId, const QString &userId)
{
    for (const Row &r : slotRows(table, approvalId))
        writer.remove(homeOf(table).steps, r.value(u"id"_s).toString(), userId);
}

QList<Row> ApprovalSteps::slotRows(const QString &table, const QString &approvalId)
{
    const Home &home = homeOf(table);
    return Rows::select(m_db, home.steps, u"%1 = ? AND deleted = 0 ORDER BY step_no, created_at, id"_s.arg(home.link), {approvalId});
}

void ApprovalSteps::addMembers(RecordWriter &writer, const QString &expenseId, const QStringList &users, const QString &role,
                               const QString &userId)
{
    const std::optional<Row> expense = writer.read(u"expenses"_s, expenseId);
    if (!expense)
        return;
    for (const QString &u : users) {
        if (u.isEmpty() || u == expense->value(u"owner_id"_s).toString()
            || m_db.scalar(u"SELECT count(*) FROM expenses_members WHERE record_id = ? AND user_id = ? AND deleted = 0"_s, {expenseId, u})
                    .toInt()
                > 0)
            continue;
        writer.insert(u"expenses_members"_s,
                      Row{{u"record_id"_s, expenseId}, {u"user_id"_s, u}, {u"role"_s, role}, {u"owner_id"_s, expense->value(u"owner_id"_s)}},
                      userId);
    }
}

void ApprovalSteps::removeMembers(RecordWriter &writer, const QString &expenseId, const QString &role, const QString &userId)
{
    for (const Row &m : Rows::select(m_db, u"expenses_members"_s, u"record_id = ? AND role = ? AND deleted = 0"_s, {expenseId, role}))
        writer.remove(u"expenses_members"_s, m.value(u"id"_s).toString(), userId);
}

QStringList ApprovalSteps::payers(const QVariant &departmentId)
{
    QStringList out;
    const QString path = departmentId.isNull() ? QString()
                                               : m_db.scalar(u"SELECT path FROM departments WHERE id = ?"_s, {departmentId}).toString();
    if (!path.isEmpty()) {
        QSqlQuery q = m_db.exec(u"SELECT DISTINCT u.id, d.path FROM users u JOIN user_departments ud ON ud.user_id = u.id AND ud.deleted = 0 "
                                u"JOIN departments d ON d.id = ud.department_id "
                                u"WHERE u.role = 'clerk' AND u.disabled = 0 AND u.deleted = 0 ORDER BY u.id"_s);
        while (q.next()) {
            const QString served = q.value(1).toString();
            if ((path == served || path.startsWith(served + u'/')) && !out.contains(q.value(0).toString()))
                out << q.value(0).toString();
        }
    }
    for (const QString &named : Rows::setting(m_db, u"finance.payers"_s).split(u',', Qt::SkipEmptyParts))
        if (directory().isActive(named.trimmed()) && !out.contains(named.trimmed()))
            out << named.trimmed();
    return out;
}

ApprovalSlot ApprovalSteps::slotFrom(const Row &row)
{
    return Rows::approvalSlot(row);
}

QList<ApprovalSlot> ApprovalSteps::slotsFrom(const QList<Row> &rows)
{
    QList<ApprovalSlot> out;
    for (const Row &r : rows)
        out << slotFrom(r);
    return out;
}

} // namespace Huike
