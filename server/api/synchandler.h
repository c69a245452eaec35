#pragma once

#include "api/apicontext.h"
#include "api/apiresponse.h"
#include "api/syncservice.h"

#include <QObject>
#include <QTimer>

class QWebSocket;

namespace Huike {

class ApiServer;
class Router;

// The sync endpoints (server/API.md "Sync"): POST /api/v1/sync/push,
// GET /api/v1/sync/pull, GET /api/v1/sync/snapshot, GET /api/v1/sync/head, and the
// WebSocket /api/v1/sync/poke that only ever says "pull now". Pokes follow the change
// log (checked four times a second), so they also cover changes written by another server
// instance on the same PostgreSQL database.
class SyncHandler : public QObject
{
    Q_OBJECT

public:
    SyncHandler(ApiContext context, ApiServer &server);
    void registerRoutes(Router &router);
    int pokeClients() const { return int(m_sockets.size()); }

private:
    void acceptWebSockets();
    void checkForChanges();

    ApiContext m_ctx;
    ApiServer &m_server;
    SyncService m_sync;
    QList<QWebSocket *> m_sockets;
    QTimer m_poll;
    qint64 m_lastSeq = -1;
};

} // namespace Huike
