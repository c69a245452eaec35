#include "exportcommand.h"
#include "replicapath.h"

#include "core/enums.h"
#include "models/customerlistmodel.h"
#include "models/documentlist.h"
#include "models/listexport.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/schemaerror.h"
#include "ui/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Huike::ExportCommand {

namespace {

int usage(const QString &why)
{
    if (!why.isEmpty())
        std::fprintf(stderr, "huike: %s\n", qPrintable(why));
    std::fprintf(stderr, "usage: huike export customers|quotes|contracts -o FILE [--format xlsx|csv] [--encoding utf-8|gb18030] "
                         "[--replica FILE] [--lang L]\n"
                         "       customers: [--owner me|pool|LOGIN] [--level A|B|C|D] [--status CODE] [--search TEXT] "
                         "[--region R] [--industry I]\n"
                         "       quotes, contracts: [--status CODE] [--search TEXT]\n");
    return 2;
}

template<typename E>
bool knownCode(const QString &code)
{
    return enumFromCode<E>(code).has_value();
}

} // namespace

bool isRequested(int argc, char *argv[])
{
    return argc > 1 && qstrcmp(argv[1], "export") == 0;
}

int run(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the customer, quote or contract list to .xlsx or .csv: huike export customers -o FILE"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, u"The command."_s);
    parser.addPositionalArgument(u"list"_s, u"customers, quotes or contracts"_s);
    parser.addOptions({{{u"o"_s, u"output"_s}, u"The file to write (.xlsx or .csv)."_s, u"file"_s},
                       {u"format"_s, u"xlsx or csv (default: from the file's suffix)."_s, u"format"_s},
                       {u"encoding"_s, u"A csv's encoding: utf-8 (with a BOM, the default) or gb18030 (older Excel)."_s, u"encoding"_s},
                       {u"owner"_s, u"Customers of: me, pool (the public pool) or a login."_s, u"owner"_s},
                       {u"level"_s, u"Customers of a level: A, B, C or D."_s, u"level"_s},
                       {u"status"_s, u"Only this status (its code, e.g. active, draft, signed)."_s, u"code"_s},
                       {u"search"_s, u"Only rows matching the text, as the list's filter box."_s, u"text"_s},
                       {u"region"_s, u"Customers of a region."_s, u"region"_s},
                       {u"industry"_s, u"Customers of an industry."_s, u"industry"_s},
                       {u"replica"_s, u"The replica file (default: the last login's)."_s, u"file"_s},
                       {u"lang"_s, u"Language of the headings: zh_CN or en."_s, u"lang"_s}});
    if (!parser.parse(app.arguments()))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    Language::install(app, parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : Language::chosen());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || !parser.isSet(u"output"_s))
        return usage({});
    const QString list = args[1];
    if (list != u"customers" && list != u"quotes" && list != u"contracts")
        return usage(u"export writes customers, quotes or contracts, not \"%1\""_s.arg(list));
    const QString output = parser.value(u"output"_s);

    // The format: as asked, else the file's suffix, else xlsx.
    SheetWriter::Format format = SheetWriter::formatOf(output).value_or(SheetWriter::Format::Xlsx);
    if (parser.isSet(u"format"_s)) {
        const QString f = parser.value(u"format"_s).toLower();
        if (f != u"xlsx" && f != u"csv")
            return usage(u"--format is xlsx or csv, not \"%1\""_s.arg(parser.value(u"format"_s)));
        format = f == u"csv" ? SheetWriter::Format::Csv : SheetWriter::Format::Xlsx;
    }
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8;
    if (parser.isSet(u"encoding"_s)) {
        const auto e = TextEncoding::fromName(parser.value(u"encoding"_s));
        if (!e || (*e != TextEncoding::Encoding::Utf8 && *e != TextEncoding::Encoding::Gb18030))
            return usage(u"--encoding is utf-8 or gb18030, not \"%1\""_s.arg(parser.value(u"encoding"_s)));
        if (format != SheetWriter::Format::Csv)
            return usage(u"--encoding is for a csv file; an xlsx file has none to choose"_s);
        encoding = *e;
    }
    const bool customers = list == u"customers";
    for (const QString &option : {u"owner"_s, u"level"_s, u"region"_s, u"industry"_s})
        if (!customers && parser.isSet(option))
            return usage(u"--%1 is for the customer list"_s.arg(option));
    const QString status = parser.value(u"status"_s);
    if (!status.isEmpty()) {
        const bool known = customers ? knownCode<CustomerStatus>(status)
                                     : list == u"quotes" ? knownCode<QuoteStatus>(status) : knownCode<ContractStatus>(status);
        if (!known)
            return usage(u"--status: no %1 status \"%2\""_s.arg(customers ? u"customer"_s : list.chopped(1), status));
    }
    QString level;
    if (parser.isSet(u"level"_s)) {
        level = parser.value(u"level"_s).trimmed().toLower();
        if (!knownCode<CustomerLevel>(level))
            return usage(u"--level is A, B, C or D, not \"%1\""_s.arg(parser.value(u"level"_s)));
    }

    QString replicaError;
    const QString path = batchReplicaPath(parser.value(u"replica"_s), &replicaError);
    if (path.isEmpty()) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(replicaError));
        return 1;
    }
    try {
        auto replica = Replica::open(path);
        Database &db = replica->database();
        ListExport::Result result;
        if (customers) {
            CustomerListModel::Filter filter;
            filter.level = level;
            filter.status = status;
            filter.text = parser.value(u"search"_s);
            filter.region = parser.value(u"region"_s);
            filter.industry = parser.value(u"industry"_s);
            const QString owner = parser.value(u"owner"_s);
            if (owner == u"me") {
                filter.ownerId = replica->userId();
                if (filter.ownerId.isEmpty()) {
                    std::fprintf(stderr, "huike: --owner me: no user has logged in with this replica yet\n");
                    return 1;
                }
            } else if (owner == u"pool") {
                filter.ownerId = owner;
            } else if (!owner.isEmpty()) {
                filter.ownerId = db.scalar(u"SELECT id FROM users WHERE login = ?"_s, {owner}).toString();
                if (filter.ownerId.isEmpty())
                    return usage(u"--owner: no user \"%1\" in %2"_s.arg(owner, path));
            }
            CustomerListModel model(db);
            model.setFilter(filter);
            if (!model.readError().isEmpty()) {
                std::fprintf(stderr, "huike: %s\n", qPrintable(model.readError()));
                return 1;
            }
            QList<int> columns;
            for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
                columns << c;
            result = ListExport(model, columns).write(output, format, encoding);
        } else {
            DocumentList documents(list == u"quotes" ? DocumentList::Kind::Quotes : DocumentList::Kind::Contracts, db,
                                   DocumentList::Deferred());
            documents.setFilter({status, parser.value(u"search"_s), false});
            result = ListExport(documents).write(output, format, encoding);
        }
        if (!result.ok()) {
            std::fprintf(stderr, "huike: %s\n", qPrintable(result.error));
            return 1;
        }
        std::printf("exported: %lld rows to %s\n", result.rows, qPrintable(QDir::toNativeSeparators(output)));
        return 0;
    } catch (const SchemaError &e) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const ModelError &e) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    }
}

} // namespace Huike::ExportCommand
