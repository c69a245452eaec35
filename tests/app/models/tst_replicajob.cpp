// ReplicaJob (issue 19): long work on the replica off the window's thread — on a thread and
// connection of its own, progress and the end as queued signals, what it writes seen by the
// window's connection at once, and a cancel that stops even a statement running.
#include "core/id.h"
#include "models/replicajob.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ReplicaJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void worksOnItsOwnThreadAndConnection();
    void cancelStopsAStatementThatRuns();
    void aSecondStartWaitsItsTurn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_ReplicaJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Id::generate().toString());
}

void tst_ReplicaJob::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_ReplicaJob::worksOnItsOwnThreadAndConnection()
{
    ReplicaJob job(*m_replica);
    QSignalSpy progressed(&job, &ReplicaJob::progressed);
    QThread *thread = nullptr;
    QString connection, created;
    QVERIFY(job.start([&](Replica &replica, ReplicaJob &self) {
        thread = QThread::currentThread();
        connection = replica.database().connectionName();
        for (int i = 0; i <= 4; ++i)
            self.progress(i, 4);
        created = replica.create(u"customers"_s, Row{{u"name"_s, u"后台有限公司"_s}}).value(u"id"_s).toString();
    }));
    QVERIFY(job.isRunning());
    job.waitForFinished();
    QVERIFY(!job.isRunning());
    QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
    QVERIFY(thread && thread != QThread::currentThread());
    QVERIFY(connection != m_replica->database().connectionName());
    QCoreApplication::processEvents();
    QCOMPARE(progressed.count(), 5);
    QCOMPARE(progressed.last().at(0).toLongLong(), 4);
    // The window's connection sees what the job committed.
    QCOMPARE(m_replica->read(u"customers"_s, created)->value(u"name"_s).toString(), u"后台有限公司"_s);
    // The same connection the next time.
    QString again;
    QVERIFY(job.start([&](Replica &replica, ReplicaJob &) { again = replica.database().connectionName(); }));
    job.waitForFinished();
    QCOMPARE(again, connection);
}

void tst_ReplicaJob::cancelStopsAStatementThatRuns()
{
    ReplicaJob job(m_replica->database());
    QSignalSpy progressed(&job, &ReplicaJob::progressed);
    QSignalSpy finished(&job, &ReplicaJob::finished);
    QVERIFY(job.start(
        [](Database &db, ReplicaJob &self) {
            self.progress(1, 2);
            db.scalar(u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"_s); // endless
        },
        ReplicaJob::Interrupt::Yes));
    QVERIFY(progressed.wait(10000)); // in the statement, or about to be
    job.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(job.isCancelled());
    QVERIFY2(job.error().contains(u"interrupt"_s), qPrintable(job.error()));
    // Done with, the connection works on.
    bool ran = false;
    QVERIFY(job.start([&](Database &db, ReplicaJob &) { ran = db.scalar(u"SELECT 1"_s).toInt() == 1; }, ReplicaJob::Interrupt::Yes));
    job.waitForFinished();
    QVERIFY(ran);
    QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
}

void tst_ReplicaJob::aSecondStartWaitsItsTurn()
{
    ReplicaJob job(*m_replica);
    QVERIFY(job.start([](Replica &, ReplicaJob &self) {
        while (self.progress(0, 1))
            QThread::msleep(1);
    }));
    QVERIFY(!job.start([](Replica &, ReplicaJob &) {}));
    job.cancel();
    job.waitForFinished();
    QVERIFY(job.error().isEmpty());
    // A job made from a connection has no replica to give.
    ReplicaJob bare(m_replica->database());
    QVERIFY(!bare.start([](Replica &, ReplicaJob &) {}));
}

QTEST_GUILESS_MAIN(tst_ReplicaJob)
#include "tst_replicajob.moc"
