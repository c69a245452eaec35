// Invariant 5 of DESIGN.md §3: a reader that pulls with a cursor never skips a change,
// even when writers commit concurrently and a change with a lower sequence would
// otherwise commit after one with a higher (PostgreSQL sequences do exactly that without
// the serialised append in RecordWriter).
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/servermigrations.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

class Writer : public QThread
{
public:
    Writer(QString location, quint32 seed, bool holdOpen)
        : m_location(std::move(location)), m_seed(seed), m_holdOpen(holdOpen)
    {
    }
    std::atomic<bool> stop{false};
    QString error;

protected:
    void run() override
    {
        try {
            Database db = Database::open(m_location);
            RecordWriter w(db);
            QRandomGenerator rng(m_seed);
            while (!stop) {
                Transaction t(db);
                w.insert(u"customers"_s, Row{{u"name"_s, u"并发"_s}}, {});
                if (m_holdOpen)
                    QThread::usleep(rng.bounded(3000)); // hold the transaction open a while
                t.commit();
                if (!m_holdOpen)
                    QThread::usleep(rng.bounded(1000));
            }
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
    }

private:
    QString m_location;
    quint32 m_seed;
    bool m_holdOpen;
};

} // namespace

class tst_ChangeOrder : public QObject
{
    Q_OBJECT

private slots:
    void readerNeverSkips_data();
    void readerNeverSkips();
};

void tst_ChangeOrder::readerNeverSkips_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_ChangeOrder::readerNeverSkips()
{
    QFETCH(QString, dialect);
    QTemporaryDir dir;
    QString location = dir.path() + u"/store.sqlite"_s;
    if (dialect == u"postgres") {
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
        location = Test::PgCluster::shared().createDatabase(u"order_%1"_s.arg(QCoreApplication::applicationPid()));
    }
    Database reader = Database::open(location);
    DomainSchema::migrator().migrate(reader);
    ServerSchema::migrator().migrate(reader);

    std::vector<std::unique_ptr<Writer>> writers;
    for (quint32 i = 0; i < 4; ++i) {
        // SQLite writers take turns (BEGIN IMMEDIATE) and its lock is not fair: holding it
        // open would only starve the others. PostgreSQL writers overlap for real.
        writers.push_back(std::make_unique<Writer>(location, i + 1, dialect == u"postgres"));
        writers.back()->start();
    }
    QSet<qint64> seen;
    qint64 cursor = 0;
    auto pull = [&] {
        Transaction t(reader, Transaction::Mode::Read);
        const qint64 high = reader.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s).toLongLong();
        QSqlQuery q = reader.exec(u"SELECT seq FROM changes WHERE seq > ? AND seq <= ? ORDER BY seq"_s, {cursor, high});
        while (q.next()) {
            const qint64 s = q.value(0).toLongLong();
            QVERIFY2(!seen.contains(s), "a change was read twice");
            seen.insert(s);
        }
        cursor = high; // the cursor only moves forward
    };
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 3000) {
        pull();
        QThread::usleep(500);
    }
    for (auto &w : writers) {
        w->stop = true;
        w->wait();
        QVERIFY2(w->error.isEmpty(), qPrintable(w->error));
    }
    pull();
    QSet<qint64> all;
    QSqlQuery q = reader.exec(u"SELECT seq FROM changes"_s);
    while (q.next())
        all.insert(q.value(0).toLongLong());
    QVERIFY(all.size() > 50);
    // Every committed change was seen, though the reader moved its cursor past each page.
    QCOMPARE(seen.size(), all.size());
    QCOMPARE(seen, all);
}

QTEST_GUILESS_MAIN(tst_ChangeOrder)
#include "tst_changeorder.moc"
