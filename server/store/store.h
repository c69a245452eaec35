#pragma once

#include <QLoggingCategory>
#include <QString>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Huike {

class Database;
enum class Dialect;

// The server's store: the embedded SQLite file in the data folder (WAL mode) or a
// PostgreSQL 15 database given by URL. Opening migrates it to the schema head (the domain
// migrations of shared/schema, then the server's own). The store is the only state the
// server keeps, so several servers can share one PostgreSQL database.
class Store
{
public:
    struct Location
    {
        QString dataDir;     // always given: backups and attachments live here
        QString databaseUrl; // empty → SQLite file <dataDir>/huike.sqlite
    };

    // Opens (creating the data folder and SQLite file when needed) and migrates.
    // Returns nullptr and sets *error to a message for people on failure.
    static std::unique_ptr<Store> open(const Location &location, QString *error);
    ~Store();

    Database &database();
    Dialect dialect() const;
    QString kind() const; // "sqlite" or "postgresql"
    QString dataDir() const;
    QString databaseUrl() const; // the PostgreSQL URL; empty for SQLite
    int schemaVersion();
    bool ping();
    // Number of live customers, e.g. to know whether the demo data is there.
    qint64 customerCount();
    // Statistics for the query planner: SQLite plans without them (ANALYZE never runs by
    // itself), and then walks every customer for a duplicate check. SQLite reads at most
    // about AnalysisLimit rows per index (seconds at a million customers, not minutes);
    // PostgreSQL's autovacuum keeps them, this only brings them up to date at once. Run
    // after seeding, after a restore and daily. Throws SchemaError.
    void refreshStatistics();
    static constexpr int AnalysisLimit = 1000;

    static QString sqliteFileName() { return QStringLiteral("huike.sqlite"); }

private:
    Store();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Huike
