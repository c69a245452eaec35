#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace Huike {

class Replica;

// SyncController's half on the sync thread: owns the replica connection used for sync,
// runs rounds, schedules retries and listens for pokes. Internal to app/syncclient.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    // Rows of the search index a step brings up to date: the first step's, then as many as
    // take about IndexStepMs (a pull that a poke asks for, or a save in the window, waits at
    // most one step), between IndexStepRows and IndexStepMaxRows — a first download's
    // backlog goes in steps of thousands (each step costs a commit and FTS5 a segment; 250-row
    // steps cost a third more CPU than 5,000-row ones), an edit's in one small step.
    static constexpr int IndexStepRows = 250;
    static constexpr int IndexStepMaxRows = 5000;
    static constexpr int IndexStepMs = 60;
    // The rows of the next step after one of `rows` took `ms`.
    static int nextIndexStep(int rows, qint64 ms);

    SyncWorker(QString replicaPath, QUrl server, QString token);
    ~SyncWorker() override;

public slots:
    void start();
    void syncSoon(int delayMs);
    void setServer(const QUrl &server, const QString &token);
    void indexSoon();

signals:
    // state: SyncController::State as int
    void roundStarted();
    void roundFinished(int state, const QString &reason, int pending, int conflicts, bool changed);
    // A step of the global-search index; `backlog` rows are still to be indexed.
    void indexed(int backlog);

private:
    void runRound();
    void connectPoke();
    void pokeLost(QWebSocket *socket);
    void indexStep();

    QString m_path;
    QUrl m_server;
    QString m_token;
    std::unique_ptr<Replica> m_replica;
    QTimer m_timer{this}; // children, so they move to the sync thread with the worker
    QTimer m_periodic{this};
    QTimer m_indexTimer{this};
    int m_indexBacklog = -1; // rows left to index in this burst; -1: not counted yet
    int m_indexStepRows = IndexStepRows;
    QWebSocket *m_poke = nullptr;
    QTimer m_pokeRetry{this};  // reconnects the poke socket, with back-off
    int m_pokeFailures = 0;    // reconnects in a row that did not get through
    bool m_pokeUp = false;     // the poke socket is open
    int m_failures = 0;
    QElapsedTimer m_lastVerify; // the last round that checked the checksums
    bool m_running = false;
    bool m_again = false;
};

} // namespace Huike
