#include "replica.h"

#include "companyname.h"
#include "database.h"
#include "domainschema.h"
#include "numberseries.h"
#include "id.h"
#include "messages.h"
#include "outcomefeed.h"
#include "migrator.h"
#include "phonenumber.h"
#include "rowcodec.h"
#include "schemaerror.h"
#include "searchindex.h"
#include "sqlitehandle.h"
#include "timestamp.h"
#include "transaction.h"
#include "walcheckpointer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QStringList MetaColumns{u"version"_s, u"deleted"_s, u"created_at"_s, u"created_by"_s,
                              u"updated_at"_s, u"updated_by"_s};
// Kept on this machine only (derived from other columns); never part of a mutation.
const QStringList LocalColumns{u"name_norm"_s, u"phone_norm"_s};

QString jsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

Migrator replicaMigrator()
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
    }}});
}

// A customer's pinyin sort key (migration 7) after a local edit of its name.
void writeSortKey(Database &db, const QString &table, const Row &row)
{
    if (table == u"customers" && row.contains(u"name"_s))
        db.exec(u"UPDATE customers SET name_sort = ? WHERE id = ?"_s,
                {SearchIndex::nameSortKey(row.value(u"name"_s).toString()), row.value(u"id"_s)});
}

} // namespace

Replica::Replica(std::unique_ptr<Database> db) : m_db(std::move(db)) { }

Replica::Batch::Batch(Replica &replica)
    : m_replica(replica), m_transaction(std::make_unique<Transaction>(*replica.m_db))
{
    m_replica.m_inBatch = true;
}

Replica::Batch::~Batch()
{
    m_replica.m_inBatch = false;
}

void Replica::Batch::commit()
{
    m_transaction->commit();
    m_replica.m_inBatch = false;
}

std::unique_ptr<Transaction> Replica::beginEdit()
{
    return m_inBatch ? nullptr : std::make_unique<Transaction>(*m_db);
}

void Replica::deriveKeys(const QString &table, Row &row)
{
    if (table != u"customers")
        return;
    if (row.contains(u"name"_s))
        row[u"name_norm"_s] = CompanyName::normalizedKey(row.value(u"name"_s).toString());
    if (row.contains(u"phone"_s)) {
        const QString phone = PhoneNumber::normalizedKey(row.value(u"phone"_s).toString());
        row[u"phone_norm"_s] = phone.isEmpty() ? QVariant() : QVariant(phone);
    }
}

Replica::~Replica()
{
    m_upserts.clear(); // the statements go before the connection
    for (sqlite3_stmt *st : std::as_const(m_snapshotStatements))
        sqlite3_finalize(st);
}

std::unique_ptr<Replica> Replica::open(const QString &path)
{
    auto db = std::make_unique<Database>(Database::openSqlite(path));
    // A log that grew during a first download (WalCheckpointer) goes back to this size
    // when it next starts over.
    db->exec(u"PRAGMA journal_size_limit=%1"_s.arg(WalLimitBytes));
    DomainSchema::migrator().migrate(*db);
    replicaMigrator().migrate(*db);
    std::unique_ptr<Replica> r(new Replica(std::move(db)));
    if (r->state(u"client_id"_s).isEmpty())
        r->setState(u"client_id"_s, Id::generate().toString());
    // A download that stopped halfway left its table without its indexes.
    QStringList deferred;
    {
        QSqlQuery q = r->m_db->exec(u"SELECT key FROM sync_state WHERE key LIKE 'deferred_indexes:%'"_s);
        while (q.next())
            deferred << q.value(0).toString().section(u':', 1);
    }
    for (const QString &table : deferred)
        r->restoreIndexes(table);
    return r;
}

Database &Replica::database()
{
    return *m_db;
}

QString Replica::state(const QString &key)
{
    return m_db->scalar(u"SELECT value FROM sync_state WHERE key = ?"_s, {key}).toString();
}

void Replica::setState(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        m_db->exec(u"DELETE FROM sync_state WHERE key = ?"_s, {key});
        return;
    }
    m_db->exec(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
               {key, value});
}

int Replica::pooledNumbers(const QString &series, int year)
{
    return m_db->scalar(u"SELECT count(*) FROM number_pool WHERE series = ? AND year = ?"_s, {series, year}).toInt();
}

void Replica::addPooledNumbers(const QString &series, int year, const QStringList &numbers)
{
    Transaction t(*m_db);
    for (const QString &n : numbers)
        m_db->exec(u"INSERT OR IGNORE INTO number_pool (number, series, year) VALUES (?, ?, ?)"_s, {n, series, year});
    t.commit();
}

QString Replica::nextNumber(const QString &series, int year, const QString &table)
{
    // The smallest reserved number not used here yet.
    QSqlQuery q = m_db->exec(u"SELECT number FROM number_pool p WHERE series = ? AND year = ? AND NOT EXISTS "
                             u"(SELECT 1 FROM %1 d WHERE d.number = p.number) ORDER BY number LIMIT 1"_s.arg(table),
                             {series, year});
    if (q.next())
        return q.value(0).toString();
    // Offline with none left: this device's own series.
    const QString device = NumberSeries::deviceCode(clientId());
    const QString head = NumberSeries::offline(series, year, device, 0).chopped(2);
    int n = 0;
    QSqlQuery used = m_db->exec(u"SELECT number FROM %1 WHERE number LIKE ?"_s.arg(table), {QString(head + u"%"_s)});
    while (used.next())
        n = std::max(n, used.value(0).toString().mid(head.size()).toInt());
    return NumberSeries::offline(series, year, device, n + 1);
}

void Replica::usePooledNumber(const QString &number)
{
    m_db->exec(u"DELETE FROM number_pool WHERE number = ?"_s, {number});
}

QString Replica::clientId()
{
    return state(u"client_id"_s);
}

QString Replica::userId()
{
    return state(u"user_id"_s);
}

void Replica::setUserId(const QString &userId)
{
    setState(u"user_id"_s, userId);
}

qint64 Replica::cursor()
{
    return state(u"cursor"_s).toLongLong();
}

void Replica::setCursor(qint64 cursor)
{
    setState(u"cursor"_s, QString::number(cursor));
}

std::optional<Row> Replica::read(const QString &table, const QString &id)
{
    const QStringList cols = DomainSchema::table(table).columnNames();
    QSqlQuery q = m_db->exec(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(cols.join(u", "), table), {id});
    if (!q.next())
        return std::nullopt;
    Row row;
    for (qsizetype i = 0; i < cols.size(); ++i)
        row.insert(cols[i], q.value(int(i)));
    return row;
}

void Replica::writeRow(const QString &table, const Row &row)
{
    const TableDef &def = DomainSchema::table(table);
    if (row.isEmpty() || row.size() == def.columns().size()) {
        // A whole row (pulls and downloads): one prepared statement per table.
        auto &q = m_upserts[table];
        if (!q) {
            QStringList cols, marks, sets;
            for (const ColumnDef &c : def.columns()) {
                cols << c.name;
                marks << u"?"_s;
                if (c.name != u"id")
                    sets << c.name + u" = excluded."_s + c.name;
            }
            q = std::make_shared<QSqlQuery>(m_db->handle());
            if (!q->prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
                    table, cols.join(u", "), marks.join(u", "), sets.join(u", "))))
                throw SchemaError(u"Cannot prepare the %1 upsert."_s.arg(table));
        }
        if (row.isEmpty())
            return; // only prepared
        int i = 0;
        for (const ColumnDef &c : def.columns())
            q->bindValue(i++, row.value(c.name));
        if (!q->exec())
            throw SchemaError(u"Cannot write a %1 row: %2"_s.arg(table, q->lastError().text()));
        return;
    }
    // Some columns (a new row's, without those that take their defaults): an UPDATE when the
    // row is there — not INSERT … ON CONFLICT, which SQLite refuses when a NOT NULL column
    // is left out even though the row exists — else an INSERT.
    QStringList cols, marks, sets;
    QVariantList values, changes;
    for (const ColumnDef &c : def.columns()) {
        if (!row.contains(c.name))
            continue;
        cols << c.name;
        marks << u"?"_s;
        values << row.value(c.name);
        if (c.name != u"id") {
            sets << c.name + u" = ?"_s;
            changes << row.value(c.name);
        }
    }
    if (!sets.isEmpty()) {
        changes << row.value(u"id"_s);
        if (m_db->exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", ")), changes).numRowsAffected() > 0)
            return;
    }
    m_db->exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "), marks.join(u", ")), values);
}

void Replica::appendMutation(const QString &table, const QString &id, const QString &op,
                             const QStringList &columns, const QJsonArray &base, const QJsonArray &values)
{
    m_db->exec(u"INSERT INTO outbox (table_name, record_id, op, columns, base, vals, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {table, id, op, jsonText(QJsonArray::fromStringList(columns)),
                base.isEmpty() ? QVariant() : QVariant(jsonText(base)), jsonText(values), Timestamp::now()});
}

void Replica::keepShadow(const QString &table, const QString &id)
{
    if (m_db->scalar(u"SELECT count(*) FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id}).toInt() > 0)
        return;
    const auto row = read(table, id);
    if (!row || row->value(u"version"_s).toLongLong() == 0)
        return; // never confirmed by the server: nothing to keep
    const TableDef &def = DomainSchema::table(table);
    const QStringList cols = def.columnNames();
    m_db->exec(u"INSERT INTO shadow (table_name, record_id, version, deleted, columns, row) VALUES (?, ?, ?, ?, ?, ?)"_s,
               {table, id, row->value(u"version"_s), row->value(u"deleted"_s),
                jsonText(QJsonArray::fromStringList(cols)), jsonText(RowCodec::encode(def, cols, *row))});
}

Row Replica::create(const QString &table, Row values)
{
    const TableDef &def = DomainSchema::table(table);
    if (values.value(u"id"_s).toString().isEmpty())
        values[u"id"_s] = Id::generate().toString();
    const QString id = values.value(u"id"_s).toString();
    const QString now = Timestamp::now(); // informative only; the server's versions order changes
    QStringList cols;
    for (const ColumnDef &c : def.columns())
        if (values.contains(c.name) && !MetaColumns.contains(c.name) && !LocalColumns.contains(c.name) && c.name != u"id")
            cols << c.name;
    Row local = values;
    deriveKeys(table, local);
    local[u"version"_s] = 0;
    local[u"deleted"_s] = 0;
    local[u"created_at"_s] = now;
    local[u"updated_at"_s] = now;
    local[u"created_by"_s] = userId().isEmpty() ? QVariant() : QVariant(userId());
    local[u"updated_by"_s] = local.value(u"created_by"_s);
    for (const ColumnDef &c : def.columns())
        if (!local.contains(c.name) && !c.defaultSql.isEmpty())
            local[c.name] = c.defaultSql.startsWith(u'\'') ? QVariant(c.defaultSql.mid(1, c.defaultSql.size() - 2))
                                                           : QVariant(c.defaultSql.toLongLong());
    auto t = beginEdit();
    writeRow(table, local);
    writeSortKey(*m_db, table, local);
    appendMutation(table, id, u"upsert"_s, cols, {}, RowCodec::encode(def, cols, local));
    if (t)
        t->commit();
    return *read(table, id);
}

Row Replica::update(const QString &table, const QString &id, const Row &changes)
{
    const TableDef &def = DomainSchema::table(table);
    auto t = beginEdit();
    const auto old = read(table, id);
    if (!old || old->value(u"deleted"_s).toInt() != 0)
        throw SchemaError(u"No %1 with id %2 in the replica."_s.arg(table, id));
    QStringList cols;
    Row newRow = *old;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!def.column(it.key()) || MetaColumns.contains(it.key()) || LocalColumns.contains(it.key()) || it.key() == u"id")
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
    deriveKeys(table, newRow);
    writeRow(table, newRow);
    writeSortKey(*m_db, table, newRow);
    appendMutation(table, id, u"upsert"_s, cols, RowCodec::encode(def, cols, *old), RowCodec::encode(def, cols, newRow));
    if (t)
        t->commit();
    return newRow;
}

void Replica::remove(const QString &table, const QString &id)
{
    auto t = beginEdit();
    const auto old = read(table, id);
    if (!old || old->value(u"deleted"_s).toInt() != 0) {
        if (t)
            t->commit();
        return;
    }
    keepShadow(table, id);
    // A customer's records are deleted with it by the server; their tombstones come in
    // the next pull (views hide the records of a deleted customer meanwhile).
    m_db->exec(u"UPDATE %1 SET deleted = 1 WHERE id = ?"_s.arg(table), {id});
    appendMutation(table, id, u"delete"_s, {}, {}, {});
    if (t)
        t->commit();
}

QList<Replica::Mutation> Replica::pendingMutations(int limit)
{
    QList<Mutation> out;
    QSqlQuery q = m_db->exec(u"SELECT mutation_id, table_name, record_id, op, columns, base, vals FROM outbox "
                             u"ORDER BY mutation_id LIMIT ?"_s, {limit});
    while (q.next()) {
        Mutation m;
        m.id = q.value(0).toLongLong();
        m.table = q.value(1).toString();
        m.recordId = q.value(2).toString();
        m.op = q.value(3).toString();
        for (const QJsonValue &c : jsonArray(q.value(4).toString()))
            m.columns << c.toString();
        if (!q.value(5).isNull())
            m.base = jsonArray(q.value(5).toString());
        m.values = jsonArray(q.value(6).toString());
        out << m;
    }
    return out;
}

int Replica::pendingCount()
{
    return m_db->scalar(u"SELECT count(*) FROM outbox"_s).toInt();
}

void Replica::acknowledge(qint64 lastMutationId)
{
    // The records whose edits the server has now all dealt with; what became of them is
    // known once the pull reaches the head (settle()).
    m_db->exec(u"INSERT INTO settled (table_name, record_id) SELECT DISTINCT table_name, record_id FROM outbox "
               u"WHERE mutation_id <= ? ON CONFLICT DO NOTHING"_s,
               {lastMutationId});
    m_db->exec(u"DELETE FROM outbox WHERE mutation_id <= ?"_s, {lastMutationId});
}

void Replica::acknowledgePush(qint64 lastMutationId)
{
    Transaction t(*m_db);
    acknowledge(lastMutationId);
    t.commit();
}

void Replica::settle()
{
    QList<QPair<QString, QString>> settled;
    {
        QSqlQuery q = m_db->exec(u"SELECT table_name, record_id FROM settled"_s);
        while (q.next())
            settled.append({q.value(0).toString(), q.value(1).toString()});
    }
    for (const auto &[table, id] : settled) {
        if (m_db->scalar(u"SELECT count(*) FROM outbox WHERE table_name = ? AND record_id = ?"_s, {table, id}).toInt() > 0)
            continue; // edited again meanwhile: the shadow stays the merge base
        const TableDef &def = DomainSchema::table(table);
        const auto row = read(table, id);
        QSqlQuery q = m_db->exec(u"SELECT version, columns, row FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
        if (q.next()) {
            // No newer version came: the edit was refused or lost a conflict. Back to the
            // server's row (the values typed are in the conflict or rejection record).
            if (row && row->value(u"version"_s).toLongLong() <= q.value(0).toLongLong()) {
                QStringList cols;
                for (const QJsonValue &c : jsonArray(q.value(1).toString()))
                    cols << c.toString();
                Row confirmed;
                RowCodec::decode(def, cols, jsonArray(q.value(2).toString()), &confirmed);
                writeRow(table, confirmed);
            }
            m_db->exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
        } else if (row && row->value(u"version"_s).toLongLong() == 0) {
            m_db->exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id}); // a create the server refused
        }
    }
    m_db->exec(u"DELETE FROM settled"_s);
}

void Replica::dropRow(const QString &table, const QString &id)
{
    m_db->exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id});
    m_db->exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, id});
}

void Replica::reapplyPending(const QString &table, const QString &id)
{
    const TableDef &def = DomainSchema::table(table);
    QSqlQuery q = m_db->exec(u"SELECT op, columns, vals FROM outbox WHERE table_name = ? AND record_id = ? ORDER BY mutation_id"_s,
                             {table, id});
    Row overlay;
    bool deleted = false;
    while (q.next()) {
        if (q.value(0).toString() == u"delete") {
            deleted = true;
            continue;
        }
        QStringList cols;
        for (const QJsonValue &c : jsonArray(q.value(1).toString()))
            cols << c.toString();
        RowCodec::decode(def, cols, jsonArray(q.value(2).toString()), &overlay);
    }
    if (deleted)
        overlay[u"deleted"_s] = 1;
    if (overlay.isEmpty())
        return;
    // Over the row just pulled, as a whole row: the keys derived from the edited values
    // follow them, and no column the edit left out goes missing.
    auto row = read(table, id);
    if (!row)
        return;
    for (auto it = overlay.cbegin(); it != overlay.cend(); ++it)
        (*row)[it.key()] = it.value();
    deriveKeys(table, *row);
    writeRow(table, *row);
    writeSortKey(*m_db, table, *row);
}

void Replica::writeServerRow(const TableDef &def, const Row &row, bool anyPending)
{
    const QString table = def.name();
    const QString id = row.value(u"id"_s).toString();
    const bool pending = anyPending
        && m_db->scalar(u"SELECT count(*) FROM outbox WHERE table_name = ? AND record_id = ?"_s, {table, id}).toInt() > 0;
    if (row.value(u"deleted"_s).toInt() != 0) {
        dropRow(table, id); // deleted rows never come back; a pending edit becomes a conflict
        return;
    }
    writeRow(table, row);
    if (pending) {
        const QStringList cols = def.columnNames();
        m_db->exec(u"INSERT INTO shadow (table_name, record_id, version, deleted, columns, row) VALUES (?, ?, ?, ?, ?, ?) "
                   u"ON CONFLICT (table_name, record_id) DO UPDATE SET version = excluded.version, "
                   u"deleted = excluded.deleted, columns = excluded.columns, row = excluded.row"_s,
                   {table, id, row.value(u"version"_s), 0, jsonText(QJsonArray::fromStringList(cols)),
                    jsonText(RowCodec::encode(def, cols, row))});
        reapplyPending(table, id);
    }
}

void Replica::applyServerRow(const QString &table, const Row &fields)
{
    const TableDef &def = DomainSchema::table(table);
    Transaction t(*m_db);
    // The whole row: what the server sent over what is here (the local keys stay).
    Row row = read(table, fields.value(u"id"_s).toString()).value_or(Row());
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (def.column(it.key()))
            row.insert(it.key(), it.value());
    for (const ColumnDef &c : def.columns())
        if (!row.contains(c.name))
            row.insert(c.name, QVariant());
    deriveKeys(table, row);
    m_downloadSums.clear(); // as for a pull page with rows
    writeServerRow(def, row, pendingCount() > 0);
    t.commit();
}

void Replica::applyPull(const QJsonObject &page)
{
    Sync::Error error;
    const std::optional<Sync::PullPage> p = Sync::PullPage::fromJson(page, &error);
    if (!p)
        throw SchemaError(u"The server sent a malformed page: %1"_s.arg(error.message));
    applyPull(*p);
}

void Replica::applyPull(const Sync::PullPage &page)
{
    if (page.changesRows())
        m_downloadSums.clear();
    Transaction t(*m_db);
    const bool anyPending = pendingCount() > 0;
    for (const Sync::UpsertGroup &g : page.upserts) {
        if (!DomainSchema::find(g.table))
            continue; // a table of a newer schema: this version has no use for it
        const TableDef &def = DomainSchema::table(g.table);
        for (const QJsonValue &r : g.rows) {
            Row row;
            if (!RowCodec::decode(def, g.columns, r.toArray(), &row))
                throw SchemaError(u"The server sent a malformed %1 row."_s.arg(g.table));
            writeServerRow(def, row, anyPending);
            ++m_rowsSinceStatistics;
        }
    }
    for (const Sync::Remove &r : page.removes)
        if (DomainSchema::find(r.table))
            dropRow(r.table, r.id);
    for (const QString &customerId : page.removeCustomers) {
        for (const TableDef &def : DomainSchema::tables()) {
            if (!def.column(u"customer_id"_s))
                continue;
            m_db->exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id IN (SELECT id FROM %1 WHERE customer_id = ?)"_s.arg(def.name()),
                       {def.name(), customerId});
            m_db->exec(u"DELETE FROM %1 WHERE customer_id = ?"_s.arg(def.name()), {customerId});
        }
        dropRow(u"customers"_s, customerId);
    }
    for (const Sync::Outcome &o : page.outcomes)
        m_db->exec(u"INSERT INTO conflicts (id, kind, table_name, record_id, field, base, mine, theirs, theirs_by, code, message, at) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s,
                   {o.id, o.kind, o.table, o.recordId, o.field, o.base, o.mine, o.theirs, o.theirsBy, o.code, o.message, o.at});
    acknowledge(page.lastMutationId);
    setCursor(page.cursor);
    if (!page.hasMore)
        settle(); // at the head: every applied edit has come back with its version
    t.commit();
}

QString Replica::beginSnapshot(const QString &table, bool resume)
{
    // The resume point: "track:" (a re-download, rows noted in snapshot_seen) or "fresh:"
    // (into an empty table), then the id after which the next page starts.
    const QString key = u"snapshot:"_s + table;
    const QString saved = state(key);
    m_downloadSums.remove(table);
    if (resume && (saved.startsWith(u"track:") || saved.startsWith(u"fresh:"))) {
        const bool track = saved.startsWith(u"track:");
        m_trackSeen.insert(table, track);
        if (!track)
            deferIndexes(table); // back at the last open; the rest of the table comes without them
        return saved.mid(6);
    }
    // A first download into an empty table has nothing to sweep afterwards.
    const bool track = m_db->scalar(u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1)"_s.arg(table)).toInt() > 0;
    {
        Transaction t(*m_db);
        m_db->exec(u"DELETE FROM snapshot_seen WHERE table_name = ?"_s, {table});
        setState(key, track ? u"track:"_s : u"fresh:"_s);
        t.commit();
    }
    m_trackSeen.insert(table, track);
    if (!track) {
        deferIndexes(table);
        m_downloadSums.insert(table, DownloadSum());
    }
    return QString();
}

void Replica::setBulkLoad(bool on)
{
    m_db->exec(on ? u"PRAGMA synchronous=NORMAL"_s : u"PRAGMA synchronous=FULL"_s);
    m_db->exec(on ? u"PRAGMA cache_size=-16384"_s : u"PRAGMA cache_size=-2000"_s);
    if (!m_db->writeGate())
        return; // in memory: no log
    if (on) {
        m_db->exec(u"PRAGMA wal_autocheckpoint=0"_s);
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db->handle().databaseName());
    } else {
        m_checkpointer.reset();
        m_db->exec(u"PRAGMA wal_autocheckpoint=1000"_s);
    }
}

void Replica::deferIndexes(const QString &table)
{
    // Filling an empty table row by row into a dozen indexes costs several times what
    // building them afterwards does: they go for the download and come back at its end
    // (or at the next open, should the client stop halfway). Unique ones stay.
    QJsonArray saved;
    {
        QSqlQuery q = m_db->exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 u"AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"_s,
                                 {table});
        while (q.next())
            saved.append(QJsonArray{q.value(0).toString(), q.value(1).toString()});
    }
    // So does the search index's insert trigger (SearchIndex::install), which notes each
    // new row in search_dirty: the rows are noted all at once at the end instead. Only
    // that trigger goes; anything else stays.
    {
        QSqlQuery q = m_db->exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"_s, {table});
        while (q.next()) {
            const qint64 offset = SearchIndex::insertTriggerOffset(table, q.value(1).toString());
            if (offset >= 0)
                saved.append(QJsonArray{q.value(0).toString(), q.value(1).toString(), QString::number(offset)});
        }
    }
    if (saved.isEmpty())
        return;
    Transaction t(*m_db);
    setState(u"deferred_indexes:"_s + table, jsonText(saved));
    for (const QJsonValue &entry : saved) {
        const QJsonArray e = entry.toArray();
        m_db->exec((e.size() > 2 ? u"DROP TRIGGER IF EXISTS \"%1\""_s : u"DROP INDEX IF EXISTS \"%1\""_s).arg(e.at(0).toString()));
    }
    t.commit();
}

void Replica::restoreIndexes(const QString &table)
{
    const QString key = u"deferred_indexes:"_s + table;
    const QString saved = state(key);
    if (saved.isEmpty())
        return;
    Transaction t(*m_db);
    for (const QJsonValue &entry : jsonArray(saved)) {
        const QJsonArray e = entry.toArray();
        QString sql = e.at(1).toString();
        if (e.size() > 2) { // the search trigger, and every row it did not note
            sql.replace(u"CREATE TRIGGER "_s, u"CREATE TRIGGER IF NOT EXISTS "_s);
            m_db->exec(sql);
            m_db->exec(u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid + %1 FROM %2"_s.arg(
                qint64(e.at(2).toString().toLongLong())).arg(table));
            continue;
        }
        sql.replace(u"CREATE INDEX "_s, u"CREATE INDEX IF NOT EXISTS "_s);
        m_db->exec(sql);
    }
    m_db->exec(u"DELETE FROM sync_state WHERE key = ?"_s, {key});
    t.commit();
}

void Replica::applySnapshotPage(const QJsonObject &page)
{
    RowCodec::SnapshotPage p;
    QString error;
    if (!RowCodec::parsePage(QJsonDocument(page).toJson(QJsonDocument::Compact), &p, &error))
        throw SchemaError(u"The server sent a malformed page: %1"_s.arg(error));
    applySnapshotPage(p);
}

namespace {

sqlite3 *replicaHandle(Database &db)
{
    sqlite3 *const handle = sqliteHandle(db);
    if (!handle)
        throw SchemaError(sqliteHandleMissing());
    return handle;
}

// Resets a statement however its use ends (its bindings point into a page).
struct Reset
{
    sqlite3_stmt *st;
    ~Reset()
    {
        if (st) {
            sqlite3_reset(st);
            sqlite3_clear_bindings(st);
        }
    }
};

} // namespace

sqlite3_stmt *Replica::snapshotStatement(const QString &table, const QStringList &columns)
{
    const QString key = table + u'\n' + columns.join(u',');
    if (sqlite3_stmt *st = m_snapshotStatements.value(key))
        return st;
    QString sql;
    if (table.isEmpty()) {
        sql = u"INSERT INTO snapshot_seen (table_name, record_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s;
    } else {
        QStringList marks, sets;
        for (const QString &c : columns) {
            marks << u"?"_s;
            if (c != u"id")
                sets << c + u" = excluded."_s + c;
        }
        sql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO %4"_s.arg(
            table, columns.join(u", "), marks.join(u", "),
            sets.isEmpty() ? u"NOTHING"_s : u"UPDATE SET "_s + sets.join(u", "));
    }
    sqlite3 *db = replicaHandle(*m_db);
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        throw SchemaError(u"Cannot prepare the %1 download: %2"_s.arg(table, QString::fromUtf8(sqlite3_errmsg(db))));
    m_snapshotStatements.insert(key, st);
    return st;
}

void Replica::applySnapshotPage(const RowCodec::SnapshotPage &page)
{
    const QString &table = page.table;
    if (!DomainSchema::find(table))
        return;
    const TableDef &def = DomainSchema::table(table);
    // The page's columns this version knows (a newer server may send more, an older one
    // fewer), bound by position straight from the page's text.
    struct Target
    {
        qsizetype from;
        ColumnType type;
    };
    QList<Target> targets;
    QStringList names;
    qsizetype idAt = -1;
    for (qsizetype i = 0; i < page.columns.size(); ++i) {
        const ColumnDef *c = def.column(page.columns[i]);
        if (!c)
            continue;
        if (c->name == u"id")
            idAt = i;
        targets.append({i, c->type});
        names << c->name;
    }
    if (idAt < 0)
        throw SchemaError(u"The server sent %1 rows without their ids."_s.arg(table));
    sqlite3 *db = replicaHandle(*m_db);
    sqlite3_stmt *upsert = snapshotStatement(table, names);
    const bool track = m_trackSeen.value(table, true);
    sqlite3_stmt *seen = track ? snapshotStatement(QString(), {}) : nullptr;
    if (seen)
        sqlite3_bind_text(seen, 1, reinterpret_cast<const char *>(table.toUtf8().constData()), -1, SQLITE_TRANSIENT);

    DownloadSum *summing = nullptr;
    qsizetype versionAt = -1;
    if (auto it = m_downloadSums.find(table); it != m_downloadSums.end() && !it->finished && !track) {
        summing = &*it;
        versionAt = page.columns.indexOf(u"version"_s);
    }
    auto stopSumming = [&] {
        m_downloadSums.remove(table);
        summing = nullptr;
    };
    if (summing && versionAt < 0)
        stopSumming();

    m_rowsSinceStatistics += page.rowCount;
    Transaction t(*m_db);
    const bool pendingHere = m_db->scalar(u"SELECT count(*) FROM outbox WHERE table_name = ?"_s, {table}).toInt() > 0;
    const Reset resetUpsert{upsert}, resetSeen{seen};
    RowCodec::CellValue v;
    for (qsizetype r = 0; r < page.rowCount; ++r) {
        for (qsizetype k = 0; k < targets.size(); ++k) {
            if (!RowCodec::decodeCell(targets[k].type, page, page.cell(r, targets[k].from), &v))
                throw SchemaError(u"The server sent a malformed %1 row."_s.arg(table));
            const int at = int(k + 1);
            switch (v.kind) {
            case RowCodec::CellValue::Null: sqlite3_bind_null(upsert, at); break;
            case RowCodec::CellValue::Integer: sqlite3_bind_int64(upsert, at, v.integer); break;
            case RowCodec::CellValue::Text: sqlite3_bind_text(upsert, at, v.text.data(), int(v.text.size()), SQLITE_STATIC); break;
            }
        }
        if (sqlite3_step(upsert) != SQLITE_DONE) {
            const QString error = QString::fromUtf8(sqlite3_errmsg(db));
            throw SchemaError(u"Cannot write a %1 row: %2"_s.arg(table, error));
        }
        sqlite3_reset(upsert);
        const RowCodec::PageCell &idCell = page.cell(r, idAt);
        if (idCell.kind != RowCodec::PageCell::String)
            throw SchemaError(u"The server sent a malformed %1 row."_s.arg(table));
        const QByteArrayView id = page.bytes(idCell);
        if (summing) {
            const std::optional<Id> parsed = Id::fromUtf8(id);
            if (!parsed || sqlite3_changes(db) != 1 || QByteArrayView(summing->lastId) >= id
                || !RowCodec::decodeCell(ColumnType::Int, page, page.cell(r, versionAt), &v) || v.kind != RowCodec::CellValue::Integer) {
                stopSumming();
            } else {
                summing->sum.add(table, *parsed, v.integer);
                summing->lastId.resize(id.size()); // the same buffer row after row
                std::memcpy(summing->lastId.data(), id.data(), size_t(id.size()));
            }
        }
        if (seen) {
            sqlite3_bind_text(seen, 2, id.data(), int(id.size()), SQLITE_STATIC);
            if (sqlite3_step(seen) != SQLITE_DONE)
                throw SchemaError(u"Cannot note a downloaded row: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
            sqlite3_reset(seen);
        }
        if (pendingHere) {
            const QString recordId = QString::fromUtf8(id);
            if (m_db->scalar(u"SELECT count(*) FROM outbox WHERE table_name = ? AND record_id = ?"_s, {table, recordId}).toInt() > 0) {
                m_db->exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, recordId});
                keepShadow(table, recordId);
                reapplyPending(table, recordId);
            }
        }
    }
    // Where a download that stops after this page goes on from.
    if (!page.next.isEmpty() && m_trackSeen.contains(table))
        setState(u"snapshot:"_s + table, (track ? u"track:"_s : u"fresh:"_s) + page.next);
    t.commit();
}

void Replica::finishSnapshot(const QString &table)
{
    if (auto it = m_downloadSums.find(table); it != m_downloadSums.end())
        it->finished = true;
    restoreIndexes(table);
    const bool track = m_trackSeen.value(table, true);
    m_trackSeen.remove(table);
    Transaction t(*m_db);
    if (track) {
        // Confirmed rows the server no longer sent are gone (left the scope or deleted);
        // rows created here and not yet pushed stay.
        m_db->exec(u"DELETE FROM %1 WHERE version > 0 AND id NOT IN (SELECT record_id FROM snapshot_seen WHERE table_name = ?)"_s.arg(table),
                   {table});
        m_db->exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id NOT IN (SELECT record_id FROM snapshot_seen WHERE table_name = ?)"_s,
                   {table, table});
        m_db->exec(u"DELETE FROM snapshot_seen WHERE table_name = ?"_s, {table});
    }
    setState(u"snapshot:"_s + table, QString());
    t.commit();
}

void Replica::refreshStatistics()
{
    m_db->exec(u"PRAGMA analysis_limit=%1"_s.arg(AnalysisLimit));
    Transaction t(*m_db); // queues with the other writers of this file
    m_db->exec(u"ANALYZE"_s);
    // Connections already open (the window's) load statistics only when they read the
    // schema again, and a repeated ANALYZE does not make them: a change of the schema does.
    m_db->exec(u"CREATE TABLE statistics_refreshed (x)"_s);
    m_db->exec(u"DROP TABLE statistics_refreshed"_s);
    setState(u"statistics_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    t.commit();
    m_rowsSinceStatistics = 0;
}

bool Replica::statisticsDue()
{
    if (state(u"initialized"_s).isEmpty())
        return false; // nothing worth counting yet; the first download ends with it
    if (m_rowsSinceStatistics >= LargePullRows)
        return true;
    const QDateTime at = QDateTime::fromString(state(u"statistics_at"_s), Qt::ISODate);
    return !at.isValid() || at.addDays(7) < QDateTime::currentDateTimeUtc()
        || !m_db->tableExists(u"sqlite_stat1"_s);
}

QHash<QString, ScopeChecksum> Replica::checksums()
{
    // Through the C API: after a first download this reads every row of the replica.
    sqlite3 *db = replicaHandle(*m_db);
    QHash<QString, ScopeChecksum> out;
    for (const TableDef &def : DomainSchema::tables()) {
        // Once only: the check right after the download. Later checks read the rows, so a
        // replica damaged since is found.
        if (const auto it = m_downloadSums.constFind(def.name()); it != m_downloadSums.cend() && it->finished) {
            out.insert(def.name(), it->sum);
            m_downloadSums.erase(it);
            continue;
        }
        ScopeChecksum sum;
        const QByteArray sql = u"SELECT t.id, COALESCE(s.version, t.version), COALESCE(s.deleted, t.deleted) FROM %1 t "
                               u"LEFT JOIN shadow s ON s.table_name = ?1 AND s.record_id = t.id WHERE t.version > 0"_s.arg(def.name())
                                   .toUtf8();
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
            throw SchemaError(u"Cannot read the checksums of %1: %2"_s.arg(def.name(), QString::fromUtf8(sqlite3_errmsg(db))));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
        const QByteArray table = def.name().toUtf8();
        sqlite3_bind_text(raw, 1, table.constData(), int(table.size()), SQLITE_STATIC);
        int rc;
        while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
            if (sqlite3_column_int64(raw, 2) != 0)
                continue;
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(raw, 0));
            sum.add(def.name(), Id::fromUtf8(QByteArrayView(text, sqlite3_column_bytes(raw, 0))).value_or(Id()),
                    sqlite3_column_int64(raw, 1));
        }
        if (rc != SQLITE_DONE)
            throw SchemaError(u"Cannot read the checksums of %1: %2"_s.arg(def.name(), QString::fromUtf8(sqlite3_errmsg(db))));
        out.insert(def.name(), sum);
    }
    return out;
}

namespace {

QList<Replica::Conflict> readConflicts(QSqlQuery &q, qint64 *lastRowId = nullptr)
{
    QList<Replica::Conflict> out;
    while (q.next()) {
        Replica::Conflict c{q.value(0).toString(),  q.value(1).toString(),  q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(),  q.value(5).toString(),  q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toString(),  q.value(9).toString(),  q.value(10).toString(), q.value(11).toString(),
                            q.value(12).toString()};
        out << c;
        if (lastRowId)
            *lastRowId = q.value(13).toLongLong();
    }
    return out;
}

} // namespace

QList<Replica::Conflict> Replica::conflicts(bool openOnly)
{
    QSqlQuery q = m_db->exec(u"SELECT id, kind, table_name, record_id, field, base, mine, theirs, theirs_by, code, message, at, status "
                             u"FROM conflicts %1 ORDER BY at, id"_s.arg(openOnly ? u"WHERE status = 'open'"_s : QString()));
    return readConflicts(q);
}

QList<Replica::Conflict> Replica::conflictsAfter(qint64 &seen)
{
    QSqlQuery q = m_db->exec(u"SELECT id, kind, table_name, record_id, field, base, mine, theirs, theirs_by, code, message, at, status, "
                             u"rowid FROM conflicts WHERE rowid > ? ORDER BY rowid"_s,
                             {seen});
    return readConflicts(q, &seen);
}

OutcomeFeed &Replica::outcomes()
{
    if (!m_outcomes)
        m_outcomes = std::make_unique<OutcomeFeed>(*this);
    return *m_outcomes;
}

int Replica::openConflictCount()
{
    return m_db->scalar(u"SELECT count(*) FROM conflicts WHERE status = 'open'"_s).toInt();
}

void Replica::resolveConflict(const QString &conflictId)
{
    m_db->exec(u"UPDATE conflicts SET status = 'resolved' WHERE id = ?"_s, {conflictId});
}

} // namespace Huike
