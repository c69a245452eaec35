#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Huike {

class Database;
class Replica;

// Long work on the replica off the window's thread (an import, its dry run and undo, the
// statistics by level): a thread of its own with its own connection to the replica's file,
// opened on first use and kept until the job goes (SQLite connections belong to their
// thread; the file is in WAL mode, so the window reads on while the job writes, and sees
// what it committed). One piece of work at a time. Progress and the end come back as
// queued signals; cancel() sets a flag the work reads (progress() returns false), and for
// work started interruptible also stops the statement running (SQLite's progress handler).
// Work that only reads (the statistics) can have a bare connection (Database) instead of a
// Replica. A replica without a file (":memory:", tests) runs the work on the caller's
// connection and thread, as before.
class ReplicaJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(Replica &replica, ReplicaJob &job)>;
    using DatabaseWork = std::function<void(Database &db, ReplicaJob &job)>;
    enum class Interrupt { No, Yes };

    explicit ReplicaJob(Replica &replica, QObject *parent = nullptr);
    explicit ReplicaJob(Database &db, QObject *parent = nullptr); // DatabaseWork only
    ~ReplicaJob() override; // cancels, waits for the work, closes the connection on its thread

    // Runs `work` with the job's replica (or connection); an exception it lets out ends it
    // with error(). False when work is running already (or a Work on a job made from a
    // Database).
    bool start(Work work, Interrupt interrupt = Interrupt::No);
    bool start(DatabaseWork work, Interrupt interrupt = Interrupt::No);
    bool isRunning() const { return m_running.load(); }
    bool isCancelled() const { return m_cancelled.load(); }
    // The error of the last work (an exception's message, or the file could not be opened).
    QString error() const;
    // Runs the caller's event loop until the work is done: the windows paint and answer.
    void waitForFinished();

    // For the work: the share done (queued to progressed() when it moved by a thousandth);
    // false once cancelled.
    bool progress(qint64 done, qint64 total);

public slots:
    void cancel();

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    struct Worker;
    using AnyWork = std::function<void(Replica *replica, Database &db)>;
    bool startAny(AnyWork work, Interrupt interrupt);
    void runWork(Replica *replica, Database &db, const AnyWork &work, Interrupt interrupt);

    Replica *m_replica = nullptr; // null: made from a Database
    Database &m_db;
    QString m_path; // empty: no file of its own (runs inline)
    std::unique_ptr<Worker> m_worker;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_shown{-1}; // the thousandths last reported
    QString m_error;                 // written by the work before m_running drops
};

} // namespace Huike
