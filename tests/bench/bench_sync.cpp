// Sync figures on loopback against the real huike-server with the demo data set of
// HUIKE_BENCH_CUSTOMERS customers (default 100000; about 11 rows each):
//   sync.initial_rows_per_s      initial sync of the director's whole scope into an empty replica
//   sync.initial_manager_rows_per_s  the same for a manager (part of the customers)
//   sync.replica_mb_per_1m_rows  the replica file per million rows
//   sync.incremental_10k_ms      pulling 10,000 changed rows
//   sync.edit_visible_p99_ms     an edit on one client visible in another's replica
//                                (push + poke + pull), 200 edits, once the replicas'
//                                search indexes are built; sync.edit_visible_indexing_*
//                                30 edits right after the first sync, while they are built
//   sync.client_peak_rss_mb      peak resident memory of this (client) process
//   server.push_1000_ms          one client pushing 1,000 new records
//   server.pull_p99_ms_200_clients  200 clients pulling at once; and server.pull_errors
// HUIKE_BENCH_DATA=DIR keeps the seeded store there and starts every run from a copy;
// HUIKE_BENCH_KEEP_REPLICA=FILE keeps a copy of the replica after the initial sync.
#include "benchutil.h"
#include "dedupebench.h"

#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "syncclient/synccontroller.h"
#include "syncclient/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

QString login(const QUrl &server, const QString &user)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(server.toString() + u"/api/v1/auth/login"_s));
    req.setRawHeader("Content-Type", "application/json");
    QNetworkReply *r = nam.post(req, QJsonDocument(QJsonObject{{u"login"_s, user}, {u"password"_s, u"huike2026"_s}}).toJson());
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString token = QJsonDocument::fromJson(r->readAll()).object().value(u"token"_s).toString();
    r->deleteLater();
    return token;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size())))];
}

qint64 rows(Replica &r)
{
    qint64 n = 0;
    for (const QString &t : {u"customers"_s, u"contacts"_s, u"activities"_s, u"opportunities"_s, u"quotes"_s,
                             u"quote_lines"_s, u"contracts"_s, u"contract_lines"_s, u"payment_plans"_s,
                             u"payments"_s, u"invoices"_s, u"users"_s, u"departments"_s, u"user_departments"_s, u"products"_s})
        n += r.database().scalar(u"SELECT count(*) FROM %1"_s.arg(t)).toLongLong();
    return n;
}

// Where the replica's bytes go (HUIKE_SYNC_PROFILE=1): pages of tables, of their primary
// and unique keys, of the other indexes, of the search index, and free ones, per million
// rows (SQLite's dbstat).
void printReplicaBytes(Database &db, qint64 rows)
{
    QSqlQuery q(db.handle());
    if (!q.exec(u"SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name"_s))
        return; // built without dbstat
    double tables = 0, keys = 0, indexes = 0, search = 0, unused = 0;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const double bytes = q.value(1).toDouble();
        unused += q.value(2).toDouble();
        if (name.startsWith(u"search_"))
            search += bytes;
        else if (name.startsWith(u"sqlite_autoindex_"))
            keys += bytes;
        else if (name.startsWith(u"ix_") || name.startsWith(u"ux_"))
            indexes += bytes;
        else
            tables += bytes;
    }
    const double pageSize = db.scalar(u"PRAGMA page_size"_s).toDouble();
    const double free = db.scalar(u"PRAGMA freelist_count"_s).toDouble() * pageSize;
    const double perMillion = 1e6 / double(std::max<qint64>(rows, 1)) / 1048576.0;
    std::fprintf(stderr,
                 "replica bytes per 1M rows: tables %.0f MiB, primary/unique keys %.0f MiB, other indexes %.0f MiB, "
                 "search index %.0f MiB, free pages %.0f MiB (unused space within pages %.0f MiB)\n",
                 tables * perMillion, keys * perMillion, indexes * perMillion, search * perMillion, free * perMillion,
                 unused * perMillion);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const long long customers = Bench::envInt("HUIKE_BENCH_CUSTOMERS", 100000);
    QTemporaryDir dir;
    const QString data = dir.path() + u"/server"_s;
    const QString serverExe = QStringLiteral(HUIKE_SERVER_EXE);
    // HUIKE_BENCH_DATA=DIR seeds there once and starts each run from a copy (the run
    // changes the store; seeding 100,000 customers takes minutes).
    const QString keep = qEnvironmentVariable("HUIKE_BENCH_DATA");
    const QString seedDir = keep.isEmpty() ? data : keep;
    if (!QFileInfo::exists(seedDir + u"/huike.sqlite"_s)) {
        std::fprintf(stderr, "  seeding %lld customers…\n", customers);
        QDir().mkpath(seedDir);
        if (QProcess::execute(serverExe, {u"demo"_s, u"--data"_s, seedDir, u"--customers"_s, QString::number(customers)}) != 0)
            return 1;
    } else {
        std::fprintf(stderr, "  reusing the store in %s\n", qPrintable(seedDir));
    }
    if (seedDir != data) {
        QDir().mkpath(data);
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            const QString from = seedDir + u"/huike.sqlite"_s + suffix;
            if (QFileInfo::exists(from) && !QFile::copy(from, data + u"/huike.sqlite"_s + suffix)) {
                std::fprintf(stderr, "cannot copy %s\n", qPrintable(from));
                return 1;
            }
        }
    }
    int port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(serverExe, {u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                             u"--backup-days"_s, u"0"_s, u"--pool-days"_s, u"0"_s});
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
    QString director;
    for (int i = 0; i < 100 && director.isEmpty(); ++i) {
        director = login(url, u"zhaomin"_s);
        if (director.isEmpty())
            QThread::msleep(100);
    }
    if (director.isEmpty())
        return 1;

    // Initial sync of everything the director sees.
    auto replica = Replica::open(dir.path() + u"/director.replica"_s);
    {
        QElapsedTimer t;
        t.start();
        const auto r = SyncEngine(*replica, url, director).sync();
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!r.ok || !r.checksumsMatch) {
            std::fprintf(stderr, "initial sync failed: %s\n", qPrintable(r.error));
            return 1;
        }
        const qint64 n = rows(*replica);
        Bench::report("sync.initial_rows_per_s", double(n) / s, "rows/s");
        Bench::report("sync.initial_rows", double(n), "rows");
        replica->database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        Bench::report("sync.replica_mb_per_1m_rows",
                      double(QFileInfo(dir.path() + u"/director.replica"_s).size()) / 1048576.0 * 1e6 / double(n), "MiB");
        // HUIKE_BENCH_KEEP_REPLICA=FILE keeps a copy of the replica as the first sync left
        // it (where its bytes go: sqlite3 FILE "SELECT name, sum(pgsize) FROM dbstat …").
        if (qEnvironmentVariableIntValue("HUIKE_SYNC_PROFILE"))
            printReplicaBytes(replica->database(), n);
        // The card's duplicate check on the replica as the first download left it: the
        // statistics the download gathered are all it has (issue 17).
        const QList<double> dedupe = Bench::dedupeTimesMs(*replica, 300);
        if (!dedupe.isEmpty()) {
            Bench::report("sync.dedupe_after_first_sync_p50_ms", Bench::percentile(dedupe, 0.50), "ms");
            Bench::report("sync.dedupe_after_first_sync_p95_ms", Bench::percentile(dedupe, 0.95), "ms");
        }
        const QString keepReplica = qEnvironmentVariable("HUIKE_BENCH_KEEP_REPLICA");
        if (!keepReplica.isEmpty()) {
            QFile::remove(keepReplica);
            QFile::copy(dir.path() + u"/director.replica"_s, keepReplica);
        }
    }
    // A manager's first download: part of the customers, so a customer's records come by
    // customer (Visibility::readableChildPage) and the checksum is read back at the end.
    {
        const QString manager = login(url, u"chenjing"_s);
        auto mine = Replica::open(dir.path() + u"/manager.replica"_s);
        QElapsedTimer t;
        t.start();
        const auto r = manager.isEmpty() ? SyncEngine::Result() : SyncEngine(*mine, url, manager).sync();
        const double s = double(t.nsecsElapsed()) / 1e9;
        if (!r.ok || !r.checksumsMatch) {
            std::fprintf(stderr, "manager's initial sync failed: %s\n", qPrintable(r.error));
            return 1;
        }
        const qint64 n = rows(*mine);
        Bench::report("sync.initial_manager_rows_per_s", double(n) / s, "rows/s");
        Bench::report("sync.initial_manager_rows", double(n), "rows");
    }
    if (qEnvironmentVariableIntValue("HUIKE_BENCH_INITIAL_ONLY")) { // profiling the initial sync alone
        server.terminate();
        server.waitForFinished(10000);
        return 0;
    }

    // 10,000 changed rows on the server, then one incremental sync.
    {
        Database db = Database::openSqlite(data + u"/huike.sqlite"_s);
        QStringList ids;
        QSqlQuery q = db.exec(u"SELECT id FROM contacts ORDER BY id LIMIT 10000"_s);
        while (q.next())
            ids << q.value(0).toString();
        RecordWriter w(db);
        Transaction tx(db);
        for (qsizetype i = 0; i < ids.size(); ++i)
            w.update(u"contacts"_s, ids[i], Row{{u"title"_s, u"经理%1"_s.arg(i)}}, {});
        tx.commit();
        QElapsedTimer t;
        t.start();
        const auto r = SyncEngine(*replica, url, director).sync();
        if (!r.ok)
            return 1;
        Bench::report("sync.incremental_10k_ms", double(t.nsecsElapsed()) / 1e6, "ms");
    }

    // One client pushes 1,000 new records.
    {
        const QString wang = login(url, u"wangfang"_s);
        auto rep = Replica::open(dir.path() + u"/push.replica"_s);
        SyncEngine(*rep, url, wang).sync();
        for (int i = 0; i < 1000; ++i)
            rep->create(u"customers"_s, Row{{u"name"_s, u"推送基准%1有限公司"_s.arg(i)}});
        QElapsedTimer t;
        t.start();
        SyncEngine::Options o;
        o.pushBatch = 1000;
        const auto r = SyncEngine(*rep, url, wang, o).sync();
        if (!r.ok || r.pushed != 1000)
            return 1;
        Bench::report("server.push_1000_ms", double(t.nsecsElapsed()) / 1e6, "ms");
    }

    // An edit on one client, seen in another's replica: push, poke, pull.
    {
        const QString wang = login(url, u"wangfang"_s);
        const QString pathA = dir.path() + u"/a.replica"_s, pathB = dir.path() + u"/b.replica"_s;
        Replica::open(pathA);
        Replica::open(pathB);
        SyncController a(pathA, url, wang), b(pathB, url, wang);
        a.start();
        b.start();
        QElapsedTimer wait;
        wait.start();
        while ((a.state() != SyncController::State::UpToDate || b.state() != SyncController::State::UpToDate) && wait.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        auto uiA = Replica::open(pathA);
        auto uiB = Replica::open(pathB);
        const QString customer = uiA->database().scalar(u"SELECT id FROM customers WHERE owner_id IS NOT NULL LIMIT 1"_s).toString();
        // Edits on A, each until B's replica shows it; `name` the figure.
        auto measure = [&](const char *name, int round, int edits) {
            QList<double> latencies, saves;
            for (int i = 0; i < edits; ++i) {
                const QString value = u"备注 %1-%2"_s.arg(round).arg(i);
                QElapsedTimer t;
                t.start();
                uiA->update(u"customers"_s, customer, Row{{u"background"_s, value}});
                saves << double(t.nsecsElapsed()) / 1e6; // the save itself (it queues with the sync thread's writes)
                a.localChange();
                while (uiB->read(u"customers"_s, customer)->value(u"background"_s).toString() != value && t.elapsed() < 10000)
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
                latencies << double(t.nsecsElapsed()) / 1e6;
            }
            const auto print = [name](const char *what, const QList<double> &ms) {
                QStringList each;
                for (double l : ms)
                    each << QString::number(l, 'f', 0);
                std::fprintf(stderr, "  %s: %s (ms): %s\n", name, what, qPrintable(each.join(u' ')));
            };
            print("edit visible after", latencies);
            print("of which the save", saves);
            const std::string base(name);
            Bench::report((base + "_p50_ms").c_str(), percentile(latencies, 0.5), "ms");
            Bench::report((base + "_p99_ms").c_str(), percentile(latencies, 0.99), "ms");
            Bench::report((base + "_save_max_ms").c_str(), percentile(saves, 1.0), "ms");
        };
        // Right after the first sync both replicas still build their search index in the
        // background (a step at a time, half a core at most)…
        measure("sync.edit_visible_indexing", 0, 30);
        // …and once it is built (at most three minutes' wait): the steady state.
        QElapsedTimer indexing;
        indexing.start();
        while ((SearchIndex(uiA->database()).backlog() > 0 || SearchIndex(uiB->database()).backlog() > 0) && indexing.elapsed() < 180000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        std::fprintf(stderr, "  search indexes built after %.0f s more\n", double(indexing.elapsed()) / 1000);
        measure("sync.edit_visible", 1, 200); // p99: the second slowest
    }

    Bench::report("sync.client_peak_rss_mb", Bench::peakRssMb(), "MiB");

    // 200 clients pulling at once (each its own connection): cold (from the start of the
    // change log, 200 changes each) and steady (at the head: what a poke triggers).
    const QString wang = login(url, u"wangfang"_s);
    qint64 head = 0;
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(url.toString() + u"/api/v1/sync/head"_s));
        req.setRawHeader("Authorization", "Bearer " + wang.toLatin1());
        QNetworkReply *r = nam.get(req);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        head = qint64(QJsonDocument::fromJson(r->readAll()).object().value(u"seq"_s).toDouble());
        r->deleteLater();
    }
    for (const bool steady : {false, true}) {
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        QList<double> latencies;
        int errors = 0, done = 0;
        QEventLoop loop;
        for (int i = 0; i < 200; ++i) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(QUrl(url.toString() + u"/api/v1/sync/pull?cursor=%1&limit=200&clientId=bench%2"_s
                                                          .arg(steady ? head : 0).arg(i)));
            req.setRawHeader("Authorization", "Bearer " + wang.toLatin1());
            auto *t = new QElapsedTimer;
            t->start();
            QNetworkReply *r = nams.back()->get(req);
            QObject::connect(r, &QNetworkReply::finished, [&, r, t] {
                latencies << double(t->nsecsElapsed()) / 1e6;
                delete t;
                if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++errors;
                r->deleteLater();
                if (++done == 200)
                    loop.quit();
            });
        }
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        Bench::report(steady ? "server.pull_p99_ms_200_clients" : "server.pull_cold_p99_ms_200_clients",
                      percentile(latencies, 0.99), "ms");
        Bench::report(steady ? "server.pull_errors_200_clients" : "server.pull_cold_errors_200_clients",
                      double(errors + (200 - done)), "errors");
    }
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
