#pragma once

class QRecursiveMutex;

namespace Huike {

class Database;

// RAII transaction: begins on construction, rolls back on destruction unless commit()
// was called. On SQLite it begins IMMEDIATE, taking the write lock up front so two
// writers never deadlock halfway. Throws SchemaError when begin or commit fails.
//
// Writers of one SQLite file in one process (the window's connection and the sync
// thread's) also queue on a mutex of that file first. SQLite's busy handler only sleeps
// and retries, so a thread writing transaction after transaction (a first download, the
// search index catching up) could keep a save from the window waiting for seconds; the
// mutex hands the lock to the thread that has waited. Recursive: a thread that already
// writes the file through another connection goes on to SQLite (and its busy timeout),
// as before.
class Transaction
{
public:
    enum class Mode {
        Write, // SQLite BEGIN IMMEDIATE; PostgreSQL READ COMMITTED
        Read,  // one consistent snapshot for several reads: SQLite BEGIN (deferred);
               // PostgreSQL REPEATABLE READ, READ ONLY
    };

    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    void release();

    Database &m_db;
    bool m_active = false;
    QRecursiveMutex *m_gate = nullptr; // held while a SQLite write transaction is open
};

} // namespace Huike
