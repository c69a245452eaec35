#include "api/apiserver.h"

#include "store/requesterror.h"

#include <QChildEvent>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcApi, "huike.api")

using namespace Qt::StringLiterals;

namespace Huike {

// One per connection, a child of its socket: closes the connection when a whole request
// does not arrive in time (ApiServer::Timeouts). Qt's own readyRead handler may run
// before or after ours (it connects after the TLS handshake); either way an unfinished
// request shows as an open read transaction or unread bytes.
class ApiServer::ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket *socket, const Timeouts &timeouts)
        : QObject(socket), m_socket(socket), m_timeouts(timeouts)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { expire(); });
        connect(socket, &QIODevice::readyRead, this, [this] { bytesArrived(); });
        // A long answer draining to a slow reader is not idleness.
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            if (m_phase == Phase::Waiting)
                m_timer.start();
        });
        m_timer.start(m_timeouts.read);
        bytesArrived();
    }

    // A whole request was read (and answered): wait for the next one.
    void requestHandled()
    {
        m_phase = Phase::Waiting;
        m_timer.start(m_timeouts.idle);
    }

    // The socket became a WebSocket: it lives as long as its client wants. The guard
    // stays as a marker, so the connection is not guarded again.
    void release()
    {
        m_phase = Phase::Released;
        m_timer.stop();
        disconnect(m_socket, nullptr, this, nullptr);
    }

private:
    enum class Phase { Waiting, Receiving, Released };

    void bytesArrived()
    {
        if (m_phase == Phase::Released)
            return;
        if (m_phase == Phase::Waiting) {
            if (!m_socket->isTransactionStarted() && m_socket->bytesAvailable() == 0)
                return; // Qt has read and handled a whole request already
            m_phase = Phase::Receiving;
            m_requestClock.start();
        }
        const std::chrono::milliseconds left =
            m_timeouts.request - std::chrono::milliseconds(m_requestClock.elapsed());
        m_timer.start(std::clamp(left, std::chrono::milliseconds(0), m_timeouts.read));
    }

    void expire()
    {
        qCDebug(lcApi).noquote() << "closing a connection from" << m_socket->peerAddress().toString()
                                 << (m_phase == Phase::Receiving ? "that did not finish its request in time"
                                                                 : "that sent no request in time");
        m_socket->abort();
    }

    QTcpSocket *m_socket;
    const Timeouts m_timeouts;
    QTimer m_timer;
    QElapsedTimer m_requestClock;
    Phase m_phase = Phase::Waiting;
};

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

void ApiServer::childEvent(QChildEvent *event)
{
    // bind() parents the QTcpServer to us (a server created with us as its parent is
    // announced while it is still being constructed, hence the queued look).
    if (event->added()) {
        QMetaObject::invokeMethod(this, [this, child = QPointer<QObject>(event->child())] {
            auto *server = qobject_cast<QTcpServer *>(child.data());
            if (!server)
                return;
            // Queued: Qt's own handler has taken the new sockets by then.
            connect(server, &QTcpServer::pendingConnectionAvailable, this, [this] {
                if (std::exchange(m_guardPending, true))
                    return;
                QMetaObject::invokeMethod(this, [this] { guardNewConnections(); }, Qt::QueuedConnection);
            });
            guardNewConnections();
        }, Qt::QueuedConnection);
    }
    QAbstractHttpServer::childEvent(event);
}

void ApiServer::guardNewConnections()
{
    m_guardPending = false;
    const QList<QTcpServer *> servers = findChildren<QTcpServer *>(Qt::FindDirectChildrenOnly);
    for (QTcpServer *server : servers) {
        const QList<QTcpSocket *> sockets = server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets)
            guard(socket);
    }
}

ApiServer::ConnectionGuard *ApiServer::guard(QTcpSocket *socket)
{
    for (QObject *child : socket->children()) {
        if (auto *g = dynamic_cast<ConnectionGuard *>(child))
            return g;
    }
    return new ConnectionGuard(socket, m_timeouts);
}

QByteArray ApiServer::methodName(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    switch (request.method()) {
    case M::Get: return "GET";
    case M::Put: return "PUT";
    case M::Delete: return "DELETE";
    case M::Post: return "POST";
    case M::Head: return "HEAD";
    case M::Options: return "OPTIONS";
    case M::Patch: return "PATCH";
    default: return "OTHER";
    }
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The responder writes the status line, headers and body separately; without
    // TCP_NODELAY, Nagle's algorithm and the client's delayed ACK add ~40 ms to every
    // response larger than one segment.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray method = methodName(request);
    const QString path = request.url().path();

    const Router::Match match = m_router.match(method, path);
    const qint64 limit = match.kind == Router::Match::Kind::Found && match.maxBodyBytes > 0 ? match.maxBodyBytes : MaxBodyBytes;
    if (request.body().size() > limit) {
        respond(request, socket,
                ApiResponse::error(413, u"body_too_large"_s,
                                   u"The request body is larger than %1 bytes."_s.arg(limit)));
        guard(socket)->requestHandled();
        return true;
    }

    ApiResponse response;
    switch (match.kind) {
    case Router::Match::Kind::NotFound:
        response = ApiResponse::error(404, u"not_found"_s, u"No such resource."_s);
        break;
    case Router::Match::Kind::MethodNotAllowed:
        response = ApiResponse::error(405, u"method_not_allowed"_s,
                                      u"This resource does not accept %1."_s
                                          .arg(QString::fromLatin1(method)));
        response.headers.append({"Allow", match.allowed.join(", ")});
        break;
    case Router::Match::Kind::Found:
        try {
            response = (*match.handler)(request, match.params);
            if (response.status == 0) {
                // A WebSocket route. Qt 6.4 hands the socket to its QWebSocketServer only
                // when it saw "Connection: Upgrade" and "Upgrade: websocket"; it then calls
                // us before it commits the read transaction it opened (it commits before
                // every other request). Anything else would never be answered.
                if (socket->isTransactionStarted()) {
                    guard(socket)->release();
                    return true;
                }
                response = ApiResponse::error(426, u"upgrade_required"_s,
                                              u"This resource is a WebSocket: send Connection: Upgrade "
                                              "and Upgrade: websocket."_s);
                response.headers.append({QByteArrayLiteral("Upgrade"), QByteArrayLiteral("websocket")});
            }
        } catch (const RequestError &e) {
            response = ApiResponse::error(e.status(), e.code(), e.message(), e.fields());
            if (e.retryAfterSeconds() > 0)
                response.headers.append({"Retry-After", QByteArray::number(e.retryAfterSeconds())});
        } catch (const std::exception &e) {
            // A bug, never bad input: log it, answer 500 without details.
            qCCritical(lcApi) << "handler failed:" << method << path << e.what();
            response = ApiResponse::error(500, u"internal"_s, u"Internal server error."_s);
        }
        break;
    }
    respond(request, socket, response);
    guard(socket)->requestHandled();
    if (method != "GET" && method != "HEAD")
        emit writeHandled();
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, ApiResponse::error(404, u"not_found"_s, u"No such resource."_s));
    guard(socket)->requestHandled();
}

void ApiServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                        const ApiResponse &response)
{
    qCDebug(lcApi) << methodName(request) << request.url().path() << response.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray body = !response.rawBody.isEmpty() ? response.rawBody
        : response.body.isNull()                        ? QByteArray()
                                                        : response.body.toJson(QJsonDocument::Compact);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!body.isEmpty())
        responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(methodName(request) == "HEAD" ? QByteArray() : body);
}

} // namespace Huike
