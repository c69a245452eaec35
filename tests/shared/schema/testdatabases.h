#pragma once

// Opens an empty database of either dialect for data-driven schema tests.

#include "pgcluster.h"
#include "schema/database.h"

#include <QAtomicInteger>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace Huike::Test {

inline void addDialectRows()
{
    QTest::addColumn<Huike::Dialect>("dialect");
    QTest::newRow("sqlite") << Huike::Dialect::Sqlite;
    QTest::newRow("postgres") << Huike::Dialect::Postgres;
}

// A fresh database: a new SQLite file in dir, or a new database in the shared cluster.
inline std::optional<Huike::Database> freshDatabase(Huike::Dialect dialect, const QTemporaryDir &dir)
{
    static QAtomicInteger<int> counter;
    const int n = counter.fetchAndAddRelaxed(1);
    if (dialect == Huike::Dialect::Sqlite)
        return Huike::Database::openSqlite(dir.path() + QStringLiteral("/db%1.sqlite").arg(n));
    PgCluster &cluster = PgCluster::shared();
    const QString url = cluster.createDatabase(
        QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(n));
    if (url.isEmpty())
        return std::nullopt;
    return Huike::Database::openPostgres(url);
}

} // namespace Huike::Test

Q_DECLARE_METATYPE(Huike::Dialect)

// Opens `db` for the current row's dialect or skips/fails as PgCluster says.
#define HUIKE_FRESH_DATABASE(db, dir)                                                        \
    QFETCH(Huike::Dialect, dialect);                                                         \
    if (dialect == Huike::Dialect::Postgres)                                                 \
        HUIKE_REQUIRE_PG_CLUSTER(Huike::Test::PgCluster::shared());                          \
    std::optional<Huike::Database> db##Holder = Huike::Test::freshDatabase(dialect, dir);    \
    QVERIFY2(db##Holder.has_value(), qPrintable(Huike::Test::PgCluster::shared().error()));  \
    Huike::Database &db = *db##Holder
