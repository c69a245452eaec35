#pragma once

#include "dataio/textencoding.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace Huike {

// One table written to a file a spreadsheet opens: .xlsx (libxlsxwriter in constant-memory
// mode: every row goes to disk as it is added, so a million rows take the memory of one)
// or .csv (RFC 4180, CRLF, UTF-8 with a BOM or GB18030, written in chunks). Never a half
// file where the user asked for one: the .xlsx is written under a temporary name beside it
// and renamed at the end, the .csv through QSaveFile; a writer destroyed before finish()
// (cancelled, failed) leaves nothing behind.
//
// Typed columns; a row's cells are QVariants, an invalid one an empty cell:
//   Text      QString. Cut at Excel's 32,767 characters. Never a formula: an .xlsx text
//             cell is a string whatever it starts with; in a .csv a text starting with
//             = + - @, a tab or a carriage return gets a leading apostrophe (OWASP "CSV
//             injection"), which Excel and WPS show but do not evaluate — "+86 138…" too,
//             which Excel would otherwise read as a formula and break.
//   Integer   qint64.
//   Money     qint64 fen. .csv: "1234.50" (Money::toPlainString, never through a double);
//             .xlsx: a number cell formatted "#,##0.00". A number cell is a double by
//             nature: fen / 100 is the double nearest to the amount, exact to the fen for
//             every amount below 2^53 fen (90 trillion yuan), which Excel shows to the fen.
//   Date      QDate; an .xlsx date cell shown yyyy-mm-dd, a .csv "2026-11-15".
//   DateTime  QDateTime, in local time; an .xlsx date cell shown yyyy-mm-dd hh:mm, a .csv
//             "2026-11-15 16:42".
// Errors (a file that cannot be created, a full disk, too many rows for a sheet) come back
// as a translated sentence in errorString(); after one, every call returns false.
class SheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(Huike::SheetWriter)

public:
    enum class Format { Xlsx, Csv };
    enum class Type { Text, Integer, Money, Date, DateTime };
    struct Column
    {
        QString caption;
        Type type = Type::Text;
    };

    // .xlsx: the sheet is named `sheetName`; .csv: the text is in `encoding` (UTF-8 with a
    // BOM, GB18030 without; UTF-16 is refused by open()).
    SheetWriter(const QString &path, Format format, TextEncoding::Encoding encoding = TextEncoding::Encoding::Utf8,
                const QString &sheetName = QString());
    ~SheetWriter();
    SheetWriter(const SheetWriter &) = delete;
    SheetWriter &operator=(const SheetWriter &) = delete;

    // The header row: bold and frozen, with an auto-filter over the written range (.xlsx).
    bool open(const QList<Column> &columns);
    bool addRow(const QVariantList &cells);
    // Another table in the same file, after the rows written so far: a new sheet named
    // `sheetName` in an .xlsx (header as open()'s), in a .csv a blank line and its header.
    // rowsWritten() counts the new table's rows from 0.
    bool nextSheet(const QString &sheetName, const QList<Column> &columns);
    // Completes the file and puts it in place (replacing one already there).
    bool finish();
    // Drops what was written; the file asked for is not touched.
    void discard();

    QString errorString() const;
    qint64 rowsWritten() const;

    // Excel's limits: characters in a cell, rows in a sheet (with the header).
    static constexpr int MaxCellChars = 32767;
    static constexpr qint64 MaxXlsxRows = 1048576;

    // "csv" or "xlsx" from a file name's suffix (any case); nullopt for anything else.
    static std::optional<Format> formatOf(const QString &path);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Huike
