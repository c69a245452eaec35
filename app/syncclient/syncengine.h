#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QJsonObject;

namespace Huike {

class Replica;
namespace Sync {
struct Checkpoint;
}

// One sync round of a replica with the server (DESIGN.md §3), synchronous — it runs on
// the sync thread, never on the UI thread:
//   1. first time: note the server's head, download every table (snapshot pages, the
//      next one asked for while one is written; a download that stops halfway resumes
//      from its last page), then continue from that head;
//   2. push the outbox in batches, oldest first, until it is empty (a retry after any
//      interruption resends what was not acknowledged; the server skips duplicates);
//      the content of new attachments in a batch (a customer's, an expense's invoices) is
//      uploaded before the batch;
//   3. pull pages until the head, each applied in one transaction, the last with a
//      checkpoint;
//   4. compare the checkpoint with the replica's checksums; a table that differs is
//      downloaded again, then compared once more.
class SyncEngine
{
public:
    struct Options
    {
        int pushBatch = 500;
        int pullLimit = 5000;
        int snapshotLimit = 10000; // rows a page (the server allows up to 20,000)
        // Downloaded pages waiting to be written, at most this much of their text and
        // parsed cells (one always may): while the replica builds a finished table's
        // indexes — a second or more for a big one — the server reads on instead of idling
        // (a million-row first sync waited 1.5 s less for it with 32 MiB).
        qint64 downloadAheadBytes = 32 * 1024 * 1024;
        // Tests: the initial download stops (as if the connection dropped) after this many
        // pages; -1: never.
        int maxSnapshotPages = -1;
        int timeoutMs = 30000;
        // Ask for a checkpoint and compare checksums (costs the server a scan of the
        // user's scope; the background sync does it on its first round and every tenth).
        bool verify = true;
    };

    struct Result
    {
        bool ok = false;
        bool offline = false; // the server could not be reached
        QString error;
        int pushed = 0;
        int pulledPages = 0;
        int redownloadedTables = 0;
        bool checksumsMatch = false;
    };
    // Reserved document numbers kept per series (shared/core/numberseries.h): below the
    // low mark a round asks the server for another block.
    static constexpr int NumberLowMark = 5;
    static constexpr int NumberBlock = 10;

    SyncEngine(Replica &replica, QUrl server, QString token);
    SyncEngine(Replica &replica, QUrl server, QString token, Options options);
    ~SyncEngine();

    Result sync();

private:
    struct Http;
    bool push(Result &result);
    bool pull(Result &result, Sync::Checkpoint *checkpoint);
    // PUT /api/v1/blobs/{sha256} for content a batch's new attachments name, when it is
    // here and not yet uploaded by this engine. False when the server cannot be reached or
    // fails; a file missing here is left to the server to refuse (blob_missing).
    bool uploadAttachments(const QStringList &sha256s, Result &result);
    void topUpNumbers();
    // Downloads the tables in order, one page asked for ahead; `initial`: the initial
    // sync's download, which resumes where it stopped and notes each finished table.
    bool download(const QStringList &tables, bool initial, Result &result);
    bool initialSync(Result &result, bool resume);

    Replica &m_replica;
    QUrl m_server;
    QString m_token;
    Options m_options;
    std::unique_ptr<Http> m_http;
    QStringList m_uploaded;
};

} // namespace Huike
