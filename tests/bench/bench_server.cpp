// Figures for huike-server over HTTP on loopback, with the demo data set of
// HUIKE_BENCH_CUSTOMERS customers (default 100000) in an embedded SQLite store:
//   server.login_per_s        sequential logins (argon2id at the production cost)
//   server.list_p50_ms / server.list_p99_ms
//                             GET /api/v1/customers pages as a sales rep, a manager, a clerk and the director
//   server.get_p99_ms         GET /api/v1/customers/{id}
// HUIKE_BENCH_DATA=DIR keeps the seeded store there and reuses it on the next run
// (seeding a million customers takes a quarter of an hour).
// The sync figures (push, pull with 200 clients) join when the sync endpoints land.
#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QNetworkAccessManager *nam;
int port;

QJsonObject call(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token, int *status)
{
    QNetworkRequest r(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    r.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam->sendCustomRequest(r, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

QString login(const QString &user)
{
    int status = 0;
    return call("POST", u"/api/v1/auth/login"_s,
                QJsonDocument(QJsonObject{{u"login"_s, user}, {u"password"_s, u"huike2026"_s}}).toJson(),
                {}, &status)
        .value(u"token"_s)
        .toString();
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qsizetype(std::min<double>(double(v.size() - 1), p * double(v.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const long long customers = Huike::Bench::envInt("HUIKE_BENCH_CUSTOMERS", 100000);
    QTemporaryDir tmp;
    const QString keep = qEnvironmentVariable("HUIKE_BENCH_DATA");
    const QString dataDir = keep.isEmpty() ? tmp.path() : keep;
    const QString server = QStringLiteral(HUIKE_SERVER_EXE);

    if (!QFileInfo::exists(dataDir + u"/huike.sqlite"_s)) {
        std::fprintf(stderr, "  seeding %lld customers…\n", customers);
        QDir().mkpath(dataDir);
        if (QProcess::execute(server, {u"demo"_s, u"--data"_s, dataDir, u"--customers"_s, QString::number(customers)}) != 0)
            return 1;
    } else {
        std::fprintf(stderr, "  reusing the store in %s\n", qPrintable(dataDir));
    }
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    QProcess proc;
    proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    proc.start(server, {u"serve"_s, u"--data"_s, dataDir, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                        u"--backup-days"_s, u"0"_s, u"--pool-days"_s, u"0"_s});
    QNetworkAccessManager manager;
    nam = &manager;
    int status = 0;
    for (int i = 0; i < 100 && status != 200; ++i) {
        call("GET", u"/api/v1/health"_s, {}, {}, &status);
        if (status != 200)
            QThread::msleep(100);
    }
    if (status != 200)
        return 1;

    {
        QElapsedTimer t;
        t.start();
        int n = 0;
        while (t.elapsed() < 3000) {
            if (login(u"wangfang"_s).isEmpty())
                return 1;
            ++n;
        }
        Huike::Bench::report("server.login_per_s", n * 1000.0 / double(t.elapsed()), "logins/s");
    }

    QList<double> lists, gets;
    for (const QString &user : {u"wangfang"_s, u"chenjing"_s, u"sunli"_s, u"zhaomin"_s}) {
        const QString token = login(user);
        QString cursor;
        QStringList ids;
        for (int i = 0; i < 100; ++i) {
            QElapsedTimer t;
            t.start();
            const QJsonObject page = call("GET", u"/api/v1/customers?limit=50"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor), {}, token, &status);
            lists << double(t.nsecsElapsed()) / 1e6;
            if (status != 200)
                return 1;
            for (const QJsonValue &v : page.value(u"items"_s).toArray())
                ids << v.toObject().value(u"id"_s).toString();
            cursor = page.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        for (int i = 0; i < 200 && !ids.isEmpty(); ++i) {
            QElapsedTimer t;
            t.start();
            call("GET", u"/api/v1/customers/"_s + ids[(i * 7919) % ids.size()], {}, token, &status);
            gets << double(t.nsecsElapsed()) / 1e6;
            if (status != 200)
                return 1;
        }
    }
    Huike::Bench::report("server.list_p50_ms", percentile(lists, 0.5), "ms");
    Huike::Bench::report("server.list_p99_ms", percentile(lists, 0.99), "ms");
    Huike::Bench::report("server.get_p99_ms", percentile(gets, 0.99), "ms");
    proc.terminate();
    proc.waitForFinished(10000);
    return 0;
}
