#include "apiserver.h"

#include "requesterror.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

#include <exception>

Q_LOGGING_CATEGORY(lcApi, "huike.api")

using namespace Qt::StringLiterals;

namespace Huike {

ApiServer::ApiServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
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
            if (response.status == 0)
                return true; // a WebSocket upgrade: QAbstractHttpServer takes the socket
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
    if (method != "GET" && method != "HEAD")
        emit writeHandled();
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, ApiResponse::error(404, u"not_found"_s, u"No such resource."_s));
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
