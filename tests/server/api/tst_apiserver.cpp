#include "api/apiserver.h"
#include "api/healthhandler.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ApiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void health();
    void healthWhenStoreIsDown();
    void notFoundAndMethodNotAllowed();
    void bodyTooLarge();
    void chineseRoundTrips();
    // Issue 15, finding 7: no request may hold a socket for ever.
    void webSocketRouteWithoutUpgradeIsAnswered();
    void fiftyPlainGetsToAWebSocketRouteAreAllAnswered();
    void silentConnectionIsClosed();
    void partialRequestIsClosed();
    void tricklingRequestIsClosed();
    void slowSteadyBodyIsRead();
    void idleKeepAliveIsClosedAfterServingRequests();
    void webSocketOutlivesTheTimeouts();

private:
    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray allow;
        QByteArray contentType;
    };
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {});

    ApiServer m_server;
    QTcpServer *m_tcp = nullptr;
    QNetworkAccessManager m_nam;
    // A second server with timeouts short enough to wait for.
    ApiServer m_short;
    quint16 m_shortPort = 0;
    std::vector<std::unique_ptr<QWebSocket>> m_webSockets; // accepted by m_short
    bool m_storeOk = true;
    HealthHandler m_health{[this] {
        return HealthHandler::Status{m_storeOk, 2, u"sqlite"_s};
    }};
};

void tst_ApiServer::initTestCase()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    m_health.registerRoutes(m_server.router());
    m_server.router().add("POST", u"/api/v1/echo"_s,
                          [](const QHttpServerRequest &request, const Router::Params &) {
                              const QJsonObject in = QJsonDocument::fromJson(request.body()).object();
                              return ApiResponse::json(in, 201);
                          });
    // A WebSocket route, as SyncHandler's poke: the handler writes nothing.
    m_server.router().add("GET", u"/api/v1/ws"_s, [](const QHttpServerRequest &, const Router::Params &) {
        return ApiResponse{0, {}, {}, {}};
    });
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_server.hasPendingWebSocketConnections())
            m_webSockets.push_back(m_server.nextPendingWebSocketConnection());
    });
    m_tcp = new QTcpServer(&m_server);
    QVERIFY(m_tcp->listen(QHostAddress::LocalHost, 0));
    m_server.bind(m_tcp);
    QCOMPARE(m_server.timeouts().read, std::chrono::milliseconds(30'000));

    using namespace std::chrono_literals;
    m_short.setTimeouts({.read = 300ms, .request = 1500ms, .idle = 600ms});
    m_health.registerRoutes(m_short.router());
    m_short.router().add("GET", u"/api/v1/ws"_s, [](const QHttpServerRequest &, const Router::Params &) {
        return ApiResponse{0, {}, {}, {}};
    });
    m_short.router().add("POST", u"/api/v1/echo"_s, [](const QHttpServerRequest &request, const Router::Params &) {
        return ApiResponse::json(QJsonDocument::fromJson(request.body()).object(), 201);
    });
    connect(&m_short, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_short.hasPendingWebSocketConnections())
            m_webSockets.push_back(m_short.nextPendingWebSocketConnection());
    });
    auto *shortTcp = new QTcpServer;
    QVERIFY(shortTcp->listen(QHostAddress::LocalHost, 0));
    m_shortPort = shortTcp->serverPort();
    m_short.bind(shortTcp);
}

namespace {

// Raw connections to a server on this thread: wait only through the event loop.

// True when the server closed the connection within timeoutMs.
bool closedByServer(QTcpSocket &socket, int timeoutMs)
{
    if (socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    return closed.wait(timeoutMs) || socket.state() == QAbstractSocket::UnconnectedState;
}

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// Reads until a whole response with a Content-Length body is there.
QByteArray readResponse(QTcpSocket &socket, int timeoutMs)
{
    QByteArray data;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype at = data.toLower().indexOf("content-length:");
            const qsizetype eol = data.indexOf("\r\n", at);
            const qsizetype length = at < 0 ? 0 : data.mid(at + 15, eol - at - 15).trimmed().toLongLong();
            if (data.size() >= end + 4 + length)
                return data;
        }
        if (socket.bytesAvailable() == 0 && socket.state() == QAbstractSocket::UnconnectedState)
            break;
        QTest::qWait(10); // the server runs on this thread: no blocking waits
        data += socket.readAll();
    }
    return data + socket.readAll();
}

} // namespace

tst_ApiServer::Reply tst_ApiServer::request(const QByteArray &method, const QString &path,
                                            const QByteArray &body)
{
    QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_tcp->serverPort()).arg(path)));
    req.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit); // an unanswered request fails, not hangs
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.json = QJsonDocument::fromJson(reply->readAll()).object();
    out.allow = reply->rawHeader("Allow");
    out.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return out;
}

void tst_ApiServer::health()
{
    const Reply r = request("GET", u"/api/v1/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(r.json.value(u"version"_s).toString(), u"9.8.7"_s);
    QCOMPARE(r.json.value(u"schema"_s).toInt(), 2);
    QCOMPARE(r.json.value(u"store"_s).toString(), u"sqlite"_s);
    QVERIFY(r.json.contains(u"protocol"_s));
    QCOMPARE(r.contentType, QByteArray("application/json; charset=utf-8"));
}

void tst_ApiServer::healthWhenStoreIsDown()
{
    m_storeOk = false;
    const Reply r = request("GET", u"/api/v1/health"_s);
    m_storeOk = true;
    QCOMPARE(r.status, 503);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"unavailable"_s);
}

void tst_ApiServer::notFoundAndMethodNotAllowed()
{
    Reply r = request("GET", u"/api/v1/nope"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);

    r = request("DELETE", u"/api/v1/health"_s);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.allow, QByteArray("GET"));
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"method_not_allowed"_s);
}

void tst_ApiServer::bodyTooLarge()
{
    const QByteArray big(ApiServer::MaxBodyBytes + 1, 'x');
    const Reply r = request("POST", u"/api/v1/echo"_s, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"body_too_large"_s);
}

void tst_ApiServer::chineseRoundTrips()
{
    const QString name = u"北京“汇客”科技有限公司 😀 'quote' \"double\""_s;
    const QByteArray body = QJsonDocument(QJsonObject{{u"name"_s, name}}).toJson();
    const Reply r = request("POST", u"/api/v1/echo"_s, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"name"_s).toString(), name);
}

void tst_ApiServer::webSocketRouteWithoutUpgradeIsAnswered()
{
    QElapsedTimer clock;
    clock.start();
    const Reply r = request("GET", u"/api/v1/ws"_s);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.status, 426);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"upgrade_required"_s);
    QVERIFY(!r.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());

    // "Upgrade: websocket" without "Connection: Upgrade" is no upgrade to Qt either.
    auto socket = connectTo(m_tcp->serverPort());
    QVERIFY(socket);
    socket->write("GET /api/v1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n");
    const QByteArray response = readResponse(*socket, 1000);
    QVERIFY2(response.startsWith("HTTP/1.1 426"), response.constData());
    QVERIFY2(response.contains("upgrade_required"), response.constData());
}

void tst_ApiServer::fiftyPlainGetsToAWebSocketRouteAreAllAnswered()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 50; ++i) {
        sockets.push_back(connectTo(m_tcp->serverPort()));
        QVERIFY(sockets.back());
        sockets.back()->write("GET /api/v1/ws HTTP/1.1\r\nHost: x\r\n\r\n");
    }
    QElapsedTimer clock;
    clock.start();
    for (auto &socket : sockets) {
        const QByteArray response = readResponse(*socket, 5000);
        QVERIFY2(response.startsWith("HTTP/1.1 426"), response.constData());
    }
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void tst_ApiServer::silentConnectionIsClosed()
{
    auto socket = connectTo(m_shortPort);
    QVERIFY(socket);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(closedByServer(*socket, 5000));
    QVERIFY2(clock.elapsed() >= 200, qPrintable(QString::number(clock.elapsed())));
}

void tst_ApiServer::partialRequestIsClosed()
{
    auto socket = connectTo(m_shortPort);
    QVERIFY(socket);
    socket->write("GET /api/v1/health HTTP/1.1\r\nHo");
    QVERIFY(closedByServer(*socket, 5000));
    QVERIFY(!socket->readAll().startsWith("HTTP/1.1 200"));
}

void tst_ApiServer::tricklingRequestIsClosed()
{
    // A byte every 100 ms keeps within the read timeout, never within the request limit.
    auto socket = connectTo(m_shortPort);
    QVERIFY(socket);
    socket->write("GET /api/v1/health HTTP/1.1\r\n");
    QElapsedTimer clock;
    clock.start();
    while (socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000) {
        socket->write("X");
        QTest::qWait(100);
    }
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
}

void tst_ApiServer::slowSteadyBodyIsRead()
{
    // Bytes coming faster than the read timeout are a request in progress.
    auto socket = connectTo(m_shortPort);
    QVERIFY(socket);
    const QByteArray body = R"({"name":"慢慢来有限公司"})";
    socket->write("POST /api/v1/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    for (qsizetype i = 0; i < body.size(); i += 8) {
        QTest::qWait(150);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        socket->write(body.mid(i, 8));
    }
    const QByteArray response = readResponse(*socket, 2000);
    QVERIFY2(response.startsWith("HTTP/1.1 201"), response.constData());
    QVERIFY(response.endsWith(body));
}

void tst_ApiServer::idleKeepAliveIsClosedAfterServingRequests()
{
    auto socket = connectTo(m_shortPort);
    QVERIFY(socket);
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(200); // under every timeout
        socket->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        const QByteArray response = readResponse(*socket, 2000);
        QVERIFY2(response.startsWith("HTTP/1.1 200"), response.constData());
    }
    QElapsedTimer clock;
    clock.start();
    QVERIFY(closedByServer(*socket, 5000));
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed()))); // idle, not read
}

void tst_ApiServer::webSocketOutlivesTheTimeouts()
{
    m_webSockets.clear();
    QWebSocket client;
    QSignalSpy connected(&client, &QWebSocket::connected);
    QSignalSpy disconnected(&client, &QWebSocket::disconnected);
    QSignalSpy received(&client, &QWebSocket::textMessageReceived);
    client.open(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(m_shortPort)));
    QVERIFY(connected.wait(5000));
    QTRY_COMPARE(m_webSockets.size(), size_t(1));
    QWebSocket *server = m_webSockets.front().get();

    QTest::qWait(2500); // longer than read, request and idle timeouts together
    QCOMPARE(disconnected.count(), 0);
    QCOMPARE(server->state(), QAbstractSocket::ConnectedState);
    server->sendTextMessage(u"pull"_s);
    QVERIFY(received.wait(2000));
    QCOMPARE(received.first().first().toString(), u"pull"_s);
    QSignalSpy echoed(server, &QWebSocket::textMessageReceived);
    client.sendTextMessage(u"still here"_s);
    QVERIFY(echoed.wait(2000));
    client.close();
    m_webSockets.clear();
}

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
