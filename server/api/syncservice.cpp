#include "syncservice.h"

#include "database.h"
#include "domainschema.h"
#include "fieldmerge.h"
#include "protocol.h"
#include "recordservice.h"
#include "recordwriter.h"
#include "requesterror.h"
#include "rowcodec.h"
#include "schemaerror.h"
#include "scopereader.h"
#include "timestamp.h"
#include "transaction.h"
#include "userdirectory.h"
#include "visibility.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

RequestError badRequest(const QString &message)
{
    return RequestError(400, u"malformed_json"_s, message);
}

} // namespace

SyncService::SyncService(Database &db, UserDirectory &users) : m_db(db), m_users(users) { }

const QStringList &SyncService::syncedTables()
{
    return DomainSchema::syncedTables();
}

qint64 SyncService::head()
{
    return m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s).toLongLong();
}

// ---- push --------------------------------------------------------------------------

Sync::PushReply SyncService::push(const Session &session, const QJsonObject &body)
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

    qint64 last = 0;
    {
        const QVariant owner = m_db.scalar(u"SELECT user_id FROM client_mutations WHERE client_id = ?"_s, {clientId});
        if (owner.isValid() && owner.toString() != session.userId)
            throw RequestError(403, u"forbidden"_s, u"This client belongs to another user."_s);
        last = m_db.scalar(u"SELECT last_mutation_id FROM client_mutations WHERE client_id = ?"_s, {clientId}).toLongLong();
    }
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
            RecordWriter writer(m_db);
            const QString now = Timestamp::now();
            for (const Sync::Outcome &o : outcomes) {
                const QString oid = Id::generate().toString();
                m_db.exec(u"INSERT INTO sync_outcomes (id, user_id, client_id, mutation_id, kind, table_name, record_id, "
                          u"field, base, mine, theirs, theirs_by, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {oid, session.userId, clientId, mid, o.kind, table, recordId, o.field, o.base, o.mine, o.theirs,
                           o.theirsBy, o.code, o.message, now});
                writer.appendEvent(u"sync_outcomes"_s, oid, QVariant(), u"outcome"_s, session.userId);
            }
            if (m_db.scalar(u"SELECT count(*) FROM client_mutations WHERE client_id = ?"_s, {clientId}).toInt() == 0)
                m_db.exec(u"INSERT INTO client_mutations (client_id, user_id, last_mutation_id, updated_at) VALUES (?, ?, ?, ?)"_s,
                          {clientId, session.userId, mid, now});
            else
                m_db.exec(u"UPDATE client_mutations SET last_mutation_id = ?, updated_at = ? WHERE client_id = ?"_s,
                          {mid, now, clientId});
            t.commit();
        };
        auto alreadyApplied = [&] {
            return mid <= m_db.scalar(u"SELECT last_mutation_id FROM client_mutations WHERE client_id = ?"_s, {clientId}).toLongLong();
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
    reply.lastMutationId = lastMutationId(clientId);
    return reply;
}

qint64 SyncService::lastMutationId(const QString &clientId)
{
    return m_db.scalar(u"SELECT last_mutation_id FROM client_mutations WHERE client_id = ?"_s, {clientId}).toLongLong();
}

void SyncService::applyMutation(const Visibility &v, RecordService &records, const Sync::Mutation &m,
                                Sync::PushResult &result, const Outcome &outcome)
{
    const QString &table = m.table;
    if (!syncedTables().contains(table) || (DomainSchema::isGlobal(table) && !DomainSchema::isCatalogue(table)))
        throw RequestError(403, u"read_only_table"_s, u"Clients cannot change %1."_s.arg(table));
    // One identity per record: the id as the server writes it (lower case), whatever case
    // the client sent; anything that is not an id is refused.
    const std::optional<Id> parsedId = Id::fromString(m.recordId);
    if (!parsedId)
        throw RequestError(422, u"invalid_id"_s, u"recordId is not an id."_s);
    if (!m.problem.isEmpty())
        throw RequestError(422, u"validation_failed"_s, m.problem);
    const QString recordId = parsedId->toString();
    const TableDef &def = DomainSchema::table(table);
    Row values, base;
    if (!RowCodec::decode(def, m.columns, m.values, &values)
        || (m.hasBase() && !RowCodec::decode(def, m.columns, m.base, &base)))
        throw RequestError(422, u"validation_failed"_s, u"The mutation's values do not match its columns."_s);
    canonicalIds(def, values);
    canonicalIds(def, base);
    values.remove(u"id"_s);
    const QString &op = m.op;
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
        if (!DomainSchema::isCatalogue(table)) {
            const QString customerId = table == u"customers" ? recordId : existing->value(u"customer_id"_s).toString();
            const auto customer = writer.read(u"customers"_s, customerId);
            if (!customer || !v.seesCustomer(*customer))
                throw RequestError::notFound();
        }
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

// ---- pull and snapshot ----------------------------------------------------------------

Sync::PullPage SyncService::pull(const Session &session, const QString &clientId, qint64 cursor, int limit,
                                 bool withCheckpoint)
{
    Transaction snapshot(m_db, Transaction::Mode::Read); // one consistent view for the whole page
    // Changes before the floor were pruned: a cursor there cannot be continued.
    const qint64 floor = m_db.scalar(u"SELECT value FROM settings WHERE key = 'changes_floor'"_s).toLongLong();
    if (cursor > 0 && cursor < floor)
        throw RequestError(410, u"resync_required"_s,
                           u"This replica has been away longer than the server keeps changes; download it again."_s);
    const qint64 high = head();
    // A cursor the server never handed out: the store was restored from a backup taken
    // before it (or the cursor is made up). Going back to the head would move the client's
    // cursor backwards and skip what is written next under those numbers; download again.
    if (cursor > high)
        throw RequestError(410, u"resync_required"_s,
                           u"This replica is ahead of the server (restored from a backup?); download it again."_s);
    const Visibility scope(session, m_users);

    struct Entry
    {
        QString table;
        QString recordId;
        bool wasInScope = false;
    };
    QList<Entry> records;               // latest change per record, in order
    QHash<QString, qsizetype> position; // table/id → index in records
    QStringList grants, revokes, outcomeIds;
    qint64 pageEnd = high;
    bool hasMore = false;
    {
        QSqlQuery q = m_db.exec(u"SELECT seq, table_name, record_id, customer_id, owner_id, dept_id, prev_owner_id, "
                                u"prev_dept_id, scope_user, op, global FROM changes WHERE seq > ? AND seq <= ? "
                                u"ORDER BY seq LIMIT ?"_s,
                                {cursor, high, limit + 1});
        int n = 0;
        while (q.next()) {
            if (++n > limit) {
                hasMore = true;
                break;
            }
            pageEnd = q.value(0).toLongLong();
            const QString table = q.value(1).toString();
            const QString recordId = q.value(2).toString();
            const QString customerId = q.value(3).toString();
            if (table == u"sync_outcomes") {
                if (q.value(8).toString() == session.userId)
                    outcomeIds << recordId;
                continue;
            }
            if (table == u"shares") {
                if (q.value(8).toString() == session.userId)
                    (q.value(9).toString() == u"grant" ? grants : revokes) << customerId;
                continue;
            }
            const bool was = q.value(10).toInt() != 0 || scope.seesCustomer(q.value(6), q.value(7), customerId)
                || scope.seesCustomer(q.value(4), q.value(5), customerId);
            const QString key = table + u'/' + recordId;
            const auto it = position.constFind(key);
            if (it == position.cend()) {
                position.insert(key, records.size());
                records.append({table, recordId, was});
            } else {
                records[*it].wasInScope = records[*it].wasInScope || was;
            }
        }
    }

    // The rows as they are now, by table, with the department of their customer.
    QHash<QString, QStringList> idsByTable;
    for (const Entry &e : records)
        idsByTable[e.table] << e.recordId;
    QHash<QString, Row> current; // table/id → row
    QSet<QString> customerIds;
    for (auto it = idsByTable.begin(); it != idsByTable.end(); ++it) {
        const TableDef &def = DomainSchema::table(it.key());
        const QStringList cols = def.columnNames();
        for (qsizetype i = 0; i < it.value().size(); i += 500) {
            const QStringList chunk = it.value().mid(i, 500);
            QVariantList binds;
            for (const QString &id : chunk)
                binds << id;
            QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE id IN (%3)"_s.arg(cols.join(u", "), it.key(),
                                                                              QStringList(chunk.size(), u"?"_s).join(u", ")),
                                    binds);
            while (q.next()) {
                Row row;
                for (qsizetype c = 0; c < cols.size(); ++c)
                    row.insert(cols[c], q.value(int(c)));
                if (def.column(u"customer_id"_s))
                    customerIds.insert(row.value(u"customer_id"_s).toString());
                else if (it.key() == u"customers")
                    customerIds.insert(row.value(u"id"_s).toString());
                current.insert(it.key() + u'/' + row.value(u"id"_s).toString(), row);
            }
        }
    }
    // Every row's scope is its customer's: owner and department as they are now.
    QHash<QString, std::pair<QVariant, QVariant>> customerScope;
    {
        const QStringList ids(customerIds.begin(), customerIds.end());
        for (qsizetype i = 0; i < ids.size(); i += 500) {
            const QStringList chunk = ids.mid(i, 500);
            QVariantList binds;
            for (const QString &id : chunk)
                binds << id;
            QSqlQuery q = m_db.exec(u"SELECT id, owner_id, department_id FROM customers WHERE id IN (%1)"_s.arg(
                                        QStringList(chunk.size(), u"?"_s).join(u", ")),
                                    binds);
            while (q.next())
                customerScope.insert(q.value(0).toString(), {q.value(1), q.value(2)});
        }
    }

    QHash<QString, QJsonArray> upserts; // table → rows
    Sync::PullPage out;
    auto inScopeNow = [&](const QString &table, const Row &row) {
        if (DomainSchema::isGlobal(table))
            return true;
        const QString customerId = table == u"customers" ? row.value(u"id"_s).toString() : row.value(u"customer_id"_s).toString();
        const auto customer = customerScope.constFind(customerId);
        return customer != customerScope.cend() && scope.seesCustomer(customer->first, customer->second, customerId);
    };
    QHash<QString, QStringList> columnsOf;
    auto addUpsert = [&](const QString &table, const Row &row) {
        const TableDef &def = DomainSchema::table(table);
        if (!columnsOf.contains(table))
            columnsOf.insert(table, def.columnNames());
        upserts[table].append(RowCodec::encode(def, columnsOf.value(table), row));
    };
    for (const Entry &e : records) {
        const auto row = current.constFind(e.table + u'/' + e.recordId);
        if (row != current.cend() && inScopeNow(e.table, *row))
            addUpsert(e.table, *row);
        else if (e.wasInScope)
            out.removes.append({e.table, e.recordId});
    }
    // A share granted: everything of that customer; revoked: drop it unless still in scope.
    for (const QString &customerId : revokes) {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, customerId);
        if (!customer || !scope.seesCustomer(*customer))
            out.removeCustomers.append(customerId);
    }
    for (const QString &customerId : grants) {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, customerId);
        if (!customer || !scope.seesCustomer(*customer))
            continue;
        addUpsert(u"customers"_s, *customer);
        for (const QString &table : DomainSchema::customerChildTables()) {
            const TableDef &def = DomainSchema::table(table);
            const QStringList cols = def.columnNames();
            QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE customer_id = ?"_s.arg(cols.join(u", "), table), {customerId});
            while (q.next()) {
                Row row;
                for (qsizetype c = 0; c < cols.size(); ++c)
                    row.insert(cols[c], q.value(int(c)));
                addUpsert(table, row);
            }
        }
    }
    for (const QString &id : outcomeIds) {
        QSqlQuery q = m_db.exec(u"SELECT id, client_id, mutation_id, kind, table_name, record_id, field, base, mine, theirs, "
                                u"theirs_by, code, message, at FROM sync_outcomes WHERE id = ?"_s, {id});
        if (!q.next())
            continue;
        out.outcomes.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                             q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                             q.value(12).toString(), q.value(13).toString()});
    }

    for (auto it = upserts.begin(); it != upserts.end(); ++it)
        out.upserts.append({it.key(), columnsOf.value(it.key()), it.value()});
    out.cursor = pageEnd;
    out.hasMore = hasMore;
    out.lastMutationId = lastMutationId(clientId);
    if (withCheckpoint && !hasMore) {
        Sync::Error error;
        const auto tables = Sync::Checkpoint::tablesFromJson(ScopeReader(m_db, m_users).checksums(session), &error);
        if (!tables)
            throw SchemaError(error.message);
        out.checkpoint = Sync::Checkpoint{pageEnd, *tables};
    }
    return out;
}

QByteArray SyncService::snapshot(const Session &session, const QString &table, const QString &afterId, int limit,
                                 SnapshotReader reader)
{
    return ScopeReader(m_db, m_users).snapshot(session, table, afterId, limit, reader);
}

} // namespace Huike
