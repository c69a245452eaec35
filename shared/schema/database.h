#pragma once

#include "schema/dialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QRecursiveMutex;

namespace Huike {

// Sees every statement a Database runs, with its bound values, as it runs: the query-plan
// tests (tst_queryplans, tst_serverqueryplans) explain what the code really runs instead of
// a copy of its SQL. Called on the connection's thread, before the statement executes.
class StatementObserver
{
public:
    virtual ~StatementObserver() = default;
    virtual void statement(const QString &sql, const QVariantList &values) = 0;
};

// One open connection with its dialect. Owns the QSqlDatabase connection name and removes
// it on destruction, so a Database is the only handle to its connection. Not copyable;
// use it from the thread that opened it (a Qt SQL rule).
class Database
{
public:
    // SQLite file (created when missing) in WAL mode with synchronous=FULL, foreign keys
    // and a busy timeout: a committed write survives a crash or power loss.
    static Database openSqlite(const QString &path);
    // postgresql://user:password@host:port/database (libpq defaults for what is left out).
    static Database openPostgres(const QString &url);
    // Either of the above: a postgresql:// URL, or else a SQLite file path.
    static Database open(const QString &location);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    Dialect dialect() const { return m_dialect; }
    // The queue of the process's writers of this SQLite file (Transaction takes it before
    // writing); null for PostgreSQL and in-memory databases.
    QRecursiveMutex *writeGate() const { return m_writeGate; }
    QSqlDatabase &handle() { return m_db; }
    QString connectionName() const { return m_name; }

    // Prepares and runs sql with positional (?) bound values; throws SchemaError on failure.
    // Values always travel as bound parameters, never spliced into the text; sql without
    // values (DDL, SET) runs unprepared.
    QSqlQuery exec(const QString &sql, const QVariantList &values = {});
    // The same for a statement run many times (the replica's edit path: a record, its
    // outbox entry, its read-back): prepared once per connection and kept. The returned
    // query is the kept one: read its rows (and finish() it when it selects) before the next
    // call with the same sql. Throws SchemaError on failure.
    QSqlQuery &execCached(const QString &sql, const QVariantList &values);
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // The observer (not owned; null: none) of every statement from now on; code that runs
    // SQL around exec() (the sqlite3 C API on this connection) reports it with observed().
    void setObserver(StatementObserver *observer) { m_observer = observer; }
    bool isObserved() const { return m_observer != nullptr; }
    void observed(const QString &sql, const QVariantList &values) const
    {
        if (m_observer)
            m_observer->statement(sql, values);
    }
    bool tableExists(const QString &table);
    QStringList columns(const QString &table);

private:
    Database(QSqlDatabase db, QString name, Dialect dialect);
    void close();

    QSqlDatabase m_db;
    QString m_name;
    Dialect m_dialect = Dialect::Sqlite;
    QRecursiveMutex *m_writeGate = nullptr; // one per file and process, never freed
    StatementObserver *m_observer = nullptr;
    QHash<QString, QSqlQuery> m_cached; // execCached's statements, dropped before the connection closes
};

} // namespace Huike
