#pragma once

#include "dataio/textencoding.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Huike {

struct TableReadOptions
{
    QString sheet;                                  // xlsx: the sheet to read by name; empty = the first sheet
                                                    // (the first one not hidden; names match
                                                    // regardless of case, as in Excel)
    std::optional<TextEncoding::Encoding> encoding; // csv/txt: forced; nullopt = detected
    QChar separator;                                // csv/txt: forced (',' ';' '\t'); null = detected
};

struct TableFile
{
    enum class Format { Csv, Xlsx };
    Format format = Format::Csv;
    QStringList sheets;          // xlsx: every sheet's name in workbook order; csv: empty
    QString sheet;               // xlsx: the sheet that was read
    TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8; // csv: used (detected or forced)
    QChar separator;             // csv: used
    qsizetype invalidCharacters = 0; // csv: U+FFFD produced by decoding (a wrong guess shows here)
    QList<QStringList> rows;     // every row as in the file, the header row first; cells as text
    QList<qsizetype> lineNumbers; // per row: its 1-based row number in the file/sheet (for error reports;
                                  // csv: the record's number as Excel shows it, a record with
                                  // newlines in quotes counting once and a "sep=" line not at all)
    QString error;               // empty when read; otherwise one translated sentence, rows empty
};

// Called now and then while reading with (done, total) in bytes or rows (total may be 0 when
// unknown); returning false cancels the read.
using TableReadProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads the whole table. The format comes from the bytes: a zip is read as .xlsx, an old
// binary Excel/WPS file (.xls, .et) or a .numbers/.ods file is refused with an error that says
// to save it as .xlsx or .csv, anything else is text (.csv, .txt). A row is every cell as
// written (not trimmed); trailing empty cells of an .xlsx row and rows whose cells are all
// empty are left out (lineNumbers keep the numbering, so a gap shows there); a row may be
// shorter than the header. Never throws, never crashes on any input: a clear error instead
// (also when progress cancels). Limits: 1,048,576 rows, 16,384 columns, 30 million cells,
// 1 GiB of sheet XML, 512 MiB of text.
TableFile readTableFile(const QString &path, const TableReadOptions &options = {},
                        const std::function<bool(qint64 done, qint64 total)> &progress = {});

} // namespace Huike
