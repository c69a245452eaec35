#pragma once

#include "replica/conflictstore.h"
#include "schema/rows.h"
#include "sync/messages.h"
#include "sync/scopechecksum.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Huike {

class Database;
class FirstDownload;
class NumberPool;
class Outbox;
class OutcomeFeed;
class PullApplier;
class ReplicaRows;
class SyncState;
class Transaction;
namespace RowCodec {
struct SnapshotPage;
}

// The desktop client's local copy (DESIGN.md §3): one SQLite file per user and server with
// the domain tables, and
//   outbox      every local edit as a mutation (id increasing per client, the changed
//               columns with the values they replaced and the new ones), written in the
//               same transaction as the edit — a save that returned survives a crash;
//   shadow      the last server-confirmed version of each row that has local edits not
//               yet confirmed (copied on first edit, dropped when confirmed);
//   conflicts   conflicts and rejections the server sent back, for a person to review;
//   sync_state  client id, user, pull cursor.
// Domain rows always show the latest: the server's row with the pending local edits on
// top, re-applied after every pull. Ids are UUIDv7 made here, so records created offline
// keep them. Ordering comes from the server's versions, never from this machine's clock.
// Replica is the face the models and the sync engine use; the work is done by one class
// per job: Outbox (edits, outbox, shadows), PullApplier (pull pages and server rows),
// FirstDownload (whole tables, deferred indexes, checksums), NumberPool, ConflictStore,
// with ReplicaRows and SyncState under them and ReplicaSchema for the file's migrations.
class Replica
{
public:
    // One local edit as the outbox holds it (the push sends it as it is).
    using Mutation = Sync::Mutation;

    // A conflict or rejection the server sent back, for a person to review.
    using Conflict = ReplicaConflict;

    // Opens (creating and migrating) the replica file. Throws SchemaError.
    static std::unique_ptr<Replica> open(const QString &path);
    // The size the replica's write-ahead log is cut back to once copied into the file.
    static constexpr qint64 WalLimitBytes = 8 * 1024 * 1024;
    ~Replica();

    Database &database();
    QString clientId();

    // Document numbers (shared/core/numberseries.h): the server's reserved numbers this
    // client holds per series and year, the number a new document gets (the smallest
    // reserved one not yet used in `table`, else this device's offline form), and taking
    // one out once a document uses it (inside the saving transaction).
    int pooledNumbers(const QString &series, int year);
    void addPooledNumbers(const QString &series, int year, const QStringList &numbers);
    QString nextNumber(const QString &series, int year, const QString &table);
    void usePooledNumber(const QString &number);
    QString userId();
    void setUserId(const QString &userId);
    qint64 cursor();
    QString state(const QString &key);
    // An empty value removes the key.
    void setState(const QString &key, const QString &value);

    // Several local edits in one transaction (a customer card with its contacts): the
    // edits made while a Batch lives commit together, or not at all.
    class Batch
    {
    public:
        explicit Batch(Replica &replica);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        void commit();

    private:
        Replica &m_replica;
        std::unique_ptr<Transaction> m_transaction;
    };

    // Local edits; each is one transaction with its outbox entry (or part of the open
    // Batch). Throw SchemaError. Customers get their duplicate-check keys (name_norm,
    // phone_norm) computed here; those stay local, the server computes its own.
    Row create(const QString &table, Row values);
    Row update(const QString &table, const QString &id, const Row &changes);
    void remove(const QString &table, const QString &id);
    std::optional<Row> read(const QString &table, const QString &id);

    // Sync side.
    QList<Mutation> pendingMutations(int limit);
    int pendingCount();
    // The server applied (or refused and recorded) every mutation up to this id.
    void acknowledge(qint64 lastMutationId);
    // The same in its own transaction (after a push reply).
    void acknowledgePush(qint64 lastMutationId);
    // After a pull reached the head: records whose edits were refused or lost a conflict
    // go back to the server's row; refused creates go. (applyPull calls it.)
    void settle();
    // Applies one pull page in one transaction and moves the cursor to its end. The JSON
    // form throws SchemaError when the page is malformed.
    void applyPull(const Sync::PullPage &page);
    void applyPull(const QJsonObject &page);
    // A record as the server answered a direct call (a claim, a reassignment): written as
    // a pull would write it (pending edits stay on top), the cursor untouched — the next
    // pull brings the same row again. `fields` by column name; columns missing keep theirs.
    void applyServerRow(const QString &table, const Row &fields);
    // Starts a table's (re-)download: rows not seen again before finishSnapshot go. Each
    // applied page commits the id after which the download continues; with `resume`, a
    // download that stopped halfway goes on from there (the id is returned; empty: from
    // the start) — only right for an initial sync, whose pull starts from a head taken
    // before its first page. Without it, any unfinished download starts over.
    QString beginSnapshot(const QString &table, bool resume = false);
    // One page, in one transaction, with the resume point.
    void applySnapshotPage(const QJsonObject &page);
    void applySnapshotPage(const RowCodec::SnapshotPage &page);
    void finishSnapshot(const QString &table);
    // During an initial download into empty tables: commits that do not wait for the disk
    // (the file stays consistent after a crash in WAL mode; a power cut may lose the last
    // pages, and the resume point with them) and a larger page cache. Off again after.
    void setBulkLoad(bool on);
    void setCursor(qint64 cursor);
    // Per table, the rows the server has confirmed (what a checkpoint counts).
    QHash<QString, ScopeChecksum> checksums();

    // Statistics for SQLite's query planner (ANALYZE, reading at most about
    // AnalysisLimit rows per index: a fraction of a second at a million customers).
    // Without them the duplicate check walks every customer. The sync runs it after a
    // first download, and after a round when statisticsDue().
    void refreshStatistics();
    // An initialized replica whose statistics are missing, older than a week, or from
    // before LargePullRows rows came in (pulls and downloads through this object).
    bool statisticsDue();
    static constexpr int AnalysisLimit = 1000;
    static constexpr qint64 LargePullRows = 10000;

    QList<Conflict> conflicts(bool openOnly = true);
    int openConflictCount();
    // Marks a conflict resolved ("take theirs" or after an edit that settles it).
    void resolveConflict(const QString &conflictId);
    // The conflicts recorded after `seen` (an internal sequence), in that order; `seen`
    // moves to the last one.
    QList<Conflict> conflictsAfter(qint64 &seen);
    // The signal of new conflicts and refusals for the windows using this replica.
    OutcomeFeed &outcomes();

private:
    explicit Replica(std::unique_ptr<Database> db);

    // The work, one job each; declared after the connection, so they go before it.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncState> m_state;
    std::unique_ptr<ReplicaRows> m_rows;
    std::unique_ptr<ConflictStore> m_conflicts;
    std::unique_ptr<NumberPool> m_numbers;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<PullApplier> m_pull;
    std::unique_ptr<FirstDownload> m_download;
    std::unique_ptr<OutcomeFeed> m_outcomes; // made on first use
    qint64 m_rowsSinceStatistics = 0;        // pulled or downloaded here since the last refresh
};

} // namespace Huike
