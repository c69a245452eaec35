// Invariants 1–3 of DESIGN.md §3 under kill -9: of the client right after it said
// "saved", of the server in the middle of a push, and of the server after the commit but
// before the reply. No write is lost, none is applied twice.
#include "auth/passwordhasher.h"
#include "auth/userdirectory.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "store/store.h"
#include "syncclient/syncengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// The real huike-server over a data folder.
struct Server
{
    QProcess process;
    int port = 0;
    bool start(const QString &data, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        port = freePort();
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HUIKE_SERVER_EXE),
                      {u"serve"_s, u"--data"_s, data, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                       u"--backup-days"_s, u"0"_s, u"--pool-days"_s, u"0"_s});
        QNetworkAccessManager nam;
        for (int i = 0; i < 100; ++i) {
            QNetworkReply *r = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/api/v1/health"_s.arg(port))));
            QEventLoop loop;
            QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const bool up = r->error() == QNetworkReply::NoError;
            r->deleteLater();
            if (up)
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    void kill9()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }
};

QString login(const QUrl &server, const QString &user, const QString &password)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(server.toString() + u"/api/v1/auth/login"_s));
    req.setRawHeader("Content-Type", "application/json");
    QNetworkReply *r = nam.post(req, QJsonDocument(QJsonObject{{u"login"_s, user}, {u"password"_s, password}}).toJson());
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QString token = QJsonDocument::fromJson(r->readAll()).object().value(u"token"_s).toString();
    r->deleteLater();
    return token;
}

} // namespace

class tst_Crashes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void clientKilledAfterSaved();
    void serverKilledDuringPush();
    void serverKilledAfterCommit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    QString m_userId;
};

void tst_Crashes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->path() + u"/server"_s;
    QString error;
    auto store = Store::open({m_data, {}}, &error);
    QVERIFY2(store, qPrintable(error));
    UserDirectory users(store->database(), PasswordHasher(PasswordHasher::testCost()));
    m_userId = users.addUser({u"wangfang"_s, u"王芳"_s, u"sales"_s, {}, {}, {u"销售部/华东区"_s}, {}}, u"password-1"_s);
}

void tst_Crashes::clientKilledAfterSaved()
{
    const QString path = m_dir->path() + u"/client.replica"_s;
    QProcess probe;
    probe.start(QStringLiteral(HUIKE_PROBE_EXE), {path, u"断电前保存的客户有限公司"_s});
    QVERIFY(probe.waitForReadyRead(20000));
    const QString line = QString::fromUtf8(probe.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"saved "_s), qPrintable(line));
    const QString id = line.mid(6);
    ::kill(pid_t(probe.processId()), SIGKILL); // right after the UI would have said "saved"
    probe.waitForFinished(5000);

    auto replica = Replica::open(path);
    QCOMPARE(replica->read(u"customers"_s, id)->value(u"name"_s).toString(), u"断电前保存的客户有限公司"_s);
    QCOMPARE(replica->pendingCount(), 1);
    Server server;
    QVERIFY(server.start(m_data));
    const auto r = SyncEngine(*replica, server.url(), login(server.url(), u"wangfang"_s, u"password-1"_s)).sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(replica->pendingCount(), 0);
    server.kill9();
    QString error;
    auto store = Store::open({m_data, {}}, &error);
    QCOMPARE(store->database().scalar(u"SELECT name FROM customers WHERE id = ?"_s, {id}).toString(), u"断电前保存的客户有限公司"_s);
}

void tst_Crashes::serverKilledDuringPush()
{
    const QString path = m_dir->path() + u"/client.replica"_s;
    auto replica = Replica::open(path);
    QStringList ids;
    for (int i = 0; i < 400; ++i)
        ids << replica->create(u"customers"_s, Row{{u"name"_s, u"批量客户%1有限公司"_s.arg(i)}}).value(u"id"_s).toString();
    Server server;
    QVERIFY(server.start(m_data));
    const QString token = login(server.url(), u"wangfang"_s, u"password-1"_s);
    SyncEngine::Options options;
    options.pushBatch = 100;
    // Kill the server while the pushes are under way.
    QTimer::singleShot(150, [&] { server.kill9(); });
    const auto first = SyncEngine(*replica, server.url(), token, options).sync();
    QVERIFY(!first.ok); // it died under us
    QVERIFY(replica->pendingCount() > 0);
    Server again;
    QVERIFY(again.start(m_data));
    const auto second = SyncEngine(*replica, again.url(), token, options).sync();
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(second.checksumsMatch);
    QCOMPARE(replica->pendingCount(), 0);
    again.kill9();
    QString error;
    auto store = Store::open({m_data, {}}, &error);
    QCOMPARE(store->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 400); // none lost, none twice
    QCOMPARE(store->database().scalar(u"SELECT count(DISTINCT name) FROM customers"_s).toInt(), 400);
}

void tst_Crashes::serverKilledAfterCommit()
{
    const QString path = m_dir->path() + u"/client.replica"_s;
    auto replica = Replica::open(path);
    for (int i = 0; i < 5; ++i)
        replica->create(u"customers"_s, Row{{u"name"_s, u"提交后断电%1有限公司"_s.arg(i)}});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HUIKE_TEST_CRASH"_s, u"after-push-commit"_s);
    Server crashing;
    QVERIFY(crashing.start(m_data, env));
    const QString token = login(crashing.url(), u"wangfang"_s, u"password-1"_s);
    const auto first = SyncEngine(*replica, crashing.url(), token).sync();
    QVERIFY(!first.ok);
    crashing.process.waitForFinished(5000);
    QCOMPARE(replica->pendingCount(), 5); // the client never heard: it keeps them
    Server again;
    QVERIFY(again.start(m_data));
    const auto second = SyncEngine(*replica, again.url(), token).sync();
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(second.checksumsMatch);
    QCOMPARE(replica->pendingCount(), 0);
    again.kill9();
    QString error;
    auto store = Store::open({m_data, {}}, &error);
    QCOMPARE(store->database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), 5); // applied once
}

QTEST_GUILESS_MAIN(tst_Crashes)
#include "tst_crashes.moc"
