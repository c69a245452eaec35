#include "exportpdfcommand.h"
#include "replicapath.h"

#include "models/contractservice.h"
#include "models/modelerror.h"
#include "models/quoteservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/schemaerror.h"
#include "ui/companydata.h"
#include "ui/documentpdf.h"
#include "ui/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Huike::ExportPdfCommand {

bool isRequested(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "export-pdf") == 0;
}

int run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a quote or contract as PDF: huike export-pdf quote|contract NUMBER -o FILE"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"export-pdf"_s, u"The command."_s);
    parser.addPositionalArgument(u"kind"_s, u"quote or contract"_s);
    parser.addPositionalArgument(u"number"_s, u"The document's number, e.g. BJ-2026-0001."_s);
    parser.addOptions({{{u"o"_s, u"output"_s}, u"The PDF file to write."_s, u"file"_s},
                       {u"revision"_s, u"The revision (default: the latest)."_s, u"n"_s},
                       {u"no-prices"_s, u"The copy for the warehouse, without prices."_s},
                       {u"replica"_s, u"The replica file (default: the last login's)."_s, u"file"_s},
                       {u"lang"_s, u"Language of the headings: zh_CN or en."_s, u"lang"_s}});
    parser.process(app);
    Language::install(app, parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : Language::chosen());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || !parser.isSet(u"output"_s)) {
        std::fprintf(stderr, "usage: huike export-pdf quote|contract NUMBER -o FILE [--revision N] [--no-prices] [--replica FILE]\n");
        return 2;
    }
    if (args[1] != u"quote" && args[1] != u"contract") {
        std::fprintf(stderr, "huike: export-pdf makes a quote or a contract, not \"%s\"\n", qPrintable(args[1]));
        return 2;
    }
    QString replicaError;
    const QString path = batchReplicaPath(parser.value(u"replica"_s), &replicaError);
    if (path.isEmpty()) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(replicaError));
        return 1;
    }
    try {
        auto replica = Replica::open(path);
        QString error;
        // The document is written all the same; the letterhead stays empty without the name.
        if (CompanyData::nameMissing(*replica))
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("Huike::CompanyData", "huike: warning: the company's details are not filled in the settings (%1); the letterhead is incomplete.")
                                                        .arg(CompanyData::missing(*replica).join(QCoreApplication::translate("Huike::CompanyData", ", ")))));
        if (args[1] == u"contract") {
            ContractService contracts(*replica);
            const QString id = replica->database().scalar(u"SELECT id FROM contracts WHERE number = ? AND deleted = 0"_s, {args[2]}).toString();
            const auto contract = id.isEmpty() ? std::nullopt : contracts.load(id);
            if (!contract) {
                std::fprintf(stderr, "huike: no contract %s in %s\n", qPrintable(args[2]), qPrintable(path));
                return 1;
            }
            if (!ContractPdf::write(contracts, *contract, parser.value(u"output"_s), &error)) {
                std::fprintf(stderr, "huike: %s: %s\n", qPrintable(parser.value(u"output"_s)), qPrintable(error));
                return 1;
            }
            return 0;
        }
        QuoteService quotes(*replica);
        QString sql = u"SELECT id FROM quotes WHERE number = ? AND deleted = 0"_s;
        QVariantList values{args[2]};
        if (parser.isSet(u"revision"_s)) {
            sql += u" AND revision = ?"_s;
            values << parser.value(u"revision"_s).toInt();
        }
        const QString id = replica->database().scalar(sql + u" ORDER BY revision DESC LIMIT 1"_s, values).toString();
        const auto quote = id.isEmpty() ? std::nullopt : quotes.load(id);
        if (!quote) {
            std::fprintf(stderr, "huike: no quote %s in %s\n", qPrintable(args[2]), qPrintable(path));
            return 1;
        }
        if (!QuotePdf::write(quotes, *quote, !parser.isSet(u"no-prices"_s), parser.value(u"output"_s), &error)) {
            std::fprintf(stderr, "huike: %s: %s\n", qPrintable(parser.value(u"output"_s)), qPrintable(error));
            return 1;
        }
        return 0;
    } catch (const SchemaError &e) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const ModelError &e) { // the services' failures
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    }
}

} // namespace Huike::ExportPdfCommand
