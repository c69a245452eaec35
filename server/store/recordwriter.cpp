#include "store/recordwriter.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "sync/recordjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Any constant works; it only has to be the same for every writer of the change log.
constexpr qint64 ChangeLogLock = 0x48756b6543686eLL; // "HukeChn"

QVariant customerIdOf(const QString &table, const Row &row)
{
    if (table == u"customers")
        return row.value(u"id"_s);
    return row.value(u"customer_id"_s);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    return a.toLongLong() == b.toLongLong();
}

} // namespace

RecordWriter::RecordWriter(Database &db) : m_db(db) { }

std::optional<Row> RecordWriter::read(const QString &table, const QString &id)
{
    const TableDef &def = DomainSchema::table(table);
    QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(def.columnNames().join(u", "), table),
                            {id});
    if (!q.next())
        return std::nullopt;
    Row row;
    const QStringList cols = def.columnNames();
    for (qsizetype i = 0; i < cols.size(); ++i)
        row.insert(cols[i], q.value(int(i)));
    return row;
}

RecordWriter::Scope RecordWriter::scopeOf(const QString &table, const Row &row)
{
    Scope s;
    if (DomainSchema::isGlobal(table)) {
        s.global = true;
        return s;
    }
    // An owned record's scope is its own owner and department; a customer's and a Members
    // record's likewise (a Members record's list is read by the pull, not kept here).
    const ScopeKind kind = DomainSchema::scopeOf(table);
    if (kind == ScopeKind::Customer || kind == ScopeKind::Owned || kind == ScopeKind::Members) {
        s.ownerId = row.value(u"owner_id"_s);
        s.departmentId = row.value(u"department_id"_s);
        return s;
    }
    // A customer's (or a Members record's) record is in scope wherever its record is: its
    // own owner_id is a copy kept for the client's lists, never what decides (DESIGN.md §4).
    const TableDef &def = DomainSchema::table(table);
    if (def.parentTable().isEmpty())
        return s;
    QSqlQuery q = m_db.exec(u"SELECT owner_id, department_id FROM %1 WHERE id = ?"_s.arg(def.parentTable()),
                            {row.value(def.parentColumn())});
    if (q.next()) {
        s.ownerId = q.value(0);
        s.departmentId = q.value(1);
    }
    return s;
}

qint64 RecordWriter::appendChange(const QString &table, const QString &recordId,
                                  const QVariant &customerId, const QString &at, const Scope &before,
                                  const Scope &after, const QString &op, const QString &scopeUser)
{
    const QString sql = u"INSERT INTO changes (table_name, record_id, customer_id, at, owner_id, dept_id, "
                        u"prev_owner_id, prev_dept_id, scope_user, op, global) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    const QVariantList values{table, recordId, customerId, at, after.ownerId, after.departmentId,
                              before.ownerId, before.departmentId,
                              scopeUser.isEmpty() ? QVariant() : QVariant(scopeUser), op, after.global ? 1 : 0};
    if (m_db.dialect() == Dialect::Postgres) {
        // Serialise appends until commit, so seq order is commit order and a reader that
        // saw seq N has seen every change below N (sync invariant: no skipped change).
        m_db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {ChangeLogLock});
        QSqlQuery q = m_db.exec(sql + u" RETURNING seq"_s, values);
        q.next();
        return q.value(0).toLongLong();
    }
    QSqlQuery q = m_db.exec(sql, values);
    return q.lastInsertId().toLongLong();
}

qint64 RecordWriter::appendEvent(const QString &table, const QString &recordId, const QVariant &customerId,
                                 const QString &op, const QString &scopeUser)
{
    return appendChange(table, recordId, customerId, Timestamp::now(), Scope(), Scope(), op, scopeUser);
}

void RecordWriter::audit(const QString &table, const QString &recordId, const QVariant &customerId,
                         const QString &action, const QString &userId, const QString &at,
                         const QJsonObject &changes)
{
    if (!DomainSchema::table(table).isAudited()) // declared so (TableDef::audited)
        return;
    m_db.exec(u"INSERT INTO audit_log (at, user_id, table_name, record_id, customer_id, action, changes) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {at, userId.isEmpty() ? QVariant() : QVariant(userId), table, recordId, customerId,
               action, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
}

Row RecordWriter::insert(const QString &table, Row values, const QString &userId)
{
    const TableDef &def = DomainSchema::table(table);
    const QString now = Timestamp::now();
    if (values.value(u"id"_s).toString().isEmpty())
        values[u"id"_s] = Id::generate().toString();
    const QString id = values.value(u"id"_s).toString();
    const QVariant user = userId.isEmpty() ? QVariant() : QVariant(userId);
    values[u"created_at"_s] = now;
    values[u"updated_at"_s] = now;
    values[u"created_by"_s] = user;
    values[u"updated_by"_s] = user;
    values[u"deleted"_s] = 0;
    if (table == u"customers") // the pool reclaim's clock starts with the owner (null: the pool)
        values[u"owner_since"_s] = values.value(u"owner_id"_s).toString().isEmpty() ? QVariant() : QVariant(now);
    values[u"version"_s] = appendChange(table, id, DomainSchema::scopeRootOf(table, values), now, scopeOf(table, values),
                                        scopeOf(table, values), u"insert"_s);

    QStringList cols;
    QVariantList binds;
    for (const ColumnDef &c : def.columns()) {
        if (!values.contains(c.name))
            continue;
        cols << c.name;
        binds << values.value(c.name);
    }
    m_db.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "),
                                                      QStringList(cols.size(), u"?"_s).join(u", ")),
              binds);
    const Row row = *read(table, id);
    QJsonObject changes;
    const QJsonObject json = RecordJson::toJson(table, row);
    for (const QString &c : cols) {
        if (c == u"version" || c == u"created_at" || c == u"updated_at" || c == u"created_by"
            || c == u"updated_by" || c == u"deleted" || c == u"id" || row.value(c).isNull() || !def.isAudited(c))
            continue;
        const QString key = Rows::jsonName(c);
        changes.insert(key, QJsonObject{{u"old"_s, QJsonValue::Null}, {u"new"_s, json.value(key)}});
    }
    audit(table, id, customerIdOf(table, row), u"create"_s, userId, now, changes);
    return row;
}

Row RecordWriter::update(const QString &table, const QString &id, const Row &changes,
                         const QString &userId)
{
    const std::optional<Row> old = read(table, id);
    if (!old)
        throw SchemaError(u"No %1 with id %2."_s.arg(table, id));
    return update(table, id, changes, userId, scopeOf(table, *old));
}

Row RecordWriter::update(const QString &table, const QString &id, const Row &changes,
                         const QString &userId, const Scope &before)
{
    const std::optional<Row> old = read(table, id);
    if (!old)
        throw SchemaError(u"No %1 with id %2."_s.arg(table, id));
    Row newRow = *old;
    QStringList changed;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!sameValue(old->value(it.key()), it.value())) {
            changed << it.key();
            newRow[it.key()] = it.value();
        }
    }
    const QString now = Timestamp::now();
    // A customer's new owner has it from now (the pool reclaim's clock; null in the pool),
    // in the same version: the replicas count its days as the server does.
    if (table == u"customers" && changed.contains(u"owner_id"_s) && !changes.contains(u"owner_since"_s)) {
        const QVariant since = newRow.value(u"owner_id"_s).toString().isEmpty() ? QVariant() : QVariant(now);
        if (!sameValue(old->value(u"owner_since"_s), since)) {
            changed.removeAll(u"owner_since"_s);
            changed << u"owner_since"_s;
            newRow[u"owner_since"_s] = since;
        }
    }
    // A record whose fields stay but whose scope moves (its customer went to another
    // department) still gets a new version, so the pull hands it to who gains it and tells
    // who loses it.
    const Scope after = scopeOf(table, newRow);
    const bool moved = !sameValue(before.ownerId, after.ownerId) || !sameValue(before.departmentId, after.departmentId);
    if (changed.isEmpty() && !moved)
        return *old;
    const qint64 version = appendChange(table, id, DomainSchema::scopeRootOf(table, newRow), now, before, after, u"update"_s);
    QStringList sets;
    QVariantList binds;
    for (const QString &c : changed) {
        sets << c + u" = ?"_s;
        binds << newRow.value(c);
    }
    sets << u"version = ?"_s << u"updated_at = ?"_s << u"updated_by = ?"_s;
    binds << version << now << (userId.isEmpty() ? QVariant() : QVariant(userId));
    binds << id;
    m_db.exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", ")), binds);
    if (table == u"customers" && changed.contains(u"owner_id"_s))
        forgetOwnerNote(id);
    // A Members record that moves takes its records along, as a customer does (their
    // owner_id is a copy of its owner; their scope before the move is its scope before).
    if (moved && DomainSchema::scopeOf(table) == ScopeKind::Members)
        for (const QString &child : DomainSchema::childTables(table))
            for (const QString &childId : childIds(child, DomainSchema::table(child).parentColumn(), id))
                update(child, childId, Row{{u"owner_id"_s, newRow.value(u"owner_id"_s)}}, userId, before);

    const QJsonObject oldJson = RecordJson::toJson(table, *old);
    const QJsonObject newJson = RecordJson::toJson(table, newRow);
    QJsonObject diff;
    const TableDef &def = DomainSchema::table(table);
    for (const QString &c : changed) {
        if (!def.isAudited(c))
            continue;
        const QString key = Rows::jsonName(c);
        diff.insert(key, QJsonObject{{u"old"_s, oldJson.value(key)}, {u"new"_s, newJson.value(key)}});
    }
    const bool deleting = changes.value(u"deleted"_s).toInt() == 1 && old->value(u"deleted"_s).toInt() == 0;
    if (!diff.isEmpty())
        audit(table, id, customerIdOf(table, newRow), deleting ? u"delete"_s : u"update"_s, userId, now, diff);
    return *read(table, id);
}

void RecordWriter::forgetOwnerNote(const QString &customerId)
{
    m_db.exec(u"DELETE FROM customer_owners WHERE customer_id = ?"_s, {customerId});
}

Row RecordWriter::remove(const QString &table, const QString &id, const QString &userId)
{
    return update(table, id, Row{{u"deleted"_s, 1}}, userId);
}

QStringList RecordWriter::childIds(const QString &table, const QString &parentColumn, const QString &parentId)
{
    QStringList ids;
    QSqlQuery q = m_db.exec(u"SELECT id FROM %1 WHERE %2 = ? AND deleted = 0"_s.arg(table, parentColumn), {parentId});
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Row RecordWriter::setCustomerOwner(const QString &customerId, const QVariant &ownerId,
                                   const QVariant &departmentId, const QString &userId, const Row &pool)
{
    const std::optional<Row> old = read(u"customers"_s, customerId);
    if (!old)
        throw SchemaError(u"No customer with id %1."_s.arg(customerId));
    const Scope before = scopeOf(u"customers"_s, *old);
    Row changes{{u"owner_id"_s, ownerId}, {u"department_id"_s, departmentId}};
    if (!ownerId.isNull() && (!old->value(u"pool_reason"_s).isNull() || !old->value(u"pooled_at"_s).isNull()))
        changes.insert(Row{{u"pool_reason"_s, QVariant()}, {u"pooled_at"_s, QVariant()}});
    for (auto it = pool.begin(); it != pool.end(); ++it)
        changes.insert(it.key(), it.value());
    const Row customer = update(u"customers"_s, customerId, changes, userId, before);
    for (const QString &table : DomainSchema::customerChildTables())
        for (const QString &id : childIds(table, u"customer_id"_s, customerId))
            update(table, id, Row{{u"owner_id"_s, ownerId}}, userId, before);
    return customer;
}

void RecordWriter::removeWithChildren(const QString &table, const QString &id, const QString &userId)
{
    for (const QString &child : DomainSchema::childTables(table))
        for (const QString &childId : childIds(child, DomainSchema::table(child).parentColumn(), id))
            remove(child, childId, userId);
    remove(table, id, userId);
}

QList<QJsonObject> RecordWriter::history(const QString &customerId, int limit, qint64 beforeSeq)
{
    return historyWhere(u"a.customer_id = ?"_s, {customerId}, limit, beforeSeq);
}

QList<QJsonObject> RecordWriter::recordHistory(const QString &table, const QString &recordId, int limit,
                                               qint64 beforeSeq)
{
    return historyWhere(u"a.table_name = ? AND a.record_id = ?"_s, {table, recordId}, limit, beforeSeq);
}

QList<QJsonObject> RecordWriter::historyWhere(QString where, QVariantList values, int limit, qint64 beforeSeq)
{
    QList<QJsonObject> out;
    if (beforeSeq > 0) {
        where += u" AND a.seq < ?"_s;
        values << beforeSeq;
    }
    QSqlQuery q = m_db.exec(u"SELECT a.seq, a.at, a.user_id, u.login, u.display_name, a.table_name, "
                            u"a.record_id, a.action, a.changes FROM audit_log a "
                            u"LEFT JOIN users u ON u.id = a.user_id "
                            u"WHERE "_s + where + u" ORDER BY a.seq DESC LIMIT ?"_s,
                            values + QVariantList{limit});
    while (q.next()) {
        QJsonObject e;
        e.insert(u"seq"_s, double(q.value(0).toLongLong()));
        e.insert(u"at"_s, q.value(1).toString());
        e.insert(u"userId"_s, q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toString()));
        e.insert(u"login"_s, q.value(3).isNull() ? QJsonValue() : QJsonValue(q.value(3).toString()));
        e.insert(u"userName"_s, q.value(4).isNull() ? QJsonValue() : QJsonValue(q.value(4).toString()));
        e.insert(u"table"_s, q.value(5).toString());
        e.insert(u"recordId"_s, q.value(6).toString());
        e.insert(u"action"_s, q.value(7).toString());
        e.insert(u"changes"_s, QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
        out << e;
    }
    return out;
}

} // namespace Huike
