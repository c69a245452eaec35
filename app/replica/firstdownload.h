#pragma once

#include "sync/scopechecksum.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <memory>

struct sqlite3_stmt;

namespace Huike {

class Database;
class Outbox;
class PullApplier;
class SyncState;
class WalCheckpointer;
namespace RowCodec {
struct SnapshotPage;
}

// Whole tables downloaded into the replica (the first sync, and a table whose checksum
// did not match): snapshot pages bound straight from their text through SQLite's C API,
// the table's indexes deferred to its end when it starts empty, a resume point after
// every page, rows not seen again swept at the end of a re-download; and the per-table
// checksums of the rows the server has confirmed, compared with a pull's checkpoint.
class FirstDownload
{
public:
    FirstDownload(Database &db, SyncState &state, Outbox &outbox, PullApplier &pull);
    ~FirstDownload();

    // Starts a table's (re-)download: rows not seen again before finish() go. With
    // `resume`, a download that stopped halfway goes on from the id returned (empty: from
    // the start).
    QString begin(const QString &table, bool resume);
    // One page, in one transaction, with the resume point.
    void applyPage(const RowCodec::SnapshotPage &page);
    void finish(const QString &table);
    // Commits that do not wait for the disk and a larger page cache (an initial download
    // into empty tables); off again after.
    void setBulkLoad(bool on);
    // A table that lost its indexes to a download that stopped halfway gets them back.
    void restoreIndexes(const QString &table);

    // Per table, the rows the server has confirmed (what a checkpoint counts).
    QHash<QString, ScopeChecksum> checksums();
    // Rows changed other than by a download: the sums kept while downloading are stale.
    void forgetSums();

private:
    void deferIndexes(const QString &table);
    sqlite3_stmt *statement(const QString &table, const QStringList &columns);

    Database &m_db;
    SyncState &m_state;
    Outbox &m_outbox;
    PullApplier &m_pull;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // during a bulk load
    QHash<QString, sqlite3_stmt *> m_statements;     // prepared, per table and column list
    // Per table downloaded into an empty table by this object: the checksum of the rows
    // as they went in (ids strictly increasing, or it is dropped), so that the check right
    // after the download need not read a million rows back. Used once; dropped by any pull
    // that changes rows (local edits never change a checksum: it counts confirmed
    // versions).
    struct DownloadSum
    {
        ScopeChecksum sum;
        QByteArray lastId;
        bool finished = false;
    };
    QHash<QString, DownloadSum> m_downloadSums;
    QHash<QString, bool> m_trackSeen; // per table being downloaded: a re-download
};

} // namespace Huike
