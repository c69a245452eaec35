#include "demoseeder.h"

#include "database.h"
#include "domainschema.h"
#include "passwordhasher.h"
#include "timestamp.h"
#include "transaction.h"
#include "schemaerror.h"
#include "store.h"
#include "writer.h"

using namespace Qt::StringLiterals;

namespace Huike {

DemoSeeder::DemoSeeder(Store &store) : m_store(store) { }

bool DemoSeeder::seed(qint64 customers, quint64 seed, const QString &password, QString *error,
                      const Progress &progress)
{
    try {
        Database &db = m_store.database();
        if (db.scalar(u"SELECT count(*) FROM users"_s).toLongLong() > 0) {
            if (error)
                *error = u"the store already has users; demo data is only added to an empty store"_s;
            return false;
        }
        const Dataset::Generator generator(seed);
        Dataset::Writer writer(db);
        writer.writeOrganisation(generator);
        {
            const PasswordHasher hasher;
            Transaction t(db);
            QStringList ids;
            QSqlQuery q = db.exec(u"SELECT id FROM users"_s);
            while (q.next())
                ids << q.value(0).toString();
            for (const QString &id : ids)
                db.exec(u"INSERT INTO credentials (user_id, password_hash, changed_at) VALUES (?, ?, ?)"_s,
                        {id, hasher.hash(password), Timestamp::now()});
            t.commit();
        }
        writer.writeCustomers(generator, 0, customers, [&](qint64 done, qint64 total) {
            if (progress)
                progress(done, total);
            return true;
        });
        // Every row gets its version from the change log, as if written one by one.
        Transaction t(db);
        const QString now = Timestamp::now();
        for (const QString &table : Dataset::Generator::tableOrder()) {
            const QString customer = table == u"customers" ? u"id"_s
                : DomainSchema::table(table).column(u"customer_id"_s) ? u"customer_id"_s : u"NULL"_s;
            db.exec(u"INSERT INTO changes (table_name, record_id, customer_id, at) "
                    u"SELECT '%1', id, %2, ? FROM %1 ORDER BY id"_s.arg(table, customer), {now});
            db.exec(u"UPDATE %1 SET version = (SELECT max(c.seq) FROM changes c WHERE c.record_id = %1.id)"_s.arg(table));
        }
        t.commit();
    } catch (const SchemaError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

} // namespace Huike
