#include "api/synchandler.h"

#include "api/apiserver.h"
#include "api/router.h"
#include "auth/authservice.h"
#include "store/requesterror.h"

#include <QHttpServerRequest>
#include <QUrlQuery>
#include <QWebSocket>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Huike {

SyncHandler::SyncHandler(ApiContext context, ApiServer &server)
    : m_ctx(context), m_server(server), m_sync(context.db, context.users)
{
    connect(&m_server, &QAbstractHttpServer::newWebSocketConnection, this, &SyncHandler::acceptWebSockets);
    connect(&m_poll, &QTimer::timeout, this, &SyncHandler::checkForChanges);
    // Poke at once after a write here; the timer covers writes by other instances.
    connect(&m_server, &ApiServer::writeHandled, this, &SyncHandler::checkForChanges, Qt::QueuedConnection);
    m_poll.start(250);
}

void SyncHandler::registerRoutes(Router &router)
{
    using P = Router::Params;
    using R = QHttpServerRequest;
    router.add("POST", u"/api/v1/sync/push"_s, [this](const R &r, const P &) {
        const QJsonObject result = m_sync.push(m_ctx.requireSession(r), ApiContext::jsonBody(r)).toJson();
        // Fault injection for the crash tests (tests/sync/tst_crashes): die after the
        // commit, before the client hears about it.
        static const bool crashAfterCommit = qEnvironmentVariable("HUIKE_TEST_CRASH") == u"after-push-commit";
        if (crashAfterCommit)
            ::_exit(137);
        return ApiResponse::json(result);
    });
    router.add("GET", u"/api/v1/sync/pull"_s, [this](const R &r, const P &) {
        const Session s = m_ctx.requireSession(r);
        Sync::Error error;
        const std::optional<Sync::PullQuery> q = Sync::PullQuery::fromUrlQuery(QUrlQuery(r.url()), &error);
        if (!q)
            throw RequestError(400, u"malformed_request"_s, error.message);
        return ApiResponse::json(m_sync.pull(s, q->clientId, q->cursor, q->limit, q->checkpoint).toJson());
    });
    router.add("GET", u"/api/v1/sync/snapshot"_s, [this](const R &r, const P &) {
        const Session s = m_ctx.requireSession(r);
        Sync::Error error;
        const std::optional<Sync::SnapshotQuery> q = Sync::SnapshotQuery::fromUrlQuery(QUrlQuery(r.url()), &error);
        if (!q)
            throw RequestError(400, u"malformed_request"_s, error.message);
        ApiResponse response;
        response.rawBody = m_sync.snapshot(s, q->table, q->after, q->limit);
        return response;
    });
    router.add("GET", u"/api/v1/sync/head"_s, [this](const R &r, const P &) {
        m_ctx.requireSession(r);
        return ApiResponse::json(Sync::Head{m_sync.head()}.toJson());
    });
    // The WebSocket upgrade: a valid token, then the handler writes nothing and
    // QAbstractHttpServer hands the socket to newWebSocketConnection. A GET without
    // the upgrade headers is answered 426 upgrade_required by ApiServer.
    router.add("GET", u"/api/v1/sync/poke"_s, [this](const R &r, const P &) {
        m_ctx.requireSession(r);
        return ApiResponse{0, {}, {}, {}};
    });
}

void SyncHandler::acceptWebSockets()
{
    while (m_server.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_server.nextPendingWebSocketConnection().release();
        const QString token = QString::fromLatin1(socket->request().rawHeader("Authorization").mid(7));
        if (!m_ctx.auth.authenticate(token)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unauthorized"_s);
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        m_sockets.append(socket);
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_sockets.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void SyncHandler::checkForChanges()
{
    if (m_sockets.isEmpty())
        return;
    qint64 seq = 0;
    try {
        seq = m_sync.head();
    } catch (const std::exception &) {
        return;
    }
    if (seq != m_lastSeq) {
        m_lastSeq = seq;
        for (QWebSocket *s : std::as_const(m_sockets))
            s->sendTextMessage(u"pull"_s);
    }
}

} // namespace Huike
