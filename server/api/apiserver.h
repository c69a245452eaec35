#pragma once

#include "api/router.h"

#include <QAbstractHttpServer>
#include <QLoggingCategory>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace Huike {

// The HTTP front of huike-server: a QAbstractHttpServer whose requests go through our
// Router (method-aware 404/405, one JSON error shape, a body size limit). Handlers run on
// the server's thread and stay synchronous and short (STYLE.md, Qt 6.4 notes).
//
// Every connection of a bound QTcpServer (or QSslServer, after its handshake) is watched:
// Qt 6.4 keeps a socket open for as long as its client likes, so 200 clients that open a
// connection and never finish a request would hold 200 sockets forever. A connection is
// closed when a whole request does not arrive in time (Timeouts); a connection upgraded
// to a WebSocket is no longer watched.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // The request body limit of a route that sets none (Router::add).
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;

    struct Timeouts
    {
        // A new connection must start a request, and an unfinished request must bring
        // more bytes, within this time.
        std::chrono::milliseconds read{30'000};
        // However steadily its bytes trickle in, one request is closed after this long
        // (a 32 MB attachment at 60 KB/s fits).
        std::chrono::milliseconds request{600'000};
        // A keep-alive connection between requests.
        std::chrono::milliseconds idle{120'000};
    };

    explicit ApiServer(QObject *parent = nullptr);

    Router &router() { return m_router; }

    // For connections opened from now on (tests use a few hundred milliseconds).
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    Timeouts timeouts() const { return m_timeouts; }

    static QByteArray methodName(const QHttpServerRequest &request);

signals:
    // After every response to a request that may have changed data (not GET/HEAD).
    void writeHandled();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void childEvent(QChildEvent *event) override;

private:
    class ConnectionGuard;
    ConnectionGuard *guard(QTcpSocket *socket);
    void guardNewConnections();
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const ApiResponse &response);

    Router m_router;
    Timeouts m_timeouts;
    bool m_guardPending = false;
};

} // namespace Huike
