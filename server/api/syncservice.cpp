#include "syncservice.h"

#include "database.h"
#include "domainschema.h"
#include "fieldmerge.h"
#include "protocol.h"
#include "recordjson.h"
#include "recordservice.h"
#include "recordwriter.h"
#include "requesterror.h"
#include "rowcodec.h"
#include "scopechecksum.h"
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


// Whether a row with this owner, department and customer is in the caller's scope — the
// same rules as Visibility::readableCustomers, evaluated in memory for a pull.
struct ScopeTester
{
    UserRole role = UserRole::Sales;
    QString me;
    QSet<QString> subtreeUsers;
    QSet<QString> subtreeDepartments;
    QSet<QString> shared;

    ScopeTester(Database &db, UserDirectory &users, const Session &s) : role(s.role), me(s.userId)
    {
        if (role == UserRole::Manager)
            for (const QString &u : users.usersWithin(s.departmentPaths))
                subtreeUsers.insert(u);
        if (role == UserRole::Clerk)
            for (const QString &d : users.departmentsWithin(s.departmentPaths))
                subtreeDepartments.insert(d);
        QSqlQuery q = db.exec(u"SELECT customer_id FROM shares WHERE user_id = ?"_s, {me});
        while (q.next())
            shared.insert(q.value(0).toString());
    }

    bool test(const QVariant &owner, const QVariant &department, const QString &customerId) const
    {
        switch (role) {
        case UserRole::Admin:
        case UserRole::Director:
        case UserRole::Service:
            return true;
        case UserRole::Clerk:
            return subtreeDepartments.contains(department.toString());
        default:
            if (owner.isNull() || owner.toString() == me)
                return true;
            if (role == UserRole::Manager && subtreeUsers.contains(owner.toString()))
                return true;
            return shared.contains(customerId);
        }
    }
};

QString jsonText(const QVariant &v)
{
    if (v.isNull())
        return u"null"_s;
    if (v.typeId() == QMetaType::QString)
        return QString::fromUtf8(QJsonDocument(QJsonArray{v.toString()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return QString::number(v.toLongLong());
}

// The scope filter on a table (alias t) as SQL.
Visibility::Filter tableFilter(const Visibility &v, const QString &table)
{
    if (DomainSchema::isGlobal(table))
        return {u"1 = 1"_s, {}};
    const Visibility::Filter f = v.readableCustomers(u"c"_s);
    if (table == u"customers")
        return {u"t.id IN (SELECT c.id FROM customers c WHERE "_s + f.sql + u")"_s, f.values};
    return {u"t.customer_id IN (SELECT c.id FROM customers c WHERE c.deleted = 0 AND "_s + f.sql + u")"_s, f.values};
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

QJsonObject SyncService::push(const Session &session, const QJsonObject &request)
{
    if (!Protocol::isSupported(request.value(u"protocol"_s).toInt(-1)))
        throw RequestError(400, u"unsupported_protocol"_s,
                           u"This server speaks sync protocol %1 to %2; update Huike."_s
                               .arg(Protocol::OldestSupported).arg(Protocol::Version));
    const QString clientId = request.value(u"clientId"_s).toString();
    if (!Id::fromString(clientId))
        throw badRequest(u"clientId must be the client's id (a UUID)."_s);
    const QJsonArray mutations = request.value(u"mutations"_s).toArray();
    if (mutations.size() > 1000)
        throw RequestError(413, u"body_too_large"_s, u"At most 1000 mutations per push."_s);

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
        const qint64 id = mutations[i].toObject().value(u"id"_s).toInteger(-1);
        const qint64 first = mutations[0].toObject().value(u"id"_s).toInteger(-1);
        if (id != first + i || first < 1 || first > last + 1)
            throw RequestError(409, u"mutation_gap"_s,
                               u"Mutations must continue from %1 without gaps."_s.arg(last + 1),
                               QJsonObject{{u"expected"_s, double(last + 1)}});
    }

    const Visibility v(session, m_users);
    RecordService records(m_db, m_users);
    QJsonArray results;
    for (const QJsonValue &value : mutations) {
        const QJsonObject m = value.toObject();
        const qint64 mid = m.value(u"id"_s).toInteger();
        const QString table = m.value(u"table"_s).toString();
        const QString recordId = m.value(u"recordId"_s).toString();
        QJsonObject result{{u"id"_s, double(mid)}};
        QList<QJsonObject> outcomes;
        auto outcome = [&](const QString &kind, const QString &field, const QString &base, const QString &mine,
                           const QString &theirs, const QString &theirsBy, const QString &code, const QString &message) {
            outcomes << QJsonObject{{u"kind"_s, kind}, {u"field"_s, field}, {u"base"_s, base}, {u"mine"_s, mine},
                                    {u"theirs"_s, theirs}, {u"theirsBy"_s, theirsBy}, {u"code"_s, code},
                                    {u"message"_s, message}};
        };
        // Records the outcomes, advances the client's mutation id, commits.
        auto finish = [&](Transaction &t) {
            RecordWriter writer(m_db);
            const QString now = Timestamp::now();
            for (const QJsonObject &o : outcomes) {
                const QString oid = Id::generate().toString();
                m_db.exec(u"INSERT INTO sync_outcomes (id, user_id, client_id, mutation_id, kind, table_name, record_id, "
                          u"field, base, mine, theirs, theirs_by, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {oid, session.userId, clientId, mid, o.value(u"kind"_s).toString(), table, recordId,
                           o.value(u"field"_s).toString(), o.value(u"base"_s).toString(), o.value(u"mine"_s).toString(),
                           o.value(u"theirs"_s).toString(), o.value(u"theirsBy"_s).toString(), o.value(u"code"_s).toString(),
                           o.value(u"message"_s).toString(), now});
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
                result.insert(u"status"_s, u"duplicate"_s);
                results.append(result);
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
                result.insert(u"status"_s, u"duplicate"_s);
                results.append(result);
                continue;
            }
            outcomes.clear();
            QString detail = refused->message();
            const QJsonObject fields = refused->fields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (it.value().isObject())
                    detail += u" %1: %2"_s.arg(it.key(), it.value().toObject().value(u"message"_s).toString());
            const QString code = refused->status() == 404 ? u"out_of_scope"_s : refused->code();
            // What was typed is kept with the rejection, so nothing is lost.
            const QJsonObject typed{{u"columns"_s, m.value(u"columns"_s)}, {u"values"_s, m.value(u"values"_s)},
                                    {u"op"_s, m.value(u"op"_s)}};
            outcome(u"rejection"_s, QString(), QString(), QString::fromUtf8(QJsonDocument(typed).toJson(QJsonDocument::Compact)),
                    QString(), QString(), code, detail);
            result = QJsonObject{{u"id"_s, double(mid)}, {u"status"_s, u"rejected"_s}, {u"code"_s, code}};
            finish(t);
        }
        results.append(result);
    }
    return QJsonObject{{u"results"_s, results},
                       {u"lastMutationId"_s, double(m_db.scalar(u"SELECT last_mutation_id FROM client_mutations WHERE client_id = ?"_s, {clientId}).toLongLong())}};
}

void SyncService::applyMutation(const Visibility &v, RecordService &records, const QJsonObject &m,
                                QJsonObject &result, const Outcome &outcome)
{
    const QString table = m.value(u"table"_s).toString();
    const QString recordId = m.value(u"recordId"_s).toString();
    if (!syncedTables().contains(table) || (DomainSchema::isGlobal(table) && !DomainSchema::isCatalogue(table)))
        throw RequestError(403, u"read_only_table"_s, u"Clients cannot change %1."_s.arg(table));
    if (!Id::fromString(recordId))
        throw RequestError(422, u"validation_failed"_s, u"recordId is not an id."_s);
    const TableDef &def = DomainSchema::table(table);
    QStringList columns;
    for (const QJsonValue &c : m.value(u"columns"_s).toArray())
        columns << c.toString();
    Row values, base;
    if (!RowCodec::decode(def, columns, m.value(u"values"_s).toArray(), &values)
        || (m.value(u"base"_s).isArray() && !RowCodec::decode(def, columns, m.value(u"base"_s).toArray(), &base)))
        throw RequestError(422, u"validation_failed"_s, u"The mutation's values do not match its columns."_s);
    for (const QString &c : RecordService::serverFields())
        values.remove(Rows::columnFor(table, c));
    values.remove(u"id"_s);
    values.remove(u"owner_id"_s); // ownership changes go through the API's rules only
    values.remove(u"department_id"_s);
    const QString op = m.value(u"op"_s).toString();
    RecordWriter writer(m_db);
    const std::optional<Row> existing = writer.read(table, recordId);
    if (op == u"delete") {
        if (existing && existing->value(u"deleted"_s).toInt() == 0)
            records.remove(v, table, recordId);
        result.insert(u"status"_s, u"applied"_s);
        return;
    }
    if (op != u"upsert")
        throw RequestError(422, u"validation_failed"_s, u"op is upsert or delete."_s);
    if (!existing) {
        values.insert(u"id"_s, recordId);
        const Row created = records.create(v, table, values);
        result.insert(u"status"_s, u"applied"_s);
        result.insert(u"version"_s, double(created.value(u"version"_s).toLongLong()));
        return;
    }
    if (existing->value(u"deleted"_s).toInt() != 0) {
        // Deleted rows never come back (invariant 6): the edit is kept as a conflict, or
        // a rejection when the caller could not see the record anyway.
        if (!DomainSchema::isCatalogue(table)) {
            const QString customerId = table == u"customers" ? recordId : existing->value(u"customer_id"_s).toString();
            const auto customer = writer.read(u"customers"_s, customerId);
            if (!customer || !ScopeTester(m_db, m_users, v.session()).test(customer->value(u"owner_id"_s), customer->value(u"department_id"_s), customerId))
                throw RequestError::notFound();
        }
        outcome(u"conflict"_s, QString(), QString(), QString::fromUtf8(QJsonDocument(m.value(u"values"_s).toArray()).toJson(QJsonDocument::Compact)),
                QString(), existing->value(u"updated_by"_s).toString(), u"deleted"_s,
                u"The record was deleted; your change was not applied."_s);
        result.insert(u"status"_s, u"conflict"_s);
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
    result.insert(u"status"_s, merged.conflicts.isEmpty() ? u"applied"_s : u"conflict"_s);
    result.insert(u"version"_s, double(updated.value(u"version"_s).toLongLong()));
}

// ---- pull and snapshot ----------------------------------------------------------------

QJsonObject SyncService::pull(const Session &session, const QString &clientId, qint64 cursor, int limit,
                              bool withCheckpoint)
{
    Transaction snapshot(m_db, Transaction::Mode::Read); // one consistent view for the whole page
    // Changes before the floor were pruned: a cursor there cannot be continued.
    const qint64 floor = m_db.scalar(u"SELECT value FROM settings WHERE key = 'changes_floor'"_s).toLongLong();
    if (cursor > 0 && cursor < floor)
        throw RequestError(410, u"resync_required"_s,
                           u"This replica has been away longer than the server keeps changes; download it again."_s);
    const qint64 high = head();
    const ScopeTester scope(m_db, m_users, session);

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
            const bool was = q.value(10).toInt() != 0 || scope.test(q.value(6), q.value(7), customerId)
                || scope.test(q.value(4), q.value(5), customerId);
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
    QHash<QString, QVariant> customerDepartment;
    {
        const QStringList ids(customerIds.begin(), customerIds.end());
        for (qsizetype i = 0; i < ids.size(); i += 500) {
            const QStringList chunk = ids.mid(i, 500);
            QVariantList binds;
            for (const QString &id : chunk)
                binds << id;
            QSqlQuery q = m_db.exec(u"SELECT id, department_id FROM customers WHERE id IN (%1)"_s.arg(
                                        QStringList(chunk.size(), u"?"_s).join(u", ")),
                                    binds);
            while (q.next())
                customerDepartment.insert(q.value(0).toString(), q.value(1));
        }
    }

    QHash<QString, QJsonArray> upserts; // table → rows
    QJsonArray removes;
    auto inScopeNow = [&](const QString &table, const Row &row) {
        if (DomainSchema::isGlobal(table))
            return true;
        const QString customerId = table == u"customers" ? row.value(u"id"_s).toString() : row.value(u"customer_id"_s).toString();
        return scope.test(row.value(u"owner_id"_s), customerDepartment.value(customerId), customerId);
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
            removes.append(QJsonObject{{u"table"_s, e.table}, {u"id"_s, e.recordId}});
    }
    // A share granted: everything of that customer; revoked: drop it unless still in scope.
    QJsonArray removeCustomers;
    for (const QString &customerId : revokes) {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, customerId);
        if (!customer || !scope.test(customer->value(u"owner_id"_s), customer->value(u"department_id"_s), customerId))
            removeCustomers.append(customerId);
    }
    for (const QString &customerId : grants) {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, customerId);
        if (!customer || !scope.test(customer->value(u"owner_id"_s), customer->value(u"department_id"_s), customerId))
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
    QJsonArray outcomes;
    for (const QString &id : outcomeIds) {
        QSqlQuery q = m_db.exec(u"SELECT id, client_id, mutation_id, kind, table_name, record_id, field, base, mine, theirs, "
                                u"theirs_by, code, message, at FROM sync_outcomes WHERE id = ?"_s, {id});
        if (!q.next())
            continue;
        outcomes.append(QJsonObject{{u"id"_s, q.value(0).toString()},        {u"clientId"_s, q.value(1).toString()},
                                    {u"mutationId"_s, double(q.value(2).toLongLong())}, {u"kind"_s, q.value(3).toString()},
                                    {u"table"_s, q.value(4).toString()},     {u"recordId"_s, q.value(5).toString()},
                                    {u"field"_s, q.value(6).toString()},     {u"base"_s, q.value(7).toString()},
                                    {u"mine"_s, q.value(8).toString()},      {u"theirs"_s, q.value(9).toString()},
                                    {u"theirsBy"_s, q.value(10).toString()}, {u"code"_s, q.value(11).toString()},
                                    {u"message"_s, q.value(12).toString()},  {u"at"_s, q.value(13).toString()}});
    }

    QJsonArray tables;
    for (auto it = upserts.begin(); it != upserts.end(); ++it)
        tables.append(QJsonObject{{u"table"_s, it.key()},
                                  {u"columns"_s, QJsonArray::fromStringList(columnsOf.value(it.key()))},
                                  {u"rows"_s, it.value()}});
    QJsonObject out{{u"cursor"_s, double(pageEnd)},
                    {u"hasMore"_s, hasMore},
                    {u"upserts"_s, tables},
                    {u"removes"_s, removes},
                    {u"removeCustomers"_s, removeCustomers},
                    {u"outcomes"_s, outcomes},
                    {u"lastMutationId"_s, double(m_db.scalar(u"SELECT last_mutation_id FROM client_mutations WHERE client_id = ?"_s,
                                                             {clientId}).toLongLong())}};
    if (withCheckpoint && !hasMore) {
        const Visibility v(session, m_users);
        QJsonObject checksums;
        for (const QString &table : syncedTables()) {
            const Visibility::Filter f = tableFilter(v, table);
            QSqlQuery q = m_db.exec(u"SELECT t.id, t.version FROM %1 t WHERE t.deleted = 0 AND %2"_s.arg(table, f.sql), f.values);
            ScopeChecksum sum;
            while (q.next()) {
                sum.add(table, *Id::fromString(q.value(0).toString()), q.value(1).toLongLong());
            }
            checksums.insert(table, QJsonObject{{u"count"_s, double(sum.count())},
                                                {u"checksum"_s, QString::number(sum.sum(), 16)}});
        }
        out.insert(u"checkpoint"_s, QJsonObject{{u"seq"_s, double(pageEnd)}, {u"tables"_s, checksums}});
    }
    return out;
}

QByteArray SyncService::snapshot(const Session &session, const QString &table, const QString &afterId, int limit)
{
    if (!syncedTables().contains(table))
        throw RequestError::notFound();
    const Visibility v(session, m_users);
    const Visibility::Filter f = tableFilter(v, table);
    const TableDef &def = DomainSchema::table(table);
    const QStringList cols = def.columnNames();
    QStringList select;
    for (const QString &c : cols)
        select << u"t."_s + c;
    QVariantList binds = f.values;
    QString after;
    if (!afterId.isEmpty()) { // a null QString would bind as NULL, and id > NULL is never true
        after = u" AND t.id > ?"_s;
        binds << afterId;
    }
    binds << limit + 1;
    QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 t WHERE t.deleted = 0 AND %3%4 ORDER BY t.id LIMIT ?"_s.arg(
                                select.join(u", "), table, f.sql, after),
                            binds);
    // Written straight into the response: pages of thousands of rows are the bulk of an
    // initial sync, and building QJsonArrays for them costs more than the query.
    const QList<ColumnType> types = RowCodec::types(def, cols);
    QByteArray out;
    out.reserve(limit * 256);
    out.append("{\"table\":");
    RowCodec::appendJsonString(table, out);
    out.append(",\"columns\":[");
    for (qsizetype c = 0; c < cols.size(); ++c) {
        if (c)
            out.append(',');
        RowCodec::appendJsonString(cols[c], out);
    }
    out.append("],\"rows\":[");
    QString last;
    bool more = false;
    int n = 0;
    while (q.next()) {
        if (++n > limit) {
            more = true;
            break;
        }
        if (n > 1)
            out.append(',');
        out.append('[');
        for (qsizetype c = 0; c < types.size(); ++c) {
            if (c)
                out.append(',');
            RowCodec::appendJson(types[c], q.value(int(c)), out);
        }
        out.append(']');
        last = q.value(0).toString(); // id is the first column
    }
    out.append("],\"next\":");
    if (more)
        RowCodec::appendJsonString(last, out);
    else
        out.append("null");
    out.append('}');
    return out;
}

} // namespace Huike
