#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace Huike {

class Database;

// One numbered schema step. apply runs inside the migration's transaction; it may run DDL
// and DML (both dialects have transactional DDL) and must not commit.
struct Migration
{
    int version = 0;
    QString description;
    std::function<void(Database &)> apply;
};

// Applies numbered migrations of one component ("domain", "server", "replica") and records
// them in schema_migrations(component, version, description, applied_at). Each migration
// runs in its own transaction with the version row, so a crash leaves the database at a
// whole version. Concurrent starts are serialised (SQLite's write lock, PostgreSQL's
// advisory lock). A database that is already newer than this build knows is refused, not
// touched.
class Migrator
{
public:
    struct Result
    {
        int from = 0;
        int to = 0;
    };

    Migrator(QString component, QList<Migration> migrations);

    int latestVersion() const;
    // The version the database is at for this component (0 when none applied).
    int currentVersion(Database &db) const;
    // Brings the database to latestVersion(); throws SchemaError.
    Result migrate(Database &db) const;
    // Applies migrations up to and including version (for tests of old databases).
    Result migrateTo(Database &db, int version) const;

private:
    void ensureVersionTable(Database &db) const;

    QString m_component;
    QList<Migration> m_migrations;
};

} // namespace Huike
