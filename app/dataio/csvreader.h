#pragma once

#include "dataio/tablefile.h"

#include <QByteArray>

namespace Huike::CsvReader {

// The table in the bytes of a .csv/.txt file (see readTableFile): the encoding detected from
// the first 256 KiB unless options force one, the separator detected unless forced.
TableFile read(const QByteArray &bytes, const TableReadOptions &options = {},
               const TableReadProgress &progress = {});

// The separator among ',' ';' '\t' that splits the first records (quotes respected) into the
// most consistent number of fields; preferTab (UTF-16 "Unicode text") breaks ties for '\t'.
// An Excel "sep=;" first line decides. ',' (or '\t' with preferTab) when nothing splits.
QChar detectSeparator(QStringView text, bool preferTab = false);

} // namespace Huike::CsvReader
