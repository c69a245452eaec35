#pragma once

// The workbook around a sheet (internal to app/dataio, for xlsxreader.cpp): its sheets and
// relationships, the shared strings, the cell styles' date formats.

#include "dataio/xlsxreader.h"
#include "dataio/ziparchive_p.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Huike::Xlsx {

struct Workbook
{
    QStringList names;
    QStringList targets; // per sheet; empty when the relationship is missing
    QList<bool> hidden;  // per sheet: state="hidden" or "veryHidden"
    bool date1904 = false;
    QString sharedStrings;
    QString styles;
};

// The workbook's sheets, their parts and the parts of the shared strings and the styles
// (_rels/.rels → xl/workbook.xml and its relationships); fileName names the file in the
// error when it is no workbook.
bool readWorkbook(Zip::ZipArchive &zip, Workbook &book, QString *error, const QString &fileName);

// The shared strings: <si><t>…</t></si> or rich text <si><r><t>…</t></r>…</si>; the
// phonetic runs (<rPh>) are not part of the text.
bool readSharedStrings(Zip::ZipArchive &zip, const QString &path, QStringList &out, QString *error);

// Per cell style (the s attribute: an index into cellXfs), which date parts it shows.
bool readStyles(Zip::ZipArchive &zip, const QString &path, QList<XlsxReader::DateParts> &out, QString *error);

// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString unescapeOoxml(const QString &text);

} // namespace Huike::Xlsx
