#pragma once

namespace Huike {

class Database;

// RAII transaction: begins on construction, rolls back on destruction unless commit()
// was called. On SQLite it begins IMMEDIATE, taking the write lock up front so two
// writers never deadlock halfway. Throws SchemaError when begin or commit fails.
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
    Database &m_db;
    bool m_active = false;
};

} // namespace Huike
