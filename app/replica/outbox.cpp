#include "replica/outbox.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "replica/replicarows.h"
#include "replica/syncstate.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "sync/rowcodec.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

Outbox::Outbox(Database &db, ReplicaRows &rows, SyncState &state) : m_db(db), m_rows(rows), m_state(state) { }

void Outbox::setInBatch(bool inBatch)
{
    m_inBatch = inBatch;
}

std::unique_ptr<Transaction> Outbox::beginEdit()
{
    return m_inBatch ? nullptr : std::make_unique<Transaction>(m_db);
}

void Outbox::append(const QString &table, const QString &id, const QString &op,
                     const QStringList &columns, const QJsonArray &base, const QJsonArray &values)
{
    m_db.execCached(u"INSERT INTO outbox (table_name, record_id, op, columns, base, vals, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {table, id, op, ReplicaRows::jsonText(QJsonArray::fromStringList(columns)),
               base.isEmpty() ? QVariant() : QVariant(ReplicaRows::jsonText(base)), ReplicaRows::jsonText(values), Timestamp::now()});
}

void Outbox::keepShadow(const QString &table, const QString &id)
{
    {
        QSqlQuery &q = m_db.execCached(u"SELECT count(*) FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
        const bool kept = q.next() && q.value(0).toInt() > 0;
        q.finish();
        if (kept)
            return;
    }
    const auto row = m_rows.read(table, id);
    if (!row || row->value(u"version"_s).toLongLong() == 0)
        return; // never confirmed by the server: nothing to keep
    const TableDef &def = DomainSchema::table(table);
    const QStringList cols = def.columnNames();
    m_db.exec(u"INSERT INTO shadow (table_name, record_id, version, deleted, columns, row) VALUES (?, ?, ?, ?, ?, ?)"_s,
              {table, id, row->value(u"version"_s), row->value(u"deleted"_s),
               ReplicaRows::jsonText(QJsonArray::fromStringList(cols)), ReplicaRows::jsonText(RowCodec::encode(def, cols, *row))});
}

Row Outbox::create(const QString &table, Row values)
{
    const TableDef &def = DomainSchema::table(table);
    if (values.value(u"id"_s).toString().isEmpty())
        values[u"id"_s] = Id::generate().toString();
    const QString id = values.value(u"id"_s).toString();
    const QString now = Timestamp::now(); // informative only; the server's versions order changes
    // An owned record made here is its maker's, as the server would make it: the offline
    // lists ("mine") show it at once.
    if ((def.scope() == ScopeKind::Owned || def.scope() == ScopeKind::Members) && values.value(u"owner_id"_s).isNull()
        && !m_state.userId().isEmpty())
        values[u"owner_id"_s] = m_state.userId();
    QStringList cols;
    for (const ColumnDef &c : def.columns())
        if (values.contains(c.name) && !ReplicaRows::isMetaColumn(c.name) && !ReplicaRows::isLocalColumn(c.name) && c.name != u"id")
            cols << c.name;
    Row local = values;
    ReplicaRows::deriveKeys(table, local);
    local[u"version"_s] = 0;
    local[u"deleted"_s] = 0;
    local[u"created_at"_s] = now;
    local[u"updated_at"_s] = now;
    local[u"created_by"_s] = m_state.userId().isEmpty() ? QVariant() : QVariant(m_state.userId());
    local[u"updated_by"_s] = local.value(u"created_by"_s);
    for (const ColumnDef &c : def.columns())
        if (!local.contains(c.name) && !c.defaultSql.isEmpty())
            local[c.name] = ReplicaRows::defaultValue(c);
    auto t = beginEdit();
    m_rows.write(table, local);
    m_rows.writeSortKey(table, local);
    append(table, id, u"upsert"_s, cols, {}, RowCodec::encode(def, cols, local));
    if (t)
        t->commit();
    // The row as stored, without reading it back (an import writes many): every column of
    // the table, null where nothing was given or defaulted.
    for (const ColumnDef &c : def.columns())
        if (!local.contains(c.name))
            local.insert(c.name, QVariant());
    return local;
}

Row Outbox::update(const QString &table, const QString &id, const Row &changes)
{
    const TableDef &def = DomainSchema::table(table);
    auto t = beginEdit();
    const auto old = m_rows.read(table, id);
    if (!old || old->value(u"deleted"_s).toInt() != 0)
        throw SchemaError(u"No %1 with id %2 in the replica."_s.arg(table, id));
    QStringList cols;
    Row newRow = *old;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!def.column(it.key()) || ReplicaRows::isMetaColumn(it.key()) || ReplicaRows::isLocalColumn(it.key()) || it.key() == u"id")
            continue;
        const QVariant &a = old->value(it.key());
        const bool same = (a.isNull() && it.value().isNull())
            || (!a.isNull() && !it.value().isNull() && a.toString() == it.value().toString());
        if (same)
            continue;
        cols << it.key();
        newRow[it.key()] = it.value();
    }
    if (cols.isEmpty())
        return *old;
    keepShadow(table, id);
    newRow[u"updated_at"_s] = Timestamp::now();
    ReplicaRows::deriveKeys(table, newRow);
    m_rows.write(table, newRow);
    m_rows.writeSortKey(table, newRow);
    append(table, id, u"upsert"_s, cols, RowCodec::encode(def, cols, *old), RowCodec::encode(def, cols, newRow));
    if (t)
        t->commit();
    return newRow;
}

void Outbox::remove(const QString &table, const QString &id)
{
    auto t = beginEdit();
    const auto old = m_rows.read(table, id);
    if (!old || old->value(u"deleted"_s).toInt() != 0) {
        if (t)
            t->commit();
        return;
    }
    keepShadow(table, id);
    // A customer's records are deleted with it by the server; their tombstones come in
    // the next pull (views hide the records of a deleted customer meanwhile).
    m_db.execCached(u"UPDATE %1 SET deleted = 1 WHERE id = ?"_s.arg(table), {id});
    append(table, id, u"delete"_s, {}, {}, {});
    if (t)
        t->commit();
}

QList<Sync::Mutation> Outbox::pending(int limit)
{
    QList<Sync::Mutation> out;
    QSqlQuery q = m_db.exec(u"SELECT mutation_id, table_name, record_id, op, columns, base, vals FROM outbox "
                            u"ORDER BY mutation_id LIMIT ?"_s, {limit});
    while (q.next()) {
        Sync::Mutation m;
        m.id = q.value(0).toLongLong();
        m.table = q.value(1).toString();
        m.recordId = q.value(2).toString();
        m.op = q.value(3).toString();
        for (const QJsonValue &c : ReplicaRows::jsonArray(q.value(4).toString()))
            m.columns << c.toString();
        if (!q.value(5).isNull())
            m.base = ReplicaRows::jsonArray(q.value(5).toString());
        m.values = ReplicaRows::jsonArray(q.value(6).toString());
        out << m;
    }
    return out;
}

int Outbox::count()
{
    return m_db.scalar(u"SELECT count(*) FROM outbox"_s).toInt();
}

void Outbox::acknowledge(qint64 lastMutationId)
{
    // The records whose edits the server has now all dealt with; what became of them is
    // known once the pull reaches the head (settle()).
    m_db.exec(u"INSERT INTO settled (table_name, record_id) SELECT DISTINCT table_name, record_id FROM outbox "
              u"WHERE mutation_id <= ? ON CONFLICT DO NOTHING"_s,
              {lastMutationId});
    m_db.exec(u"DELETE FROM outbox WHERE mutation_id <= ?"_s, {lastMutationId});
}

void Outbox::settle()
{
    QList<QPair<QString, QString>> settled;
    {
        QSqlQuery q = m_db.exec(u"SELECT table_name, record_id FROM settled"_s);
        while (q.next())
            settled.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &[table, id] : settled) {
        if (m_db.scalar(u"SELECT count(*) FROM outbox WHERE table_name = ? AND record_id = ?"_s, {table, id}).toInt() > 0)
            continue; // edited again meanwhile: the shadow stays the merge base
        const TableDef &def = DomainSchema::table(table);
        const auto row = m_rows.read(table, id);
        QSqlQuery q = m_db.exec(u"SELECT version, columns, row FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
        if (q.next()) {
            // No newer version came: the edit was refused or lost a conflict. Back to the
            // server's row (the values typed are in the conflict or rejection record).
            if (row && row->value(u"version"_s).toLongLong() <= q.value(0).toLongLong()) {
                QStringList cols;
                for (const QJsonValue &c : ReplicaRows::jsonArray(q.value(1).toString()))
                    cols << c.toString();
                Row confirmed;
                RowCodec::decode(def, cols, ReplicaRows::jsonArray(q.value(2).toString()), &confirmed);
                m_rows.write(table, confirmed);
            }
            m_db.exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
        } else if (row && row->value(u"version"_s).toLongLong() == 0) {
            m_db.exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id}); // a create the server refused
        }
    }
    m_db.exec(u"DELETE FROM settled"_s);
}

} // namespace Huike
