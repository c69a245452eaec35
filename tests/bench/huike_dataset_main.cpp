// huike-dataset: writes a generated data set into a new SQLite store at the domain schema
// head, e.g. a 1,000,000-customer replica for the client benchmarks:
//   huike-dataset --out /tmp/1m.sqlite --customers 1000000 --seed 2026
#include "dataset/writer.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Huike;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes a generated Huike data set into a new SQLite file."_s);
    p.addHelpOption();
    p.addOptions({{u"out"_s, u"SQLite file to create."_s, u"file"_s},
                  {u"customers"_s, u"Number of customers (default 100000)."_s, u"n"_s, u"100000"_s},
                  {u"seed"_s, u"Random seed (default 2026)."_s, u"n"_s, u"2026"_s}});
    p.process(app);
    bool ok1 = false, ok2 = false;
    const qint64 customers = p.value(u"customers"_s).toLongLong(&ok1);
    const quint64 seed = p.value(u"seed"_s).toULongLong(&ok2);
    if (!p.isSet(u"out"_s) || !ok1 || !ok2 || customers < 1 || customers > 5000000) {
        std::fprintf(stderr, "usage: huike-dataset --out FILE [--customers 1..5000000] [--seed N]\n");
        return 2;
    }
    const QString out = p.value(u"out"_s);
    if (QFile::exists(out)) {
        std::fprintf(stderr, "huike-dataset: %s exists; not overwriting\n", qPrintable(out));
        return 1;
    }
    try {
        Database db = Database::openSqlite(out);
        DomainSchema::migrator().migrate(db);
        const Dataset::Generator g(seed);
        Dataset::Writer w(db);
        w.writeOrganisation(g);
        QElapsedTimer t;
        t.start();
        const qint64 rows = w.writeCustomers(g, 0, customers, [&](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%lld / %lld customers (%d%%)", done, total, int(done * 100 / total));
            return true;
        });
        std::fprintf(stderr, "\n%lld rows in %.1f s\n", rows, double(t.elapsed()) / 1000.0);
    } catch (const SchemaError &e) {
        std::fprintf(stderr, "huike-dataset: %s\n", e.what());
        return 1;
    }
    return 0;
}
