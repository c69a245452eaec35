#include "importcommand.h"
#include "replicapath.h"

#include "dataio/tablefile.h"
#include "models/assetimport.h"
#include "models/customerimport.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/schemaerror.h"
#include "ui/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace Huike::ImportCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::ImportCommand", text);
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fprintf(stderr, "huike: %s\n", qPrintable(line));
}

QString counts(const CustomerImport::Counts &c)
{
    return u"%1 created, %2 updated, %3 skipped, %4 errors"_s.arg(c.created).arg(c.updated).arg(c.skipped).arg(c.errors);
}

// Progress on stderr for a terminal, a line per tenth.
CustomerImport::Progress progressLine(const char *what)
{
    return [what, last = -1](qint64 done, qint64 total) mutable {
        const int tenth = total > 0 ? int(done * 10 / total) : 0;
        if (tenth != last) {
            last = tenth;
            std::fprintf(stderr, "  %s %d %%\n", what, tenth * 10);
        }
        return true;
    };
}

// The file's table, or the exit code after saying why not.
std::optional<TableFile> readTable(const QCommandLineParser &parser, const QString &file, int *code)
{
    *code = 1;
    TableReadOptions options;
    options.sheet = parser.value(u"sheet"_s);
    if (parser.isSet(u"encoding"_s)) {
        options.encoding = TextEncoding::fromName(parser.value(u"encoding"_s));
        if (!options.encoding) {
            complain(tr("unknown encoding \"%1\" (UTF-8, GB18030, GBK, UTF-16)").arg(parser.value(u"encoding"_s)));
            *code = 2;
            return std::nullopt;
        }
    }
    if (!QFileInfo::exists(file)) {
        complain(tr("no file %1").arg(file));
        return std::nullopt;
    }
    TableFile table = readTableFile(file, options);
    if (!table.error.isEmpty()) {
        complain(u"%1: %2"_s.arg(file, table.error));
        return std::nullopt;
    }
    if (table.format == TableFile::Format::Csv)
        std::fprintf(stderr, "  %s: %s, separator '%s'\n", qPrintable(QFileInfo(file).fileName()),
                     qPrintable(TextEncoding::name(table.encoding)),
                     table.separator == u'\t' ? "\\t" : qPrintable(QString(table.separator)));
    else
        std::fprintf(stderr, "  %s: sheet %s\n", qPrintable(QFileInfo(file).fileName()), qPrintable(table.sheet));
    if (table.invalidCharacters > 0)
        complain(tr("warning: %1 characters could not be read as %2; try --encoding").arg(table.invalidCharacters).arg(TextEncoding::name(table.encoding)));
    if (table.rows.isEmpty()) {
        complain(tr("%1 has no rows").arg(file));
        return std::nullopt;
    }
    *code = 0;
    return table;
}

int importCustomers(const QCommandLineParser &parser, const QString &file, Replica &replica)
{
    auto policy = CustomerImport::OnDuplicate::Skip;
    if (parser.isSet(u"on-duplicate"_s)) {
        const auto p = CustomerImport::policyFromName(parser.value(u"on-duplicate"_s));
        if (!p) {
            complain(tr("--on-duplicate takes skip, fill or overwrite, not \"%1\"").arg(parser.value(u"on-duplicate"_s)));
            return 2;
        }
        policy = *p;
    }
    const QString report = parser.value(u"report"_s);
    if (!report.isEmpty() && !CustomerImport::reportFormatOk(report)) {
        complain(tr("the report is written as .xlsx or .csv, not \"%1\"").arg(report));
        return 2;
    }
    int code = 0;
    const std::optional<TableFile> read = readTable(parser, file, &code);
    if (!read)
        return code;
    const TableFile &table = *read;
    CustomerImport import(replica);
    import.setSheet(table.rows.first(), table.rows.mid(1), table.lineNumbers.mid(1));
    import.setOnDuplicate(policy);
    if (!import.mapping().maps(ImportMapping::Field::Name)) {
        complain(tr("no column of customer names found (a header such as 客户名称, 公司名称 or Name); the headers are: %1")
                     .arg(table.rows.first().join(u", "_s)));
        return 1;
    }
    // What each column fills.
    for (int c = 0; c < import.headers().size(); ++c) {
        const ImportMapping::Column col = import.mapping().column(c);
        std::fprintf(stderr, "  %s → %s\n", qPrintable(import.headers()[c]),
                     qPrintable(col.field == ImportMapping::Field::Ignore ? u"-"_s
                                                                          : ImportMapping::fieldName(col.field)
                                        + (import.mapping().isContactField(col.field) && col.slot > 0 ? QString::number(col.slot + 1) : QString())));
    }
    const bool dryRun = parser.isSet(u"dry-run"_s);
    CustomerImport::Plan plan = import.dryRun(dryRun ? progressLine("checked") : CustomerImport::Progress());
    // The rows with errors, each with its line and reasons (as the report has them).
    int shown = 0;
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const CustomerImport::RowPlan &rp = plan.rows[r];
        if (rp.outcome != CustomerImport::Outcome::Error)
            continue;
        if (++shown > 50) {
            std::fprintf(stderr, "  …\n");
            break;
        }
        std::fprintf(stderr, "  row %lld: %s\n", qlonglong(import.lineNumber(r)), qPrintable(CustomerImport::errorText(import, rp)));
    }
    if (!report.isEmpty()) {
        QString error;
        if (!CustomerImport::writeReport(import, plan, report, &error)) {
            complain(u"%1: %2"_s.arg(report, error));
            return 1;
        }
    }
    if (dryRun) {
        say(u"dry run: "_s + counts(plan.counts));
        return 0;
    }
    const CustomerImport::Result result = import.run(QFileInfo(file).fileName(), progressLine("imported"));
    if (!result.error.isEmpty()) {
        complain(result.error);
        if (!result.batchId.isEmpty())
            complain(tr("batch %1: %2 rows landed; undo them with: huike import undo %1").arg(result.batchId).arg(result.rowsDone));
        return 1;
    }
    std::fprintf(stderr, "  batch %s (undo: huike import undo %s)\n", qPrintable(result.batchId), qPrintable(result.batchId));
    say(u"imported: "_s + counts(result.counts));
    return 0;
}

// 设备导入: the rows that are right become assets; the others are listed with their reasons.
int importAssets(const QCommandLineParser &parser, const QString &file, Replica &replica)
{
    int code = 0;
    const std::optional<TableFile> table = readTable(parser, file, &code);
    if (!table)
        return code;
    AssetImport import(replica);
    import.setSheet(table->rows.first(), table->rows.mid(1), table->lineNumbers.mid(1));
    if (const QStringList missing = import.missingColumns(); !missing.isEmpty()) {
        complain(tr("the sheet has no column for %1; the headers are: %2").arg(missing.join(u"; "_s), table->rows.first().join(u", "_s)));
        return 1;
    }
    for (int c = 0; c < import.headers().size(); ++c)
        std::fprintf(stderr, "  %s → %s\n", qPrintable(import.headers()[c]), qPrintable(AssetImport::fieldName(import.columns()[c])));
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const AssetImport::Plan plan = import.dryRun(dryRun ? progressLine("checked") : CustomerImport::Progress());
    int shown = 0;
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        if (plan.rows[r].errors.isEmpty())
            continue;
        if (++shown > 50) {
            std::fprintf(stderr, "  …\n");
            break;
        }
        std::fprintf(stderr, "  row %lld: %s\n", qlonglong(import.lineNumber(r)), qPrintable(plan.rows[r].errors.join(u"; "_s)));
    }
    if (dryRun) {
        say(u"dry run: %1 ready, %2 errors"_s.arg(plan.ready).arg(plan.errors));
        return 0;
    }
    const AssetImport::Result result = import.run(plan, progressLine("imported"));
    if (!result.error.isEmpty()) {
        complain(result.error);
        complain(tr("%1 assets were imported before it stopped").arg(result.created));
        return 1;
    }
    say(u"imported: %1 assets, %2 rows with errors left out"_s.arg(result.created).arg(plan.errors));
    return 0;
}

int undo(const QString &batchId, Replica &replica)
{
    const CustomerImport::UndoResult r = CustomerImport::undo(replica, batchId.trimmed().toLower());
    if (!r.error.isEmpty()) {
        complain(r.error);
        return 1;
    }
    for (const QString &kept : r.kept)
        std::fprintf(stderr, "  %s\n", qPrintable(kept));
    say(u"undone: %1 records, %2 kept"_s.arg(r.undone).arg(r.kept.size()));
    return 0;
}

int list(Replica &replica)
{
    QSqlQuery q = replica.database().exec(
        u"SELECT id, created_at, file_name, status, created_count, updated_count, skipped_count, error_count "
        u"FROM import_batches WHERE deleted = 0 ORDER BY created_at DESC LIMIT 100"_s);
    int n = 0;
    while (q.next()) {
        ++n;
        say(u"%1  %2  %3  %4  %5 created, %6 updated, %7 skipped, %8 errors"_s.arg(q.value(0).toString(), q.value(1).toString(),
                                                                                  q.value(2).toString(), q.value(3).toString())
                .arg(q.value(4).toLongLong())
                .arg(q.value(5).toLongLong())
                .arg(q.value(6).toLongLong())
                .arg(q.value(7).toLongLong()));
    }
    if (n == 0)
        std::fprintf(stderr, "  no imports yet\n");
    return 0;
}

} // namespace

bool isRequested(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "import") == 0;
}

int run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Imports customers and their contacts, or the customers' assets (serial numbers), from .xlsx or\n"
                                     u".csv into this computer's replica:\n"
                                     u"  huike import customers FILE [options]\n  huike import assets FILE [options]\n"
                                     u"  huike import undo BATCH\n  huike import list"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, u"The command."_s);
    parser.addPositionalArgument(u"what"_s, u"customers, assets, undo or list"_s);
    parser.addPositionalArgument(u"file"_s, u"The .xlsx, .csv or .txt file (customers, assets), or the batch id (undo)."_s);
    parser.addOptions({{u"sheet"_s, u"The sheet of an .xlsx file (default: the first)."_s, u"name"_s},
                       {u"encoding"_s, u"The encoding of a .csv/.txt file: UTF-8, GB18030 (GBK), UTF-16 (default: detected)."_s, u"encoding"_s},
                       {u"dry-run"_s, u"Only say what each row would do; write nothing."_s},
                       {u"on-duplicate"_s, u"What to do with a customer that is already there: skip (default), fill (its empty fields) or overwrite."_s, u"policy"_s},
                       {u"report"_s, u"Write the rows with errors and their reasons to this .xlsx or .csv file."_s, u"file"_s},
                       {u"replica"_s, u"The replica file (default: the last login's)."_s, u"file"_s},
                       {u"lang"_s, u"Language of the messages: zh_CN or en."_s, u"lang"_s}});
    if (!parser.parse(app.arguments())) {
        complain(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    Language::install(app, parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : Language::chosen());
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(1);
    const bool ok = ((what == u"customers" || what == u"assets") && args.size() == 3) || (what == u"undo" && args.size() == 3)
        || (what == u"list" && args.size() == 2);
    if (!ok) {
        std::fprintf(stderr, "usage: huike import customers FILE [--sheet NAME] [--encoding E] [--dry-run] "
                             "[--on-duplicate skip|fill|overwrite] [--report FILE] [--replica FILE]\n"
                             "       huike import assets FILE [--sheet NAME] [--encoding E] [--dry-run] [--replica FILE]\n"
                             "       huike import undo BATCH [--replica FILE]\n"
                             "       huike import list [--replica FILE]\n");
        return 2;
    }
    QString error;
    const QString path = batchReplicaPath(parser.value(u"replica"_s), &error);
    if (path.isEmpty()) {
        complain(error);
        return 1;
    }
    try {
        auto replica = Replica::open(path);
        if (what == u"undo")
            return undo(args[2], *replica);
        if (what == u"list")
            return list(*replica);
        if (what == u"assets")
            return importAssets(parser, args[2], *replica);
        return importCustomers(parser, args[2], *replica);
    } catch (const SchemaError &e) {
        complain(e.message());
        return 1;
    } catch (const ModelError &e) {
        complain(e.message());
        return 1;
    }
}

} // namespace Huike::ImportCommand
