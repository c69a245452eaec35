#include "api/pushservice.h"

#include "api/customermerge.h"
#include "api/recordservice.h"
#include "auth/visibility.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"
#include "store/syncledger.h"
#include "sync/fieldmerge.h"
#include "sync/protocol.h"
#include "sync/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString jsonText(const QVariant &v)
{
    if (v.isNull())
        return u"null"_s;
    if (v.typeId() == QMetaType::QString)
        return QString::fromUtf8(QJsonDocument(QJsonArray{v.toString()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return QString::number(v.toLongLong());
}

// Id columns of a pushed row as the server writes ids (lower case); a value that is not an
// id stays as it is, and the write rules refuse it (invalid_id).
void canonicalIds(const TableDef &def, Row &row)
{
    for (auto it = row.begin(); it != row.end(); ++it) {
        const ColumnDef *c = def.column(it.key());
        if (!c || c->type != ColumnType::Id || it.value().isNull())
            continue;
        if (const std::optional<Id> id = Id::fromString(it.value().toString()))
            it.value() = id->toString();
    }
}

// A mutation naming a card merged into another (issue 19, C3), from a replica that did not
// know of the merge: an edit of the merged card goes to its survivor's same fields (merged
// three-way as any edit), and a record of the merged card (a new one, or one that moved
// with the merge) names the survivor.
void redirectToSurvivor(Database &db, const QString &table, const QString &op, QString &recordId, Row &values, Row &base)
{
    if (op != u"upsert")
        return;
    if (table == u"customers") {
        if (const std::optional<Row> survivor = CustomerMergeHandler::survivorOf(db, recordId))
            recordId = survivor->value(u"id"_s).toString();
        return;
    }
    if (DomainSchema::scopeOf(table) != ScopeKind::CustomerChild || !values.contains(u"customer_id"_s))
        return;
    if (const std::optional<Row> survivor = CustomerMergeHandler::survivorOf(db, values.value(u"customer_id"_s).toString())) {
        const QVariant survivorId = survivor->value(u"id"_s);
        if (base.contains(u"customer_id"_s) && base.value(u"customer_id"_s) == values.value(u"customer_id"_s))
            base[u"customer_id"_s] = survivorId;
        values[u"customer_id"_s] = survivorId;
    }
}

RequestError badRequest(const QString &message)
{
    return RequestError(400, u"malformed_json"_s, message);
}

} // namespace

PushService::PushService(Database &db, UserDirectory &users) : m_db(db), m_users(users) { }

Sync::PushReply PushService::push(const Session &session, const QJsonObject &body)
{
    if (!Protocol::isSupported(Sync::PushRequest::protocolOf(body)))
        throw RequestError(400, u"unsupported_protocol"_s,
                           u"This server speaks sync protocol %1 to %2; update Huike."_s
                               .arg(Protocol::OldestSupported).arg(Protocol::Version));
    Sync::Error error;
    const std::optional<Sync::PushRequest> request = Sync::PushRequest::fromJson(body, &error);
    if (!request && error.tooLarge)
        throw RequestError(413, u"body_too_large"_s, u"At most %1 mutations per push."_s.arg(Sync::PushRequest::MaxMutations));
    if (!request)
        throw badRequest(error.message);
    const QString clientId = request->clientId;
    if (!Id::fromString(clientId))
        throw badRequest(u"clientId must be the client's id (a UUID)."_s);
    const QList<Sync::Mutation> &mutations = request->mutations;

    SyncLedger ledger(m_db);
    const QVariant owner = ledger.clientOwner(clientId);
    if (owner.isValid() && owner.toString() != session.userId)
        throw RequestError(403, u"forbidden"_s, u"This client belongs to another user."_s);
    const qint64 last = ledger.lastMutationId(clientId);
    // The batch must continue the queue without a hole: its ids are consecutive and the
    // first is at most last + 1 (a retry may resend some already applied).
    for (qsizetype i = 0; i < mutations.size(); ++i) {
        const qint64 id = mutations[i].id;
        const qint64 first = mutations[0].id;
        if (id != first + i || first < 1 || first > last + 1)
            throw RequestError(409, u"mutation_gap"_s,
                               u"Mutations must continue from %1 without gaps."_s.arg(last + 1),
                               QJsonObject{{u"expected"_s, double(last + 1)}});
    }

    const Visibility v(session, m_users);
    RecordService records(m_db, m_users);
    Sync::PushReply reply;
    for (const Sync::Mutation &m : mutations) {
        const qint64 mid = m.id;
        // As sent, for the outcome records (never NULL: a malformed mutation is still
        // recorded as a rejection, so the queue moves on).
        const QString &table = m.table;
        const QString &recordId = m.recordId;
        Sync::PushResult result;
        result.id = mid;
        QList<Sync::Outcome> outcomes;
        auto outcome = [&](const QString &kind, const QString &field, const QString &base, const QString &mine,
                           const QString &theirs, const QString &theirsBy, const QString &code, const QString &message) {
            Sync::Outcome o;
            o.kind = kind;
            o.field = field;
            o.base = base;
            o.mine = mine;
            o.theirs = theirs;
            o.theirsBy = theirsBy;
            o.code = code;
            o.message = message;
            outcomes << o;
        };
        // Records the outcomes, advances the client's mutation id, commits.
        auto finish = [&](Transaction &t) {
            const QString now = Timestamp::now();
            for (Sync::Outcome o : std::as_const(outcomes)) {
                o.clientId = clientId;
                o.mutationId = mid;
                o.table = table;
                o.recordId = recordId;
                o.at = now;
                ledger.recordOutcome(session.userId, o);
            }
            ledger.advance(clientId, session.userId, mid, now);
            t.commit();
        };
        auto alreadyApplied = [&] {
            return mid <= ledger.lastMutationId(clientId);
        };

        std::optional<RequestError> refused;
        {
            Transaction t(m_db);
            if (alreadyApplied()) {
                result.status = u"duplicate"_s;
                reply.results.append(result);
                continue;
            }
            try {
                applyMutation(v, records, m, result, outcome);
                finish(t);
            } catch (const RequestError &e) {
                refused = e; // the transaction rolls back: nothing of the mutation is written
            }
        }
        if (refused) {
            // Refused by the rules: recorded for the author, and the queue moves on.
            Transaction t(m_db);
            if (alreadyApplied()) {
                result.status = u"duplicate"_s;
                reply.results.append(result);
                continue;
            }
            outcomes.clear();
            QString detail = refused->message();
            const QJsonObject fields = refused->fields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (it.value().isObject())
                    detail += u" %1: %2"_s.arg(it.key(), it.value().toObject().value(u"message"_s).toString());
            const QString code = refused->status() == 404 ? u"out_of_scope"_s : refused->code();
            // A second customer with a credit code in use: the rejection names the field, and
            // the customer that has it when the author may see it (to open it instead).
            // What was typed is kept with the rejection, so nothing is lost.
            const bool duplicateCode = code == u"duplicate_credit_code";
            const QString existingId = fields.value(u"existingId"_s).toString();
            outcome(u"rejection"_s, duplicateCode ? u"credit_code"_s : QString(), QString(), m.typedText(),
                    duplicateCode ? existingId : QString(), QString(), code, detail);
            result = Sync::PushResult();
            result.id = mid;
            result.status = u"rejected"_s;
            result.code = code;
            result.existingId = existingId;
            finish(t);
        }
        reply.results.append(result);
    }
    reply.lastMutationId = ledger.lastMutationId(clientId);
    return reply;
}

void PushService::applyMutation(const Visibility &v, RecordService &records, const Sync::Mutation &m,
                                Sync::PushResult &result, const Outcome &outcome)
{
    const QString &table = m.table;
    if (!DomainSchema::syncedTables().contains(table) || (DomainSchema::isGlobal(table) && !DomainSchema::isCatalogue(table)))
        throw RequestError(403, u"read_only_table"_s, u"Clients cannot change %1."_s.arg(table));
    // One identity per record: the id as the server writes it (lower case), whatever case
    // the client sent; anything that is not an id is refused.
    const std::optional<Id> parsedId = Id::fromString(m.recordId);
    if (!parsedId)
        throw RequestError(422, u"invalid_id"_s, u"recordId is not an id."_s);
    if (!m.problem.isEmpty())
        throw RequestError(422, u"validation_failed"_s, m.problem);
    QString recordId = parsedId->toString();
    const TableDef &def = DomainSchema::table(table);
    Row values, base;
    if (!RowCodec::decode(def, m.columns, m.values, &values)
        || (m.hasBase() && !RowCodec::decode(def, m.columns, m.base, &base)))
        throw RequestError(422, u"validation_failed"_s, u"The mutation's values do not match its columns."_s);
    canonicalIds(def, values);
    canonicalIds(def, base);
    values.remove(u"id"_s);
    const QString &op = m.op;
    redirectToSurvivor(m_db, table, op, recordId, values, base);
    RecordWriter writer(m_db);
    const std::optional<Row> existing = writer.read(table, recordId);
    // Fields the server owns: a replica fills them in with its own guesses (a new contact's
    // owner is its customer's as the replica knows it; who decided an approval, shown at
    // once with the decision), so they are dropped and recomputed on a create, with a
    // workflow transition (whose stamps the server writes), and on a change the client did
    // not make. A change the client did make to one stays, and the rules refuse it.
    const bool transition = existing && def.writeRule(u"status"_s) == WriteRule::Workflow && values.contains(u"status"_s)
        && existing->value(u"status"_s) != values.value(u"status"_s);
    for (const ColumnDef &c : def.columns()) {
        if (c.write != WriteRule::Server || !values.contains(c.name))
            continue;
        const bool untouched = !existing || transition || (base.contains(c.name) && base.value(c.name) == values.value(c.name))
            || existing->value(c.name) == values.value(c.name);
        if (untouched)
            values.remove(c.name);
    }
    if (op == u"delete") {
        if (existing && existing->value(u"deleted"_s).toInt() == 0)
            records.remove(v, table, recordId);
        result.status = u"applied"_s;
        return;
    }
    if (op != u"upsert")
        throw RequestError(422, u"validation_failed"_s, u"op is upsert or delete."_s);
    if (!existing) {
        values.insert(u"id"_s, recordId);
        const Row created = records.create(v, table, values);
        result.status = u"applied"_s;
        result.version = created.value(u"version"_s).toLongLong();
        return;
    }
    if (existing->value(u"deleted"_s).toInt() != 0) {
        // Deleted rows never come back (invariant 6): the edit is kept as a conflict, or
        // a rejection when the caller could not see the record anyway.
        if (!records.sees(v, table, *existing))
            throw RequestError::notFound();
        outcome(u"conflict"_s, QString(), QString(), QString::fromUtf8(QJsonDocument(m.values).toJson(QJsonDocument::Compact)),
                QString(), existing->value(u"updated_by"_s).toString(), u"deleted"_s,
                u"The record was deleted; your change was not applied."_s);
        result.status = u"conflict"_s;
        return;
    }
    records.readable(v, table, recordId); // out of scope → 404 → rejection
    QList<FieldMerge::Change> changes;
    for (auto it = values.begin(); it != values.end(); ++it)
        changes.append({it.key(), base.value(it.key()), it.value()});
    const FieldMerge::Result merged = FieldMerge::merge(changes, [&](const QString &f) { return existing->value(f); });
    for (const FieldMerge::Conflict &c : merged.conflicts)
        outcome(u"conflict"_s, c.field, jsonText(c.base), jsonText(c.mine), jsonText(c.theirs),
                existing->value(u"updated_by"_s).toString(), u"conflict"_s,
                u"Someone else changed this field since you last synced."_s);
    Row apply;
    for (const FieldMerge::Change &c : merged.applied)
        apply.insert(c.field, c.mine);
    Row updated = *existing;
    if (!apply.isEmpty())
        updated = records.update(v, table, recordId, apply);
    result.status = merged.conflicts.isEmpty() ? u"applied"_s : u"conflict"_s;
    result.version = updated.value(u"version"_s).toLongLong();
}

} // namespace Huike
