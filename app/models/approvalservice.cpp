#include "models/approvalservice.h"
#include "models/approvalservice_p.h"

#include "core/approvalflow.h"
#include "core/pipelinepolicy.h"
#include "core/timestamp.h"
#include "models/modelerror.h"
#include "models/outcomes.h"
#include "models/settingsservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace ApprovalServiceDetail;

ApprovalService::ApprovalService(Replica &replica) : m_replica(replica) { }

ApprovalService::~ApprovalService() = default;

QString ApprovalService::levelChangeText(const Approval &approval)
try {
    const QList<LevelDefinition> levels = SettingsService::levels(m_replica.database());
    auto caption = [&](const QString &code) -> QString {
        if (code.isEmpty())
            return tr("no level");
        for (const LevelDefinition &l : levels)
            if (l.code == code)
                return l.caption();
        return code;
    };
    return tr("%1 → %2").arg(caption(approval.oldValue), caption(approval.newValue));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ApprovalService::Request ApprovalService::describe(const Approval &a)
{
    Database &db = m_replica.database();
    Request r;
    r.approval = a;
    r.kindCaption = approvalKindCaption(a.kind);
    if (!a.customerId.isNull())
        r.customerName = db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {a.customerId.toString()}).toString();
    r.requester = userName(a.meta.createdBy.toString());
    if (!a.approverId.isNull())
        r.approver = userName(a.approverId.toString());
    if (!a.decidedBy.isNull())
        r.decider = userName(a.decidedBy.toString());
    describeSteps(r);
    if (isExpense(a)) {
        r.openTable = u"expenses"_s;
        r.openId = a.recordId.toString();
        r.subject = expenseSubject(a);
        return r;
    }
    if (a.kind == u"level") {
        r.subject = tr("Level: %1").arg(levelChangeText(a));
        r.openTable = u"customers"_s;
        r.openId = a.customerId.toString();
        return r;
    }
    if (a.kind == u"contract") {
        r.openTable = u"contracts"_s;
        r.openId = a.recordId.toString();
        r.subject = tr("Contract %1, amount %2").arg(a.summary, a.amount.format(QLocale()));
        return r;
    }
    r.openTable = u"quotes"_s;
    r.openId = a.recordId.toString();
    QString number;
    int revision = 1;
    if (const auto quote = m_replica.read(u"quotes"_s, a.recordId.toString())) {
        number = quote->value(u"number"_s).toString();
        revision = quote->value(u"revision"_s).toInt();
        r.validUntil = quote->value(u"valid_until"_s).toString();
    }
    const QDate validUntil = QDate::fromString(r.validUntil, Qt::ISODate);
    r.expired = validUntil.isValid() && validUntil < QDate::currentDate();
    r.subject = tr("Quote %1 V%2: a discount of %3 %, total %4")
                    .arg(number)
                    .arg(revision)
                    .arg(a.discountPercent.toString(), a.amount.format(QLocale()));
    return r;
}

QList<Row> ApprovalService::slotRows(const Approval &request)
{
    if (m_memo)
        if (const auto it = m_memo->steps.constFind(request.meta.id.toString()); it != m_memo->steps.cend())
            return *it;
    const StepHome &home = homeOf(request);
    return Rows::select(m_replica.database(), home.steps,
                        home.link + u" = ? AND deleted = 0 ORDER BY step_no, created_at, id"_s, {orEmpty(request.meta.id.toString())});
}

QStringList ApprovalService::excludedFrom(const Approval &a)
{
    // As the server's engine: never the requester, and, but for a level, not the owner of
    // what it asks about — for an expense, its own record, nor who wrote it.
    QStringList out{a.meta.createdBy.toString()};
    if (a.kind != u"level") {
        const ApprovalKindDef *def = approvalKind(a.kind);
        if (const auto record = def ? m_replica.read(def->table.toString(), a.recordId.toString()) : std::nullopt) {
            out << record->value(u"owner_id"_s).toString();
            if (isExpense(a))
                out << record->value(u"created_by"_s).toString();
        }
    }
    return out;
}

void ApprovalService::describeSteps(Request &r)
{
    auto name = [this](const QString &id) { return userName(id); };
    const QList<Row> rows = slotRows(r.approval);
    int steps = 0;
    for (const Row &row : rows)
        steps = std::max(steps, row.value(u"step_no"_s).toInt());
    for (const Row &row : rows) {
        const ApprovalSlot slot = slotFrom(row);
        QStringList who;
        for (const QString &id : slot.approverIds)
            who << name(id);
        for (const QString &role : slot.approverRoles)
            if (const auto code = enumFromCode<UserRole>(role))
                who << enumLabel(*code);
        const QString stepName = slot.name.isEmpty() ? tr("Step %1").arg(slot.stepNo) : slot.name;
        QString line = tr("%1 (%2): %3").arg(stepName, who.join(tr(", ")), ApprovalService::slotStatusText(slot.status));
        if (!slot.decidedBy.isEmpty()) {
            line += u" · "_s + name(slot.decidedBy);
            if (!slot.onBehalfOf.isEmpty())
                line += tr(" for %1").arg(name(slot.onBehalfOf));
            const QString at = row.value(u"decided_at"_s).toString();
            if (const auto t = Timestamp::parse(at))
                line += u" "_s + QLocale().toString(t->toLocalTime(), u"yyyy-MM-dd HH:mm"_s);
            if (!row.value(u"comment"_s).toString().isEmpty())
                line += tr(": %1").arg(row.value(u"comment"_s).toString());
        }
        r.steps << line;
        if (slot.status == u"pending" && r.stage.isEmpty()) {
            // Where it stands, when the flow has more than one step.
            if (steps > 1)
                r.stage = tr("Step %1 of %2: %3").arg(slot.stepNo).arg(steps).arg(stepName);
            const auto since = Timestamp::parse(row.value(u"pending_since"_s).toString());
            r.overdue = slot.timeoutHours > 0 && since
                && since->addSecs(qint64(slot.timeoutHours) * 3600) < QDateTime::currentDateTimeUtc();
        }
    }
}

QString ApprovalService::slotStatusText(const QString &status)
{
    if (status == u"pending")
        return tr("waiting for a decision");
    if (status == u"approved")
        return tr("approved");
    if (status == u"rejected")
        return tr("rejected");
    if (status == u"skipped")
        return tr("skipped");
    if (status == u"cancelled")
        return tr("not needed any more");
    return tr("later");
}

ApprovalSlot ApprovalService::slotFrom(const Row &row)
{
    return Rows::approvalSlot(row);
}

QString ApprovalService::delegateFor(const QString &approverId)
{
    if (!m_memo)
        return Rows::delegateOf(m_replica.database(), approverId, QDate::currentDate());
    if (const auto it = m_memo->delegates.constFind(approverId); it != m_memo->delegates.cend())
        return *it;
    return m_memo->delegates[approverId] = Rows::delegateOf(m_replica.database(), approverId, QDate::currentDate());
}

QList<ApprovalService::Absence> ApprovalService::delegatedToMe()
try {
    QList<Absence> out;
    const QString me = orEmpty(m_replica.userId());
    const QString myName = m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {me}).toString();
    for (const Row &u : Rows::select(m_replica.database(), u"users"_s, u"delegate_id = ? AND deleted = 0 ORDER BY display_name"_s, {me})) {
        const QString from = u.value(u"away_from"_s).toString(), to = u.value(u"away_to"_s).toString();
        if (ApprovalEngine::delegationInForce(me, from, to, QDate::currentDate()))
            out << Absence{u.value(u"id"_s).toString(), u.value(u"display_name"_s).toString(), from, to, myName};
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

PipelinePolicy::Actor ApprovalService::me()
{
    const QString id = orEmpty(m_replica.userId());
    const auto role = enumFromCode<UserRole>(m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {id}).toString());
    return {id, role.value_or(UserRole::Sales)}; // unknown before the first sync: the least rights
}

QList<std::pair<Approval, QString>> ApprovalService::pendingFor(const PipelinePolicy::Actor &actor)
{
    QList<std::pair<Approval, QString>> out;
    auto delegate = [this](const QString &approver) { return delegateFor(approver); };
    QList<Approval> requests = pendingRequests(actor.userId);
    remember(requests);
    for (Approval &a : requests) {
        const QList<Row> slotList = slotRows(a);
        if (slotList.isEmpty() && isExpense(a))
            continue; // its steps come with it: none here yet
        if (slotList.isEmpty()) {
            // Asked before the engine, or not synced yet: the rules of then.
            if (!PipelinePolicy::isApprover(actor.role)
                || (a.kind == u"level" && PipelinePolicy::levelDecision(actor, a.meta.createdBy.toString(), a.approverId.toString())))
                continue;
            out.append({std::move(a), QString()});
            continue;
        }
        // The first pending step the user is an approver of (named, by role, or as a
        // delegate); the owner of a quote is listed with the refusal (toDecide).
        for (const Row &slot : slotList) {
            const ApprovalSlot s = slotFrom(slot);
            if (s.status != u"pending")
                continue;
            const auto e = ApprovalEngine::mayDecide(actor, s, {a.meta.createdBy.toString()}, delegate);
            if (!e.refusal) {
                out.append({a, slot.value(u"id"_s).toString()});
                break;
            }
        }
    }
    return out;
}

int ApprovalService::countToDecide()
try {
    m_memo = std::make_unique<Memo>();
    const auto done = qScopeGuard([this] { m_memo.reset(); });
    return int(pendingFor(me()).size());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ApprovalService::Request> ApprovalService::toDecide()
try {
    const PipelinePolicy::Actor actor = me();
    m_memo = std::make_unique<Memo>();
    const auto done = qScopeGuard([this] { m_memo.reset(); });
    QList<Request> out;
    for (const auto &[a, slotId] : pendingFor(actor)) {
        Request r = describe(a);
        r.slotId = slotId;
        // (Never one's own expense: pendingRequests leaves them out.)
        if (a.kind != u"level" && !isExpense(a) && excludedFrom(a).contains(actor.userId))
            r.refusal = a.kind == u"contract" ? tr("You own this contract: another person decides its approval.")
                                              : tr("You own this quote: another manager decides its discount.");
        out << r;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Approval> ApprovalService::approval(const QString &approvalId)
try {
    const auto row = m_replica.read(u"approvals"_s, approvalId);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    return Rows::from<Approval>(*row);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ApprovalService::awaitsServer(const Approval &request)
try {
    const StepHome &home = homeOf(request);
    const QString id = request.meta.id.toString();
    return m_replica.database()
               .scalar(u"SELECT count(*) FROM outbox WHERE (table_name = ? AND record_id = ?) "
                       u"OR (table_name = ? AND record_id IN (SELECT id FROM %1 WHERE %2 = ?))"_s.arg(home.steps, home.link),
                       {home.requests, id, home.steps, id})
               .toInt()
        > 0;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ApprovalService::stepDecided(const Approval &request)
try {
    const StepHome &home = homeOf(request);
    return m_replica.database()
               .scalar(u"SELECT count(*) FROM %1 WHERE %2 = ? AND decided_by = ? AND deleted = 0 "
                       u"AND status IN ('approved', 'rejected')"_s.arg(home.steps, home.link),
                       {request.meta.id.toString(), orEmpty(m_replica.userId())})
               .toInt()
        > 0;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalService::refusalCode(const Approval &request)
try {
    const StepHome &home = homeOf(request);
    const QString id = request.meta.id.toString();
    QStringList slotIds;
    for (const Row &r : slotRows(request))
        slotIds << r.value(u"id"_s).toString();
    for (const Replica::Conflict &c : m_replica.conflicts())
        if (c.kind == u"rejection"
            && ((c.table == home.requests && c.recordId == id) || (c.table == home.steps && slotIds.contains(c.recordId))))
            return c.code;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalService::decisionRefusal(const Request &r, bool approve)
{
    if (!r.refusal.isEmpty())
        return r.refusal;
    if (approve && r.expired)
        return tr("The quote expired on %1: it cannot be approved any more. Reject it, or let the requester make a new revision.")
            .arg(r.validUntil);
    if (approve && r.approval.kind == u"level") {
        // Asked from a level the customer no longer has (changed before the request synced).
        // The card asked about (merged into another since, it is a tombstone).
        const auto customer = m_replica.read(u"customers"_s, r.approval.recordId.toString());
        if (!customer || customer->value(u"deleted"_s).toInt() != 0 || r.approval.recordId != r.approval.customerId)
            return tr("The customer no longer exists (deleted, or merged into another card): reject the request.");
        if (customer->value(u"level"_s).toString() != r.approval.oldValue)
            return tr("The customer's level is no longer the one the request started from: reject it and let the requester ask again.");
    }
    return {};
}

void ApprovalService::decide(Request &request, bool approve, const QString &comment)
try {
    Approval &approval = request.approval;
    const QString decision = approve ? u"approved"_s : u"rejected"_s;
    const QVariant note = comment.isEmpty() ? QVariant() : QVariant(comment);
    // decided_by / decided_at are stamped by the server; shown locally at once.
    const QString me = orEmpty(m_replica.userId());
    const QString now = Timestamp::now();
    if (!request.slotId.isEmpty()) {
        // One's step of the request: the server moves the request on (the next step, or
        // its decision and what it sets), which comes back with the pull.
        m_replica.update(homeOf(approval).steps, request.slotId,
                         Row{{u"status"_s, decision}, {u"comment"_s, note}, {u"decided_by"_s, me}, {u"decided_at"_s, now}});
        return;
    }
    if (isExpense(approval)) // decided only by its steps, which come with it
        throw ModelError(tr("The steps of this expense have not arrived yet: sync, then decide it."));
    approval.status = approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected;
    approval.comment = comment;
    approval.decidedBy = Id::fromString(me).value_or(Id());
    approval.decidedAt = now;
    // An approved level is set by the server with the decision, and comes back with the
    // pull: not written here, where a refused decision would leave a level nobody approved.
    m_replica.update(u"approvals"_s, approval.meta.id.toString(),
                     Row{{u"status"_s, decision}, {u"comment"_s, note}, {u"decided_by"_s, me}, {u"decided_at"_s, now}});
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalService::withdraw(const Approval &approval)
try {
    const auto current = this->current(approval);
    if (!current)
        return tr("The request no longer exists.");
    if (current->status != ApprovalStatus::Pending)
        return tr("The request has been decided; it is kept.");
    QList<ApprovalSlot> slotList;
    for (const Row &row : slotRows(*current))
        slotList << slotFrom(row);
    if (const PipelineVerdict refused = ApprovalEngine::withdrawal(me(), current->meta.createdBy.toString(), slotList))
        return refused->code == u"approval_decided" ? tr("A step has been decided: the request can no longer be withdrawn.")
                                                    : tr("Only the requester withdraws a request.");
    if (current->kind == u"contract")
        return tr("A contract's request is withdrawn from the contract (back to draft).");
    if (isExpense(*current))
        return tr("An expense claim or a loan is withdrawn on the expense itself (back to draft).");
    m_replica.remove(u"approvals"_s, approval.meta.id.toString());
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<QString> ApprovalService::contractDecisionRefusal(const QString &contractId, bool sign)
try {
    const QList<Row> rows = Rows::select(m_replica.database(), u"approvals"_s,
                                         u"record_id = ? AND kind = 'contract' AND status = 'pending' AND deleted = 0 "
                                         u"ORDER BY created_at DESC LIMIT 1"_s,
                                         {orEmpty(contractId)});
    if (rows.isEmpty())
        return std::nullopt;
    const Approval a = Rows::from<Approval>(rows.first());
    QList<ApprovalSlot> slotList;
    for (const Row &row : slotRows(a))
        slotList << slotFrom(row);
    if (slotList.isEmpty())
        return std::nullopt;
    const PipelinePolicy::Actor actor = me();
    if (!sign && actor.userId == a.meta.createdBy.toString())
        return ApprovalEngine::withdrawal(actor, actor.userId, slotList)
            ? tr("A step has been decided: the request can no longer be withdrawn.")
            : QString();
    bool mine = false;
    for (const ApprovalSlot &slot : std::as_const(slotList))
        mine = mine || !ApprovalEngine::mayDecide(actor, slot, excludedFrom(a), [this](const QString &x) { return delegateFor(x); }).refusal;
    if (!mine) {
        Request r;
        r.approval = a;
        describeSteps(r);
        return r.stage.isEmpty() ? tr("You are not an approver of this contract's current step.")
                                 : tr("You are not an approver of this contract's current step (%1).").arg(r.stage);
    }
    if (sign && ApprovalEngine::openSlots(slotList) > 1)
        return tr("The contract's approval has further steps: approve your step in Approvals; the last approval signs it.");
    return QString();
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ApprovalService::levelNeedsApproval()
try {
    return PipelinePolicy::levelNeedsApproval(me().role);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Approval> ApprovalService::pendingLevel(const QString &customerId)
try {
    const QList<Row> rows = Rows::select(m_replica.database(), u"approvals"_s,
                                         u"record_id = ? AND kind = 'level' AND status = 'pending' AND deleted = 0 "
                                         u"ORDER BY created_at DESC LIMIT 1"_s,
                                         {orEmpty(customerId)});
    if (rows.isEmpty())
        return std::nullopt;
    return Rows::from<Approval>(rows.first());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Approval ApprovalService::requestLevel(const QString &customerId, const QString &from, const QString &to, const QString &reason)
try {
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    Approval a;
    a.meta = RecordMeta::created(me, me);
    a.customerId = Id::fromString(customerId).value_or(Id());
    a.tableName = u"customers"_s;
    a.recordId = a.customerId;
    a.kind = u"level"_s;
    a.oldValue = from;
    a.newValue = to;
    a.reason = reason;
    Row row = Rows::toRow(a);
    const auto customer = m_replica.read(u"customers"_s, customerId);
    row[u"owner_id"_s] = customer ? customer->value(u"owner_id"_s) : QVariant();
    m_replica.create(u"approvals"_s, row);
    if (const auto saved = approval(a.meta.id.toString()))
        return *saved;
    return a;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Outcomes &ApprovalService::outcomes()
{
    if (!m_outcomes)
        m_outcomes = std::make_unique<Outcomes>(m_replica);
    return *m_outcomes;
}

} // namespace Huike
