// The replica's first download into an empty table: its indexes go for the download and
// come back at its end — or at the next open, when the client stopped halfway.
#include "core/companyname.h"
#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "sync/rowcodec.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Replica : public QObject
{
    Q_OBJECT

private slots:
    void indexesComeBackAfterTheDownload();
    void indexesComeBackAfterAStopHalfway();
    void tablesOfANewerServerAreSkipped();
    void aBulkLoadsLogIsCopiedByAnotherConnection();
    void indexesOnlyTheServerReadsAreNotKept();
    void aPullOverAPendingEditKeepsTheEdit();
    void aFirstDownloadLeavesEveryIndexAndTrigger();
    void downloadNotesAreKeptOnceByTheirKey();

private:
    // Every index and trigger of the replica, with its SQL.
    static QStringList schemaObjects(Database &db)
    {
        QStringList out;
        QSqlQuery q = db.exec(u"SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master "
                              u"WHERE type IN ('index', 'trigger') ORDER BY type, name"_s);
        while (q.next())
            out << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(u" | ");
        return out;
    }
    static bool withoutRowid(Database &db, const QString &table)
    {
        return db.scalar(u"SELECT wr FROM pragma_table_list WHERE name = ?"_s, {table}).toInt() == 1;
    }
    static QStringList indexes(Database &db)
    {
        QStringList out;
        QSqlQuery q = db.exec(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customers' AND sql IS NOT NULL ORDER BY name"_s);
        while (q.next())
            out << q.value(0).toString();
        return out;
    }
    static QJsonObject page(int n)
    {
        const TableDef &def = DomainSchema::table(u"customers"_s);
        const QStringList cols = def.columnNames();
        QJsonArray rows;
        for (int i = 0; i < n; ++i) {
            Row r;
            for (const QString &c : cols)
                r.insert(c, QVariant());
            r[u"id"_s] = Id::generate().toString();
            r[u"version"_s] = i + 1;
            r[u"deleted"_s] = 0;
            r[u"created_at"_s] = u"2026-11-26T00:00:00.000Z"_s;
            r[u"updated_at"_s] = u"2026-11-26T00:00:00.000Z"_s;
            r[u"name"_s] = u"客户%1有限公司"_s.arg(i);
            r[u"status"_s] = u"active"_s;
            r[u"type"_s] = u"end"_s;
            rows.append(RowCodec::encode(def, cols, r));
        }
        return QJsonObject{{u"table"_s, u"customers"_s}, {u"columns"_s, QJsonArray::fromStringList(cols)}, {u"rows"_s, rows}};
    }
};

void tst_Replica::indexesComeBackAfterTheDownload()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
    const QStringList before = indexes(replica->database());
    QVERIFY(before.size() >= 8); // the domain's and the list's
    replica->beginSnapshot(u"customers"_s);
    const QStringList during = indexes(replica->database());
    QVERIFY2(during.size() < before.size(), qPrintable(during.join(u'\n')));
    for (const QString &sql : during)
        QVERIFY(sql.startsWith(u"CREATE UNIQUE"_s)); // unique ones stay
    replica->applySnapshotPage(page(300));
    replica->finishSnapshot(u"customers"_s);
    QCOMPARE(indexes(replica->database()).size(), before.size());
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 300);
    // A second download (a table not empty) keeps them all the way.
    replica->beginSnapshot(u"customers"_s);
    QCOMPARE(indexes(replica->database()).size(), before.size());
    replica->finishSnapshot(u"customers"_s);
}

void tst_Replica::tablesOfANewerServerAreSkipped()
{
    // A server one schema version ahead sends a table this client does not know (as
    // sales_stages was for clients before migration 3): its rows are skipped, the rest
    // applies, nothing throws.
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
    QJsonObject customers = page(2);
    const QJsonObject future{{u"table"_s, u"a_table_from_the_future"_s}, {u"columns"_s, QJsonArray{u"id"_s, u"x"_s}},
                             {u"rows"_s, QJsonArray{QJsonArray{Id::generate().toString(), 1}}}};
    replica->applyPull(QJsonObject{{u"upserts"_s, QJsonArray{future, customers}},
                                   {u"removes"_s, QJsonArray{QJsonObject{{u"table"_s, u"a_table_from_the_future"_s}, {u"id"_s, Id::generate().toString()}}}},
                                   {u"cursor"_s, 2}});
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 2);
    replica->applySnapshotPage(future); // a re-download page of it: ignored too
    QVERIFY(!replica->database().tableExists(u"a_table_from_the_future"_s));
}

void tst_Replica::indexesComeBackAfterAStopHalfway()
{
    QTemporaryDir dir;
    QStringList before;
    {
        auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
        before = indexes(replica->database());
        replica->beginSnapshot(u"customers"_s);
        replica->applySnapshotPage(page(50));
        // the client stops here
    }
    auto again = Replica::open(dir.path() + u"/r.sqlite"_s);
    QCOMPARE(indexes(again->database()), before);
    QVERIFY(again->state(u"deferred_indexes:customers"_s).isEmpty());
}

void tst_Replica::aBulkLoadsLogIsCopiedByAnotherConnection()
{
    // During a first download the writing connection copies nothing from its log into
    // the file (wal_autocheckpoint 0): a thread of its own does, while it writes on.
    // Afterwards the writer checkpoints again and the log goes back to its limit.
    QTemporaryDir dir;
    const QString path = dir.path() + u"/r.sqlite"_s;
    auto replica = Replica::open(path);
    Database &db = replica->database();
    QCOMPARE(db.scalar(u"PRAGMA journal_size_limit"_s).toLongLong(), Replica::WalLimitBytes);
    const qint64 fileBefore = QFileInfo(path).size();
    replica->setBulkLoad(true);
    QCOMPARE(db.scalar(u"PRAGMA wal_autocheckpoint"_s).toInt(), 0);
    replica->beginSnapshot(u"customers"_s);
    replica->applySnapshotPage(page(60000)); // one transaction, larger than the limit
    QVERIFY2(QFileInfo(path + u"-wal"_s).size() > Replica::WalLimitBytes, "the test needs a log over the limit");
    for (int i = 0; i < 5; ++i)
        replica->applySnapshotPage(page(200));
    // Copied while the writer's connection did nothing but write.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > fileBefore + Replica::WalLimitBytes, 10000);
    replica->finishSnapshot(u"customers"_s);
    replica->setBulkLoad(false);
    QCOMPARE(db.scalar(u"PRAGMA wal_autocheckpoint"_s).toInt(), 1000);
    replica->setState(u"probe"_s, u"1"_s); // the next write starts the copied log over
    QVERIFY(QFileInfo(path + u"-wal"_s).size() <= Replica::WalLimitBytes);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 61000);
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Replica::indexesOnlyTheServerReadsAreNotKept()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
    const QString all = indexes(replica->database()).join(u'\n');
    QVERIFY2(!all.contains(u"ix_customers_version"_s) && !all.contains(u"ix_customers_updated_at"_s)
                 && !all.contains(u"ix_customers_owner_id "_s),
             qPrintable(all));
    // The ones the client's lists, duplicate checks and funnel read stay.
    for (const QString &kept : {u"ix_customers_list_owner_id"_s, u"ix_customers_credit_code"_s, u"ix_customers_name_norm"_s,
                                u"ix_customers_phone_norm"_s, u"ix_customers_department_id"_s})
        QVERIFY2(all.contains(kept), qPrintable(kept));
    QCOMPARE(replica->database().scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix\\_%\\_version' ESCAPE '\\'"_s).toInt(), 0);
}

void tst_Replica::aPullOverAPendingEditKeepsTheEdit()
{
    // A colleague's change to a customer arrives while an edit of it made here waits in
    // the outbox (typed during the round, after its push): the pull applies, the edit
    // stays on top, and what derives from it (the duplicate-check key) follows the edit.
    // It used to fail the whole round: the overlay was written as an INSERT … ON
    // CONFLICT with only the edited columns, which SQLite refuses for NOT NULL ones.
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
    const TableDef &def = DomainSchema::table(u"customers"_s);
    const QStringList cols = def.columnNames();
    const QJsonObject first = page(1);
    const QString id = first.value(u"rows"_s).toArray().at(0).toArray().at(cols.indexOf(u"id"_s)).toString();
    replica->applyPull(QJsonObject{{u"upserts"_s, QJsonArray{first}}, {u"cursor"_s, 1}});
    replica->update(u"customers"_s, id, Row{{u"name"_s, u"北京汇客软件有限公司"_s}});
    QCOMPARE(replica->pendingCount(), 1);

    Row theirs = *replica->read(u"customers"_s, id);
    theirs[u"version"_s] = 7;
    theirs[u"name"_s] = u"客户0有限公司"_s; // the server's name is still the old one
    theirs[u"industry"_s] = u"制造业"_s;   // and a colleague set the industry
    const QJsonObject second{{u"table"_s, u"customers"_s}, {u"columns"_s, QJsonArray::fromStringList(cols)},
                             {u"rows"_s, QJsonArray{RowCodec::encode(def, cols, theirs)}}};
    replica->applyPull(QJsonObject{{u"upserts"_s, QJsonArray{second}}, {u"cursor"_s, 2}, {u"hasMore"_s, true}});

    const Row now = *replica->read(u"customers"_s, id);
    QCOMPARE(now.value(u"name"_s).toString(), u"北京汇客软件有限公司"_s);
    QCOMPARE(now.value(u"industry"_s).toString(), u"制造业"_s);
    QCOMPARE(now.value(u"version"_s).toLongLong(), 7);
    QCOMPARE(now.value(u"name_norm"_s).toString(), CompanyName::normalizedKey(u"北京汇客软件有限公司"_s));
    QCOMPARE(replica->pendingCount(), 1);
}

void tst_Replica::aFirstDownloadLeavesEveryIndexAndTrigger()
{
    // Indexes and the search index's insert triggers go for a first download and come
    // back at its end: afterwards the replica has every one a fresh replica has (the ones
    // the client's queries seek with, tests/app/models/tst_queryplans), no more, no fewer.
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/r.sqlite"_s);
    Database &db = replica->database();
    const QStringList before = schemaObjects(db);
    QVERIFY(before.size() > 40);
    for (const QString &table : DomainSchema::syncedTables()) {
        QVERIFY(replica->beginSnapshot(table).isEmpty());
        if (table == u"customers") {
            replica->applySnapshotPage(page(500));
        } else {
            const QStringList cols = DomainSchema::table(table).columnNames();
            replica->applySnapshotPage(QJsonObject{{u"table"_s, table}, {u"columns"_s, QJsonArray::fromStringList(cols)},
                                                   {u"rows"_s, QJsonArray()}});
        }
        if (table == u"customers")
            QVERIFY(schemaObjects(db) != before); // the download is without them
        replica->finishSnapshot(table);
    }
    QCOMPARE(schemaObjects(db), before);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM sync_state WHERE key LIKE 'deferred_indexes:%'"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 500);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM snapshot_seen"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"PRAGMA freelist_count"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Replica::downloadNotesAreKeptOnceByTheirKey()
{
    // Replica migration 9: the notes of a re-download (snapshot_seen) and of settled
    // pushes are tables keyed by their primary key alone (before, each note was stored
    // twice: in the table and in its key), and the content-hash index only the server
    // reads is gone. Notes taken before the migration (a re-download stopped halfway)
    // are kept, and a re-download still sweeps the rows the server did not send again.
    QTemporaryDir dir;
    const QString path = dir.path() + u"/r.sqlite"_s;
    const TableDef &def = DomainSchema::table(u"customers"_s);
    const QStringList cols = def.columnNames();
    const QJsonObject three = page(3);
    QStringList ids;
    for (const QJsonValue &row : three.value(u"rows"_s).toArray())
        ids << row.toArray().at(cols.indexOf(u"id"_s)).toString();
    {
        auto replica = Replica::open(path);
        replica->applyPull(QJsonObject{{u"upserts"_s, QJsonArray{three}}, {u"cursor"_s, 1}, {u"hasMore"_s, true}});
        Database &db = replica->database();
        // Back to the replica before migration 9.
        for (const char *table : {"snapshot_seen", "settled"}) {
            db.exec(u"DROP TABLE %1"_s.arg(QLatin1StringView(table)));
            db.exec(u"CREATE TABLE %1 (table_name TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (table_name, record_id))"_s.arg(
                QLatin1StringView(table)));
        }
        db.exec(u"CREATE INDEX ix_attachments_sha256 ON attachments (sha256)"_s);
        // And before the migrations after it (10: the reminder indexes), which run again.
        db.exec(u"DROP INDEX ix_contracts_running"_s);
        db.exec(u"DROP INDEX ix_payments_plan_id"_s);
        db.exec(u"DELETE FROM schema_migrations WHERE component = 'replica' AND version >= 9"_s);
        QVERIFY(!withoutRowid(db, u"snapshot_seen"_s));
        // A re-download of customers stopped after its first page: two rows noted.
        db.exec(u"INSERT INTO snapshot_seen (table_name, record_id) VALUES ('customers', ?), ('customers', ?)"_s, {ids[0], ids[1]});
        db.exec(u"INSERT INTO settled (table_name, record_id) VALUES ('customers', ?)"_s, {ids[2]});
        replica->setState(u"snapshot:customers"_s, u"track:"_s + ids[1]);
    }
    auto replica = Replica::open(path);
    Database &db = replica->database();
    QVERIFY(withoutRowid(db, u"snapshot_seen"_s));
    QVERIFY(withoutRowid(db, u"settled"_s));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'ix_attachments_sha256'"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM snapshot_seen WHERE table_name = 'customers'"_s).toInt(), 2);
    QCOMPARE(db.scalar(u"SELECT record_id FROM settled"_s).toString(), ids[2]);
    db.exec(u"DELETE FROM settled"_s);

    // The re-download goes on after its last page and ends without the third customer.
    QCOMPARE(replica->beginSnapshot(u"customers"_s, true), ids[1]);
    const QJsonObject empty{{u"table"_s, u"customers"_s}, {u"columns"_s, QJsonArray::fromStringList(cols)}, {u"rows"_s, QJsonArray()}};
    replica->applySnapshotPage(empty);
    replica->finishSnapshot(u"customers"_s);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 2);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE id = ?"_s, {ids[2]}).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM snapshot_seen"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(tst_Replica)
#include "tst_replica.moc"
