#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

namespace Huike {

class SyncWorker;

// Keeps a replica in sync in the background, for the desktop client (DESIGN.md §3):
// a sync round runs on its own thread (typing is never blocked), right away after a local
// save, when the server pokes over its WebSocket, and once a minute; while the server
// cannot be reached it retries with exponential backoff and jitter (1 s … 60 s).
// Everything it reports arrives as queued signals on the thread that created it.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Syncing, UpToDate, Offline, Error };
    Q_ENUM(State)

    SyncController(QString replicaPath, QUrl server, QString token, QObject *parent = nullptr);
    ~SyncController() override;

    void start();
    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    int pendingCount() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    QDateTime lastSynced() const { return m_lastSynced; }
    // Rows not yet in the global-search index (as of the last indexing step).
    int searchIndexBacklog() const { return m_indexBacklog; }
    // The server and session this controller syncs with (for other online checks).
    QUrl server() const { return m_server; }
    QString token() const { return m_token; }

public slots:
    // After a local save: sync soon (a short delay gathers a burst of edits).
    void localChange();
    void syncNow();
    // Brings the global-search index up to date in the background (also when offline).
    void indexNow();
    void setServer(const QUrl &server, const QString &token);

signals:
    void stateChanged(Huike::SyncController::State state, const QString &reason);
    void pendingCountChanged(int count);
    void conflictCountChanged(int count);
    void synced(const QDateTime &at);
    // A round changed the data (rows pulled, edits settled): views re-read it.
    void dataChanged();
    void searchIndexUpdated(int backlog);

private:
    void onRoundFinished(int state, const QString &reason, int pending, int conflicts, bool changed);

    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    State m_state = State::Idle;
    QString m_reason;
    int m_pending = 0;
    int m_conflicts = 0;
    int m_indexBacklog = 0;
    QUrl m_server;
    QString m_token;
    QDateTime m_lastSynced;
};

} // namespace Huike
