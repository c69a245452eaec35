// The initial download (DESIGN.md §3), on SQLite and on PostgreSQL: snapshot pages read
// through SQLite's C API are byte for byte the pages the Qt path writes, and on both
// stores they carry exactly the stored values; pages of a size that does not divide the
// rows add up; a download that stops (again and again, with a restart) resumes where it
// stopped, without loss or duplicates, and still ends with matching checksums.
#include "api/syncservice.h"
#include "auth/authservice.h"
#include "core/companyname.h"
#include "core/phonenumber.h"
#include "core/timestamp.h"
#include "jobs/changelogpruner.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/store.h"
#include "sync/rowcodec.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;

namespace {

// Text that a JSON writer has to get right.
const QStringList Tricky{
    u"杭州华通科技有限公司"_s,
    u"表情 😀👍🏽 and 𠀀 (outside the BMP)"_s,
    u"quotes \" and 'single' and a backslash \\ and \\\" both"_s,
    u"controls: tab\t newline\n return\r bell\x07 unit\x1f del\x7f nul-free"_s,
    u"slash / and <html> & ampersand"_s,
    u"trailing backslash \\"_s,
    u""_s,
};

// Larger than 2^53: passes through a double only at a loss.
constexpr qint64 HugeFen = 9007199254740993;

} // namespace

class tst_SyncDownload : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void pagesAreTheSameEitherWay();
    void pagesThatDoNotDivideTheRows();
    void stoppedDownloadResumes();
    void recordsOfDeletedCustomersStayOut();
    void checksumsKeptFromTheDownloadMatchTheRows();
    void firstDownloadLeavesPlannerStatistics();

private:
    // Customers (the tricky texts first, then plain ones) with an opportunity each.
    QStringList seed(int plain);
    Session session(const QString &login)
    {
        const auto s = f->auth().authenticate(f->login(login));
        return s ? *s : Session();
    }
    // The rows of a table a user sees: all (the director), or those of the customers the
    // user owns and of the pool (a sales rep); rows of a deleted customer are out of scope.
    qint64 serverCount(const QString &table, const QString &login = u"zhaomin"_s)
    {
        const QString owner = f->users().findByLogin(login)->id;
        const QString customers = login == u"zhaomin"_s
            ? u"SELECT id FROM customers WHERE deleted = 0"_s
            : u"SELECT id FROM customers WHERE deleted = 0 AND (owner_id = '%1' OR owner_id IS NULL)"_s.arg(owner);
        if (table == u"customers"_s)
            return f->store().database().scalar(u"SELECT count(*) FROM customers WHERE id IN (%1)"_s.arg(customers)).toLongLong();
        if (table == u"opportunities"_s || table == u"contacts"_s)
            return f->store().database().scalar(u"SELECT count(*) FROM %1 WHERE deleted = 0 AND customer_id IN (%2)"_s.arg(table, customers)).toLongLong();
        return f->store().database().scalar(u"SELECT count(*) FROM %1 WHERE deleted = 0"_s.arg(table)).toLongLong();
    }

};

void tst_SyncDownload::initTestCase_data()
{
    addDialects();
}

void tst_SyncDownload::init()
{
    HUIKE_START_SYNC_WORLD({{u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区"_s}});
}

void tst_SyncDownload::cleanup()
{
    stopWorld();
}

QStringList tst_SyncDownload::seed(int plain)
{
    const QString director = f->users().findByLogin(u"zhaomin"_s)->id;
    const QString rep = f->users().findByLogin(u"wangfang"_s)->id;
    const QString token = f->login(u"zhaomin"_s);
    QStringList ids;
    for (int i = 0; i < Tricky.size() + plain; ++i) {
        const auto r = f->call("POST", u"/api/v1/customers"_s, {{u"name"_s, u"客户%1有限公司"_s.arg(i)}}, token);
        ids << r.json.value(u"id"_s).toString();
    }
    Database &db = f->store().database();
    RecordWriter w(db);
    Transaction t(db);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString text = i < Tricky.size() ? Tricky[i] : u"普通客户 %1"_s.arg(i);
        if (i < Tricky.size())
            w.update(u"customers"_s, ids[i], Row{{u"name"_s, text}, {u"background"_s, text}}, director);
        // Every other customer is the sales rep's, the others the director's: a scoped
        // download reads half.
        w.update(u"customers"_s, ids[i], Row{{u"owner_id"_s, i % 2 ? rep : director}}, director);
        w.insert(u"opportunities"_s,
                 Row{{u"customer_id"_s, ids[i]}, {u"name"_s, text}, {u"stage"_s, u"初步接洽"_s},
                     {u"probability_e4"_s, qint64(i % 3 ? 2500 : 0)}, {u"amount_fen"_s, i % 2 ? HugeFen : -qint64(i) * 100},
                     {u"currency"_s, u"CNY"_s}, {u"status"_s, u"open"_s}, {u"competitors"_s, i % 3 ? QVariant(text) : QVariant()}},
                 director);
    }
    t.commit();
    return ids;
}

void tst_SyncDownload::pagesAreTheSameEitherWay()
{
    const QStringList ids = seed(10);
    SyncService sync(f->store().database(), f->users());
    for (const QString &login : {u"zhaomin"_s, u"wangfang"_s}) {
        const Session s = session(login);
        QVERIFY(!s.userId.isEmpty());
        for (const QString &table : {u"customers"_s, u"opportunities"_s, u"users"_s, u"contacts"_s}) {
            for (const int limit : {1, 3, 1000}) {
                QString after;
                int rows = 0;
                for (int page = 0; page < 1000; ++page) {
                    const QByteArray fast = sync.snapshot(s, table, after, limit, SyncService::SnapshotReader::Fast);
                    const QByteArray qt = sync.snapshot(s, table, after, limit, SyncService::SnapshotReader::Qt);
                    // The C API path writes exactly what the QSqlQuery path writes (on
                    // PostgreSQL both are the Qt path).
                    QCOMPARE(fast, qt);
                    QJsonParseError error;
                    const QJsonObject json = QJsonDocument::fromJson(fast, &error).object();
                    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
                    RowCodec::SnapshotPage parsed;
                    QString parseError;
                    QVERIFY2(RowCodec::parsePage(fast, &parsed, &parseError), qPrintable(parseError));
                    QCOMPARE(parsed.rowCount, json.value(u"rows"_s).toArray().size());
                    QCOMPARE(parsed.next, json.value(u"next"_s).toString());
                    rows += int(parsed.rowCount);
                    QVERIFY(parsed.rowCount <= limit);
                    after = parsed.next;
                    if (after.isEmpty())
                        break;
                }
                QCOMPARE(rows, int(serverCount(table, login)));
            }
        }
    }
    QVERIFY(serverCount(u"customers"_s, u"wangfang"_s) < ids.size()); // the scoped download was one

    // The values as stored, on either store: text byte for byte, money beyond 2^53 exact.
    const Session s = session(u"zhaomin"_s);
    RecordWriter w(f->store().database());
    for (const QString &table : {u"customers"_s, u"opportunities"_s}) {
        const QByteArray body = sync.snapshot(s, table, QString(), 1000);
        RowCodec::SnapshotPage page;
        QVERIFY(RowCodec::parsePage(body, &page));
        const TableDef &def = DomainSchema::table(table);
        const QList<ColumnType> types = RowCodec::types(def, page.columns);
        QCOMPARE(page.rowCount, ids.size());
        for (qsizetype r = 0; r < page.rowCount; ++r) {
            const QString id = QString::fromUtf8(page.bytes(page.cell(r, page.columns.indexOf(u"id"_s))));
            const Row stored = *w.read(table, id);
            for (qsizetype c = 0; c < page.columns.size(); ++c) {
                RowCodec::CellValue v;
                QVERIFY(RowCodec::decodeCell(types[c], page, page.cell(r, c), &v));
                const QVariant expected = stored.value(page.columns[c]);
                if (expected.isNull()) {
                    QCOMPARE(v.kind, RowCodec::CellValue::Null);
                } else if (v.kind == RowCodec::CellValue::Integer) {
                    QCOMPARE(v.integer, expected.toLongLong());
                } else {
                    QCOMPARE(v.kind, RowCodec::CellValue::Text);
                    QCOMPARE(QString::fromUtf8(v.text), expected.toString());
                }
            }
        }
    }
    QVERIFY(QString::fromUtf8(sync.snapshot(s, u"opportunities"_s, QString(), 1000)).contains(u"\"9007199254740993\""_s));
}

void tst_SyncDownload::pagesThatDoNotDivideTheRows()
{
    const QStringList ids = seed(16); // 23 customers and opportunities
    for (const int limit : {7, 1, 20000}) {
        auto c = client(u"zhaomin"_s, u"limit%1"_s.arg(limit));
        SyncEngine::Options o;
        o.snapshotLimit = limit;
        const auto r = SyncEngine(*c->replica, c->server, c->token, o).sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.checksumsMatch);
        for (const QString &table : {u"customers"_s, u"opportunities"_s, u"users"_s})
            QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong(), serverCount(table));
        for (qsizetype i = 0; i < Tricky.size(); ++i)
            QCOMPARE(c->replica->read(u"customers"_s, ids[i])->value(u"name"_s).toString(), Tricky[i]);
        QVERIFY(c->replica->database().scalar(u"SELECT count(*) FROM opportunities WHERE amount_fen = ?"_s, {HugeFen}).toInt() > 0);
    }
}

void tst_SyncDownload::stoppedDownloadResumes()
{
    const QStringList ids = seed(30);
    auto fresh = client(u"zhaomin"_s, u"fresh"_s);
    auto indexes = [](Replica &r) {
        return r.database().scalar(u"SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'customers'"_s).toInt();
    };
    const int before = indexes(*fresh->replica);
    auto c = client(u"zhaomin"_s, u"stops"_s);
    SyncEngine::Options stopping;
    stopping.snapshotLimit = 4;
    stopping.maxSnapshotPages = 1; // one page a round, then the connection "drops"
    // Round after round until it is halfway through the customers, restarting the client
    // (closing and opening the replica) every third round.
    int rounds = 0;
    for (; rounds < 200; ++rounds) {
        const auto r = SyncEngine(*c->replica, c->server, c->token, stopping).sync();
        QVERIFY(!r.ok);
        QVERIFY(r.offline);
        const qint64 held = c->replica->database().scalar(u"SELECT count(*) FROM customers"_s).toLongLong();
        if (held > 8)
            break;
        if (rounds % 3 == 2)
            c->reopen();
    }
    QVERIFY(c->replica->state(u"snapshot:customers"_s).startsWith(u"fresh:"_s)); // its resume point
    QVERIFY(!c->replica->state(u"initial_head"_s).isEmpty());
    QVERIFY(c->replica->state(u"initialized"_s).isEmpty());
    c->reopen(); // the indexes deferred for the download come back at the open
    QCOMPARE(indexes(*c->replica), before);

    // Meanwhile on the server: a customer already downloaded is renamed, another deleted,
    // a new one created. They come with the pull from the head the download started at.
    const QString downloaded = c->replica->database().scalar(u"SELECT id FROM customers ORDER BY id LIMIT 1"_s).toString();
    const QString gone = c->replica->database().scalar(u"SELECT id FROM customers ORDER BY id LIMIT 1 OFFSET 1"_s).toString();
    {
        const QString director = f->users().findByLogin(u"zhaomin"_s)->id;
        RecordWriter w(f->store().database());
        Transaction t(f->store().database());
        w.update(u"customers"_s, downloaded, Row{{u"name"_s, u"改名以后的客户"_s}}, director);
        w.remove(u"customers"_s, gone, director);
        t.commit();
    }
    const auto added = f->call("POST", u"/api/v1/customers"_s, {{u"name"_s, u"下载中途新建的客户"_s}}, f->login(u"zhaomin"_s));
    const QString addedId = added.json.value(u"id"_s).toString();

    SyncEngine::Options rest;
    rest.snapshotLimit = 4;
    const auto r = SyncEngine(*c->replica, c->server, c->token, rest).sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.checksumsMatch);
    QCOMPARE(r.redownloadedTables, 0);
    for (const QString &table : {u"customers"_s, u"opportunities"_s, u"users"_s, u"departments"_s})
        QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM %1 WHERE deleted = 0"_s.arg(table)).toLongLong(),
                 serverCount(table));
    QCOMPARE(c->replica->read(u"customers"_s, downloaded)->value(u"name"_s).toString(), u"改名以后的客户"_s);
    QVERIFY(!c->replica->read(u"customers"_s, gone) || c->replica->read(u"customers"_s, gone)->value(u"deleted"_s).toInt() == 1);
    QVERIFY(c->replica->read(u"customers"_s, addedId));
    QCOMPARE(indexes(*c->replica), before);
    QVERIFY(c->replica->state(u"initial_head"_s).isEmpty());
    QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM sync_state WHERE key LIKE 'snapshot:%' OR key LIKE 'deferred_indexes:%'"_s).toInt(), 0);
    // Every customer is noted for the search index (its insert trigger was away for the
    // download; customers are kind 0, so their key is their rowid).
    QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM customers WHERE rowid NOT IN (SELECT key FROM search_dirty)"_s).toInt(), 0);
    Q_UNUSED(ids);
}

// A deleted customer's records are in nobody's download or checkpoint, the director's
// (whose pages test "not of a deleted customer") included; when the pruner removes the
// customer for good, its records go with it, and every scope still adds up.
void tst_SyncDownload::recordsOfDeletedCustomersStayOut()
{
    const QStringList ids = seed(6);
    const QString gone = ids[1], goneToo = ids[2]; // the rep's and the director's
    const QString token = f->login(u"zhaomin"_s);
    for (const QString &id : {gone, goneToo})
        QCOMPARE(f->call("DELETE", u"/api/v1/customers/"_s + id, {}, token).status, 204);
    // Deleting a customer deletes its records too; one that was not (written before that
    // rule, or restored by hand) must stay out all the same.
    f->store().database().exec(u"UPDATE opportunities SET deleted = 0 WHERE customer_id IN (?, ?)"_s, {gone, goneToo});
    auto checkScopes = [&](const QString &name) {
        for (const QString &login : {u"zhaomin"_s, u"wangfang"_s}) {
            auto c = client(login, name + login);
            SyncEngine::Options o;
            o.snapshotLimit = 3;
            const auto r = SyncEngine(*c->replica, c->server, c->token, o).sync();
            QVERIFY2(r.ok, qPrintable(r.error));
            QVERIFY2(r.checksumsMatch, qPrintable(login));
            for (const QString &table : {u"customers"_s, u"opportunities"_s})
                QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong(), serverCount(table, login));
            QCOMPARE(c->replica->database().scalar(u"SELECT count(*) FROM opportunities WHERE customer_id IN (?, ?)"_s, {gone, goneToo}).toInt(), 0);
        }
    };
    checkScopes(u"before"_s);
    QCOMPARE(serverCount(u"opportunities"_s), qint64(ids.size() - 2));

    // Half a year later the pruner removes the two customers, and their records with them.
    Database &db = f->store().database();
    const QString old = Timestamp::toText(Timestamp::parse(Timestamp::now())->addDays(-200));
    db.exec(u"UPDATE customers SET updated_at = ? WHERE id IN (?, ?)"_s, {old, gone, goneToo});
    db.exec(u"UPDATE changes SET at = ?"_s, {old});
    QVERIFY(ChangeLogPruner(db).run(180, Timestamp::now()) > 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE id IN (?, ?)"_s, {gone, goneToo}).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM opportunities WHERE customer_id IN (?, ?)"_s, {gone, goneToo}).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM opportunities"_s).toInt(), int(ids.size() - 2)); // the others stay
    checkScopes(u"after"_s);
}

// After a first download the replica answers checksums from what it wrote (it does not
// read the rows back); those must be what reading the rows gives — after the download,
// and after pulls that change rows (which make it read them again).
void tst_SyncDownload::checksumsKeptFromTheDownloadMatchTheRows()
{
    const QStringList ids = seed(30);
    for (const QString &login : {u"zhaomin"_s, u"wangfang"_s}) {
        auto c = client(login, u"sums-"_s + login);
        auto scanned = [&] { return Replica::open(c->path)->checksums(); }; // a new object reads the rows
        SyncEngine::Options o;
        o.snapshotLimit = 4;
        o.verify = false; // keep the sums for this test to look at
        auto r = SyncEngine(*c->replica, c->server, c->token, o).sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        // What the download kept is what reading the rows gives.
        const QHash<QString, ScopeChecksum> rows = scanned();
        QVERIFY(rows.value(u"customers"_s).count() > 0);
        QVERIFY(rows.value(u"opportunities"_s).count() > 0);
        QCOMPARE(c->replica->checksums(), rows);

        // Again, with a row damaged after the download: the kept sums do not see it (so
        // they are what answered) — and they answer once only; the next check reads.
        auto d = client(login, u"damaged-"_s + login);
        QVERIFY(SyncEngine(*d->replica, d->server, d->token, o).sync().ok);
        d->replica->database().exec(u"UPDATE opportunities SET version = version + 1000 WHERE id = (SELECT min(id) FROM opportunities)"_s);
        QCOMPARE(d->replica->checksums(), rows);
        QVERIFY(d->replica->checksums() != rows);
        // The sync's check finds the damage and downloads the table again.
        r = SyncEngine(*d->replica, d->server, d->token).sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.checksumsMatch);
        QCOMPARE(r.redownloadedTables, 1);

        // A pull that changes rows drops kept sums too.
        auto e = client(login, u"pulled-"_s + login);
        QVERIFY(SyncEngine(*e->replica, e->server, e->token, o).sync().ok);
        e->replica->database().exec(u"UPDATE opportunities SET version = version + 1000 WHERE id = (SELECT min(id) FROM opportunities)"_s);
        const QString repsCustomer = ids[ids.size() - 2]; // odd: the rep's, seen by both
        QCOMPARE(f->call("PATCH", u"/api/v1/customers/"_s + repsCustomer, {{u"industry"_s, u"制造业%1"_s.arg(login)}},
                         f->login(u"zhaomin"_s)).status,
                 200);
        QVERIFY(SyncEngine(*e->replica, e->server, e->token, o).sync().ok);
        QVERIFY(e->replica->checksums() != rows);
        QCOMPARE(e->replica->checksums(), Replica::open(e->path)->checksums());
    }
}

QTEST_GUILESS_MAIN(tst_SyncDownload)
void tst_SyncDownload::firstDownloadLeavesPlannerStatistics()
{
    // Without ANALYZE SQLite's planner answered the card's duplicate check with a walk of
    // every customer (ix_customers_list_last_activity_at on deleted = 0).
    const QString director = f->users().findByLogin(u"zhaomin"_s)->id;
    {
        Database &db = f->store().database();
        RecordWriter w(db);
        Transaction t(db);
        for (int i = 0; i < 400; ++i) {
            const QString name = u"杭州第%1号贸易有限公司"_s.arg(i);
            const QString phone = u"0571-8%1"_s.arg(1000000 + i);
            w.insert(u"customers"_s,
                     Row{{u"name"_s, name}, {u"phone"_s, phone}, {u"credit_code"_s, u"9133010000%1"_s.arg(i, 8, 10, QChar(u'0'))},
                         {u"name_norm"_s, CompanyName::normalizedKey(name)}, {u"phone_norm"_s, PhoneNumber::normalizedKey(phone)},
                         {u"owner_id"_s, director}},
                     director);
        }
        t.commit();
    }
    auto c = client(u"zhaomin"_s, u"statistics"_s);
    Database &db = c->replica->database();
    QVERIFY(!db.tableExists(u"sqlite_stat1"_s));
    const auto r = c->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 400);

    QVERIFY(db.tableExists(u"sqlite_stat1"_s));
    QVERIFY(db.scalar(u"SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customers'"_s).toInt() > 0);
    for (const QString &index : {u"ix_customers_name_norm"_s, u"ix_customers_phone_norm"_s})
        QVERIFY2(db.scalar(u"SELECT count(*) FROM sqlite_stat1 WHERE idx = ?"_s, {index}).toInt() == 1, qPrintable(index));
    QVERIFY(!c->replica->statisticsDue());

    // The duplicate check's WHERE clause (CustomerService::duplicates, all three terms).
    QSqlQuery q = db.exec(u"EXPLAIN QUERY PLAN SELECT id, name, owner_id, phone_norm, credit_code FROM customers "
                          u"WHERE id <> ? AND deleted = 0 AND (credit_code = ? OR phone_norm = ? OR (name_norm >= ? AND name_norm < ?)) "
                          u"LIMIT 200"_s,
                          {u""_s, u"91330100MA2B3C4D5E"_s, u"057181000007"_s, u"第7号贸易"_s, u"第7号贸易\uffff"_s});
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    const QString text = plan.join(u'\n');
    QVERIFY2(!text.contains(u"ix_customers_list_"_s), qPrintable(text));
    for (const QString &line : std::as_const(plan))
        QVERIFY2(!line.startsWith(u"SCAN customers"_s), qPrintable(text));
    QVERIFY2(text.contains(u"phone_norm=?"_s) && text.contains(u"name_norm>?"_s) && text.contains(u"credit_code=?"_s),
             qPrintable(text));

    // A connection open before (the window's) reads the new statistics too: a repeated
    // ANALYZE alone leaves its schema, and the statistics loaded with it, as they were.
    const qint64 schemaVersion = db.scalar(u"PRAGMA schema_version"_s).toLongLong();
    c->replica->refreshStatistics();
    QVERIFY(db.scalar(u"PRAGMA schema_version"_s).toLongLong() > schemaVersion);

    // A replica without statistics (as every one before) gets them on its next round.
    db.exec(u"DELETE FROM sqlite_stat1"_s);
    c->replica->setState(u"statistics_at"_s, QString());
    QVERIFY(c->replica->statisticsDue());
    const auto again = c->sync();
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(db.scalar(u"SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customers'"_s).toInt() > 0);
    QVERIFY(!c->replica->statisticsDue());
}

#include "tst_syncdownload.moc"
