#include "replica/firstdownload.h"

#include "core/id.h"
#include "replica/outbox.h"
#include "replica/pullapplier.h"
#include "replica/replicarows.h"
#include "replica/searchindex.h"
#include "replica/syncstate.h"
#include "replica/walcheckpointer.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/sqlitehandle.h"
#include "schema/transaction.h"
#include "sync/rowcodec.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Huike {

FirstDownload::FirstDownload(Database &db, SyncState &state, Outbox &outbox, PullApplier &pull)
    : m_db(db), m_state(state), m_outbox(outbox), m_pull(pull)
{
}

FirstDownload::~FirstDownload()
{
    for (sqlite3_stmt *st : std::as_const(m_statements))
        sqlite3_finalize(st);
}

void FirstDownload::forgetSums()
{
    m_downloadSums.clear();
}

QString FirstDownload::begin(const QString &table, bool resume)
{
    // The resume point: "track:" (a re-download, rows noted in snapshot_seen) or "fresh:"
    // (into an empty table), then the id after which the next page starts.
    const QString key = u"snapshot:"_s + table;
    const QString saved = m_state.value(key);
    m_downloadSums.remove(table);
    if (resume && (saved.startsWith(u"track:") || saved.startsWith(u"fresh:"))) {
        const bool track = saved.startsWith(u"track:");
        m_trackSeen.insert(table, track);
        if (!track)
            deferIndexes(table); // back at the last open; the rest of the table comes without them
        return saved.mid(6);
    }
    // A first download into an empty table has nothing to sweep afterwards.
    const bool track = m_db.scalar(u"SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1)"_s.arg(table)).toInt() > 0;
    {
        Transaction t(m_db);
        m_db.exec(u"DELETE FROM snapshot_seen WHERE table_name = ?"_s, {table});
        m_state.setValue(key, track ? u"track:"_s : u"fresh:"_s);
        t.commit();
    }
    m_trackSeen.insert(table, track);
    if (!track) {
        deferIndexes(table);
        m_downloadSums.insert(table, DownloadSum());
    }
    return QString();
}

void FirstDownload::setBulkLoad(bool on)
{
    m_db.exec(on ? u"PRAGMA synchronous=NORMAL"_s : u"PRAGMA synchronous=FULL"_s);
    m_db.exec(on ? u"PRAGMA cache_size=-16384"_s : u"PRAGMA cache_size=-2000"_s);
    if (!m_db.writeGate())
        return; // in memory: no log
    if (on) {
        m_db.exec(u"PRAGMA wal_autocheckpoint=0"_s);
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db.handle().databaseName());
    } else {
        m_checkpointer.reset();
        m_db.exec(u"PRAGMA wal_autocheckpoint=1000"_s);
    }
}

void FirstDownload::deferIndexes(const QString &table)
{
    // Filling an empty table row by row into a dozen indexes costs several times what
    // building them afterwards does: they go for the download and come back at its end
    // (or at the next open, should the client stop halfway). Unique ones stay.
    QJsonArray saved;
    {
        QSqlQuery q = m_db.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                u"AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"_s,
                                {table});
        while (q.next())
            saved.append(QJsonArray{q.value(0).toString(), q.value(1).toString()});
    }
    // So does the search index's insert trigger (SearchIndex::install), which notes each
    // new row in search_dirty: the rows are noted all at once at the end instead. Only
    // that trigger goes; anything else stays.
    {
        QSqlQuery q = m_db.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?"_s, {table});
        while (q.next()) {
            const qint64 offset = SearchIndex::insertTriggerOffset(table, q.value(1).toString());
            if (offset >= 0)
                saved.append(QJsonArray{q.value(0).toString(), q.value(1).toString(), QString::number(offset)});
        }
    }
    if (saved.isEmpty())
        return;
    Transaction t(m_db);
    m_state.setValue(u"deferred_indexes:"_s + table, ReplicaRows::jsonText(saved));
    for (const QJsonValue &entry : saved) {
        const QJsonArray e = entry.toArray();
        m_db.exec((e.size() > 2 ? u"DROP TRIGGER IF EXISTS \"%1\""_s : u"DROP INDEX IF EXISTS \"%1\""_s).arg(e.at(0).toString()));
    }
    t.commit();
}

void FirstDownload::restoreIndexes(const QString &table)
{
    const QString key = u"deferred_indexes:"_s + table;
    const QString saved = m_state.value(key);
    if (saved.isEmpty())
        return;
    Transaction t(m_db);
    for (const QJsonValue &entry : ReplicaRows::jsonArray(saved)) {
        const QJsonArray e = entry.toArray();
        QString sql = e.at(1).toString();
        if (e.size() > 2) { // the search trigger, and every row it did not note
            sql.replace(u"CREATE TRIGGER "_s, u"CREATE TRIGGER IF NOT EXISTS "_s);
            m_db.exec(sql);
            m_db.exec(u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid + %1 FROM %2"_s.arg(
                qint64(e.at(2).toString().toLongLong())).arg(table));
            continue;
        }
        sql.replace(u"CREATE INDEX "_s, u"CREATE INDEX IF NOT EXISTS "_s);
        m_db.exec(sql);
    }
    m_db.exec(u"DELETE FROM sync_state WHERE key = ?"_s, {key});
    t.commit();
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

sqlite3_stmt *FirstDownload::statement(const QString &table, const QStringList &columns)
{
    const QString key = table + u'\n' + columns.join(u',');
    if (sqlite3_stmt *st = m_statements.value(key))
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
    sqlite3 *db = replicaHandle(m_db);
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        throw SchemaError(u"Cannot prepare the %1 download: %2"_s.arg(table, QString::fromUtf8(sqlite3_errmsg(db))));
    m_statements.insert(key, st);
    return st;
}

void FirstDownload::applyPage(const RowCodec::SnapshotPage &page)
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
    sqlite3 *db = replicaHandle(m_db);
    sqlite3_stmt *upsert = statement(table, names);
    const bool track = m_trackSeen.value(table, true);
    sqlite3_stmt *seen = track ? statement(QString(), {}) : nullptr;
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

    Transaction t(m_db);
    const bool pendingHere = m_db.scalar(u"SELECT count(*) FROM outbox WHERE table_name = ?"_s, {table}).toInt() > 0;
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
            if (m_db.scalar(u"SELECT count(*) FROM outbox WHERE table_name = ? AND record_id = ?"_s, {table, recordId}).toInt() > 0) {
                m_db.exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id = ?"_s, {table, recordId});
                m_outbox.keepShadow(table, recordId);
                m_pull.reapplyPending(table, recordId);
            }
        }
    }
    // Where a download that stops after this page goes on from.
    if (!page.next.isEmpty() && m_trackSeen.contains(table))
        m_state.setValue(u"snapshot:"_s + table, (track ? u"track:"_s : u"fresh:"_s) + page.next);
    t.commit();
}

void FirstDownload::finish(const QString &table)
{
    if (auto it = m_downloadSums.find(table); it != m_downloadSums.end())
        it->finished = true;
    restoreIndexes(table);
    const bool track = m_trackSeen.value(table, true);
    m_trackSeen.remove(table);
    Transaction t(m_db);
    if (track) {
        // Confirmed rows the server no longer sent are gone (left the scope or deleted);
        // rows created here and not yet pushed stay.
        m_db.exec(u"DELETE FROM %1 WHERE version > 0 AND id NOT IN (SELECT record_id FROM snapshot_seen WHERE table_name = ?)"_s.arg(table),
                  {table});
        m_db.exec(u"DELETE FROM shadow WHERE table_name = ? AND record_id NOT IN (SELECT record_id FROM snapshot_seen WHERE table_name = ?)"_s,
                  {table, table});
        m_db.exec(u"DELETE FROM snapshot_seen WHERE table_name = ?"_s, {table});
    }
    m_state.setValue(u"snapshot:"_s + table, QString());
    t.commit();
}

QHash<QString, ScopeChecksum> FirstDownload::checksums()
{
    // Through the C API: after a first download this reads every row of the replica.
    sqlite3 *db = replicaHandle(m_db);
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

} // namespace Huike
