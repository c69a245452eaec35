#include "dataio/xlsxreader.h"

#include "dataio/tablefile_p.h"
#include "dataio/xlsxworkbook_p.h"
#include "dataio/xlsxxml_p.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Huike::XlsxReader {

namespace {

using Xlsx::FastXmlPart;
using Xlsx::Workbook;
using Xlsx::ZipArchive;
using Xlsx::ZipEntry;
using Xlsx::ZipEntryStream;
using Xlsx::readSharedStrings;
using Xlsx::readStyles;
using Xlsx::readWorkbook;
using Xlsx::unescapeOoxml;

// The reader's sentences (context Huike::TableFile, as tablefile.cpp's).
namespace Message {

QString noSheets()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook has no sheets.");
}

QString noSuchSheet()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook has no sheet “%1”; its sheets are %2.");
}

QString missingSheet()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is damaged: the sheet “%1” is missing from "
                                       "it. Open it in Excel or WPS and save it again.");
}

QString notATable()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The sheet “%1” is a chart or a dialog, not a table: pick "
                                       "another sheet.");
}

QString badSharedString()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is damaged: a cell of row %1 refers to text "
                                       "that is not in the file.");
}

QString emptySheet()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The sheet “%1” is empty.");
}

QString listSeparator()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       ", ");
}

} // namespace Message

// ---- The sheet ---------------------------------------------------------------------------

// "C5" → column 2 (0-based) and row 5; -1 where the reference has none.
void parseReference(QByteArrayView ref, qint64 *column, qint64 *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < ref.size() && i < 8) {
        const char ch = ref[i];
        if (ch >= 'A' && ch <= 'Z')
            c = c * 26 + (ch - 'A' + 1);
        else if (ch >= 'a' && ch <= 'z')
            c = c * 26 + (ch - 'a' + 1);
        else
            break;
        ++i;
    }
    *column = i == 0 ? -1 : c - 1; // eight letters or more: far beyond the last column
    qint64 r = 0;
    qsizetype digits = 0;
    for (; i < ref.size() && digits < 12; ++i, ++digits) {
        const char ch = ref[i];
        if (ch < '0' || ch > '9')
            break;
        r = r * 10 + (ch - '0');
    }
    *row = digits == 0 ? -1 : r;
}

QString cellText(QByteArrayView type, const QString &value, int style, const QStringList &shared,
                 const QList<DateParts> &styles, bool date1904, bool *badShared)
{
    if (type == "s") {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= shared.size()) {
            *badShared = true;
            return {};
        }
        return shared[index];
    }
    if (type == "str" || type == "inlineStr")
        return unescapeOoxml(value);
    if (type == "b")
        return value.trimmed() == u"1" || value.trimmed().compare(u"true", Qt::CaseInsensitive) == 0
                   ? u"TRUE"_s
                   : u"FALSE"_s;
    if (type == "e")
        return value;
    if (type == "d") {
        // ISO 8601 (strict files, some generators).
        const QString v = value.trimmed();
        const QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
        if (!dt.isValid())
            return v;
        if (dt.time() == QTime(0, 0))
            return dt.date().toString(u"yyyy-MM-dd"_s);
        return dt.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    // A number ("n" or no type).
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok)
        return value;
    if (style >= 0 && style < styles.size() && (styles[style].date || styles[style].time)) {
        const QString date = serialDateText(number, date1904, styles[style].date, styles[style].time);
        if (!date.isEmpty())
            return date;
    }
    return numberText(number);
}

} // namespace

// ---- Public helpers ----------------------------------------------------------------------

QString numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString serialDateText(double serial, bool date1904, bool showDate, bool showTime)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return {};
    // To the nearest second: 0.5 is stored as 0.49999999999.
    const qint64 seconds = qint64(std::llround(serial * 86400.0));
    const qint64 days = seconds / 86400;
    const qint64 secondOfDay = seconds % 86400;
    const QString time = QTime(0, 0).addSecs(int(secondOfDay)).toString(u"HH:mm:ss"_s);
    if (!showDate)
        return days == 0 ? time : serialDateText(serial, date1904, true, true);
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(u"yyyy-MM-dd"_s);
    } else if (days == 0) {
        if (!showTime)
            return {};
        return time; // Excel's "1900-01-00": a time of day only
    } else if (days == 60) {
        date = u"1900-02-29"_s; // Lotus 1-2-3's leap day, kept by Excel
    } else {
        // Serial 1 is 1900-01-01; after the false 29 February every serial is one too high.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(u"yyyy-MM-dd"_s);
    }
    return showTime ? date + u' ' + time : date;
}

DateParts numberFormatDateParts(QStringView code)
{
    // Only the first section (positive numbers) decides.
    bool y = false, m = false, d = false, h = false, s = false;
    bool inQuote = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuote) {
            if (c == u'"')
                inQuote = false;
            continue;
        }
        if (c == u'"') {
            inQuote = true;
        } else if (c == u'[') {
            // [h], [mm], [ss]: elapsed time; anything else in brackets is a colour, locale, condition.
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inner = close < 0 ? code.sliced(i + 1) : code.sliced(i + 1, close - i - 1);
            const QString lower = inner.toString().toLower();
            if (!lower.isEmpty()
                && (lower.count(u'h') == lower.size() || lower.count(u'm') == lower.size()
                    || lower.count(u's') == lower.size()))
                h = true;
            if (close < 0)
                break;
            i = close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, padding or fill character
        } else if (c == u';') {
            break;
        } else {
            switch (c.toLower().unicode()) {
            case u'y': y = true; break;
            case u'm': m = true; break;
            case u'd': d = true; break;
            case u'h': h = true; break;
            case u's': s = true; break;
            default: break;
            }
        }
    }
    DateParts parts;
    parts.time = h || s;
    parts.date = y || d || (m && !parts.time);
    return parts;
}

DateParts builtinFormatDateParts(int id)
{
    // 14–17 dates, 18–21 times, 22 date and time, 45–47 times (ECMA-376 §18.8.30); the East
    // Asian built-ins that Chinese Excel and WPS use: 27–31, 36, 50–54, 57, 58 dates and
    // 32–35, 55, 56 times.
    switch (id) {
    case 14: case 15: case 16: case 17:
    case 27: case 28: case 29: case 30: case 31: case 36:
    case 50: case 51: case 52: case 53: case 54: case 57: case 58:
        return {true, false};
    case 18: case 19: case 20: case 21: case 45: case 46: case 47:
    case 32: case 33: case 34: case 35: case 55: case 56:
        return {false, true};
    case 22:
        return {true, true};
    default:
        return {};
    }
}

QByteArray zipMember(const QString &path, const QString &member, qint64 maxBytes, QString *error)
{
    ZipArchive zip;
    if (!zip.open(path, error))
        return {};
    const ZipEntry *entry = zip.find(member);
    if (!entry) {
        *error = Zip::damagedZip();
        return {};
    }
    if (entry->size > quint64(maxBytes)) {
        *error = Xlsx::Message::tooLarge();
        return {};
    }
    ZipEntryStream stream(zip.file(), *entry);
    if (!stream.start(error))
        return {};
    QByteArray out, piece;
    while (!stream.atEnd()) {
        if (!stream.read(piece, error))
            return {};
        out += piece;
    }
    return out;
}

TableFile read(const QString &path, const TableReadOptions &options, const TableReadProgress &progress)
{
    TableFile table;
    table.format = TableFile::Format::Xlsx;
    const QString fileName = QFileInfo(path).fileName();
    QString error;
    ZipArchive zip;
    if (!zip.open(path, &error))
        return TableRead::failed(table, error);
    Workbook book;
    if (!readWorkbook(zip, book, &error, fileName))
        return TableRead::failed(table, error);
    table.sheets = book.names;
    if (book.names.isEmpty())
        return TableRead::failed(table, Message::noSheets());
    // The first sheet the user sees (a hidden one first holds lists for drop-downs, say).
    qsizetype index = std::max<qsizetype>(0, book.hidden.indexOf(false));
    if (!options.sheet.isEmpty()) {
        // Excel's sheet names are unique regardless of case.
        index = book.names.indexOf(options.sheet);
        for (qsizetype i = 0; index < 0 && i < book.names.size(); ++i)
            if (book.names[i].compare(options.sheet, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0) {
            QStringList quoted;
            for (const QString &n : std::as_const(book.names))
                quoted.append(u"“"_s + n + u"”"_s);
            return TableRead::failed(
                table, Message::noSuchSheet().arg(options.sheet, quoted.join(Message::listSeparator())));
        }
    }
    table.sheet = book.names[index];
    const ZipEntry *sheetEntry = book.targets[index].isEmpty() ? nullptr : zip.find(book.targets[index]);
    if (!sheetEntry)
        return TableRead::failed(table, Message::missingSheet().arg(table.sheet));
    QStringList shared;
    QList<DateParts> styles;
    if (!readSharedStrings(zip, book.sharedStrings, shared, &error)
        || !readStyles(zip, book.styles, styles, &error))
        return TableRead::failed(table, error);
    if (progress && !progress(0, qint64(sheetEntry->size)))
        return TableRead::failed(table, TableRead::cancelledMessage());

    FastXmlPart part(zip, *sheetEntry);
    if (!part.start(&error))
        return TableRead::failed(table, error);
    bool sawRoot = false;
    bool inSheetData = false;
    bool inCell = false;
    int inValue = 0, inInline = 0, inText = 0, inPhonetic = 0;
    qint64 rowNumber = 0;
    qint64 column = -1;
    QStringList row;
    QString value;
    QByteArray type;
    int style = -1;
    bool badShared = false;
    qsizetype cells = 0;
    qint64 rowsSeen = 0;

    const auto finishRow = [&]() -> bool {
        if (TableRead::hasContent(row)) {
            cells += row.size();
            if (cells > TableRead::maxCells) {
                error = TableRead::tooManyCellsMessage();
                return false;
            }
            table.rows.append(row);
            table.lineNumbers.append(rowNumber);
        }
        row.clear();
        return true;
    };

    for (;;) {
        const FastXmlPart::Token token = part.next(&error);
        if (token == FastXmlPart::EndDocument || token == FastXmlPart::Invalid)
            break;
        const QByteArrayView name = part.name();
        switch (token) {
        case FastXmlPart::StartElement: {
            if (!sawRoot) {
                sawRoot = true;
                if (name != "worksheet")
                    return TableRead::failed(table, Message::notATable().arg(table.sheet));
            } else if (name == "sheetData") {
                inSheetData = true;
            } else if (!inSheetData) {
                break;
            } else if (name == "row") {
                const QByteArrayView rAttr = part.attribute("r");
                bool ok = false;
                qint64 r = rAttr.isEmpty() ? rowNumber + 1 : rAttr.toLongLong(&ok);
                if (!rAttr.isEmpty() && !ok) {
                    // Digits too many for a number are far beyond the last row; anything else
                    // is ignored as Excel does.
                    const bool digits =
                        std::all_of(rAttr.begin(), rAttr.end(), [](char c) { return c >= '0' && c <= '9'; });
                    r = digits ? TableRead::maxRows + 1 : rowNumber + 1;
                }
                if (r < 1)
                    r = rowNumber + 1;
                if (r > TableRead::maxRows)
                    return TableRead::failed(table, TableRead::tooManyRowsMessage());
                rowNumber = r;
                column = -1;
                row.clear();
                if ((++rowsSeen & 1023) == 0 && progress
                    && !progress(qint64(part.done()), qint64(part.total())))
                    return TableRead::failed(table, TableRead::cancelledMessage());
            } else if (name == "c") {
                inCell = true;
                value.clear();
                type = part.attribute("t").toByteArray();
                bool ok = false;
                style = part.attribute("s").toInt(&ok);
                if (!ok)
                    style = -1;
                const QByteArrayView ref = part.attribute("r");
                qint64 c = -1, r = -1;
                if (!ref.isEmpty())
                    parseReference(ref, &c, &r);
                column = c >= 0 ? c : column + 1;
                if (column >= TableRead::maxColumns)
                    return TableRead::failed(table, TableRead::tooManyColumnsMessage(rowNumber));
                if (r > TableRead::maxRows)
                    return TableRead::failed(table, TableRead::tooManyRowsMessage());
                if (rowNumber == 0 && r > 0)
                    rowNumber = r; // a cell outside any <row> (not valid, tolerated)
            } else if (inCell && name == "v") {
                ++inValue;
            } else if (inCell && name == "is") {
                ++inInline;
            } else if (inCell && name == "t") {
                ++inText;
            } else if (inCell && name == "rPh") {
                ++inPhonetic;
            }
            break;
        }
        case FastXmlPart::EndElement: {
            if (name == "sheetData") {
                inSheetData = false;
            } else if (!inSheetData) {
                break;
            } else if (name == "c" && inCell) {
                inCell = false;
                inValue = inInline = inText = inPhonetic = 0;
                QString text = cellText(type, value, style, shared, styles, book.date1904, &badShared);
                if (badShared)
                    return TableRead::failed(table, Message::badSharedString().arg(rowNumber));
                if (!text.isEmpty()) {
                    if (row.size() <= column)
                        row.resize(column + 1);
                    row[column] = std::move(text);
                }
            } else if (name == "row") {
                if (!finishRow())
                    return TableRead::failed(table, error);
            } else if (name == "v") {
                inValue = std::max(0, inValue - 1);
            } else if (name == "is") {
                inInline = std::max(0, inInline - 1);
            } else if (name == "t") {
                inText = std::max(0, inText - 1);
            } else if (name == "rPh") {
                inPhonetic = std::max(0, inPhonetic - 1);
            }
            break;
        }
        case FastXmlPart::Characters:
            if (inCell && (inValue > 0 || (inInline > 0 && inText > 0 && inPhonetic == 0)))
                value += part.text();
            break;
        default: break;
        }
    }
    if (!error.isEmpty())
        return TableRead::failed(table, error);
    if (!row.isEmpty() && !finishRow())
        return TableRead::failed(table, error);
    if (table.rows.size() > TableRead::maxRows)
        return TableRead::failed(table, TableRead::tooManyRowsMessage());
    if (progress && !progress(qint64(part.total()), qint64(part.total())))
        return TableRead::failed(table, TableRead::cancelledMessage());
    if (table.rows.isEmpty())
        return TableRead::failed(table, Message::emptySheet().arg(table.sheet));
    return table;
}

} // namespace Huike::XlsxReader
