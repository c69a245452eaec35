// How fast the data set is generated and written to an embedded SQLite store, and how big
// the store gets. HUIKE_BENCH_CUSTOMERS (default 100000) customers.
#include "benchutil.h"

#include "dataset/writer.h"
#include "schema/database.h"
#include "schema/domainschema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Huike;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 customers = Bench::envInt("HUIKE_BENCH_CUSTOMERS", 100000);
    const Dataset::Generator g(2026);

    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    const qint64 sample = std::min<qint64>(customers, 20000);
    for (qint64 i = 0; i < sample; ++i)
        rows += g.customer(i).size();
    const double genSeconds = double(t.nsecsElapsed()) / 1e9;
    Bench::report("dataset.generate_customers_per_s", double(sample) / genSeconds, "customers/s");

    QTemporaryDir dir;
    const QString path = dir.path() + u"/bench.sqlite"_s;
    Database db = Database::openSqlite(path);
    DomainSchema::migrator().migrate(db);
    Dataset::Writer w(db);
    w.writeOrganisation(g);
    t.restart();
    rows = w.writeCustomers(g, 0, customers, [](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total)
            std::fprintf(stderr, "  %lld / %lld customers\n", done, total);
        return true;
    });
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    Bench::report("dataset.write_sqlite_rows_per_s", double(rows) / seconds, "rows/s");
    Bench::report("dataset.write_sqlite_s", seconds, "s");
    Bench::report("dataset.rows_per_customer", double(rows) / double(customers), "rows");
    db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    Bench::report("dataset.sqlite_mb_per_100k_customers",
                  double(QFileInfo(path).size()) / 1048576.0 * 100000.0 / double(customers), "MiB");
    return 0;
}
