#pragma once

#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace Huike {

class Database;
namespace Sync {
struct Outcome;
}

// The store's side of sync: which user a client belongs to and the last of its mutations
// applied (client_mutations), the conflicts and rejections recorded for their authors
// (sync_outcomes), and the change log as the pull reads it (its head, the floor below
// which it was pruned, a page of it).
class SyncLedger
{
public:
    explicit SyncLedger(Database &db);

    // The user a client belongs to; invalid when the client never pushed.
    QVariant clientOwner(const QString &clientId);
    // 0 when the client never pushed.
    qint64 lastMutationId(const QString &clientId);
    // The client's last applied mutation id (the row is made on its first push).
    void advance(const QString &clientId, const QString &userId, qint64 mutationId, const QString &now);
    // Records an outcome for `userId` (with its change-log entry, so it syncs back to its
    // author); returns its id. The outcome's id is not used: a new one is made.
    QString recordOutcome(const QString &userId, const Sync::Outcome &outcome);
    std::optional<Sync::Outcome> outcome(const QString &id);

    // The newest change sequence; 0 for an empty log.
    qint64 head();
    // Changes before it were pruned.
    qint64 floor();
    // The changes after `after` up to `upTo`, at most `limit`, in order: seq, table_name,
    // record_id, customer_id, owner_id, dept_id, prev_owner_id, prev_dept_id, scope_user,
    // op, global.
    QSqlQuery changes(qint64 after, qint64 upTo, int limit);

private:
    Database &m_db;
};

} // namespace Huike
