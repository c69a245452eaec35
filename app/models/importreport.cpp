// CustomerImport's error report, written with app/dataio's SheetWriter.
#include "models/customerimport.h"

#include "dataio/sheetwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

bool CustomerImport::reportFormatOk(const QString &path)
{
    return SheetWriter::formatOf(path).has_value();
}

bool CustomerImport::writeReport(const CustomerImport &import, const Plan &plan, const QString &path, QString *error)
{
    const auto format = SheetWriter::formatOf(path);
    if (!format) {
        *error = QCoreApplication::translate("Huike::CustomerImport", "An error report is an .xlsx or .csv file.");
        return false;
    }
    SheetWriter writer(path, *format, TextEncoding::Encoding::Utf8, QCoreApplication::translate("Huike::CustomerImport", "Errors"));
    QList<SheetWriter::Column> columns{{QCoreApplication::translate("Huike::CustomerImport", "Row"), SheetWriter::Type::Integer},
                                       {QCoreApplication::translate("Huike::CustomerImport", "Reason"), SheetWriter::Type::Text}};
    for (const QString &h : import.headers())
        columns << SheetWriter::Column{h, SheetWriter::Type::Text};
    bool ok = writer.open(columns);
    for (qsizetype r = 0; ok && r < plan.rows.size(); ++r) {
        const RowPlan &rp = plan.rows[r];
        if (rp.outcome != Outcome::Error)
            continue;
        QVariantList cells{qint64(import.lineNumber(r)), errorText(import, rp)};
        const QStringList &row = import.rows()[r];
        for (qsizetype c = 0; c < import.headers().size(); ++c)
            cells << (c < row.size() ? QVariant(row[c]) : QVariant());
        ok = writer.addRow(cells);
    }
    ok = ok && writer.finish();
    if (!ok)
        *error = writer.errorString();
    return ok;
}

} // namespace Huike
