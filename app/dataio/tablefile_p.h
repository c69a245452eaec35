#pragma once

// What the table readers (csvreader, xlsxreader, tablefile) share; not for callers.

#include "dataio/tablefile.h"

namespace Huike::TableRead {

// Excel's own limits, and a budget of cells (empty ones included) that keeps a hostile file
// from taking all memory: 30 million cells are about 1.5 GB as QStrings.
inline constexpr qsizetype maxRows = 1048576;
inline constexpr qsizetype maxColumns = 16384;
inline constexpr qsizetype maxCells = 30000000;
inline constexpr qint64 maxXmlBytes = qint64(1) << 30;
inline constexpr qint64 maxTextBytes = qint64(512) << 20;

QString cancelledMessage();
QString tooManyRowsMessage();
QString tooManyColumnsMessage(qsizetype row);
QString tooManyCellsMessage();
QString emptyMessage();
QString oldWorkbookMessage(const QString &fileName);
QString notXlsxMessage(const QString &fileName);

// Ends a read with an error: rows, lineNumbers dropped.
TableFile failed(TableFile table, const QString &error);

// Whether any cell of the row is not empty.
bool hasContent(const QStringList &row);

} // namespace Huike::TableRead
