#include "replica/searchindex.h"

#include "replica/searchdocument.h"
#include "replica/searchquery.h"
#include "replica/searchsources.h"

#include "core/textnormalizer.h"
#include "schema/database.h"
#include "schema/schemaerror.h"
#include "schema/sqlitehandle.h"
#include "schema/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace SearchSources;

SearchIndex::SearchIndex(Database &db) : m_db(db) { }

namespace {
// What a trigger runs to note a row (`row` NEW or OLD) in search_dirty. Not "INSERT OR
// IGNORE": the conflict clause of the statement that fires a trigger (an upsert's)
// overrides the one inside it.
QString noteRow(const QString &row, qint64 offset)
{
    return u"INSERT INTO search_dirty (key) SELECT %1.rowid + %2 "
           u"WHERE NOT EXISTS (SELECT 1 FROM search_dirty WHERE key = %1.rowid + %2);"_s.arg(row).arg(offset);
}

QString insertTrigger(const QString &table, qint64 offset)
{
    return u"CREATE TRIGGER search_%1_ins AFTER INSERT ON %1 BEGIN %2 END"_s.arg(table, noteRow(u"NEW"_s, offset));
}
} // namespace

qint64 SearchIndex::insertTriggerOffset(const QString &table, const QString &sql)
{
    for (const Source &s : sources()) {
        if (s.table == table && sql == insertTrigger(table, base(s.kind)))
            return base(s.kind);
    }
    return -1;
}

namespace {
// Prefix indexes for the short prefixes queries have ("bj"*, "6552"*, "zhang"*, whose
// terms are many); a longer prefix reads the few terms that start with it as fast. A
// sixth made inserts a seventh slower and the index's terms a tenth larger.
void createTable(Database &db)
{
    db.exec(u"CREATE VIRTUAL TABLE search_fts USING fts5(body, py, tokenize = 'unicode61 remove_diacritics 0', "
            u"prefix = '2 3 4 5', columnsize = 0)"_s);
}

void mark(Database &db, const Source &s)
{
    db.exec(u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid + %2 FROM %1"_s.arg(s.table).arg(base(s.kind)));
}

void markAll(Database &db)
{
    for (const Source &s : sources())
        mark(db, s);
}

// The triggers that note a source's changed rows in search_dirty.
void installTriggers(Database &db, const Source &s)
{
    const qint64 offset = base(s.kind);
    db.exec(insertTrigger(s.table, offset));
    db.exec(u"CREATE TRIGGER search_%1_upd AFTER UPDATE OF %3 ON %1 BEGIN %2 END"_s.arg(
        s.table, noteRow(u"NEW"_s, offset), s.watched.join(u", ")));
    db.exec(u"CREATE TRIGGER search_%1_del AFTER DELETE ON %1 BEGIN %2 END"_s.arg(s.table, noteRow(u"OLD"_s, offset)));
}
} // namespace

void SearchIndex::rebuild(Database &db)
{
    db.exec(u"DROP TABLE IF EXISTS search_fts"_s);
    createTable(db);
    markAll(db);
}

void SearchIndex::install(Database &db)
{
    createTable(db);
    db.exec(u"CREATE TABLE search_dirty (key INTEGER PRIMARY KEY)"_s);
    for (const Source &s : sources())
        installTriggers(db, s);
    markAll(db);
}

void SearchIndex::installDeclared(Database &db)
{
    if (!db.tableExists(u"search_dirty"_s))
        return;
    // Its delete trigger stays while a first download defers the insert trigger.
    QSet<QString> installed;
    {
        QSqlQuery q = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"_s);
        while (q.next())
            installed.insert(q.value(0).toString());
    }
    for (const Source &s : sources()) {
        if (installed.contains(u"search_%1_del"_s.arg(s.table)))
            continue;
        Transaction t(db);
        installTriggers(db, s);
        mark(db, s);
        t.commit();
    }
}

int SearchIndex::backlog()
{
    return m_db.scalar(u"SELECT count(*) FROM search_dirty"_s).toInt();
}

namespace {

struct Finalize
{
    void operator()(sqlite3_stmt *st) const { sqlite3_finalize(st); }
};
using Statement = std::unique_ptr<sqlite3_stmt, Finalize>;

Statement prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        throw SchemaError(u"Cannot prepare the search index: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return Statement(st);
}

// Runs a statement that returns no rows, and makes it ready for the next bindings.
void run(sqlite3 *db, sqlite3_stmt *st)
{
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        throw SchemaError(u"Cannot update the search index: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

QString text(sqlite3_stmt *st, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, column)), sqlite3_column_bytes(st, column));
}

// A noted row as catchUp() reads it: gone (or deleted), or the texts of its document.
struct Noted
{
    qint64 key = 0;
    bool live = false;
    QString text[3];
};

// The documents (and customers' sort keys) of noted rows, ready to bind. With rows enough
// and a second core, a second thread builds them while the calling one writes what is
// built (it alone touches the replica): a first download's index then costs the longer of
// the two instead of their sum. Always the same one thread, so that its ICU objects and
// reading cache (per thread) are made once.
class Documents
{
public:
    struct Built
    {
        QByteArray body;
        QByteArray py;
        QVariant sortKey; // customers: TextNormalizer::sortKey of the name
    };

    Documents(SearchIndex::Kind kind, const QList<Noted> &noted) : m_kind(kind), m_noted(noted), m_built(noted.size())
    {
        if (noted.size() >= 200 && QThread::idealThreadCount() > 1) {
            m_parallel = true;
            builders().start([this] { buildAll(); });
        }
    }
    ~Documents()
    {
        if (m_parallel) {
            m_stop.storeRelaxed(1);
            m_finished.acquire();
        }
    }
    Documents(const Documents &) = delete;
    Documents &operator=(const Documents &) = delete;

    const Built &at(qsizetype i)
    {
        if (!m_parallel) {
            build(i);
        } else {
            for (; m_taken <= i; ++m_taken)
                m_ready.acquire();
        }
        return m_built[i];
    }

private:
    static QThreadPool &builders()
    {
        struct Pool : QThreadPool
        {
            Pool()
            {
                setMaxThreadCount(1);
                setExpiryTimeout(-1);
            }
        };
        static Pool pool;
        return pool;
    }

    void build(qsizetype i)
    {
        const Noted &n = m_noted[i];
        if (!n.live)
            return;
        const SearchIndex::Document d = SearchIndex::document(m_kind, n.text[0], n.text[1], n.text[2]);
        Built &b = m_built[i];
        b.body = d.body.toUtf8();
        b.py = d.py.toUtf8();
        if (m_kind == SearchIndex::Kind::Customer)
            b.sortKey = SearchIndex::nameSortKey(n.text[0]);
    }

    void buildAll()
    {
        qsizetype released = 0;
        for (qsizetype i = 0; i < m_noted.size() && !m_stop.loadRelaxed(); ++i) {
            build(i);
            if ((i + 1) % 64 == 0 || i + 1 == m_noted.size()) {
                m_ready.release(int(i + 1 - released));
                released = i + 1;
            }
        }
        m_finished.release();
    }

    const SearchIndex::Kind m_kind;
    const QList<Noted> &m_noted;
    QList<Built> m_built;
    bool m_parallel = false;
    qsizetype m_taken = 0; // documents the writer has waited for
    QSemaphore m_ready;    // documents built
    QSemaphore m_finished;
    QAtomicInt m_stop;
};

} // namespace

SearchIndex::Document SearchIndex::document(Kind kind, const QString &first, const QString &second, const QString &third)
{
    return SearchDocument::of(kind, first, second, third);
}

int SearchIndex::catchUp(int limit)
{
    // SQLite's C API: a first download leaves millions of rows to index, and Qt's
    // per-value overhead was a fifth of the work.
    sqlite3 *const lite = sqliteHandle(m_db);
    if (!lite)
        throw SchemaError(sqliteHandleMissing());
    Transaction t(m_db);
    Statement insert = prepare(lite, u"INSERT INTO search_fts (rowid, body, py) VALUES (?, ?, ?)"_s);
    Statement drop = prepare(lite, u"DELETE FROM search_fts WHERE rowid = ?"_s);
    // The customer list's pinyin sort key (replica migration 7; a bare schema has none).
    Statement sortKey;
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(lite, "UPDATE customers SET name_sort = ? WHERE rowid = ?", -1, &st, nullptr) == SQLITE_OK)
            sortKey.reset(st);
        else
            sqlite3_finalize(st);
    }
    int done = 0;
    for (const Source &s : sources()) {
        if (done >= limit)
            break;
        const qint64 from = base(s.kind);
        // The next noted rows of this kind, read together in one statement (NULL: gone).
        QList<Noted> noted;
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        {
            Statement read = prepare(lite, u"SELECT d.key, t.rowid IS NOT NULL AND t.deleted = 0, %1 FROM "
                                           u"(SELECT key FROM search_dirty WHERE key >= ?1 AND key < ?2 ORDER BY key LIMIT ?3) AS d "
                                           u"LEFT JOIN %2 AS t ON t.rowid = d.key - ?1"_s
                                               .arg(s.columns.split(u", "_s).mid(2, 3).join(u", "_s), s.table));
            sqlite3_bind_int64(read.get(), 1, from);
            sqlite3_bind_int64(read.get(), 2, from + RowMask + 1);
            sqlite3_bind_int(read.get(), 3, limit - done);
            int rc;
            while ((rc = sqlite3_step(read.get())) == SQLITE_ROW) {
                Noted n;
                n.key = sqlite3_column_int64(read.get(), 0);
                first = std::min(first, n.key);
                last = std::max(last, n.key);
                n.live = sqlite3_column_int(read.get(), 1) != 0;
                if (n.live)
                    for (int c = 0; c < 3; ++c)
                        n.text[c] = text(read.get(), 2 + c);
                noted << n;
            }
            if (rc != SQLITE_DONE)
                throw SchemaError(u"Cannot read rows for the search index: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(lite))));
        }
        if (noted.isEmpty())
            continue;
        // Which of them the index holds already (none, when it is being built).
        QSet<qint64> indexed;
        {
            Statement q = prepare(lite, u"SELECT rowid FROM search_fts WHERE rowid >= ? AND rowid <= ?"_s);
            sqlite3_bind_int64(q.get(), 1, first);
            sqlite3_bind_int64(q.get(), 2, last);
            while (sqlite3_step(q.get()) == SQLITE_ROW)
                indexed.insert(sqlite3_column_int64(q.get(), 0));
        }
        Documents documents(s.kind, noted);
        for (qsizetype i = 0; i < noted.size(); ++i) {
            const Noted &n = noted[i];
            if (indexed.contains(n.key)) {
                sqlite3_bind_int64(drop.get(), 1, n.key);
                run(lite, drop.get());
            }
            if (!n.live)
                continue; // gone or deleted: out of the index
            const Documents::Built &doc = documents.at(i);
            if (s.kind == Kind::Customer && sortKey) {
                const QByteArray bytes = doc.sortKey.toByteArray();
                if (doc.sortKey.isNull())
                    sqlite3_bind_null(sortKey.get(), 1);
                else
                    sqlite3_bind_blob(sortKey.get(), 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
                sqlite3_bind_int64(sortKey.get(), 2, n.key - from);
                run(lite, sortKey.get());
            }
            sqlite3_bind_int64(insert.get(), 1, n.key);
            sqlite3_bind_text(insert.get(), 2, doc.body.constData(), int(doc.body.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert.get(), 3, doc.py.constData(), int(doc.py.size()), SQLITE_STATIC);
            run(lite, insert.get());
        }
        m_db.exec(u"DELETE FROM search_dirty WHERE key >= ? AND key <= ?"_s, {from, last});
        done += int(noted.size());
    }
    if (done < limit) // keys of no kind this version knows
        m_db.exec(u"DELETE FROM search_dirty WHERE key >= ?"_s, {base(sources().last().kind) + RowMask + 1});
    t.commit();
    return done;
}

// ---- the pace of a large build ---------------------------------------------------------

namespace {
// FTS5's defaults for the two settings a large build changes.
constexpr int DefaultAutomerge = 4;
constexpr int DefaultUsermerge = 4;
// While merges are deferred: a positive 'merge' only carries on the merge under way (FTS5
// merges a level that reaches 16 segments at once, its "crisis merge", so none holds 16).
// Tried: merging the levels of 16 in bounded steps between the rows' steps instead — at
// 100,000 customers 43.6 s of CPU for the merges, against 4.5 s for the stepped merge at
// the end (and 33.7 s for the whole build with automatic merges).
constexpr int DeferredUsermerge = 16;
// Segments left after the merges, at most: what edits add while the last merge runs (the
// automatic merges take them from there), not worth a merge of the whole index again.
constexpr int FewSegments = 4;

void setFtsConfig(Database &db, const QString &key, int value)
{
    db.exec(u"INSERT INTO search_fts (search_fts, rank) VALUES (?, ?)"_s, {key, value});
}

// One 'merge' of about `pages` pages; FTS5 tells whether it did anything by the changes
// it made: two or more, work.
bool merge(Database &db, sqlite3 *lite, int pages)
{
    const sqlite3_int64 before = sqlite3_total_changes64(lite);
    db.exec(u"INSERT INTO search_fts (search_fts, rank) VALUES ('merge', ?)"_s, {pages});
    return sqlite3_total_changes64(lite) - before >= 2;
}
} // namespace

bool SearchIndex::mergesDeferred()
{
    // FTS5 keeps its settings in its own table; absent: the default.
    return m_db.tableExists(u"search_fts_config"_s)
        && m_db.scalar(u"SELECT v FROM search_fts_config WHERE k = 'automerge'"_s).toString() == u"0"_s;
}

void SearchIndex::deferMerges(qint64 backlog)
{
    if (backlog < LargeBacklog || mergesDeferred())
        return;
    Transaction t(m_db);
    setFtsConfig(m_db, u"automerge"_s, 0);
    setFtsConfig(m_db, u"usermerge"_s, DeferredUsermerge);
    t.commit();
}

bool SearchIndex::mergeStep(int pages)
{
    if (!mergesDeferred())
        return false;
    sqlite3 *const lite = sqliteHandle(m_db);
    if (!lite)
        throw SchemaError(sqliteHandleMissing());
    pages = std::max(1, pages);
    Transaction t(m_db);
    // The merge under way, also one an interrupted run left (FTS5 keeps it).
    bool merged = merge(m_db, lite, pages);
    if (!merged) {
        // Rows still to index: their turn (catchUp), the merges after them.
        if (m_db.scalar(u"SELECT EXISTS (SELECT 1 FROM search_dirty)"_s).toBool())
            return false;
        // All in: one merge of every segment into one (a negative 'merge' starts it; the
        // steps after carry it on even when edits add segments meanwhile).
        if (segments() > FewSegments)
            merged = merge(m_db, lite, -pages);
    }
    if (!merged) {
        setFtsConfig(m_db, u"automerge"_s, DefaultAutomerge);
        setFtsConfig(m_db, u"usermerge"_s, DefaultUsermerge);
    }
    t.commit();
    return merged;
}

int SearchIndex::segments()
{
    // Every segment has a row for its first leaf page in search_fts_idx (keyed by segid,
    // term): one seek per segment.
    int n = 0;
    for (QVariant last = -1;; ++n) {
        last = m_db.scalar(u"SELECT min(segid) FROM search_fts_idx WHERE segid > ?"_s, {last});
        if (last.isNull())
            return n;
    }
}

QString SearchIndex::matchExpression(const QString &query)
{
    return SearchQuery::matchExpression(query);
}

QVariant SearchIndex::nameSortKey(const QString &name)
{
    return name.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(TextNormalizer::sortKey(name));
}

bool SearchIndex::customersCaughtUp(Database &db)
{
    return db.tableExists(u"search_fts"_s)
        && db.scalar(u"SELECT count(*) FROM (SELECT 1 FROM search_dirty WHERE key < ? LIMIT 1)"_s, {qint64(1) << KindShift}).toInt() == 0;
}

QString SearchIndex::kindName(Kind kind)
{
    const Source *s = source(kind);
    return s ? QCoreApplication::translate("Huike::SearchIndex", s->kindName) : QString();
}

QList<SearchIndex::Hit> SearchIndex::search(const QString &query, int perKind)
{
    QList<Hit> out;
    const SearchQuery typedQuery(query);
    const QString &match = typedQuery.match();
    if (match.isEmpty())
        return out;
    const QString &typed = typedQuery.typed();
    const bool latin = typedQuery.isLatin();
    for (const Source &s : sources()) {
        // The candidates: the names that are or start with what was typed (customers: an
        // index range), the names whose pinyin is exactly it, then what the index matches
        // — more than are shown, so that the best come first.
        QList<qint64> rows;
        QSet<qint64> seen;
        auto collect = [&](const QString &sql, const QVariantList &values) {
            m_db.observed(sql, values);
            QSqlQuery q(m_db.handle());
            if (!q.prepare(sql))
                throw SchemaError(u"Cannot prepare the search."_s);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (!q.exec())
                throw SchemaError(u"Cannot search: %1"_s.arg(match));
            while (q.next()) {
                const qint64 row = q.value(0).toLongLong() & RowMask;
                if (!seen.contains(row)) {
                    seen.insert(row);
                    rows << row;
                }
            }
        };
        const QString fts = u"SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? AND rowid < ? LIMIT ?"_s;
        const QVariantList range{base(s.kind), base(s.kind) + RowMask + 1};
        if (s.kind == Kind::Customer && !typed.isEmpty())
            collect(u"SELECT rowid FROM customers WHERE deleted = 0 AND name >= ? AND name < ? ORDER BY name LIMIT ?"_s,
                    {typed, QString(typed + QChar(0xffff)), perKind});
        if (latin)
            collect(fts, QVariantList{typedQuery.pinyinPhrase()} + range + QVariantList{perKind * 4});
        collect(fts, QVariantList{match} + range + QVariantList{perKind * 25});

        struct Ranked
        {
            Hit hit;
            int tier;
            qsizetype length;
        };
        QList<Ranked> ranked;
        QSqlQuery select(m_db.handle());
        select.prepare(s.select);
        for (const qint64 row : std::as_const(rows)) {
            select.bindValue(0, row);
            if (!select.exec() || !select.next() || select.value(1).toInt() != 0)
                continue;
            Hit h;
            h.kind = s.kind;
            h.id = select.value(0).toString();
            h.customerId = select.value(6).toString();
            h.title = select.value(2).toString();
            QStringList extra;
            for (int c : {3, 4})
                if (const QString v = select.value(c).toString().trimmed(); !v.isEmpty())
                    extra << v;
            h.detail = extra.join(u" · "_s);
            // The name, and a customer's short name or a contract's title: every text but a
            // phone number.
            int best = typedQuery.tier(h.title);
            for (qsizetype c = 1; c < s.as.size(); ++c) {
                if (s.as[c] == TableDef::SearchText::Phone)
                    continue;
                const int other = typedQuery.tier(select.value(int(2 + c)).toString());
                if (other >= 0 && (best < 0 || other < best))
                    best = other;
            }
            if (best < 0) {
                if (latin)
                    continue; // pinyin pieces out of the name's order
                best = 7; // a phone number, a contact's mobile: what the index matched
            }
            ranked.append({h, best, h.title.size()});
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
            return a.tier != b.tier ? a.tier < b.tier : a.length < b.length;
        });
        for (qsizetype i = 0; i < ranked.size() && i < perKind; ++i)
            out << ranked[i].hit;
    }
    // A contact, opportunity or contract names its customer.
    for (Hit &h : out) {
        if (h.kind == Kind::Customer || h.customerId.isEmpty())
            continue;
        const QString customer = m_db.scalar(u"SELECT name FROM customers WHERE id = ?"_s, {h.customerId}).toString();
        h.detail = h.detail.isEmpty() ? customer : customer + u" · "_s + h.detail;
    }
    return out;
}

} // namespace Huike
