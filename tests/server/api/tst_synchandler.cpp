// The poke WebSocket of SyncHandler on a server whose connection timeouts are short
// (issue 15, finding 7): a plain GET is answered at once, a real poke connection lives on.
#include "api/apicontext.h"
#include "api/apiserver.h"
#include "api/authhandler.h"
#include "api/synchandler.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/userdirectory.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace Huike;

class tst_SyncHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plainGetIsAnsweredAtOnce();
    void fiftyPlainGetsAreAllAnswered();
    void pokeConnectionOutlivesTheTimeouts();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
    };
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token = {});
    void addUser(const QString &login)
    {
        UserDirectory::NewUser u;
        u.login = login;
        u.displayName = login;
        u.role = u"sales"_s;
        m_users->addUser(u, u"password-"_s + login);
    }
    QString code(const Reply &r) const { return r.json.value(u"error"_s).toObject().value(u"code"_s).toString(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::optional<UserDirectory> m_users;
    std::optional<AuthService> m_auth;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<AuthHandler> m_authHandler;
    std::unique_ptr<SyncHandler> m_sync;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    QString m_token;
};

void tst_SyncHandler::initTestCase()
{
    QString error;
    m_store = Store::open({m_dir.path(), {}}, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_users.emplace(m_store->database(), PasswordHasher(PasswordHasher::testCost()));
    m_auth.emplace(m_store->database(), *m_users);
    const ApiContext context{m_store->database(), *m_users, *m_auth};
    m_api = std::make_unique<ApiServer>();
    m_api->setTimeouts({.read = 300ms, .request = 1000ms, .idle = 500ms});
    m_authHandler = std::make_unique<AuthHandler>(context);
    m_authHandler->registerRoutes(m_api->router());
    m_sync = std::make_unique<SyncHandler>(context, *m_api);
    m_sync->registerRoutes(m_api->router());
    auto *tcp = new QTcpServer;
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_port = tcp->serverPort();
    m_api->bind(tcp);

    addUser(u"wangfang"_s);
    const Reply r = call("POST", u"/api/v1/auth/login"_s, R"({"login":"wangfang","password":"password-wangfang"})");
    QCOMPARE(r.status, 200);
    m_token = r.json.value(u"token"_s).toString();
    QVERIFY(!m_token.isEmpty());
}

void tst_SyncHandler::cleanupTestCase()
{
    m_sync.reset();
    m_authHandler.reset();
    m_api.reset();
    m_auth.reset();
    m_users.reset();
    m_store.reset();
}

tst_SyncHandler::Reply tst_SyncHandler::call(const QByteArray &method, const QString &path,
                                             const QByteArray &body, const QString &token)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // an unanswered request fails, not hangs
    loop.exec();
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return out;
}

void tst_SyncHandler::plainGetIsAnsweredAtOnce()
{
    QElapsedTimer clock;
    clock.start();
    Reply r = call("GET", u"/api/v1/sync/poke"_s, {}, m_token);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.status, 426);
    QCOMPARE(code(r), u"upgrade_required"_s);
    QVERIFY(!r.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());

    r = call("GET", u"/api/v1/sync/poke"_s, {}); // without a token: the token comes first
    QCOMPARE(r.status, 401);
}

void tst_SyncHandler::fiftyPlainGetsAreAllAnswered()
{
    // Raw connections: the network access manager would use only six.
    const QByteArray get = "GET /api/v1/sync/poke HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + m_token.toLatin1() + "\r\n\r\n";
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 50; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        socket->write(get);
        sockets.push_back(std::move(socket));
    }
    QElapsedTimer clock;
    clock.start();
    // The server runs on this thread: wait through the event loop only.
    auto answered = [&] {
        return std::count_if(sockets.begin(), sockets.end(), [](const auto &s) {
            return s->peek(12) == "HTTP/1.1 426";
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(answered(), 50, 5000);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void tst_SyncHandler::pokeConnectionOutlivesTheTimeouts()
{
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy pokes(&client, &QWebSocket::textMessageReceived);
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/sync/poke"_s.arg(m_port)));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    client.open(request);
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE(m_sync->pokeClients(), 1);

    QTest::qWait(2000); // longer than the read, request and idle timeouts together
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(m_sync->pokeClients(), 1);

    // A change still reaches it.
    pokes.clear();
    addUser(u"lina"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pokes.isEmpty(), 3000);
    QCOMPARE(pokes.last().first().toString(), u"pull"_s);
    client.close();
    QTRY_COMPARE(m_sync->pokeClients(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncHandler)
#include "tst_synchandler.moc"
