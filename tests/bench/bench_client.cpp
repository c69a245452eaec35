// The desktop client's data paths on a generated replica: building the global-search
// index, global search (mixed queries: one and two Chinese characters, longer
// substrings, pinyin initials and full pinyin, phone digits, contact names) and the
// duplicate check of the customer card, the customer list's export to .xlsx and .csv.
// HUIKE_BENCH_CUSTOMERS (default 100000) customers;
// HUIKE_BENCH_REPLICA=FILE reuses (or keeps) a replica made earlier.
#include "benchutil.h"
#include "dedupebench.h"

#include "core/textnormalizer.h"
#include "dataset/writer.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "models/listexport.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

using Bench::percentile;

// CPU time of this thread (the index's writer) and of the whole process (with the thread
// that builds documents): on a shared machine the wall clock of the index build swings
// with the load; CPU time much less.
double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// The process's resident memory now and its peak since the last resetPeakRss(), in MiB
// (/proc/self/status VmRSS, VmHWM; writing 5 to clear_refs resets the peak, Linux ≥ 4.0).
double statusMiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QString randomSubstring(QRandomGenerator &rng, const QString &s, int len)
{
    if (s.size() <= len)
        return s;
    return s.mid(rng.bounded(int(s.size() - len)), len);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 customers = Bench::envInt("HUIKE_BENCH_CUSTOMERS", 100000);
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("HUIKE_BENCH_REPLICA");
    if (path.isEmpty())
        path = dir.path() + u"/replica.sqlite"_s;

    QElapsedTimer t;
    if (!QFile::exists(path)) {
        Replica::open(path); // the replica schema, with the search triggers
        Database db = Database::openSqlite(path);
        const Dataset::Generator g(2026);
        Dataset::Writer w(db);
        w.writeOrganisation(g);
        t.start();
        w.writeCustomers(g, 0, customers, [](qint64 done, qint64 total) {
            if (done % 100000 == 0 || done == total)
                std::fprintf(stderr, "  %lld / %lld customers written\n", done, total);
            return true;
        });
        std::fprintf(stderr, "  written in %.1f s\n", double(t.elapsed()) / 1000.0);
    }
    // HUIKE_BENCH_WRITE_ONLY=1: only the replica, its index not built (copies of it then
    // compare index builds on the same data).
    if (Bench::envInt("HUIKE_BENCH_WRITE_ONLY", 0) != 0)
        return 0;
    auto replica = Replica::open(path);
    Database &db = replica->database();
    // The planner's statistics, as a first download leaves them (this replica was written
    // directly; one kept from before them gets them here too).
    if (!db.tableExists(u"sqlite_stat1"_s))
        replica->refreshStatistics();
    const qint64 customerRows = db.scalar(u"SELECT count(*) FROM customers"_s).toLongLong();

    // The index, as the sync worker builds it after a first download: FTS5's merges
    // deferred for a large backlog (HUIKE_BENCH_INDEX_AUTOMERGE=1: not, as before), the
    // rows in steps of HUIKE_BENCH_INDEX_BATCH, then the segments merged in steps
    // (HUIKE_BENCH_INDEX_NO_MERGE=1: left unmerged, for the search figures below).
    SearchIndex index(db);
    const qint64 backlog = index.backlog();
    t.start();
    const double cpuStart = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID), writerStart = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    qint64 indexed = 0;
    const int batch = int(Bench::envInt("HUIKE_BENCH_INDEX_BATCH", 5000));
    // SQLite's page cache of the connection while the index is built (default: as the
    // replica keeps it, 2 MiB).
    if (const qint64 cacheMiB = Bench::envInt("HUIKE_BENCH_INDEX_CACHE_MIB", 0); cacheMiB > 0)
        db.exec(u"PRAGMA cache_size=-%1"_s.arg(cacheMiB * 1024));
    if (Bench::envInt("HUIKE_BENCH_INDEX_AUTOMERGE", 0) == 0)
        index.deferMerges(backlog);
    // The longest step: what a save or a pull waits for the write lock at most.
    qint64 stepMaxNs = 0, mergeStepMaxNs = 0, mergeNs = 0;
    double mergeCpu = 0;
    int mergeSteps = 0, segmentsBuilt = 0;
    const bool merging = Bench::envInt("HUIKE_BENCH_INDEX_NO_MERGE", 0) == 0;
    const int mergePages = int(Bench::envInt("HUIKE_BENCH_MERGE_PAGES", SearchIndex::MergeStepPages));
    QElapsedTimer step;
    // As the sync worker steps: rows, then merge steps.
    for (int n;;) {
        step.start();
        if ((n = index.catchUp(batch)) == 0)
            break;
        stepMaxNs = std::max(stepMaxNs, step.nsecsElapsed());
        indexed += n;
        if (indexed % 200000 < 5000)
            std::fprintf(stderr, "  %lld / %lld rows indexed (%.1f s)\n", indexed, backlog, double(t.elapsed()) / 1000.0);
    }
    segmentsBuilt = index.segments();
    for (; merging; ++mergeSteps) {
        step.start();
        const double stepCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        if (!index.mergeStep(mergePages))
            break;
        const qint64 ns = step.nsecsElapsed();
        mergeStepMaxNs = std::max(mergeStepMaxNs, ns);
        mergeNs += ns;
        mergeCpu += cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - stepCpu;
    }
    if (indexed > 0) {
        const double s = double(t.nsecsElapsed()) / 1e9;
        Bench::report("search.index_rows_per_s", double(indexed) / s, "rows/s");
        Bench::report("search.index_build_s", s, "s");
        Bench::report("search.index_merge_s", double(mergeNs) / 1e9, "s");
        Bench::report("search.index_merge_cpu_s", mergeCpu, "s");
        Bench::report("search.index_merge_steps", mergeSteps, "steps");
        Bench::report("search.index_step_max_ms", double(stepMaxNs) / 1e6, "ms");
        Bench::report("search.index_merge_step_max_ms", double(mergeStepMaxNs) / 1e6, "ms");
        Bench::report("search.index_segments_built", segmentsBuilt, "segments");
        Bench::report("search.index_segments", index.segments(), "segments");
        const double cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart;
        Bench::report("search.index_cpu_s", cpu, "s");
        Bench::report("search.index_writer_cpu_s", cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - writerStart, "s");
        Bench::report("search.index_rows_per_cpu_s", double(indexed) / cpu, "rows/s");
    }
    // What the index takes: the FTS table's shadow tables and search_dirty.
    {
        double bytes = 0;
        for (const char *table : {"search_fts_data", "search_fts_idx", "search_fts_content", "search_fts_docsize",
                                  "search_fts_config", "search_dirty"})
            bytes += db.scalar(u"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ?"_s, {QString::fromLatin1(table)}).toDouble();
        Bench::report("search.index_bytes_per_customer", bytes / double(std::max<qint64>(1, customerRows)), "B");
    }
    db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    Bench::report("client.replica_mb_per_1m_customers",
                  double(QFileInfo(path).size()) / 1048576.0 * 1e6 / double(customerRows), "MiB");

    // Queries drawn from the data itself.
    QRandomGenerator rng(7);
    QStringList names, phones, contacts;
    {
        QSqlQuery q = db.exec(u"SELECT name, phone FROM customers WHERE rowid % ? = 0 LIMIT 400"_s,
                              {std::max<qint64>(1, customerRows / 400)});
        while (q.next()) {
            names << q.value(0).toString();
            phones << q.value(1).toString();
        }
        QSqlQuery c = db.exec(u"SELECT name FROM contacts WHERE rowid % 97 = 0 LIMIT 100"_s);
        while (c.next())
            contacts << c.value(0).toString();
    }
    if (names.isEmpty())
        return 1;
    QStringList queries;
    for (int i = 0; i < 600; ++i) {
        const QString name = names[rng.bounded(int(names.size()))];
        const QList<TextNormalizer::Pinyin> words = TextNormalizer::pinyinWords(name);
        switch (i % 8) {
        case 0: queries << randomSubstring(rng, name, 1); break;
        case 1: queries << randomSubstring(rng, name, 2); break;
        case 2: queries << randomSubstring(rng, name, 4); break;
        case 3: // initials of two words, as "bjkj"
            queries << (words.size() >= 3 ? words[0].initials + words[2].initials : TextNormalizer::pinyin(name).initials.left(4));
            break;
        case 4: queries << (words.isEmpty() ? name : words.value(words.size() > 1 ? 1 : 0).full); break;
        case 5: queries << phones[rng.bounded(int(phones.size()))].right(4); break;
        case 6: queries << (contacts.isEmpty() ? name.left(2) : contacts[rng.bounded(int(contacts.size()))]); break;
        case 7: queries << TextNormalizer::pinyin(name).initials.left(3); break;
        }
    }
    QList<double> times;
    QList<double> byCase[8];
    qint64 hits = 0;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        t.start();
        hits += index.search(queries[i]).size();
        times << double(t.nsecsElapsed()) / 1e6;
        byCase[i % 8] << times.last();
        if (times.last() > 10)
            std::fprintf(stderr, "  slow: %s %.1f ms (%s)\n", qPrintable(queries[i]), times.last(),
                         qPrintable(SearchIndex::matchExpression(queries[i])));
    }
    const char *cases[8] = {"1 char", "2 chars", "4 chars", "word initials", "full pinyin", "phone digits",
                            "contact name", "name initials"};
    for (int c = 0; c < 8; ++c)
        std::fprintf(stderr, "  search %-14s p50 %6.2f ms  p95 %6.2f ms  max %6.2f ms\n", cases[c],
                     percentile(byCase[c], 0.5), percentile(byCase[c], 0.95), percentile(byCase[c], 1.0));
    Bench::report("search.p50_ms", percentile(times, 0.50), "ms");
    Bench::report("search.p95_ms", percentile(times, 0.95), "ms");
    Bench::report("search.p99_ms", percentile(times, 0.99), "ms");
    Bench::report("search.hits_per_query", double(hits) / double(queries.size()), "hits");

    // The card's duplicate check while typing (dedupebench.h).
    times = Bench::dedupeTimesMs(*replica, 300);
    Bench::report("dedupe.p50_ms", percentile(times, 0.50), "ms");
    Bench::report("dedupe.p95_ms", percentile(times, 0.95), "ms");

    // 导出: the whole customer list (every column, names in pinyin order) as the client
    // writes it, to .xlsx (libxlsxwriter, constant memory) and to .csv (UTF-8); the peak
    // memory while it runs above what the process held before.
    {
        CustomerListModel model(db);
        QList<int> columns;
        for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
            columns << c;
        for (const bool xlsx : {true, false}) {
            const QString file = dir.path() + (xlsx ? u"/customers.xlsx"_s : u"/customers.csv"_s);
            resetPeakRss();
            const double rssBefore = statusMiB("VmRSS:");
            const double cpuStart = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
            t.start();
            const ListExport::Result result = ListExport(model, columns)
                                                  .write(file, xlsx ? SheetWriter::Format::Xlsx : SheetWriter::Format::Csv,
                                                         TextEncoding::Encoding::Utf8);
            const double s = double(t.nsecsElapsed()) / 1e9;
            const double cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart;
            if (!result.ok()) {
                std::fprintf(stderr, "  export failed: %s\n", qPrintable(result.error));
                return 1;
            }
            const double rows = double(std::max<qint64>(1, result.rows));
            const char *kind = xlsx ? "xlsx" : "csv";
            std::fprintf(stderr, "  export %s: %lld rows in %.2f s (cpu %.2f s), %.1f MiB file\n", kind, result.rows, s, cpu,
                         double(QFileInfo(file).size()) / 1048576.0);
            if (xlsx) {
                Bench::report("export.customers_rows_per_s", rows / s, "rows/s");
                Bench::report("export.customers_1m_s", s * 1e6 / rows, "s"); // scaled to a million rows
                Bench::report("export.customers_cpu_1m_s", cpu * 1e6 / rows, "s");
                Bench::report("export.xlsx_peak_rss_growth_mb", statusMiB("VmHWM:") - rssBefore, "MiB");
            } else {
                Bench::report("export.customers_csv_rows_per_s", rows / s, "rows/s");
                Bench::report("export.customers_csv_1m_s", s * 1e6 / rows, "s");
                Bench::report("export.csv_peak_rss_growth_mb", statusMiB("VmHWM:") - rssBefore, "MiB");
            }
            QFile::remove(file);
        }
    }
    return 0;
}
