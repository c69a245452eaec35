#include "jobs/backup.h"

#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "store/servermigrations.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QStringList ServerTables{u"credentials"_s, u"tokens"_s, u"login_failures"_s, u"shares"_s,
                               u"audit_log"_s, u"changes"_s, u"settings"_s};

// pg_dump/pg_restore with the password in the environment, never on the command line.
bool runPgTool(const QString &tool, QStringList args, const QString &url, QString *error)
{
    QUrl u(url);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!u.password().isEmpty())
        env.insert(u"PGPASSWORD"_s, u.password());
    u.setPassword({});
    args << u"--dbname"_s << u.toString();
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, args);
    if (!p.waitForStarted()) {
        *error = u"%1 is not installed (apt-get install postgresql-client-15)"_s.arg(tool);
        return false;
    }
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(tool, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

Backup::Backup(Store &store) : m_store(store) { }

bool Backup::backupTo(const QString &file, QString *error)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    QDir().mkpath(QFileInfo(target).absolutePath());
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    try {
        Database &db = m_store.database();
        if (db.dialect() == Dialect::Sqlite) {
            db.exec(u"VACUUM INTO ?"_s, {partial});
        } else if (!runPgTool(u"pg_dump"_s, {u"--format=custom"_s, u"--file"_s, partial},
                              m_store.databaseUrl(), error)) {
            QFile::remove(partial);
            return false;
        }
    } catch (const SchemaError &e) {
        *error = e.message();
        QFile::remove(partial);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        *error = u"cannot write %1"_s.arg(target);
        return false;
    }
    return true;
}

bool Backup::restoreFrom(const QString &file, QString *error)
{
    if (!QFileInfo::exists(file)) {
        *error = u"there is no backup %1"_s.arg(file);
        return false;
    }
    Database &db = m_store.database();
    if (db.dialect() == Dialect::Postgres) {
        if (!runPgTool(u"pg_restore"_s, {u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s,
                                         u"--no-owner"_s, u"--exit-on-error"_s, file},
                       m_store.databaseUrl(), error))
            return false;
        try {
            DomainSchema::migrator().migrate(db);
            ServerSchema::migrator().migrate(db);
            m_store.refreshStatistics();
        } catch (const SchemaError &e) {
            *error = e.message();
            return false;
        }
        return true;
    }

    QTemporaryDir temp;
    const QString copy = temp.path() + u"/restore.sqlite"_s;
    if (!QFile::copy(file, copy)) {
        *error = u"cannot read %1"_s.arg(file);
        return false;
    }
    try {
        {
            // Bring the backup to this program's schema first (it may be older).
            Database source = Database::openSqlite(copy);
            if (!source.tableExists(u"schema_migrations"_s) || !source.tableExists(u"customers"_s))
                throw SchemaError(u"%1 is not a Huike backup"_s.arg(file));
            DomainSchema::migrator().migrate(source);
            ServerSchema::migrator().migrate(source);
            source.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        db.exec(u"ATTACH DATABASE ? AS backup"_s, {copy});
        try {
            Transaction t(db);
            QStringList tables;
            for (const TableDef &def : DomainSchema::tables())
                tables << def.name();
            tables << ServerTables;
            for (const QString &table : tables) {
                const QString cols = db.columns(table).join(u", ");
                db.exec(u"DELETE FROM main.%1"_s.arg(table));
                db.exec(u"INSERT INTO main.%1 (%2) SELECT %2 FROM backup.%1"_s.arg(table, cols));
            }
            db.exec(u"DELETE FROM main.sqlite_sequence"_s);
            db.exec(u"INSERT INTO main.sqlite_sequence SELECT * FROM backup.sqlite_sequence"_s);
            t.commit();
        } catch (...) {
            db.exec(u"DETACH DATABASE backup"_s);
            throw;
        }
        db.exec(u"DETACH DATABASE backup"_s);
        m_store.refreshStatistics(); // the backup's statistics were not copied
    } catch (const SchemaError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

QString Backup::backupToFolder(QString *error, int keep)
{
    const QString dir = m_store.dataDir() + u"/backups"_s;
    const QString suffix = m_store.database().dialect() == Dialect::Sqlite ? u".sqlite"_s : u".pgdump"_s;
    const QString file = dir + u"/huike-"_s
        + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s) + suffix;
    if (!backupTo(file, error))
        return {};
    QFileInfoList all = QDir(dir).entryInfoList({u"huike-*"_s + suffix}, QDir::Files, QDir::Name);
    while (all.size() > keep)
        QFile::remove(all.takeFirst().absoluteFilePath());
    return file;
}

} // namespace Huike
