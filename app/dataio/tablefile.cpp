#include "dataio/tablefile.h"

#include "dataio/csvreader.h"
#include "dataio/tablefile_p.h"
#include "dataio/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Huike {

namespace TableRead {

QString cancelledMessage()
{
    return QCoreApplication::translate("Huike::TableFile", "Reading the file was cancelled.");
}

QString tooManyRowsMessage()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The table has more than 1,048,576 rows: split it into "
                                       "smaller files.");
}

QString tooManyColumnsMessage(qsizetype row)
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "Row %1 has more than 16,384 columns: the file is not a "
                                       "table that can be imported.")
        .arg(row);
}

QString tooManyCellsMessage()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The table has more than 30 million cells: split it into "
                                       "smaller files.");
}

QString emptyMessage()
{
    return QCoreApplication::translate("Huike::TableFile", "The file holds no table: it is empty.");
}

QString oldWorkbookMessage(const QString &fileName)
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "%1 is an old Excel or WPS workbook (.xls, .et) that cannot "
                                       "be read here: open it in Excel or WPS and save it as .xlsx "
                                       "or .csv (File → Save As, 另存为).")
        .arg(fileName);
}

QString notXlsxMessage(const QString &fileName)
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "%1 is not an .xlsx workbook: open it in Excel or WPS and "
                                       "save it as .xlsx or .csv (File → Save As, 另存为).")
        .arg(fileName);
}

TableFile failed(TableFile table, const QString &error)
{
    table.rows.clear();
    table.lineNumbers.clear();
    table.error = error;
    return table;
}

bool hasContent(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.isEmpty())
            return true;
    return false;
}

} // namespace TableRead

TableFile readTableFile(const QString &path, const TableReadOptions &options,
                        const std::function<bool(qint64 done, qint64 total)> &progress)
{
    TableFile table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = QCoreApplication::translate("Huike::TableFile", "Could not open %1: %2")
                          .arg(QFileInfo(path).fileName(), file.errorString());
        return table;
    }
    const QByteArray head = file.peek(8);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        // The compound-file format of .xls (Excel 97–2003), .et (WPS) and old .doc files.
        table.error = TableRead::oldWorkbookMessage(name);
        return table;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        file.close();
        return XlsxReader::read(path, options, progress);
    }
    if (head.isEmpty())
        return TableRead::failed(table, TableRead::emptyMessage());
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"numbers" || suffix == u"ods") {
        table.error = TableRead::notXlsxMessage(name);
        return table;
    }
    // Many systems "export to Excel" as text or HTML named .xls: text is read as such, HTML
    // is refused.
    if ((suffix == u"xls" || suffix == u"et") && file.peek(512).trimmed().startsWith('<')) {
        table.error = TableRead::notXlsxMessage(name);
        return table;
    }
    if (file.size() > TableRead::maxTextBytes) {
        table.error = QCoreApplication::translate("Huike::TableFile",
                                                  "%1 is larger than 512 MiB: split it into "
                                                  "smaller files.")
                          .arg(name);
        return table;
    }
    // Read in pieces so that a cancel is heard while a large file comes off a slow disk.
    const qint64 total = file.size();
    QByteArray bytes;
    bytes.reserve(qsizetype(total));
    while (!file.atEnd()) {
        const QByteArray piece = file.read(4 << 20);
        if (piece.isEmpty()) {
            if (file.error() != QFileDevice::NoError) {
                table.error = QCoreApplication::translate("Huike::TableFile",
                                                          "Could not read %1: %2")
                                  .arg(name, file.errorString());
                return table;
            }
            break;
        }
        bytes += piece;
        if (bytes.size() > TableRead::maxTextBytes) {
            table.error = QCoreApplication::translate("Huike::TableFile",
                                                      "%1 is larger than 512 MiB: split it into "
                                                      "smaller files.")
                              .arg(name);
            return table;
        }
        // Reading counts as the first quarter of the work, parsing as the rest.
        if (progress && !progress(bytes.size() / 4, total))
            return TableRead::failed(table, TableRead::cancelledMessage());
    }
    if (!progress)
        return CsvReader::read(bytes, options);
    return CsvReader::read(bytes, options, [&](qint64 done, qint64 all) {
        return progress(all / 4 + done - done / 4, all);
    });
}

} // namespace Huike
