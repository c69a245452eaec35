#include "api/syncservice.h"

#include "schema/domainschema.h"
#include "store/syncledger.h"

namespace Huike {

SyncService::SyncService(Database &db, UserDirectory &users)
    : m_db(db), m_users(users), m_push(db, users), m_pull(db, users)
{
}

const QStringList &SyncService::syncedTables()
{
    return DomainSchema::syncedTables();
}

Sync::PushReply SyncService::push(const Session &session, const QJsonObject &body)
{
    return m_push.push(session, body);
}

Sync::PullPage SyncService::pull(const Session &session, const QString &clientId, qint64 cursor, int limit,
                                 bool withCheckpoint)
{
    return m_pull.pull(session, clientId, cursor, limit, withCheckpoint);
}

QByteArray SyncService::snapshot(const Session &session, const QString &table, const QString &afterId, int limit,
                                 SnapshotReader reader)
{
    return ScopeReader(m_db, m_users).snapshot(session, table, afterId, limit, reader);
}

qint64 SyncService::head()
{
    return SyncLedger(m_db).head();
}

} // namespace Huike
