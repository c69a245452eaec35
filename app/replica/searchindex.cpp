#include "searchindex.h"

#include "companyname.h"
#include "database.h"
#include "phonenumber.h"
#include "schemaerror.h"
#include "sqlitehandle.h"
#include "textnormalizer.h"
#include "transaction.h"

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

namespace {

constexpr int KindShift = 40;
constexpr qint64 RowMask = (qint64(1) << KindShift) - 1;

struct Source
{
    SearchIndex::Kind kind;
    QString table;
    QStringList watched; // columns whose change re-indexes the row
    QString columns;     // id, deleted, the three texts a document and a hit need, the customer
    QString select;      // those columns by rowid
};

Source source(SearchIndex::Kind kind, const QString &table, const QStringList &watched, const QString &columns)
{
    return {kind, table, watched, columns, u"SELECT %1 FROM %2 WHERE rowid = ?"_s.arg(columns, table)};
}

const QList<Source> &sources()
{
    static const QList<Source> all{
        source(SearchIndex::Kind::Customer, u"customers"_s, {u"name"_s, u"short_name"_s, u"phone"_s, u"deleted"_s},
               u"id, deleted, name, short_name, phone, NULL, id"_s),
        source(SearchIndex::Kind::Contact, u"contacts"_s, {u"name"_s, u"phone"_s, u"mobile"_s, u"customer_id"_s, u"deleted"_s},
               u"id, deleted, name, phone, mobile, NULL, customer_id"_s),
        source(SearchIndex::Kind::Opportunity, u"opportunities"_s, {u"name"_s, u"deleted"_s},
               u"id, deleted, name, NULL, NULL, NULL, customer_id"_s),
        source(SearchIndex::Kind::Contract, u"contracts"_s, {u"number"_s, u"title"_s, u"deleted"_s},
               u"id, deleted, number, title, NULL, NULL, customer_id"_s),
    };
    return all;
}

qint64 base(SearchIndex::Kind kind)
{
    return qint64(kind) << KindShift;
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// Text as tokens for unicode61: every non-Latin letter (Chinese characters) on its own,
// Latin letters and digits in runs, everything else a separator.
void appendSpaced(QString &out, const QString &text)
{
    const QString folded = TextNormalizer::toHalfWidth(text).toCaseFolded();
    out += u' ';
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        if (isAsciiAlnum(c)) {
            out += c;
        } else if (c.isHighSurrogate() && i + 1 < folded.size()) {
            out += u' ';
            out += c;
            out += folded[++i];
            out += u' ';
        } else if (c.isLetterOrNumber()) {
            out += u' ';
            out += c;
            out += u' ';
        } else {
            out += u' ';
        }
    }
    out += u' ';
}

void appendPhone(QString &out, const QString &phone)
{
    if (phone.isEmpty())
        return;
    const PhoneNumber p = PhoneNumber::parse(phone);
    QString digits;
    for (QChar c : TextNormalizer::toHalfWidth(phone))
        if (c.isDigit())
            digits += c;
    QStringList tokens{p.isValid() ? p.normalizedKey() : digits};
    if (p.isValid() && !p.number().isEmpty())
        tokens << p.number();
    if (digits.size() >= 4)
        tokens << digits.right(4);
    tokens.removeDuplicates();
    out += u' ' + tokens.join(u' ') + u' ';
}

QStringList pinyinTokens(const QString &name, bool company)
{
    QStringList tokens;
    for (const TextNormalizer::Pinyin &w : TextNormalizer::pinyinWords(name)) {
        tokens << w.full;
        if (w.initials.size() >= 2) // a one-letter query finds nothing anyway
            tokens << w.initials;
    }
    // The initials of the whole name (and of its distinctive part) as one token each;
    // full pinyin only per word: whole-name readings would be a distinct term per
    // customer and make every prefix query merge thousands of them.
    const TextNormalizer::Pinyin whole = TextNormalizer::pinyin(name);
    if (!whole.initials.isEmpty())
        tokens << whole.initials;
    if (!company && !whole.full.isEmpty())
        tokens << whole.full; // a person's name: "liming" for 李明 (ICU splits it 李 | 明)
    if (company)
        if (const QString core = TextNormalizer::pinyin(CompanyName::normalizedKey(name)).initials; !core.isEmpty())
            tokens << core;
    return tokens;
}

void appendPinyin(QStringList &tokens, const QString &name, bool company)
{
    if (!name.isEmpty())
        tokens << pinyinTokens(name, company);
}

QString quoted(const QString &token)
{
    return u'"' + QString(token).replace(u'"', u"\"\""_s) + u'"';
}

bool hasVowel(QStringView s)
{
    for (QChar c : s)
        if (QStringView(u"aeiouv").contains(c))
            return true;
    return false;
}

// The ways to read a run of Latin letters as several words' pinyin. Initials (no vowels):
// up to four parts of two or more letters, "bjkj" → bj+kj. Full pinyin (vowels): two
// parts of three or more letters, each with a vowel, "beijingkeji" → beijing+keji, … At
// most 24 ways; each is one more AND in the query.
void splits(const QString &run, qsizetype from, QStringList &parts, QList<QStringList> &out)
{
    const bool full = hasVowel(run);
    const int maxParts = full ? 2 : 4;
    const qsizetype minLen = full ? 3 : 2;
    if (out.size() >= 24)
        return;
    if (from == run.size()) {
        if (parts.size() >= 2)
            out << parts;
        return;
    }
    if (parts.size() >= maxParts)
        return;
    for (qsizetype len = minLen; from + len <= run.size(); ++len) {
        const qsizetype rest = run.size() - from - len;
        if (rest > 0 && rest < minLen)
            continue; // what is left could not be a word's reading
        if (parts.size() + 1 == maxParts && rest > 0)
            continue; // the last part must take the rest
        const QString part = run.mid(from, len);
        if (full && !hasVowel(part))
            continue;
        parts << part;
        splits(run, from + len, parts, out);
        parts.removeLast();
    }
}

} // namespace

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

void markAll(Database &db)
{
    for (const Source &s : sources())
        db.exec(u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid + %2 FROM %1"_s.arg(s.table).arg(base(s.kind)));
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
    for (const Source &s : sources()) {
        const qint64 offset = base(s.kind);
        db.exec(insertTrigger(s.table, offset));
        db.exec(u"CREATE TRIGGER search_%1_upd AFTER UPDATE OF %3 ON %1 BEGIN %2 END"_s.arg(
            s.table, noteRow(u"NEW"_s, offset), s.watched.join(u", ")));
        db.exec(u"CREATE TRIGGER search_%1_del AFTER DELETE ON %1 BEGIN %2 END"_s.arg(s.table, noteRow(u"OLD"_s, offset)));
    }
    markAll(db);
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
    QString body;
    QStringList py;
    switch (kind) {
    case Kind::Customer: // name, short name, phone
        appendSpaced(body, first);
        if (!first.contains(second))
            appendSpaced(body, second); // a short name not already in the name
        appendPhone(body, third);
        appendPinyin(py, first, true);
        appendPinyin(py, second, false);
        break;
    case Kind::Contact: // name, phone, mobile
        appendSpaced(body, first);
        appendPhone(body, second);
        appendPhone(body, third);
        appendPinyin(py, first, false);
        break;
    case Kind::Opportunity: // name
        appendSpaced(body, first);
        appendPinyin(py, first, false);
        break;
    case Kind::Contract: // number, title
        appendSpaced(body, first);
        appendSpaced(body, second);
        appendPinyin(py, second, false);
        break;
    }
    // Each pinyin token once: the column is matched by token, never as a phrase. A
    // handful of tokens: comparing is cheaper than hashing them.
    QString tokens;
    for (qsizetype i = 0; i < py.size(); ++i) {
        if (std::find(py.cbegin(), py.cbegin() + i, py[i]) != py.cbegin() + i)
            continue;
        if (!tokens.isEmpty())
            tokens += u' ';
        tokens += py[i];
    }
    return {body.simplified(), tokens};
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
        m_db.exec(u"DELETE FROM search_dirty WHERE key >= ?"_s, {base(Kind::Contract) + RowMask + 1});
    t.commit();
    return done;
}

QString SearchIndex::matchExpression(const QString &query)
{
    const QString folded = TextNormalizer::toHalfWidth(query).toCaseFolded();
    enum class Run { None, Han, Latin, Digit };
    QStringList terms;
    QString run;
    Run type = Run::None;
    int latinSingles = 0;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (type == Run::Han) {
            QStringList chars;
            for (qsizetype i = 0; i < run.size(); ++i) {
                if (run[i].isHighSurrogate() && i + 1 < run.size()) {
                    chars << run.mid(i, 2);
                    ++i;
                } else {
                    chars << QString(run[i]);
                }
            }
            terms << u"body : "_s + quoted(chars.join(u' '));
        } else if (type == Run::Digit) {
            if (run.size() >= 2)
                terms << quoted(run) + u'*';
        } else if (type == Run::Latin) {
            if (run.size() < 2) {
                ++latinSingles;
            } else {
                QStringList alternatives{quoted(run) + u'*'};
                QList<QStringList> ways;
                QStringList parts;
                splits(run, 0, parts, ways);
                for (const QStringList &way : ways) {
                    QStringList all;
                    for (const QString &p : way)
                        all << u"py : "_s + quoted(p) + u'*';
                    alternatives << u'(' + all.join(u" AND "_s) + u')';
                }
                terms << (alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(u" OR "_s) + u')');
            }
        }
        run.clear();
        type = Run::None;
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded[i];
        Run t = Run::None;
        if (c.unicode() < 0x80) {
            if (c.isDigit())
                t = Run::Digit;
            else if (c.isLetter())
                t = Run::Latin;
        } else if (c.isLetterOrNumber() || c.isSurrogate()) {
            t = Run::Han;
        }
        if (t != type)
            flush();
        if (t == Run::None)
            continue;
        type = t;
        run += c;
    }
    flush();
    return terms.join(u" AND "_s);
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
    switch (kind) {
    case Kind::Customer: return QCoreApplication::translate("Huike::SearchIndex", "Customers");
    case Kind::Contact: return QCoreApplication::translate("Huike::SearchIndex", "Contacts");
    case Kind::Opportunity: return QCoreApplication::translate("Huike::SearchIndex", "Opportunities");
    case Kind::Contract: return QCoreApplication::translate("Huike::SearchIndex", "Contracts");
    }
    return {};
}

namespace {

bool isLatinWord(QStringView q)
{
    if (q.size() < 2)
        return false;
    for (QChar c : q)
        if (c < u'a' || c > u'z')
            return false;
    return true;
}

// Whether `q` reads as the pinyin of some of `words` in their order: each piece the start
// of a word's full reading or of its initials, words skipped allowed ("bjkj" is
// 北京某某科技, never 科技（北京）). `done` remembers the (word, position) pairs that fail.
bool inOrder(const QList<TextNormalizer::Pinyin> &words, QStringView q, qsizetype pos, qsizetype word, QSet<qint64> &failed)
{
    if (pos == q.size())
        return true;
    const qint64 key = qint64(word) << 32 | qint64(pos);
    if (failed.contains(key))
        return false;
    for (qsizetype j = word; j < words.size(); ++j) {
        for (const QString &token : {words[j].full, words[j].initials}) {
            qsizetype len = 0;
            while (len < token.size() && pos + len < q.size() && token[len] == q[pos + len])
                ++len;
            for (; len > 0; --len)
                if (inOrder(words, q, pos + len, j + 1, failed))
                    return true;
        }
    }
    failed.insert(key);
    return false;
}

// Whether `q` is the reading of whole consecutive characters of `text` (蓝金 in
// 上海蓝金贸易, not the 蓝精 of 和蓝精密, whose reading only starts with it).
bool wholeSyllables(const QString &text, QStringView q)
{
    QStringList syllables;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString s = TextNormalizer::pinyin(QStringView(text).mid(i, n)).full;
        if (!s.isEmpty())
            syllables << s;
        i += n - 1;
    }
    for (qsizetype start = 0; start < syllables.size(); ++start) {
        qsizetype pos = 0;
        for (qsizetype j = start; j < syllables.size() && pos < q.size(); ++j) {
            if (!q.mid(pos).startsWith(syllables[j]))
                break;
            pos += syllables[j].size();
        }
        if (pos == q.size())
            return true;
    }
    return false;
}

// How well a text (a name, a short name, a title) answers the query, best first:
// 0 the whole name, 1 its start, 2 the full pinyin of the whole name, 3 its start, 4 the
// start of its initials, 5 a part of the name or the reading of some of its characters, 6
// a part of its full pinyin or pieces of its words' pinyin in their order ("bjkj"); -1 not
// at all.
int tier(const QString &text, const QString &q, bool latin)
{
    if (text.isEmpty())
        return -1;
    const QString folded = TextNormalizer::toHalfWidth(text).toCaseFolded();
    const QString key = TextNormalizer::searchKey(text);
    if (folded == q || key == q)
        return 0;
    if (folded.startsWith(q) || key.startsWith(q))
        return 1;
    TextNormalizer::Pinyin whole;
    if (latin) {
        whole = TextNormalizer::pinyin(text);
        if (whole.full == q)
            return 2;
        if (whole.full.startsWith(q))
            return 3;
        if (whole.initials.startsWith(q))
            return 4;
    }
    if (folded.contains(q) || key.contains(q) || (latin && whole.full.contains(q) && wholeSyllables(text, q)))
        return 5;
    if (latin) {
        if (whole.full.contains(q))
            return 6;
        QSet<qint64> failed;
        if (inOrder(TextNormalizer::pinyinWords(text), q, 0, 0, failed))
            return 6;
        // The distinctive part of a company's name ("恒信" of 上海恒信精密机械有限公司).
        const QString core = CompanyName::normalizedKey(text);
        if (core != key) {
            const TextNormalizer::Pinyin p = TextNormalizer::pinyin(core);
            if (p.full.startsWith(q) || p.initials.startsWith(q))
                return 5;
            failed.clear();
            if (inOrder(TextNormalizer::pinyinWords(core), q, 0, 0, failed))
                return 6;
        }
    }
    return -1;
}

} // namespace

QList<SearchIndex::Hit> SearchIndex::search(const QString &query, int perKind)
{
    QList<Hit> out;
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return out;
    const QString typed = TextNormalizer::toHalfWidth(query).trimmed();
    const QString plain = typed.toCaseFolded();
    // Letters only: pinyin, whose pieces must come in the name's order.
    const bool latin = isLatinWord(plain);
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
            collect(fts, QVariantList{QString(u"py : "_s + quoted(plain))} + range + QVariantList{perKind * 4});
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
            // The name, and a customer's short name or a contract's title.
            int best = tier(h.title, plain, latin);
            if (s.kind == Kind::Customer || s.kind == Kind::Contract) {
                const int second = tier(select.value(3).toString(), plain, latin);
                if (second >= 0 && (best < 0 || second < best))
                    best = second;
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
