#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "store/store.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Store : public QObject
{
    Q_OBJECT

private slots:
    void sqliteInDataFolder();
    void reopenKeepsData();
    void postgres();
    void badLocations();
};

void tst_Store::sqliteInDataFolder()
{
    QTemporaryDir dir;
    const QString data = dir.path() + u"/nested/data"_s;
    QString error;
    auto store = Store::open({data, {}}, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(QFileInfo::exists(data + u"/huike.sqlite"_s));
    QCOMPARE(store->kind(), u"sqlite"_s);
    QCOMPARE(store->schemaVersion(), DomainSchema::BuiltInVersion);
    QVERIFY(store->ping());
    QCOMPARE(store->customerCount(), 0);
    QCOMPARE(store->database().scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void tst_Store::reopenKeepsData()
{
    QTemporaryDir dir;
    QString error;
    {
        auto store = Store::open({dir.path(), {}}, &error);
        QVERIFY(store);
        store->database().exec(
            u"INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"_s,
            {u"c1"_s, u"上海某某贸易有限公司"_s, u"2026-11-24T00:00:00.000Z"_s,
             u"2026-11-24T00:00:00.000Z"_s});
    }
    auto again = Store::open({dir.path(), {}}, &error);
    QVERIFY(again);
    QCOMPARE(again->customerCount(), 1);
}

void tst_Store::postgres()
{
    Test::PgCluster &cluster = Test::PgCluster::shared();
    HUIKE_REQUIRE_PG_CLUSTER(cluster);
    const QString url = cluster.createDatabase(u"store_%1"_s.arg(QCoreApplication::applicationPid()));
    QVERIFY(!url.isEmpty());
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path(), url}, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->kind(), u"postgresql"_s);
    QCOMPARE(store->schemaVersion(), DomainSchema::BuiltInVersion);
    QVERIFY(store->ping());
    QVERIFY(!QFileInfo::exists(dir.path() + u"/huike.sqlite"_s));
}

void tst_Store::badLocations()
{
    QString error;
    QVERIFY(!Store::open({u"/proc/huike-cannot"_s, {}}, &error));
    QVERIFY(error.contains(u"data folder"_s));
    QTemporaryDir dir;
    error.clear();
    QVERIFY(!Store::open({dir.path(), u"postgresql://nobody@127.0.0.1:1/x"_s}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u"secret"_s));
    error.clear();
    QVERIFY(!Store::open({dir.path(), u"postgresql://u:secret@127.0.0.1:1/x"_s}, &error));
    QVERIFY2(!error.contains(u"secret"_s), qPrintable(error)); // passwords never in messages
}

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
