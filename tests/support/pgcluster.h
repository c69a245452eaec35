#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Huike::Test {

// A throwaway PostgreSQL 15 cluster for one test process: initdb into a temporary
// directory, start on a free port on 127.0.0.1 with fsync off, stop and delete on
// destruction. As root it runs the server as the postgres user (initdb refuses root).
//
// Tests call PgCluster::shared() (one cluster per process) and then createDatabase().
// When PostgreSQL cannot be started, error() says why; tests then QSKIP — unless the
// environment sets HUIKE_REQUIRE_POSTGRES=1 (CI does), where they must QFAIL.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    static PgCluster &shared();
    static bool required();

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }

    // Creates a fresh, empty database and returns its postgresql:// URL (empty on error).
    QString createDatabase(const QString &name);

private:
    bool run(const QStringList &command, QString *output = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
    QString m_error;
};

} // namespace Huike::Test

// In a test function: skips (or fails when HUIKE_REQUIRE_POSTGRES=1) without a cluster.
#define HUIKE_REQUIRE_PG_CLUSTER(cluster)                                                    \
    do {                                                                                     \
        if (!(cluster).isRunning()) {                                                        \
            if (::Huike::Test::PgCluster::required())                                        \
                QFAIL(qPrintable(u"PostgreSQL is required here: "_s + (cluster).error()));    \
            QSKIP(qPrintable(u"PostgreSQL not available: "_s + (cluster).error()));          \
        }                                                                                    \
    } while (false)
