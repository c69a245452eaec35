#include "apifixture.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "syncclient/synccontroller.h"
#include "syncclient/syncworker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_SyncController : public QObject
{
    Q_OBJECT

private slots:
    void syncsInTheBackgroundAndOnPokes();
    void offlineThenBack();
    void indexStepsFollowTheTime_data();
    void indexStepsFollowTheTime();
    void largeBacklogMergedInTheBackground();
};

void tst_SyncController::syncsInTheBackgroundAndOnPokes()
{
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    QTemporaryDir dir;
    const QString path = dir.path() + u"/w.replica"_s;
    Replica::open(path); // created by the app before sync starts

    SyncController sync(path, f->url(), f->login(u"wangfang"_s));
    QSignalSpy states(&sync, &SyncController::stateChanged);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::UpToDate, 10000);
    QVERIFY(sync.lastSynced().isValid());

    // A round that brings nothing does not make the views re-read a big list.
    QSignalSpy changes(&sync, &SyncController::dataChanged);
    QSignalSpy synced(&sync, &SyncController::synced);
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 5000);
    QCOMPARE(changes.count(), 0);

    // A change by someone else reaches the replica through a poke, without polling.
    const auto r = f->call("POST", u"/api/v1/customers"_s,
                           {{u"name"_s, u"推送测试有限公司"_s}, {u"ownerId"_s, f->users().findByLogin(u"wangfang"_s)->id}},
                           f->login(u"chenjing"_s));
    QCOMPARE(r.status, 201);
    const QString id = r.json.value(u"id"_s).toString();
    auto reader = Replica::open(path); // the UI's own connection
    QTRY_VERIFY_WITH_TIMEOUT(reader->read(u"customers"_s, id).has_value(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 5000); // and the views hear of it

    // A local save is pushed soon after, off this thread.
    reader->update(u"customers"_s, id, Row{{u"level"_s, u"a"_s}});
    sync.localChange();
    QTRY_COMPARE_WITH_TIMEOUT(f->call("GET", u"/api/v1/customers/"_s + id, {}, f->login(u"chenjing"_s))
                                  .json.value(u"level"_s).toString(),
                              u"a"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(sync.pendingCount(), 0, 5000);
    QVERIFY(states.count() >= 2);
}

void tst_SyncController::offlineThenBack()
{
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    QTemporaryDir dir;
    const QString path = dir.path() + u"/w.replica"_s;
    auto ui = Replica::open(path);
    ui->create(u"customers"_s, Row{{u"name"_s, u"离线录入有限公司"_s}});

    // Nobody listens on port 1: offline, the edit stays pending and is reported.
    SyncController sync(path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    QSignalSpy pending(&sync, &SyncController::pendingCountChanged);
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::Offline, 10000);
    QCOMPARE(sync.pendingCount(), 1);
    QVERIFY(!sync.reason().isEmpty());

    // Back online: the queue drains.
    sync.setServer(f->url(), f->login(u"wangfang"_s));
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::UpToDate, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sync.pendingCount(), 0, 5000);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 1);
}

void tst_SyncController::indexStepsFollowTheTime_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("next");
    QTest::newRow("fast: at most twice as many") << 250 << qint64(10) << 500;
    QTest::newRow("on time: the same") << 250 << qint64(SyncWorker::IndexStepMs) << 250;
    QTest::newRow("slow: fewer") << 2000 << qint64(2 * SyncWorker::IndexStepMs) << 1000;
    QTest::newRow("never fewer than the first") << 250 << qint64(600) << SyncWorker::IndexStepRows;
    QTest::newRow("never more than the most") << 4000 << qint64(5) << SyncWorker::IndexStepMaxRows;
    QTest::newRow("no time measured") << 300 << qint64(0) << 600;
}

// The search index's steps grow toward IndexStepMs each while a backlog lasts.
void tst_SyncController::indexStepsFollowTheTime()
{
    QFETCH(int, rows);
    QFETCH(qint64, ms);
    QFETCH(int, next);
    QCOMPARE(SyncWorker::nextIndexStep(rows, ms), next);
}

// A large backlog (here: one a first download left, half indexed when the program was
// closed) is indexed by the sync thread with FTS5's merges deferred, offline too, its
// segments merged in steps to a few, and every row is found.
void tst_SyncController::largeBacklogMergedInTheBackground()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/w.replica"_s;
    const int customers = 1200;
    {
        auto replica = Replica::open(path);
        replica->database().exec(
            u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            u"INSERT INTO customers (id, created_at, updated_at, name) SELECT printf('00000000-0000-4000-8000-%012d', i), "
            u"'2026-12-06T00:00:00Z', '2026-12-06T00:00:00Z', '苏州明辉' || i || '号电子有限公司' FROM n"_s,
            {customers});
        SearchIndex index(replica->database());
        index.deferMerges(SearchIndex::LargeBacklog);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(index.catchUp(20), 20);
    }
    auto ui = Replica::open(path);
    SearchIndex index(ui->database());
    QVERIFY(index.segments() > 4);
    SyncController sync(path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    QSignalSpy updates(&sync, &SyncController::searchIndexUpdated);
    sync.indexNow();
    QTRY_VERIFY_WITH_TIMEOUT(!index.mergesDeferred(), 30000);
    QCOMPARE(index.backlog(), 0);
    QVERIFY2(index.segments() <= 4, qPrintable(QString::number(index.segments()))); // from 30
    QVERIFY(!updates.isEmpty());
    QCOMPARE(updates.last().at(0).toInt(), 0);
    QCOMPARE(index.search(u"明辉"_s, customers + 10).size(), customers);
    QCOMPARE(index.search(u"明辉1111号"_s).value(0).title, u"苏州明辉1111号电子有限公司"_s);
}

QTEST_GUILESS_MAIN(tst_SyncController)
#include "tst_synccontroller.moc"
