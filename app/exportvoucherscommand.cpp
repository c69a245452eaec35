#include "exportvoucherscommand.h"
#include "replicapath.h"

#include "models/modelerror.h"
#include "models/voucherservice.h"
#include "replica/replica.h"
#include "schema/schemaerror.h"
#include "ui/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Huike::ExportVouchersCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::ExportVouchersCommand", text);
}

int usage(const QString &why)
{
    if (!why.isEmpty())
        std::fprintf(stderr, "huike: %s\n", qPrintable(why));
    std::fprintf(stderr, "usage: huike export-vouchers --period YYYY-MM --format kingdee|yonyou|list -o FILE [--again] "
                         "[--replica FILE] [--lang L]\n");
    return 2;
}

// "收1-收3 记1-记2": the numbers written, per word.
QString ranges(const QList<Voucher> &vouchers)
{
    QMap<QString, std::pair<int, int>> range;
    for (const Voucher &v : vouchers) {
        auto it = range.find(v.word);
        if (it == range.end())
            range.insert(v.word, {v.number, v.number});
        else
            *it = {std::min(it->first, v.number), std::max(it->second, v.number)};
    }
    QStringList out;
    for (auto it = range.begin(); it != range.end(); ++it)
        out << u"%1%2-%1%3"_s.arg(it.key()).arg(it->first).arg(it->second);
    return out.join(u' ');
}

} // namespace

bool isRequested(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "export-vouchers") == 0;
}

int run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a month's accounting vouchers for Kingdee or Yonyou: huike export-vouchers --period 2026-11 --format kingdee -o FILE"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"export-vouchers"_s, u"The command."_s);
    parser.addOptions({{u"period"_s, u"The month, e.g. 2026-11."_s, u"YYYY-MM"_s},
                       {u"format"_s, u"kingdee (.xlsx), yonyou (GB18030 text) or list (.xlsx for the accountant)."_s, u"format"_s},
                       {{u"o"_s, u"output"_s}, u"The file to write."_s, u"file"_s},
                       {u"again"_s, u"Write the vouchers exported before once more, with their numbers."_s},
                       {u"replica"_s, u"The replica file (default: the last login's)."_s, u"file"_s},
                       {u"lang"_s, u"Language of the texts: zh_CN or en."_s, u"lang"_s}});
    const bool parsed = parser.parse(app.arguments());
    // The refusals below in the user's language: --lang when it is given, else the chosen.
    Language::install(app, parsed && parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : Language::chosen());
    if (!parsed)
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("export-vouchers takes no other arguments: \"%1\"").arg(parser.positionalArguments().mid(1).join(u' ')));
    if (!parser.isSet(u"period"_s) || !parser.isSet(u"format"_s) || !parser.isSet(u"output"_s))
        return usage(tr("--period, --format and -o are needed"));
    const QString period = parser.value(u"period"_s);
    if (!VoucherService::parsePeriod(period))
        return usage(tr("--period is a month as YYYY-MM (e.g. 2026-11), not \"%1\"").arg(period));
    const auto format = VoucherService::formatFromCode(parser.value(u"format"_s).toLower());
    if (!format)
        return usage(tr("--format is kingdee, yonyou or list, not \"%1\"").arg(parser.value(u"format"_s)));
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty())
        return usage(tr("-o names the file to write"));

    QString replicaError;
    const QString path = batchReplicaPath(parser.value(u"replica"_s), &replicaError);
    if (path.isEmpty()) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(replicaError));
        return 1;
    }
    try {
        auto replica = Replica::open(path);
        VoucherService vouchers(*replica);
        if (!vouchers.mayExport()) {
            std::fprintf(stderr, "huike: %s\n",
                         qPrintable(QCoreApplication::translate("Huike::VoucherService",
                                                                "Only administrators, directors and contract clerks export vouchers.")));
            return 1;
        }
        // The list is for reading: the whole month, as the dialog shows it.
        const auto again = parser.isSet(u"again"_s) || *format == VoucherService::Format::List ? VoucherService::Again::Yes
                                                                                                : VoucherService::Again::No;
        const VoucherService::Preview preview = vouchers.preview(period, again);
        if (!preview.error.isEmpty()) {
            std::fprintf(stderr, "huike: %s\n", qPrintable(preview.error));
            return 1;
        }
        if (preview.needsAgain()) {
            std::fprintf(stderr, "huike: %s\n",
                         qPrintable(QCoreApplication::translate(
                                        "Huike::ExportVouchersCommand",
                                        "The %n voucher(s) of %1 were all exported before; nothing new is left. "
                                        "Add --again to write them once more with the same numbers.",
                                        nullptr, preview.exportedBefore)
                                        .arg(period)));
            return 1;
        }
        if (preview.vouchers.isEmpty()) {
            std::fprintf(stderr, "huike: %s\n",
                         qPrintable(QCoreApplication::translate("Huike::ExportVouchersCommand",
                                                                "There are no payments or invoices to book in %1.")
                                        .arg(period)));
            return 1;
        }
        QString error;
        if (!vouchers.exportTo(preview, *format, output, &error)) {
            std::fprintf(stderr, "huike: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%s\n", qPrintable(tr("exported: %1 vouchers (%2) to %3").arg(preview.vouchers.size()).arg(ranges(preview.vouchers), output)));
        return 0;
    } catch (const SchemaError &e) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const ModelError &e) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    }
}

} // namespace Huike::ExportVouchersCommand
