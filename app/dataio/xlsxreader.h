#pragma once

#include "dataio/tablefile.h"

namespace Huike::XlsxReader {

// The table of one sheet of an .xlsx file (see readTableFile): options.sheet by name, or
// the first sheet. The zip is read with zlib directly (not QuaZip: its minizip symbols clash
// with the libminizip that libxlsxwriter loads into the same process). The workbook, its
// relationships and styles go through QXmlStreamReader; the sheet and the shared strings,
// which can be hundreds of MB, are streamed through a small tokenizer of their own (three
// times as fast; no document type declarations, so no entity expansion).
TableFile read(const QString &path, const TableReadOptions &options = {},
               const TableReadProgress &progress = {});

// Excel's serial date (1900 system with its 29 February 1900, or the 1904 system) as
// "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or "HH:mm:ss" by the parts the format shows; an empty
// string when the serial is no date (negative, after 9999).
QString serialDateText(double serial, bool date1904, bool showDate, bool showTime);

// Whether an Excel number format code shows a date and a time (y/m/d/h/s outside quotes,
// brackets and escapes).
struct DateParts
{
    bool date = false;
    bool time = false;
};
DateParts numberFormatDateParts(QStringView formatCode);
DateParts builtinFormatDateParts(int numFmtId);

// One member of a zip file (an .xlsx part such as "xl/worksheets/sheet1.xml"), read with
// the same checks as the sheets (CRC, declared size, at most maxBytes); empty with the
// reason in *error when there is no such member or it cannot be read. For the tests that
// look inside the workbooks the exports write.
QByteArray zipMember(const QString &path, const QString &member, qint64 maxBytes, QString *error);

// A number as Excel shows it in General format: integers without ".0" or exponent, others
// the shortest text of 15 significant digits.
QString numberText(double value);

} // namespace Huike::XlsxReader
