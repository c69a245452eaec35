#include "models/replicajob.h"

#include "replica/cancelhook.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QEventLoop>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The file of a connection; empty for an in-memory database.
QString fileOf(Database &db)
{
    const QString name = db.handle().databaseName();
    return db.dialect() != Dialect::Sqlite || name.isEmpty() || name == u":memory:" || name.startsWith(u"file::memory:") ? QString()
                                                                                                                      : name;
}

} // namespace

struct ReplicaJob::Worker
{
    QThread thread;
    QObject context;                  // lives on `thread`: the work is posted to it
    std::unique_ptr<Replica> replica; // opened, used and closed on `thread`
    std::unique_ptr<Database> db;     // the same, for a job made from a Database
};

ReplicaJob::ReplicaJob(Replica &replica, QObject *parent)
    : QObject(parent), m_replica(&replica), m_db(replica.database()), m_path(fileOf(replica.database()))
{
}

ReplicaJob::ReplicaJob(Database &db, QObject *parent) : QObject(parent), m_db(db), m_path(fileOf(db)) { }

ReplicaJob::~ReplicaJob()
{
    if (!m_worker)
        return;
    cancel();
    // After the work still queued: the connection closes on its own thread, which ends.
    Worker *w = m_worker.get();
    QMetaObject::invokeMethod(
        &w->context,
        [w] {
            w->replica.reset();
            w->db.reset();
            w->thread.quit();
        },
        Qt::QueuedConnection);
    w->thread.wait();
}

bool ReplicaJob::start(Work work, Interrupt interrupt)
{
    if (!m_replica)
        return false;
    return startAny([this, work = std::move(work)](Replica *replica, Database &) { work(*replica, *this); }, interrupt);
}

bool ReplicaJob::start(DatabaseWork work, Interrupt interrupt)
{
    return startAny([this, work = std::move(work)](Replica *, Database &db) { work(db, *this); }, interrupt);
}

bool ReplicaJob::startAny(AnyWork work, Interrupt interrupt)
{
    if (m_running.exchange(true))
        return false;
    m_cancelled.store(false);
    m_shown.store(-1);
    m_error.clear();
    if (m_path.isEmpty()) {
        runWork(m_replica, m_db, work, interrupt);
        m_running.store(false);
        emit finished();
        return true;
    }
    if (!m_worker) {
        m_worker = std::make_unique<Worker>();
        m_worker->thread.setObjectName(u"ReplicaJob"_s);
        m_worker->context.moveToThread(&m_worker->thread);
        m_worker->thread.start();
    }
    QMetaObject::invokeMethod(
        &m_worker->context,
        [this, work = std::move(work), interrupt] {
            Worker &w = *m_worker;
            if (!w.replica && !w.db) {
                try {
                    if (m_replica)
                        w.replica = Replica::open(m_path);
                    else
                        w.db = std::make_unique<Database>(Database::openSqlite(m_path));
                } catch (const std::exception &e) {
                    m_error = QString::fromStdString(e.what());
                }
            }
            if (w.replica)
                runWork(w.replica.get(), w.replica->database(), work, interrupt);
            else if (w.db)
                runWork(nullptr, *w.db, work, interrupt);
            m_running.store(false);
            emit finished();
        },
        Qt::QueuedConnection);
    return true;
}

void ReplicaJob::runWork(Replica *replica, Database &db, const AnyWork &work, Interrupt interrupt)
{
    std::optional<CancelHook> hook;
    if (interrupt == Interrupt::Yes)
        hook.emplace(db, m_cancelled);
    try {
        work(replica, db);
    } catch (const std::exception &e) {
        m_error = QString::fromStdString(e.what());
    }
}

QString ReplicaJob::error() const
{
    return m_running.load() ? QString() : m_error;
}

void ReplicaJob::waitForFinished()
{
    if (!m_running.load())
        return;
    QEventLoop loop;
    connect(this, &ReplicaJob::finished, &loop, &QEventLoop::quit);
    if (m_running.load()) // finished() comes after m_running drops: not missed
        loop.exec();
}

bool ReplicaJob::progress(qint64 done, qint64 total)
{
    const qint64 shown = total > 0 ? std::clamp<qint64>(done * 1000 / total, 0, 1000) : 0;
    if (m_shown.exchange(shown) != shown)
        emit progressed(done, total);
    return !m_cancelled.load();
}

void ReplicaJob::cancel()
{
    m_cancelled.store(true);
}

} // namespace Huike
