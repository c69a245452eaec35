#include "demoseeder.h"

#include "database.h"
#include "schemaerror.h"
#include "store.h"
#include "writer.h"

using namespace Qt::StringLiterals;

namespace Huike {

DemoSeeder::DemoSeeder(Store &store) : m_store(store) { }

bool DemoSeeder::seed(qint64 customers, quint64 seed, QString *error, const Progress &progress)
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
        writer.writeCustomers(generator, 0, customers, [&](qint64 done, qint64 total) {
            if (progress)
                progress(done, total);
            return true;
        });
    } catch (const SchemaError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

} // namespace Huike
