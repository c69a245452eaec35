#include "schema/migrator.h"

#include "schema/database.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

Migrator::Migrator(QString component, QList<Migration> migrations)
    : m_component(std::move(component)), m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        if (m_migrations[i].version != i + 1)
            throw SchemaError(u"Migrations of %1 must be numbered 1, 2, 3… without gaps."_s.arg(
                m_component));
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

void Migrator::ensureVersionTable(Database &db) const
{
    if (db.tableExists(u"schema_migrations"_s))
        return;
    db.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
            u"component TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL, "
            u"applied_at TEXT NOT NULL, PRIMARY KEY (component, version))"_s);
}

int Migrator::currentVersion(Database &db) const
{
    if (!db.tableExists(u"schema_migrations"_s))
        return 0;
    return db.scalar(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations WHERE component = ?"_s,
                     {m_component})
        .toInt();
}

Migrator::Result Migrator::migrate(Database &db) const
{
    return migrateTo(db, latestVersion());
}

Migrator::Result Migrator::migrateTo(Database &db, int target) const
{
    if (target > latestVersion())
        throw SchemaError(u"No migration %1 for %2."_s.arg(target).arg(m_component));
    {
        // Creating the version table is itself idempotent and safe to race.
        Transaction t(db);
        ensureVersionTable(db);
        t.commit();
    }
    Result result;
    result.from = currentVersion(db);
    result.to = result.from;
    if (result.from > latestVersion())
        throw SchemaError(
            u"The database's %1 schema is at version %2, newer than this program knows (%3). "
            u"Upgrade Huike before using this database."_s.arg(m_component)
                .arg(result.from)
                .arg(latestVersion()));

    for (const Migration &m : m_migrations) {
        if (m.version > target)
            break;
        Transaction t(db);
        if (db.dialect() == Dialect::Postgres)
            db.exec(u"SELECT pg_advisory_xact_lock(hashtext(?))"_s,
                    {QString(u"huike-migrate-"_s + m_component)});
        // Re-read inside the lock: another process may have applied it meanwhile.
        const int current = currentVersion(db);
        if (current >= m.version)
            continue;
        if (current != m.version - 1)
            throw SchemaError(u"%1 schema is at version %2; cannot apply %3."_s.arg(m_component)
                                  .arg(current)
                                  .arg(m.version));
        m.apply(db);
        db.exec(u"INSERT INTO schema_migrations (component, version, description, applied_at) "
                u"VALUES (?, ?, ?, ?)"_s,
                {m_component, m.version, m.description,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        t.commit();
        result.to = m.version;
    }
    return result;
}

} // namespace Huike
