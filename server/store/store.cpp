#include "store/store.h"

#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "store/servermigrations.h"

#include <QDir>

Q_LOGGING_CATEGORY(lcStore, "huike.store")

using namespace Qt::StringLiterals;

namespace Huike {

struct Store::Private
{
    std::optional<Database> db;
    QString dataDir;
    QString databaseUrl;
};

Store::Store() : d(std::make_unique<Private>()) { }

Store::~Store() = default;

std::unique_ptr<Store> Store::open(const Location &location, QString *error)
{
    std::unique_ptr<Store> store(new Store);
    store->d->dataDir = QDir(location.dataDir).absolutePath();
    store->d->databaseUrl = location.databaseUrl;
    if (!QDir().mkpath(store->d->dataDir)) {
        if (error)
            *error = u"cannot create the data folder %1"_s.arg(store->d->dataDir);
        return nullptr;
    }
    try {
        if (location.databaseUrl.isEmpty()) {
            store->d->db.emplace(Database::openSqlite(store->d->dataDir + u'/' + sqliteFileName()));
            // Reads through a memory map instead of a system call per page: a first sync
            // reads the whole store, and this halves what the server spends on it. SQLite
            // caps the size at its build's limit (2 GiB on Debian); the rest of a larger
            // file is read as before. Writes are unchanged.
            store->d->db->exec(u"PRAGMA mmap_size=2147418112"_s);
        } else
            store->d->db.emplace(Database::openPostgres(location.databaseUrl));
        const Migrator::Result r = DomainSchema::migrator().migrate(*store->d->db);
        if (r.from != r.to)
            qCInfo(lcStore) << "migrated the domain schema from" << r.from << "to" << r.to;
        const Migrator::Result s = ServerSchema::migrator().migrate(*store->d->db);
        if (s.from != s.to)
            qCInfo(lcStore) << "migrated the server schema from" << s.from << "to" << s.to;
        // The page indexes of the declared scope kinds (TableDef::serverIndex), which only
        // the server needs: made once, then found.
        for (const TableDef &t : DomainSchema::tables())
            for (const QString &sql : t.createServerIndexSql(store->d->db->dialect()))
                store->d->db->exec(sql);
        try {
            if (!ServerSchema::ensureCreditCodeIndex(*store->d->db))
                qCWarning(lcStore) << "customers share a credit code: merge or delete the duplicates; until then only "
                                      "the server's checks keep new ones out";
        } catch (const SchemaError &e) { // another server sharing the database made it meanwhile
            qCWarning(lcStore).noquote() << "credit code index:" << e.message();
        }
    } catch (const SchemaError &e) {
        if (error)
            *error = e.message();
        return nullptr;
    }
    return store;
}

Database &Store::database()
{
    return *d->db;
}

Dialect Store::dialect() const
{
    return d->db->dialect();
}

QString Store::kind() const
{
    return d->db->dialect() == Dialect::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

QString Store::dataDir() const
{
    return d->dataDir;
}

QString Store::databaseUrl() const
{
    return d->databaseUrl;
}

int Store::schemaVersion()
{
    try {
        return DomainSchema::migrator().currentVersion(*d->db);
    } catch (const SchemaError &) {
        return 0;
    }
}

bool Store::ping()
{
    try {
        return d->db->scalar(u"SELECT 1"_s).toInt() == 1;
    } catch (const SchemaError &e) {
        qCWarning(lcStore) << "store does not answer:" << e.message();
        return false;
    }
}

void Store::refreshStatistics()
{
    if (d->db->dialect() == Dialect::Postgres) {
        d->db->exec(u"ANALYZE"_s);
        return;
    }
    d->db->exec(u"PRAGMA analysis_limit=%1"_s.arg(AnalysisLimit));
    Transaction t(*d->db);
    d->db->exec(u"ANALYZE"_s);
    // The other connections (the server's worker threads) load statistics only when they
    // read the schema again, and a repeated ANALYZE does not make them: a change does.
    d->db->exec(u"CREATE TABLE statistics_refreshed (x)"_s);
    d->db->exec(u"DROP TABLE statistics_refreshed"_s);
    t.commit();
}

qint64 Store::customerCount()
{
    return d->db->scalar(u"SELECT count(*) FROM customers WHERE deleted = 0"_s).toLongLong();
}

} // namespace Huike
