#include "replica/pullapplier.h"

#include "replica/conflictstore.h"
#include "replica/outbox.h"
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

PullApplier::PullApplier(Database &db, ReplicaRows &rows, Outbox &outbox, SyncState &state, ConflictStore &conflicts)
    : m_db(db), m_rows(rows), m_outbox(outbox), m_state(state), m_conflicts(conflicts)
{
}

void PullApplier::dropRow(const QString &table, const QString &id)
{
    m_db.exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id});
    m_db.exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
}

void PullApplier::reapplyPending(const QString &table, const QString &id)
{
    const TableDef &def = DomainSchema::table(table);
    QSqlQuery q = m_db.exec(u"SELECT op, columns, vals FROM outbox WHERE table_name = ? AND record_id = ? ORDER BY mutation_id"_s,
                            {table, id});
    Row overlay;
    bool deleted = false;
    while (q.next()) {
        if (q.value(0).toString() == u"delete") {
            deleted = true;
            continue;
        }
        QStringList cols;
        for (const QJsonValue &c : ReplicaRows::jsonArray(q.value(1).toString()))
            cols << c.toString();
        RowCodec::decode(def, cols, ReplicaRows::jsonArray(q.value(2).toString()), &overlay);
    }
    if (deleted)
        overlay[u"deleted"_s] = 1;
    if (overlay.isEmpty())
        return;
    // Over the row just pulled, as a whole row: the keys derived from the edited values
    // follow them, and no column the edit left out goes missing.
    auto row = m_rows.read(table, id);
    if (!row)
        return;
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it)
        (*row)[it.key()] = it.value();
    ReplicaRows::deriveKeys(table, *row);
    m_rows.write(table, *row);
    m_rows.writeSortKey(table, *row);
}

void PullApplier::writeServerRow(const TableDef &def, const Row &row, bool anyPending)
{
    const QString table = def.name();
    const QString id = row.value(u"id"_s).toString();
    const bool pending = anyPending
        && m_db.scalar(u"SELECT count(*) FROM outbox WHERE table_name = ? AND record_id = ?"_s, {table, id}).toInt() > 0;
    if (row.value(u"deleted"_s).toInt() != 0) {
        dropRow(table, id); // deleted rows never come back; a pending edit becomes a conflict
        return;
    }
    m_rows.write(table, row);
    if (pending) {
        const QStringList cols = def.columnNames();
        m_db.exec(u"INSERT INTO shadow (table_name, record_id, version, deleted, columns, row) VALUES (?, ?, ?, ?, ?, ?) "
                  u"ON CONFLICT (table_name, record_id) DO UPDATE SET version = excluded.version, "
                  u"deleted = excluded.deleted, columns = excluded.columns, row = excluded.row"_s,
                  {table, id, row.value(u"version"_s), 0, ReplicaRows::jsonText(QJsonArray::fromStringList(cols)),
                   ReplicaRows::jsonText(RowCodec::encode(def, cols, row))});
        reapplyPending(table, id);
    }
}

void PullApplier::applyServerRow(const QString &table, const Row &fields)
{
    const TableDef &def = DomainSchema::table(table);
    Transaction t(m_db);
    // The whole row: what the server sent over what is here (the local keys stay).
    Row row = m_rows.read(table, fields.value(u"id"_s).toString()).value_or(Row());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (def.column(it.key()))
            row.insert(it.key(), it.value());
    for (const ColumnDef &c : def.columns())
        if (!row.contains(c.name))
            row.insert(c.name, QVariant());
    ReplicaRows::deriveKeys(table, row);
    writeServerRow(def, row, m_outbox.count() > 0);
    t.commit();
}

qint64 PullApplier::apply(const Sync::PullPage &page)
{
    Transaction t(m_db);
    qint64 rows = 0;
    const bool anyPending = m_outbox.count() > 0;
    for (const Sync::UpsertGroup &g : page.upserts) {
        if (!DomainSchema::find(g.table))
            continue; // a table of a newer schema: this version has no use for it
        const TableDef &def = DomainSchema::table(g.table);
        for (const QJsonValue &r : g.rows) {
            Row row;
            if (!RowCodec::decode(def, g.columns, r.toArray(), &row))
                throw SchemaError(u"The server sent a malformed %1 row."_s.arg(g.table));
            writeServerRow(def, row, anyPending);
            ++rows;
        }
    }
    for (const Sync::Remove &r : page.removes)
        if (DomainSchema::find(r.table))
            dropRow(r.table, r.id);
    for (const QString &customerId : page.removeCustomers) {
        for (const TableDef &def : DomainSchema::tables()) {
            if (!def.column(u"customer_id"_s))
                continue;
            m_db.exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id IN (SELECT id FROM %1 WHERE customer_id = ?)"_s.arg(def.name()),
                      {def.name(), customerId});
            m_db.exec(u"DELETE FROM %1 WHERE customer_id = ?"_s.arg(def.name()), {customerId});
        }
        dropRow(u"customers"_s, customerId);
    }
    for (const Sync::Outcome &o : page.outcomes)
        m_conflicts.record(o);
    m_outbox.acknowledge(page.lastMutationId);
    m_state.setCursor(page.cursor);
    if (!page.hasMore)
        m_outbox.settle(); // at the head: every applied edit has come back with its version
    t.commit();
    return rows;
}

} // namespace Huike
