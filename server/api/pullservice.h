#pragma once

#include "auth/session.h"
#include "sync/messages.h"

namespace Huike {

class Database;
class UserDirectory;

// The pull (DESIGN.md §3, server/API.md "Sync"): the changes after a cursor, in the
// caller's scope: upserts (the row as it is now, tombstones included), removes for rows
// that left the scope, customers to drop when a share is revoked, the caller's outcomes,
// and the client's last applied mutation id; read in one snapshot, paged by change
// sequence. On request, a checkpoint: per table, the count and order-independent
// checksum of the rows the caller should hold.
class PullService
{
public:
    PullService(Database &db, UserDirectory &users);

    Sync::PullPage pull(const Session &session, const QString &clientId, qint64 cursor, int limit, bool withCheckpoint);

private:
    Database &m_db;
    UserDirectory &m_users;
};

} // namespace Huike
