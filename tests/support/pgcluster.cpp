#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Huike::Test {

namespace {

QString findBinDir()
{
    const QByteArray env = qgetenv("HUIKE_PG_BINDIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    for (int v = 17; v >= 13; --v) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(v);
        if (QFileInfo::exists(dir + u"/initdb"_s))
            return dir;
    }
    return {};
}

int freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

} // namespace

bool PgCluster::required()
{
    return qgetenv("HUIKE_REQUIRE_POSTGRES") == "1";
}

PgCluster &PgCluster::shared()
{
    static PgCluster cluster;
    return cluster;
}

bool PgCluster::run(const QStringList &command, QString *output)
{
    QStringList args = command;
    QString program = args.takeFirst();
    if (m_asPostgresUser) {
        args.prepend(program);
        args.prepend(u"--"_s);
        args.prepend(u"postgres"_s);
        args.prepend(u"-u"_s);
        program = u"runuser"_s;
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        m_error = u"%1 did not finish: %2"_s.arg(command.join(u' '), p.errorString());
        p.kill();
        return false;
    }
    const QString out = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"%1 failed: %2"_s.arg(command.join(u' '), out.trimmed());
        return false;
    }
    return true;
}

PgCluster::PgCluster()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = u"no PostgreSQL server binaries (apt-get install postgresql-15)"_s;
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/huike-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory"_s;
        return;
    }
    m_asPostgresUser = ::geteuid() == 0;
    m_dataDir = m_dir->path() + u"/data"_s;
    if (m_asPostgresUser) {
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner
                                                 | QFile::ExeOwner | QFile::ReadOther
                                                 | QFile::WriteOther | QFile::ExeOther);
        QDir().mkpath(m_dataDir);
        if (QProcess::execute(u"chown"_s, {u"postgres:postgres"_s, m_dataDir}) != 0) {
            m_error = u"cannot hand the data directory to the postgres user"_s;
            return;
        }
    }
    if (!run({m_binDir + u"/initdb"_s, u"-D"_s, m_dataDir, u"-A"_s, u"trust"_s, u"-U"_s,
              u"postgres"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s}))
        return;
    // A few retries in case another process takes the port between probe and start.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options = u"-p %1 -k %2 -h 127.0.0.1 -c fsync=off -c full_page_writes=off "
                                u"-c synchronous_commit=off -c max_connections=200"_s
                                    .arg(m_port)
                                    .arg(m_dir->path());
        m_running = run({m_binDir + u"/pg_ctl"_s, u"-D"_s, m_dataDir, u"-o"_s, options, u"-l"_s,
                         m_dir->path() + u"/log.txt"_s, u"-w"_s, u"-t"_s, u"60"_s, u"start"_s});
    }
    if (m_running)
        m_error.clear();
}

PgCluster::~PgCluster()
{
    if (m_running)
        run({m_binDir + u"/pg_ctl"_s, u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-w"_s,
             u"stop"_s});
}

QString PgCluster::createDatabase(const QString &name)
{
    if (!m_running)
        return {};
    if (!run({m_binDir + u"/createdb"_s, u"-h"_s, u"127.0.0.1"_s, u"-p"_s,
              QString::number(m_port), u"-U"_s, u"postgres"_s, name}))
        return {};
    return u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
}

} // namespace Huike::Test
