// The customer import's figures (issue 19, 客户导入), on a replica that already holds
// customers: a sheet of HUIKE_BENCH_IMPORT_ROWS rows (default 100,000) with 10 % duplicates
// of customers already there and 2 % errors (a wrong credit code), written as .xlsx, then
//   import.xlsx_read_rows_per_s   readTableFile on it
//   import.dry_run_rows_per_s     the dry run (every row checked against the replica)
//   import.rows_per_s             the import (records, undo notes, outbox; the plan is the dry
//                                 run's, as in the window), target ≥ 20,000
//   import.undo_s                 the undo of the whole batch
//   import.peak_rss_mb            peak resident memory of the process
// and, as the machines are shared, the same per second of this thread's CPU
// (import.dry_run_rows_per_cpu_s, import.rows_per_cpu_s, import.undo_cpu_s) and of the
// process's (import.rows_per_process_cpu_s: with the helper thread that stages the records).
#include "benchutil.h"

#include "core/id.h"
#include "dataio/sheetwriter.h"
#include "dataio/tablefile.h"
#include "dataset/generator.h"
#include "dataset/writer.h"
#include "models/customerimport.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

double cpuSeconds(clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Where the memory goes: the resident size now.
void noteRss(const char *after)
{
    QFile f(u"/proc/self/statm"_s);
    if (f.open(QIODevice::ReadOnly))
        std::fprintf(stderr, "  resident after %s: %.0f MiB\n", after,
                     double(f.readAll().split(' ').value(1).toLongLong()) * 4096 / 1048576);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = Bench::envInt("HUIKE_BENCH_IMPORT_ROWS", 100000);
    const qint64 existing = std::max<qint64>(1, rows / 10);
    QTemporaryDir dir;
    const QString path = dir.path() + u"/replica.sqlite"_s;
    {
        Replica::open(path);
        Database db = Database::openSqlite(path);
        const Dataset::Generator g(2026);
        Dataset::Writer w(db);
        w.writeOrganisation(g);
        w.writeCustomers(g, 0, existing, [](qint64, qint64) { return true; });
    }
    auto replica = Replica::open(path);
    Database &db = replica->database();
    const QString me = db.scalar(u"SELECT id FROM users WHERE role = 'sales' ORDER BY login LIMIT 1"_s).toString();
    replica->setUserId(me);
    QStringList names;
    {
        QSqlQuery q = db.exec(u"SELECT name FROM customers ORDER BY id"_s);
        while (q.next())
            names << q.value(0).toString();
    }

    // The sheet, as a clerk's Excel list: name, phone, credit code, address, level, contact, mobile.
    const QString xlsx = dir.path() + u"/customers.xlsx"_s;
    {
        SheetWriter sheet(xlsx, SheetWriter::Format::Xlsx, TextEncoding::Encoding::Utf8, u"客户"_s);
        using T = SheetWriter::Type;
        if (!sheet.open({{u"客户名称"_s, T::Text}, {u"联系电话"_s, T::Text}, {u"统一社会信用代码"_s, T::Text}, {u"地址"_s, T::Text},
                         {u"客户级别"_s, T::Text}, {u"联系人"_s, T::Text}, {u"手机"_s, T::Text}})) {
            std::fprintf(stderr, "%s\n", qPrintable(sheet.errorString()));
            return 1;
        }
        for (qint64 i = 0; i < rows; ++i) {
            const bool duplicate = i % 10 == 0;
            const bool wrong = i % 50 == 1;
            const QString name = duplicate ? names[(i / 10) % names.size()] : u"导入基准%1贸易有限公司"_s.arg(i);
            sheet.addRow({name, u"021-%1"_s.arg(50000000 + i), wrong ? u"91350100M000100Y44"_s : QString(),
                          u"上海市浦东新区张江路%1号"_s.arg(i % 999 + 1), QString(QChar(u'A' + int(i % 4))),
                          u"联系人%1"_s.arg(i), u"139%1"_s.arg(i, 8, 10, QChar(u'0'))});
        }
        if (!sheet.finish()) {
            std::fprintf(stderr, "%s\n", qPrintable(sheet.errorString()));
            return 1;
        }
    }

    QElapsedTimer t;
    t.start();
    const TableFile table = readTableFile(xlsx);
    if (!table.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(table.error));
        return 1;
    }
    Bench::report("import.xlsx_read_rows_per_s", double(rows) / (double(t.nsecsElapsed()) / 1e9), "rows/s");
    noteRss("reading the sheet");

    CustomerImport import(*replica);
    import.setSheet(table.rows.first(), table.rows.mid(1), table.lineNumbers.mid(1));
    t.start();
    double cpu = cpuSeconds();
    const CustomerImport::Plan plan = import.dryRun();
    Bench::report("import.dry_run_rows_per_s", double(rows) / (double(t.nsecsElapsed()) / 1e9), "rows/s");
    Bench::report("import.dry_run_rows_per_cpu_s", double(rows) / (cpuSeconds() - cpu), "rows/s");
    noteRss("the dry run");
    std::fprintf(stderr, "  dry run: %lld created, %lld updated, %lld skipped, %lld errors\n", qlonglong(plan.counts.created),
                 qlonglong(plan.counts.updated), qlonglong(plan.counts.skipped), qlonglong(plan.counts.errors));

    // The import after its dry run, as the window runs it: the plan is the dry run's. With
    // HUIKE_BENCH_IMPORT_REPLAN=1 a write in between makes it plan again (as the command line
    // without a dry run); HUIKE_BENCH_IMPORT_CHUNK: rows per transaction.
    if (Bench::envInt("HUIKE_BENCH_IMPORT_REPLAN", 0) != 0)
        replica->setState(u"bench"_s, u"replan"_s);
    const bool reused = import.hasCurrentPlan();
    const int chunk = int(Bench::envInt("HUIKE_BENCH_IMPORT_CHUNK", CustomerImport::DefaultChunkRows));
    std::fprintf(stderr, "  import: %s, %d rows per chunk\n", reused ? "the dry run's plan" : "planned again", chunk);
    if (Bench::envInt("HUIKE_BENCH_IMPORT_NO_LIST_INDEXES", 0) != 0) {
        // Diagnostic only: what the customers' six list indexes cost the import.
        for (const char *c : {"name", "level", "status", "owner_id", "last_activity_at", "name_sort"})
            db.exec(u"DROP INDEX IF EXISTS ix_customers_list_%1"_s.arg(QLatin1String(c)));
        std::fprintf(stderr, "  (without the customers' list indexes)\n");
    }
    if (Bench::envInt("HUIKE_BENCH_IMPORT_NO_SEARCH_TRIGGERS", 0) != 0) {
        // Diagnostic only: what noting each new record for the search index costs.
        for (const char *t : {"customers", "contacts"})
            db.exec(u"DROP TRIGGER IF EXISTS search_%1_ins"_s.arg(QLatin1String(t)));
        std::fprintf(stderr, "  (without the search index's insert triggers)\n");
    }
    t.start();
    cpu = cpuSeconds();
    const double processCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const CustomerImport::Result r = import.run(u"customers.xlsx"_s, {}, chunk);
    if (!r.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error));
        return 1;
    }
    Bench::report("import.rows_per_s", double(rows) / (double(t.nsecsElapsed()) / 1e9), "rows/s");
    Bench::report("import.rows_per_cpu_s", double(rows) / (cpuSeconds() - cpu), "rows/s");
    Bench::report("import.rows_per_process_cpu_s", double(rows) / (cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpu), "rows/s");
    noteRss("the import");

    t.start();
    cpu = cpuSeconds();
    const CustomerImport::UndoResult u = CustomerImport::undo(*replica, r.batchId);
    if (!u.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(u.error));
        return 1;
    }
    Bench::report("import.undo_s", double(t.nsecsElapsed()) / 1e9, "s");
    Bench::report("import.undo_cpu_s", cpuSeconds() - cpu, "s");
    Bench::report("import.peak_rss_mb", Bench::peakRssMb(), "MiB");
    return 0;
}
