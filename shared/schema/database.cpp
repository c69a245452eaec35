#include "schema/database.h"

#include "schema/schemaerror.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRecursiveMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"huike-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString describe(const QSqlError &e)
{
    return e.text().trimmed();
}

} // namespace

Database::Database(QSqlDatabase db, QString name, Dialect dialect)
    : m_db(std::move(db)), m_name(std::move(name)), m_dialect(dialect)
{
}

Database::Database(Database &&other) noexcept
    : m_db(std::move(other.m_db)), m_name(std::move(other.m_name)), m_dialect(other.m_dialect),
      m_writeGate(std::exchange(other.m_writeGate, nullptr)), m_observer(std::exchange(other.m_observer, nullptr)),
      m_cached(std::move(other.m_cached))
{
    other.m_db = QSqlDatabase();
    other.m_name.clear();
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::move(other.m_db);
        m_name = std::move(other.m_name);
        m_dialect = other.m_dialect;
        m_writeGate = std::exchange(other.m_writeGate, nullptr);
        m_observer = std::exchange(other.m_observer, nullptr);
        m_cached = std::move(other.m_cached);
        other.m_db = QSqlDatabase();
        other.m_name.clear();
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    m_cached.clear(); // a prepared statement outliving its connection would hold it open
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

Database Database::openSqlite(const QString &path)
{
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw SchemaError(u"The Qt SQLite driver (QSQLITE) is not available."_s);
    }
    if (path != u":memory:")
        QDir().mkpath(QFileInfo(path).absolutePath());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    Database out(db, name, Dialect::Sqlite);
    db = QSqlDatabase(); // the Database is the only handle (see close())
    if (!out.m_db.open())
        throw SchemaError(u"Cannot open %1: %2"_s.arg(path, describe(out.m_db.lastError())));
    if (path != u":memory:") {
        // Writers of one file in one process queue on one mutex (see Transaction).
        static QMutex registryLock;
        static std::map<QString, QRecursiveMutex> gates; // nodes never move; they live as long as the process
        const QMutexLocker lock(&registryLock);
        out.m_writeGate = &gates.try_emplace(QFileInfo(path).absoluteFilePath()).first->second;
        const QString mode = out.scalar(u"PRAGMA journal_mode=WAL"_s).toString();
        if (mode.compare(u"wal", Qt::CaseInsensitive) != 0)
            throw SchemaError(u"Cannot switch %1 to WAL mode (got %2)."_s.arg(path, mode));
    }
    out.exec(u"PRAGMA synchronous=FULL"_s);
    out.exec(u"PRAGMA foreign_keys=ON"_s);
    return out;
}

Database Database::openPostgres(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"postgresql" && u.scheme() != u"postgres"))
        throw SchemaError(u"Not a PostgreSQL URL (postgresql://user:password@host:port/db): %1"_s
                              .arg(u.toDisplayString(QUrl::RemovePassword)));
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw SchemaError(u"The Qt PostgreSQL driver (QPSQL) is not available."_s);
    }
    db.setHostName(u.host().isEmpty() ? u"127.0.0.1"_s : u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    db.setConnectOptions(u"connect_timeout=10"_s);
    Database out(db, name, Dialect::Postgres);
    db = QSqlDatabase();
    if (!out.m_db.open())
        throw SchemaError(u"Cannot connect to %1: %2"_s.arg(
            u.toDisplayString(QUrl::RemovePassword), describe(out.m_db.lastError())));
    out.exec(u"SET client_encoding TO 'UTF8'"_s);
    out.exec(u"SET TIME ZONE 'UTC'"_s);
    return out;
}

Database Database::open(const QString &location)
{
    if (location.startsWith(u"postgresql://") || location.startsWith(u"postgres://"))
        return openPostgres(location);
    return openSqlite(location);
}

QSqlQuery Database::exec(const QString &sql, const QVariantList &values)
{
    observed(sql, values);
    QSqlQuery q(m_db);
    // Every reader walks its rows once, front to back: on SQLite a forward-only query
    // streams them instead of caching each row's values (a snapshot page is 5,000 rows).
    // Not on PostgreSQL, where Qt's forward-only mode fetches row by row and a second
    // query on the connection would cut the first short.
    if (m_dialect == Dialect::Sqlite)
        q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Without values there is nothing to bind: run directly (PostgreSQL cannot
        // PREPARE DDL or SET).
        if (!q.exec(sql))
            throw SchemaError(u"Failed [%1]: %2"_s.arg(sql, describe(q.lastError())));
        return q;
    }
    if (!q.prepare(sql))
        throw SchemaError(u"Cannot prepare [%1]: %2"_s.arg(sql, describe(q.lastError())));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw SchemaError(u"Failed [%1]: %2"_s.arg(sql, describe(q.lastError())));
    return q;
}

QSqlQuery &Database::execCached(const QString &sql, const QVariantList &values)
{
    observed(sql, values);
    auto it = m_cached.find(sql);
    if (it == m_cached.end()) {
        QSqlQuery q(m_db);
        if (m_dialect == Dialect::Sqlite)
            q.setForwardOnly(true);
        if (!q.prepare(sql))
            throw SchemaError(u"Cannot prepare [%1]: %2"_s.arg(sql, describe(q.lastError())));
        it = m_cached.insert(sql, q);
    }
    QSqlQuery &q = *it;
    q.finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    if (!q.exec())
        throw SchemaError(u"Failed [%1]: %2"_s.arg(sql, describe(q.lastError())));
    return q;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = exec(sql, values);
    if (!q.next())
        return {};
    return q.value(0);
}

bool Database::tableExists(const QString &table)
{
    if (m_dialect == Dialect::Sqlite)
        return scalar(u"SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?"_s,
                      {table})
                   .toInt()
            > 0;
    return scalar(u"SELECT count(*) FROM information_schema.tables "
                  u"WHERE table_schema = current_schema() AND table_name = ?"_s,
                  {table})
               .toInt()
        > 0;
}

QStringList Database::columns(const QString &table)
{
    QStringList out;
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q = exec(u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s, {table});
        while (q.next())
            out << q.value(0).toString();
    } else {
        QSqlQuery q = exec(u"SELECT column_name FROM information_schema.columns WHERE "
                           u"table_schema = current_schema() AND table_name = ? "
                           u"ORDER BY ordinal_position"_s,
                           {table});
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace Huike
