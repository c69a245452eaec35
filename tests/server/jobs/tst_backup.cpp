#include "jobs/backup.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// Writes a customer and its contact in one transaction, over and over, from another
// connection: any consistent snapshot has as many contacts as customers.
class Writer : public QThread
{
public:
    explicit Writer(QString location) : m_location(std::move(location)) { }
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    QString error;

protected:
    void run() override
    {
        try {
            Database db = Database::open(m_location);
            RecordWriter w(db);
            while (!stop) {
                Transaction t(db);
                const Row c = w.insert(u"customers"_s, Row{{u"name"_s, u"并发客户 %1"_s.arg(written.load())}}, {});
                w.insert(u"contacts"_s, Row{{u"customer_id"_s, c.value(u"id"_s)}, {u"name"_s, u"联系人"_s}}, {});
                t.commit();
                ++written;
            }
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
    }

private:
    QString m_location;
};

qint64 count(Store &s, const QString &table)
{
    return s.database().scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

} // namespace

class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    void sqliteUnderLoad();
    void postgresRoundTrip();
    void dailyFolderKeepsTheNewest();
    void badFiles();
};

void tst_Backup::sqliteUnderLoad()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path() + u"/live"_s, {}}, &error);
    QVERIFY2(store, qPrintable(error));

    Writer writer(dir.path() + u"/live/huike.sqlite"_s);
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.written > 20, 20000);
    const QString file = dir.path() + u"/copy.sqlite"_s;
    QVERIFY2(Backup(*store).backupTo(file, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(writer.written > 60, 20000); // it kept writing
    writer.stop = true;
    writer.wait();
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));

    // The backup is a consistent snapshot.
    qint64 inBackup = 0;
    {
        Database copy = Database::openSqlite(file);
        inBackup = copy.scalar(u"SELECT count(*) FROM customers"_s).toLongLong();
        QVERIFY(inBackup > 0);
        QCOMPARE(copy.scalar(u"SELECT count(*) FROM contacts"_s).toLongLong(), inBackup);
    }
    QVERIFY(count(*store, u"customers"_s) > inBackup);

    // Restore into a fresh store, and into the live one (which has more rows by now).
    auto fresh = Store::open({dir.path() + u"/fresh"_s, {}}, &error);
    QVERIFY(fresh);
    QVERIFY2(Backup(*fresh).restoreFrom(file, &error), qPrintable(error));
    QCOMPARE(count(*fresh, u"customers"_s), inBackup);
    QCOMPARE(count(*fresh, u"contacts"_s), inBackup);
    QCOMPARE(count(*fresh, u"changes"_s), 2 * inBackup + 7); // + the seeded stages and setting
    // The planner's statistics (not in the backup: the live store had none) are made anew.
    {
        Database copy = Database::openSqlite(file);
        QVERIFY(!copy.tableExists(u"sqlite_stat1"_s));
    }
    QVERIFY(fresh->database().tableExists(u"sqlite_stat1"_s));
    QVERIFY(fresh->database().scalar(u"SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'customers'"_s).toInt() > 0);
    QVERIFY2(Backup(*store).restoreFrom(file, &error), qPrintable(error));
    QCOMPARE(count(*store, u"customers"_s), inBackup);
    QCOMPARE(count(*store, u"audit_log"_s), 2 * inBackup + 7);
    // The change log continues after the restored sequence, never reusing a version.
    {
        Transaction t(store->database());
        const Row c = RecordWriter(store->database()).insert(u"customers"_s, Row{{u"name"_s, u"恢复后新增"_s}}, {});
        t.commit();
        QVERIFY(c.value(u"version"_s).toLongLong() > 2 * inBackup);
    }
}

void tst_Backup::postgresRoundTrip()
{
    Test::PgCluster &cluster = Test::PgCluster::shared();
    HUIKE_REQUIRE_PG_CLUSTER(cluster);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path(), cluster.createDatabase(u"backup_a_"_s + pid)}, &error);
    QVERIFY2(store, qPrintable(error));
    Writer writer(store->databaseUrl());
    writer.start();
    QTRY_VERIFY_WITH_TIMEOUT(writer.written > 20, 20000);
    const QString file = dir.path() + u"/copy.pgdump"_s;
    QVERIFY2(Backup(*store).backupTo(file, &error), qPrintable(error));
    writer.stop = true;
    writer.wait();
    QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));

    auto other = Store::open({dir.path(), cluster.createDatabase(u"backup_b_"_s + pid)}, &error);
    QVERIFY(other);
    QVERIFY2(Backup(*other).restoreFrom(file, &error), qPrintable(error));
    const qint64 restored = count(*other, u"customers"_s);
    QVERIFY(restored > 0);
    QCOMPARE(count(*other, u"contacts"_s), restored);
    QVERIFY(restored <= count(*store, u"customers"_s));
    // Analyzed after the restore (pg_restore brings no statistics; only ANALYZE fills them).
    QVERIFY(other->database().scalar(u"SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'customers'"_s).toInt() > 0);
    QCOMPARE(other->schemaVersion(), DomainSchema::BuiltInVersion);
}

void tst_Backup::dailyFolderKeepsTheNewest()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path(), {}}, &error);
    QVERIFY(store);
    Backup b(*store);
    QStringList written;
    for (int i = 0; i < 5; ++i) {
        written << b.backupToFolder(&error, 3);
        QVERIFY2(!written.last().isEmpty(), qPrintable(error));
        QTest::qWait(5);
    }
    const QStringList left = QDir(dir.path() + u"/backups"_s).entryList(QDir::Files, QDir::Name);
    QCOMPARE(left.size(), 3);
    QVERIFY(written.last().endsWith(left.last()));
}

void tst_Backup::badFiles()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path(), {}}, &error);
    QVERIFY(store);
    QVERIFY(!Backup(*store).restoreFrom(dir.path() + u"/missing.sqlite"_s, &error));
    QFile junk(dir.path() + u"/junk.sqlite"_s);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database");
    junk.close();
    QVERIFY(!Backup(*store).restoreFrom(junk.fileName(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(store->schemaVersion(), DomainSchema::BuiltInVersion); // the live store is untouched
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
