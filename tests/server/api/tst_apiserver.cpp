#include "apiserver.h"
#include "healthhandler.h"

#include <QEventLoop>
#include <QHttpServerRequest>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

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
    m_tcp = new QTcpServer(&m_server);
    QVERIFY(m_tcp->listen(QHostAddress::LocalHost, 0));
    m_server.bind(m_tcp);
}

tst_ApiServer::Reply tst_ApiServer::request(const QByteArray &method, const QString &path,
                                            const QByteArray &body)
{
    QNetworkRequest req(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_tcp->serverPort()).arg(path)));
    req.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
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

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
