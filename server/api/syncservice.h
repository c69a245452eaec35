#pragma once

#include "messages.h"
#include "scopereader.h"
#include "session.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace Huike {

class Database;
class RecordService;
class UserDirectory;
class Visibility;

// The server half of sync (DESIGN.md §3, server/API.md "Sync"):
//
// push   Mutations of one client, in order, each in its own transaction with the
//        client's last applied mutation id: an id already applied is acknowledged and
//        skipped (retries never duplicate); a batch that does not start right after the
//        last applied id, or skips one, is refused whole (409 mutation_gap). Each field
//        is merged three-way — server value equal to the base → applied; equal to the new
//        value → nothing; otherwise the server value stays and a conflict outcome is
//        recorded for the author. A mutation the rules refuse (validation, out of scope,
//        an edit to a deleted record) becomes a rejection outcome and still advances the
//        id, so the queue never jams. Outcomes sync back to their author.
// pull   The changes after a cursor, in the caller's scope: upserts (the row as it is
//        now, tombstones included), removes for rows that left the scope, customers to
//        drop when a share is revoked, the caller's outcomes, and the client's last
//        applied mutation id; read in one snapshot, paged by change sequence. On request,
//        a checkpoint: per table, the count and order-independent checksum of the rows
//        the caller should hold.
// snapshot  One table's rows in the caller's scope, paged by id, for the initial sync and
//        for re-downloading a table whose checksum did not match.
class SyncService
{
public:
    SyncService(Database &db, UserDirectory &users);

    // The tables a client holds, parents first.
    static const QStringList &syncedTables();

    // The body as sent: its protocol is checked first, then the rest (400 malformed_json,
    // 413 body_too_large).
    Sync::PushReply push(const Session &session, const QJsonObject &body);
    Sync::PullPage pull(const Session &session, const QString &clientId, qint64 cursor, int limit,
                     bool withCheckpoint);
    // JSON text: {"table", "columns", "rows": [[…]], "next"} (ScopeReader::snapshot).
    using SnapshotReader = ScopeReader::Reader;
    QByteArray snapshot(const Session &session, const QString &table, const QString &afterId,
                        int limit, SnapshotReader reader = SnapshotReader::Fast);
    // The newest change sequence (where a client starts pulling after a snapshot).
    qint64 head();

private:
    using Outcome = std::function<void(const QString &kind, const QString &field, const QString &base,
                                       const QString &mine, const QString &theirs, const QString &theirsBy,
                                       const QString &code, const QString &message)>;
    void applyMutation(const Visibility &v, RecordService &records, const Sync::Mutation &mutation,
                       Sync::PushResult &result, const Outcome &outcome);
    qint64 lastMutationId(const QString &clientId);

    Database &m_db;
    UserDirectory &m_users;
};

} // namespace Huike
