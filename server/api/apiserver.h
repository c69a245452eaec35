#pragma once

#include "router.h"

#include <QAbstractHttpServer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)

namespace Huike {

// The HTTP front of huike-server: a QAbstractHttpServer whose requests go through our
// Router (method-aware 404/405, one JSON error shape, a body size limit). Handlers run on
// the server's thread and stay synchronous and short (STYLE.md, Qt 6.4 notes).
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // The request body limit of a route that sets none (Router::add).
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;

    explicit ApiServer(QObject *parent = nullptr);

    Router &router() { return m_router; }

    static QByteArray methodName(const QHttpServerRequest &request);

signals:
    // After every response to a request that may have changed data (not GET/HEAD).
    void writeHandled();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const ApiResponse &response);

    Router m_router;
};

} // namespace Huike
