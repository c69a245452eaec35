#include "replica/replicaschema.h"

#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/migrator.h"

using namespace Qt::StringLiterals;

namespace Huike::ReplicaSchema {

Migrator migrator()
{
    return Migrator(u"replica"_s, {{1, u"outbox, shadow, conflicts, sync state"_s, [](Database &db) {
        db.exec(u"CREATE TABLE outbox (mutation_id INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, "
                u"record_id TEXT NOT NULL, op TEXT NOT NULL, columns TEXT NOT NULL, base TEXT, vals TEXT NOT NULL, "
                u"created_at TEXT NOT NULL)"_s);
        db.exec(u"CREATE INDEX ix_outbox_record ON outbox (table_name, record_id)"_s);
        db.exec(u"CREATE TABLE shadow (table_name TEXT NOT NULL, record_id TEXT NOT NULL, version INTEGER NOT NULL, "
                u"deleted INTEGER NOT NULL, columns TEXT NOT NULL, row TEXT NOT NULL, PRIMARY KEY (table_name, record_id))"_s);
        db.exec(u"CREATE TABLE conflicts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, table_name TEXT NOT NULL, "
                u"record_id TEXT NOT NULL, field TEXT, base TEXT, mine TEXT, theirs TEXT, theirs_by TEXT, code TEXT, "
                u"message TEXT, at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open')"_s);
        db.exec(u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        db.exec(u"CREATE TABLE snapshot_seen (table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                u"PRIMARY KEY (table_name, record_id))"_s);
        db.exec(u"CREATE TABLE settled (table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                u"PRIMARY KEY (table_name, record_id))"_s);
    }},
    {2, u"global search index"_s, [](Database &db) { SearchIndex::install(db); }},
    {3, u"customer list sort indexes"_s, [](Database &db) {
        // The customer list pages through customers sorted by a column (CustomerListModel);
        // with these it walks an index instead of sorting a million rows for every page.
        for (const char *column : {"name", "level", "status", "owner_id", "last_activity_at"})
            db.exec(u"CREATE INDEX ix_customers_list_%1 ON customers (deleted, %1, id)"_s.arg(QLatin1StringView(column)));
    }},
    {4, u"open next steps index"_s, [](Database &db) {
        // Reminders read only the next steps still open; a partial index keeps them apart
        // from the millions of finished activities.
        db.exec(u"CREATE INDEX ix_activities_open_steps ON activities (created_by, next_step_due) "
                u"WHERE done = 0 AND deleted = 0 AND next_step_due IS NOT NULL"_s);
    }},
    {5, u"reserved document numbers"_s, [](Database &db) {
        // Numbers the server reserved for this client (shared/core/numberseries.h).
        db.exec(u"CREATE TABLE number_pool (number TEXT PRIMARY KEY, series TEXT NOT NULL, year INTEGER NOT NULL)"_s);
    }},
    {6, u"indexes only the server reads"_s, [](Database &db) {
        // The server finds changes by version and serves REST clients by modification time
        // and owner; the client does neither (its owner filter walks ix_customers_list_owner_id,
        // which also holds `deleted`). Each costs a first download a pass over its table and
        // every saved row an update.
        for (const TableDef &def : DomainSchema::tables())
            db.exec(u"DROP INDEX IF EXISTS ix_%1_version"_s.arg(def.name()));
        db.exec(u"DROP INDEX IF EXISTS ix_customers_updated_at"_s);
        db.exec(u"DROP INDEX IF EXISTS ix_customers_owner_id"_s);
    }},
    {7, u"customer names in pinyin order"_s, [](Database &db) {
        // The customer list sorts names by pinyin (TextNormalizer::sortKey), a key kept on
        // this machine only: written with each local edit, and by the search index for
        // every row that arrives (SearchIndex::catchUp). Until it has caught up, the list
        // sorts by the name itself. With the index, ORDER BY stays an index walk.
        db.exec(u"ALTER TABLE customers ADD COLUMN name_sort BLOB"_s);
        db.exec(u"CREATE INDEX ix_customers_list_name_sort ON customers (deleted, name_sort, id)"_s);
        db.exec(u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid FROM customers"_s);
    }},
    {8, u"global search index with a prefix index fewer"_s, [](Database &db) { SearchIndex::rebuild(db); }},
    {9, u"download bookkeeping without rowids, no content-hash index"_s, [](Database &db) {
        // snapshot_seen notes every row of a re-download (a million at a director's scale,
        // ~50 bytes each) and settled every pushed record: as rowid tables each note was
        // kept twice, in the table and in its primary key. Keyed by the primary key alone
        // they take half the pages and one insert each.
        for (const char *table : {"snapshot_seen", "settled"}) {
            const QString name = QLatin1StringView(table);
            db.exec(u"CREATE TABLE %1_new (table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                    u"PRIMARY KEY (table_name, record_id)) WITHOUT ROWID"_s.arg(name));
            db.exec(u"INSERT INTO %1_new (table_name, record_id) SELECT table_name, record_id FROM %1"_s.arg(name));
            db.exec(u"DROP TABLE %1"_s.arg(name));
            db.exec(u"ALTER TABLE %1_new RENAME TO %1"_s.arg(name));
        }
        // The server finds a file's records by its hash (blob upload and clean-up); the
        // client reads attachments by customer and contract, and looks a file up in its
        // cache by name: like the indexes of migration 6, this one only cost writes.
        db.exec(u"DROP INDEX IF EXISTS ix_attachments_sha256"_s);
    }},
    {10, u"reminder indexes: running contracts, payments by plan line"_s, [](Database &db) {
        // The reminders (Customer360::reminders) read the running contracts by end date and
        // their instalments' payments: without these, a walk of every contract and, per
        // plan line, of every payment (tests/app/models/tst_queryplans).
        db.exec(u"CREATE INDEX IF NOT EXISTS ix_contracts_running ON contracts (end_date) "
                u"WHERE deleted = 0 AND status IN ('signed', 'executing')"_s);
        db.exec(u"CREATE INDEX IF NOT EXISTS ix_payments_plan_id ON payments (plan_id)"_s);
    }},
    {11, u"what each import batch wrote"_s, [](Database &db) {
        // One row per record an import created or changed (CustomerImport): the values it
        // wrote (after) and, for a change, the ones it replaced (before). The undo reads
        // them: a record whose fields still hold `after` goes back. Local to this replica,
        // like the outbox: the batch itself (import_batches) syncs.
        db.exec(u"CREATE TABLE IF NOT EXISTS import_items (batch_id TEXT NOT NULL, seq INTEGER NOT NULL, "
                u"table_name TEXT NOT NULL, record_id TEXT NOT NULL, action TEXT NOT NULL, "
                u"before TEXT, after TEXT, PRIMARY KEY (batch_id, seq)) WITHOUT ROWID"_s);
    }},
    {12, u"the audit trail as last fetched"_s, [](Database &db) {
        // The entries of GET …/{id}/history this client has fetched (HistoryClient), so a
        // record's 历史 reads offline what was seen once (HistoryService): one row per entry,
        // keyed by the record it is about and the server's seq, with the entry's JSON as the
        // server sent it, the customer it belongs to (a customer's history is read by it)
        // and when it was fetched. Local to this replica; nothing here syncs.
        db.exec(u"CREATE TABLE IF NOT EXISTS history_cache (table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                u"seq INTEGER NOT NULL, customer_id TEXT, entry TEXT NOT NULL, fetched_at TEXT NOT NULL, "
                u"PRIMARY KEY (table_name, record_id, seq)) WITHOUT ROWID"_s);
        db.exec(u"CREATE INDEX IF NOT EXISTS ix_history_cache_customer ON history_cache (customer_id, seq)"_s);
    }},
    {13, u"customer list: days left before the pool reclaim"_s, [](Database &db) {
        // The list's 剩余天数 sorts by when the pool reclaim's clock started for an owned
        // customer: the latest of its creation, last activity and arrival with its owner
        // (owner_since, domain migration 8); NULL in the pool. Indexed on that expression,
        // written as the list's query writes it (CustomerListModel), the sort is an index
        // walk like the others (tests/app/models/tst_queryplans).
        db.exec(u"CREATE INDEX IF NOT EXISTS ix_customers_list_clock ON customers (deleted, (CASE WHEN owner_id IS NULL "
                u"THEN NULL ELSE max(created_at, COALESCE(last_activity_at, ''), COALESCE(owner_since, '')) END), id)"_s);
    }}});
}


} // namespace Huike::ReplicaSchema
