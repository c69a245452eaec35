#pragma once

#include "api/pullservice.h"
#include "api/pushservice.h"
#include "api/scopereader.h"
#include "auth/session.h"
#include "sync/messages.h"

#include <QJsonObject>
#include <QStringList>

namespace Huike {

class Database;
class UserDirectory;

// The server half of sync (DESIGN.md §3, server/API.md "Sync"), as the handler serves it:
// push   PushService;
// pull   PullService;
// snapshot  one table's rows in the caller's scope, paged by id, for the initial sync and
//        for re-downloading a table whose checksum did not match (ScopeReader);
// head   the newest change sequence (where a client starts pulling after a snapshot).
class SyncService
{
public:
    SyncService(Database &db, UserDirectory &users);

    // The tables a client holds, parents first.
    static const QStringList &syncedTables();

    Sync::PushReply push(const Session &session, const QJsonObject &body);
    Sync::PullPage pull(const Session &session, const QString &clientId, qint64 cursor, int limit,
                        bool withCheckpoint);
    // JSON text: {"table", "columns", "rows": [[…]], "next"} (ScopeReader::snapshot).
    using SnapshotReader = ScopeReader::Reader;
    QByteArray snapshot(const Session &session, const QString &table, const QString &afterId,
                        int limit, SnapshotReader reader = SnapshotReader::Fast);
    qint64 head();

private:
    Database &m_db;
    UserDirectory &m_users;
    PushService m_push;
    PullService m_pull;
};

} // namespace Huike
