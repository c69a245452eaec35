// Drives the real huike-server executable as an admin or a service manager would.
#include "schema/domainschema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {
const QString Server = QStringLiteral(HUIKE_SERVER_EXE);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(Server, args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}
} // namespace

class tst_ServerApp : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void migrateThenDemo();
    void servesHealthAndStopsOnSigterm();
};

void tst_ServerApp::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no data folder") << QStringList{u"migrate"_s} << u"--data"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--data"_s, u"/tmp/x"_s}
                                     << u"unknown command"_s;
    QTest::newRow("bad listen") << QStringList{u"serve"_s, u"--data"_s, u"@DIR@"_s, u"--listen"_s, u"nohost"_s}
                                << u"--listen"_s;
    QTest::newRow("half TLS") << QStringList{u"serve"_s, u"--data"_s, u"@DIR@"_s, u"--tls-cert"_s, u"a.pem"_s}
                              << u"--tls-key"_s;
    QTest::newRow("bad customers") << QStringList{u"demo"_s, u"--data"_s, u"@DIR@"_s, u"--customers"_s, u"lots"_s}
                                   << u"--customers"_s;
}

void tst_ServerApp::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    args.replaceInStrings(u"@DIR@"_s, dir.path());
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_ServerApp::migrateThenDemo()
{
    QTemporaryDir dir;
    Run r = run({u"migrate"_s, u"--data"_s, dir.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"schema version %1"_s.arg(Huike::DomainSchema::BuiltInVersion)), qPrintable(r.out));
    r = run({u"demo"_s, u"--data"_s, dir.path(), u"--customers"_s, u"50"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"50 customers"_s), qPrintable(r.out));
    r = run({u"demo"_s, u"--data"_s, dir.path(), u"--customers"_s, u"50"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"already holds 50"_s), qPrintable(r.out));
}

void tst_ServerApp::servesHealthAndStopsOnSigterm()
{
    QTemporaryDir dir;
    const int port = freePort();
    QProcess server;
    server.start(Server, {u"--data"_s, dir.path(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    QVERIFY(server.waitForStarted());

    QNetworkAccessManager nam;
    QJsonObject health;
    for (int attempt = 0; attempt < 100 && health.isEmpty(); ++attempt) {
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(port))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(2000);
        if (reply->error() == QNetworkReply::NoError)
            health = QJsonDocument::fromJson(reply->readAll()).object();
        else
            QTest::qWait(100);
        reply->deleteLater();
    }
    QCOMPARE(health.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(health.value(u"store"_s).toString(), u"sqlite"_s);
    QCOMPARE(health.value(u"schema"_s).toInt(), Huike::DomainSchema::BuiltInVersion);

    ::kill(pid_t(server.processId()), SIGTERM);
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_ServerApp)
#include "tst_serverapp.moc"
