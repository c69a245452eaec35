#include "syncclient/synccontroller.h"

#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/schemaerror.h"
#include "syncclient/syncengine.h"
#include "syncclient/syncworker.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Huike {

// ---- worker (sync thread) ------------------------------------------------------------

SyncWorker::SyncWorker(QString replicaPath, QUrl server, QString token)
    : m_path(std::move(replicaPath)), m_server(std::move(server)), m_token(std::move(token))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::runRound);
    connect(&m_periodic, &QTimer::timeout, this, [this] { syncSoon(0); });
    m_indexTimer.setSingleShot(true);
    connect(&m_indexTimer, &QTimer::timeout, this, &SyncWorker::indexStep);
    m_pokeRetry.setSingleShot(true);
    connect(&m_pokeRetry, &QTimer::timeout, this, &SyncWorker::connectPoke);
}

void SyncWorker::indexSoon()
{
    if (!m_indexTimer.isActive())
        m_indexTimer.start(0);
}

int SyncWorker::nextIndexStep(int rows, qint64 ms)
{
    const qint64 scaled = ms <= 0 ? qint64(rows) * 2 : qint64(rows) * IndexStepMs / ms;
    // At most twice as many at once: one fast step (a warm cache) does not make the next huge.
    return int(std::clamp<qint64>(std::min<qint64>(scaled, qint64(rows) * 2), IndexStepRows, IndexStepMaxRows));
}

void SyncWorker::indexStep()
{
    // Small steps, each its own transaction, with a pause after each as long as the step:
    // sync rounds (a poke's pull) run between them, the window's saves queue for the
    // write lock with them (Transaction's write queue) — a save right after a first
    // download used to wait seconds for back-to-back steps — and the indexing of a big
    // replica takes at most half of a core while people work. A large backlog goes in
    // with FTS5's merges deferred, and its segments are merged after it the same way.
    try {
        if (!m_replica)
            m_replica = Replica::open(m_path);
        SearchIndex index(m_replica->database());
        if (m_indexBacklog < 0) {
            m_indexBacklog = index.backlog(); // counted once per burst, not per step
            index.deferMerges(m_indexBacklog); // a first download's: FTS5 merges once it is in
        }
        QElapsedTimer stepTime;
        stepTime.start();
        const int done = index.catchUp(m_indexStepRows);
        // Then a large build's segments merged, a bounded step at a time (of a fixed size:
        // a step costs FTS5 about as much again as its pages, so small ones cost many times
        // the merge; SearchIndex::MergeStepPages).
        const bool merged = done == 0 && index.mergeStep();
        const qint64 ms = stepTime.elapsed();
        if (done == m_indexStepRows)
            m_indexStepRows = nextIndexStep(m_indexStepRows, ms);
        static const bool profile = qEnvironmentVariableIntValue("HUIKE_SYNC_PROFILE") != 0;
        if (profile)
            std::fprintf(stderr, "sync profile: search index step %d rows%s %lld ms\n", done, merged ? " (merge)" : "", ms);
        m_indexBacklog = done == 0 ? 0 : std::max(0, m_indexBacklog - done);
        emit indexed(m_indexBacklog);
        if (done == 0 && !merged) {
            m_indexBacklog = -1; // the next burst counts again
            m_indexStepRows = IndexStepRows;
        }
        else
            m_indexTimer.start(int(std::clamp<qint64>(ms, 20, 500)));
    } catch (const SchemaError &e) {
        qWarning("huike: the search index could not be updated: %s", qPrintable(e.message()));
    }
}

SyncWorker::~SyncWorker()
{
    if (m_poke) {
        m_poke->disconnect(this);
        m_poke->abort();
    }
}

void SyncWorker::start()
{
    m_periodic.start(60 * 1000);
    connectPoke();
    syncSoon(0);
}

void SyncWorker::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
    m_failures = 0;
    m_pokeFailures = 0;
    connectPoke();
    syncSoon(0);
}

void SyncWorker::syncSoon(int delayMs)
{
    if (m_running) {
        m_again = true; // one more round when this one ends
        return;
    }
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void SyncWorker::connectPoke()
{
    m_pokeRetry.stop();
    if (m_poke) {
        m_poke->disconnect(this);
        m_poke->abort();
        m_poke->deleteLater();
    }
    m_pokeUp = false;
    m_poke = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_poke, &QWebSocket::textMessageReceived, this, [this] { syncSoon(0); });
    QWebSocket *socket = m_poke;
    connect(m_poke, &QWebSocket::connected, this, [this, socket] {
        if (socket != m_poke)
            return;
        m_pokeUp = true;
        // Back after a loss: a round at once says so (and brings what was missed).
        if (m_pokeFailures > 0 || m_failures > 0)
            syncSoon(0);
        m_pokeFailures = 0;
    });
    // The server stopping closes the socket: the first sign that it is gone, long before
    // the next round would notice. A failed reconnect reports an error only.
    connect(m_poke, &QWebSocket::disconnected, this, [this, socket] { pokeLost(socket); });
    connect(m_poke, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, socket] { pokeLost(socket); });
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    url.setPath(u"/api/v1/sync/poke"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    m_poke->open(request);
}

void SyncWorker::pokeLost(QWebSocket *socket)
{
    if (socket != m_poke)
        return;
    if (m_pokeUp) {
        // It was open: a round now finds out whether the server is gone (offline at once)
        // or only the socket (pulls go on without pokes meanwhile).
        m_pokeUp = false;
        syncSoon(0);
    }
    if (m_pokeRetry.isActive())
        return; // the error and the disconnect of one loss
    // Reconnect with back-off and jitter: 1, 2, 4 … 30 s, each between half and full.
    const int base = std::min(30000, 1000 << std::min(m_pokeFailures, 5));
    ++m_pokeFailures;
    m_pokeRetry.start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
}

void SyncWorker::runRound()
{
    m_running = true;
    m_again = false;
    emit roundStarted();
    int state = 0;
    QString reason;
    int pending = 0, conflicts = 0;
    bool changed = false;
    try {
        if (!m_replica)
            m_replica = Replica::open(m_path);
        const qint64 cursorBefore = m_replica->cursor();
        const int pendingBefore = m_replica->pendingCount();
        SyncEngine::Options options;
        // Checksums on the first round and then every ten minutes: they read the whole
        // replica, too much for every poke of a busy day.
        options.verify = !m_lastVerify.isValid() || m_lastVerify.hasExpired(10 * 60 * 1000);
        if (options.verify)
            m_lastVerify.start();
        const SyncEngine::Result r = SyncEngine(*m_replica, m_server, m_token, options).sync();
        pending = m_replica->pendingCount();
        conflicts = m_replica->openConflictCount();
        // Something for the views to re-read: rows came in, or pushed edits settled.
        changed = m_replica->cursor() != cursorBefore || r.redownloadedTables > 0 || pending != pendingBefore;
        if (r.ok) {
            state = int(SyncController::State::UpToDate);
            m_failures = 0;
        } else {
            state = int(r.offline ? SyncController::State::Offline : SyncController::State::Error);
            reason = r.error;
            ++m_failures;
        }
    } catch (const SchemaError &e) {
        state = int(SyncController::State::Error);
        reason = e.message();
        ++m_failures;
    }
    m_running = false;
    emit roundFinished(state, reason, pending, conflicts, changed);
    indexSoon(); // what the round brought in becomes searchable
    if (m_failures > 0) {
        // Exponential backoff with jitter: 1, 2, 4 … 60 s, each between half and full.
        const int base = std::min(60000, 1000 << std::min(m_failures - 1, 6));
        syncSoon(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
    } else if (m_again) {
        syncSoon(0);
    }
}

// ---- controller (UI thread) -----------------------------------------------------------

SyncController::SyncController(QString replicaPath, QUrl server, QString token, QObject *parent)
    : QObject(parent), m_server(server), m_token(token)
{
    qRegisterMetaType<Huike::SyncController::State>();
    m_worker = new SyncWorker(std::move(replicaPath), std::move(server), std::move(token));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::roundStarted, this, [this] {
        if (m_state == State::Offline)
            return; // a retry while offline: still offline until one gets through
        m_state = State::Syncing;
        emit stateChanged(m_state, {});
    });
    connect(m_worker, &SyncWorker::roundFinished, this, &SyncController::onRoundFinished);
    connect(m_worker, &SyncWorker::indexed, this, [this](int backlog) {
        m_indexBacklog = backlog;
        emit searchIndexUpdated(backlog);
    });
    m_thread.setObjectName(u"huike-sync"_s);
    m_thread.start();
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::start, Qt::QueuedConnection);
}

void SyncController::localChange()
{
    // A moment's wait gathers a burst of saves into one push, short enough that a
    // colleague sees the edit well within a tenth of a second.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->syncSoon(10); }, Qt::QueuedConnection);
}

void SyncController::indexNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::indexSoon, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->syncSoon(0); }, Qt::QueuedConnection);
}

void SyncController::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, server, token] { w->setServer(server, token); },
                              Qt::QueuedConnection);
}

void SyncController::onRoundFinished(int state, const QString &reason, int pending, int conflicts, bool changed)
{
    m_state = State(state);
    m_reason = reason;
    if (pending != m_pending) {
        m_pending = pending;
        emit pendingCountChanged(pending);
    }
    if (conflicts != m_conflicts) {
        m_conflicts = conflicts;
        emit conflictCountChanged(conflicts);
    }
    if (m_state == State::UpToDate) {
        m_lastSynced = QDateTime::currentDateTimeUtc();
        emit synced(m_lastSynced);
    }
    if (changed)
        emit dataChanged();
    emit stateChanged(m_state, reason);
}

} // namespace Huike
