#include "models/approvalservice.h"

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

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::ApprovalService", text);
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

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
    r.customerName = db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {orEmpty(a.customerId.toString())}).toString();
    r.requester = db.scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {orEmpty(a.meta.createdBy.toString())}).toString();
    if (!a.approverId.isNull())
        r.approver = db.scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {a.approverId.toString()}).toString();
    if (!a.decidedBy.isNull())
        r.decider = db.scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {a.decidedBy.toString()}).toString();
    if (a.kind == u"level") {
        r.subject = tr("Level: %1").arg(levelChangeText(a));
        r.openTable = u"customers"_s;
        r.openId = a.customerId.toString();
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

PipelinePolicy::Actor ApprovalService::me()
{
    const QString id = orEmpty(m_replica.userId());
    const auto role = enumFromCode<UserRole>(m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {id}).toString());
    return {id, role.value_or(UserRole::Sales)}; // unknown before the first sync: the least rights
}

QList<Approval> ApprovalService::pendingFor(const PipelinePolicy::Actor &actor)
{
    if (!PipelinePolicy::isApprover(actor.role))
        return {};
    QList<Approval> out;
    for (const Row &row : Rows::select(m_replica.database(), u"approvals"_s,
                                       u"status = 'pending' AND deleted = 0 AND (created_by IS NULL OR created_by <> ?) "
                                       u"ORDER BY created_at, id"_s,
                                       {actor.userId})) {
        Approval a = Rows::from<Approval>(row);
        // A level request is listed for whoever decides it (asked here and not synced yet,
        // the server has not named its approver).
        if (a.kind == u"level" && PipelinePolicy::levelDecision(actor, a.meta.createdBy.toString(), a.approverId.toString()))
            continue;
        out << std::move(a);
    }
    return out;
}

int ApprovalService::countToDecide()
try {
    return int(pendingFor(me()).size());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ApprovalService::Request> ApprovalService::toDecide()
try {
    const PipelinePolicy::Actor actor = me();
    QList<Request> out;
    for (const Approval &a : pendingFor(actor)) {
        Request r = describe(a);
        if (a.kind != u"level") {
            const QString quoteOwner = m_replica.database()
                                           .scalar(u"SELECT owner_id FROM quotes WHERE id = ?"_s, {orEmpty(a.recordId.toString())})
                                           .toString();
            if (PipelinePolicy::approvalDecision(actor, a.meta.createdBy.toString(), quoteOwner))
                r.refusal = tr("You own this quote: another manager decides its discount.");
        }
        out << r;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ApprovalService::Request> ApprovalService::mine(int limit)
try {
    QList<Request> out;
    for (const Row &row : Rows::select(m_replica.database(), u"approvals"_s,
                                       u"created_by = ? AND deleted = 0 "
                                       u"ORDER BY CASE status WHEN 'pending' THEN 0 ELSE 1 END, created_at DESC, id DESC LIMIT ?"_s,
                                       {orEmpty(m_replica.userId()), limit}))
        out << describe(Rows::from<Approval>(row));
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

bool ApprovalService::awaitsServer(const QString &approvalId)
try {
    return m_replica.database()
               .scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'approvals' AND record_id = ?"_s, {approvalId})
               .toInt()
        > 0;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalService::refusalCode(const QString &approvalId)
try {
    for (const Replica::Conflict &c : m_replica.conflicts())
        if (c.kind == u"rejection" && c.table == u"approvals" && c.recordId == approvalId)
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

void ApprovalService::decide(Approval &approval, bool approve, const QString &comment)
try {
    approval.status = approve ? ApprovalStatus::Approved : ApprovalStatus::Rejected;
    approval.comment = comment;
    // decided_by / decided_at are stamped by the server; shown locally at once.
    approval.decidedBy = Id::fromString(m_replica.userId()).value_or(Id());
    approval.decidedAt = Timestamp::now();
    // An approved level is set by the server with the decision, and comes back with the
    // pull: not written here, where a refused decision would leave a level nobody approved.
    m_replica.update(u"approvals"_s, approval.meta.id.toString(),
                     Row{{u"status"_s, enumCode(approval.status)}, {u"comment"_s, comment.isEmpty() ? QVariant() : QVariant(comment)},
                         {u"decided_by"_s, approval.decidedBy.toString()}, {u"decided_at"_s, approval.decidedAt}});
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalService::withdraw(const Approval &approval)
try {
    const auto current = this->approval(approval.meta.id.toString());
    if (!current)
        return tr("The request no longer exists.");
    if (current->status != ApprovalStatus::Pending)
        return tr("The request has been decided; it is kept.");
    if (PipelinePolicy::approvalWithdrawal(me(), current->meta.createdBy.toString()))
        return tr("Only the requester withdraws a request.");
    m_replica.remove(u"approvals"_s, approval.meta.id.toString());
    return {};
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
