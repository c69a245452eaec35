#include "dataio/xlsxreader.h"

#include "dataio/tablefile_p.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Huike::XlsxReader {

namespace {

// ---- The zip container -------------------------------------------------------------------
// Only what an .xlsx needs: the central directory, stored and deflated entries, CRC checked.

quint16 le16(const char *p)
{
    return quint16(quint8(p[0]) | (quint8(p[1]) << 8));
}

quint32 le32(const char *p)
{
    return quint32(quint8(p[0])) | (quint32(quint8(p[1])) << 8) | (quint32(quint8(p[2])) << 16)
           | (quint32(quint8(p[3])) << 24);
}

struct ZipEntry
{
    QString name;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressedSize = 0;
    quint64 size = 0;
    quint64 localOffset = 0;
};

class ZipArchive
{
public:
    // False with error set when the file is no zip the reader can use.
    bool open(const QString &path, QString *error)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("Huike::TableFile", "Could not open %1: %2").arg(QFileInfo(path).fileName(), m_file.errorString());
            return false;
        }
        const qint64 fileSize = m_file.size();
        const qint64 tailSize = std::min<qint64>(fileSize, 22 + 65535);
        if (!m_file.seek(fileSize - tailSize))
            return damaged(error);
        const QByteArray tail = m_file.read(tailSize);
        if (tail.size() != tailSize)
            return damaged(error);
        qsizetype eocd = -1;
        for (qsizetype i = tail.size() - 22; i >= 0; --i) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0)
            return damaged(error);
        const char *e = tail.constData() + eocd;
        const quint16 count = le16(e + 10);
        const quint32 cdSize = le32(e + 12);
        const quint32 cdOffset = le32(e + 16);
        if (cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu || count == 0xFFFF) {
            *error = QCoreApplication::translate("Huike::TableFile", "The workbook is stored in a way this program cannot read (ZIP64): open it in Excel "
                        "or WPS and save it again as .xlsx.");
            return false;
        }
        if (qint64(cdOffset) + qint64(cdSize) > fileSize || cdSize > (64u << 20) || !m_file.seek(cdOffset))
            return damaged(error);
        const QByteArray cd = m_file.read(cdSize);
        if (cd.size() != qsizetype(cdSize))
            return damaged(error);
        qsizetype pos = 0;
        for (int i = 0; i < count; ++i) {
            if (pos + 46 > cd.size() || le32(cd.constData() + pos) != 0x02014b50u)
                return damaged(error);
            const char *h = cd.constData() + pos;
            ZipEntry entry;
            entry.flags = le16(h + 8);
            entry.method = le16(h + 10);
            entry.crc = le32(h + 16);
            entry.compressedSize = le32(h + 20);
            entry.size = le32(h + 24);
            const quint16 nameLength = le16(h + 28);
            const quint16 extraLength = le16(h + 30);
            const quint16 commentLength = le16(h + 32);
            entry.localOffset = le32(h + 42);
            if (pos + 46 + nameLength + extraLength + commentLength > cd.size())
                return damaged(error);
            entry.name = QString::fromUtf8(h + 46, nameLength).replace(u'\\', u'/');
            pos += 46 + nameLength + extraLength + commentLength;
            m_index.insert(entry.name.toLower(), m_entries.size());
            m_entries.append(entry);
        }
        return true;
    }

    const ZipEntry *find(const QString &name) const
    {
        const auto it = m_index.constFind(name.toLower());
        return it == m_index.cend() ? nullptr : &m_entries[*it];
    }

    QFile &file() { return m_file; }

    static bool damaged(QString *error)
    {
        *error = QCoreApplication::translate("Huike::TableFile", "The workbook is damaged (its zip structure cannot be read): open it in Excel or WPS "
                    "and save it again.");
        return false;
    }

private:
    QFile m_file;
    QList<ZipEntry> m_entries;
    QHash<QString, qsizetype> m_index;
};

// Reads one entry's uncompressed bytes piece by piece, never more than the entry says it holds.
class ZipEntryStream
{
public:
    ZipEntryStream(QFile &file, const ZipEntry &entry) : m_file(file), m_entry(entry) { }
    ~ZipEntryStream()
    {
        if (m_inflating)
            inflateEnd(&m_z);
    }
    ZipEntryStream(const ZipEntryStream &) = delete;
    ZipEntryStream &operator=(const ZipEntryStream &) = delete;

    bool start(QString *error)
    {
        if (m_entry.flags & 1) {
            *error = QCoreApplication::translate("Huike::TableFile", "The workbook is protected with a password: open it in Excel or WPS, remove the "
                        "password and save it again.");
            return false;
        }
        if (m_entry.method != 0 && m_entry.method != 8) {
            *error = QCoreApplication::translate("Huike::TableFile", "The workbook is compressed in a way this program cannot read: open it in Excel or "
                        "WPS and save it again as .xlsx.");
            return false;
        }
        char local[30];
        if (!m_file.seek(qint64(m_entry.localOffset)) || m_file.read(local, 30) != 30 || le32(local) != 0x04034b50u)
            return ZipArchive::damaged(error);
        m_inputLeft = m_entry.compressedSize;
        if (!m_file.seek(qint64(m_entry.localOffset) + 30 + le16(local + 26) + le16(local + 28))
            || qint64(m_entry.localOffset) + 30 + qint64(m_entry.compressedSize) > m_file.size())
            return ZipArchive::damaged(error);
        if (m_entry.method == 8) {
            m_z = {};
            if (inflateInit2(&m_z, -MAX_WBITS) != Z_OK)
                return ZipArchive::damaged(error);
            m_inflating = true;
        }
        m_crc = crc32(0L, Z_NULL, 0);
        return true;
    }

    quint64 size() const { return m_entry.size; }
    quint64 produced() const { return m_produced; }
    bool atEnd() const { return m_done; }

    // The next piece (empty at the end); false with error set when the entry is damaged.
    bool read(QByteArray &out, QString *error)
    {
        out.clear();
        if (m_done)
            return true;
        constexpr qsizetype chunk = 256 * 1024;
        if (m_entry.method == 0) {
            const qint64 n = qint64(std::min<quint64>(m_inputLeft, chunk));
            out = m_file.read(n);
            if (out.size() != n)
                return ZipArchive::damaged(error);
            m_inputLeft -= quint64(n);
        } else {
            out.resize(chunk);
            m_z.next_out = reinterpret_cast<Bytef *>(out.data());
            m_z.avail_out = uInt(chunk);
            while (m_z.avail_out > 0) {
                if (m_z.avail_in == 0 && m_inputLeft > 0) {
                    const qint64 n = qint64(std::min<quint64>(m_inputLeft, 64 * 1024));
                    m_input = m_file.read(n);
                    if (m_input.size() != n)
                        return ZipArchive::damaged(error);
                    m_inputLeft -= quint64(n);
                    m_z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                    m_z.avail_in = uInt(m_input.size());
                }
                const int rc = inflate(&m_z, Z_NO_FLUSH);
                if (rc == Z_STREAM_END) {
                    m_streamEnd = true;
                    break;
                }
                if (rc == Z_BUF_ERROR && m_z.avail_in == 0 && m_inputLeft == 0)
                    return ZipArchive::damaged(error); // the data ends before the stream
                if (rc != Z_OK && rc != Z_BUF_ERROR)
                    return ZipArchive::damaged(error);
            }
            out.resize(chunk - qsizetype(m_z.avail_out));
        }
        m_produced += quint64(out.size());
        if (m_produced > m_entry.size)
            return ZipArchive::damaged(error); // more than the directory says: refuse a zip bomb
        m_crc = crc32(m_crc, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size()));
        const bool finished = m_entry.method == 0 ? m_inputLeft == 0 : m_streamEnd;
        if (finished) {
            m_done = true;
            if (m_produced != m_entry.size || m_crc != m_entry.crc)
                return ZipArchive::damaged(error);
        } else if (out.isEmpty()) {
            return ZipArchive::damaged(error);
        }
        return true;
    }

private:
    QFile &m_file;
    ZipEntry m_entry;
    z_stream m_z{};
    bool m_inflating = false;
    bool m_streamEnd = false;
    bool m_done = false;
    QByteArray m_input;
    quint64 m_inputLeft = 0;
    quint64 m_produced = 0;
    uLong m_crc = 0;
};

// ---- XML parts, streamed -----------------------------------------------------------------

// One part of the workbook parsed token by token; the zip feeds the reader as it asks.
class XmlPart
{
public:
    XmlPart(ZipArchive &zip, const ZipEntry &entry) : m_stream(zip.file(), entry) { }

    bool start(QString *error)
    {
        if (m_stream.size() > quint64(TableRead::maxXmlBytes)) {
            *error = QCoreApplication::translate("Huike::TableFile", "The workbook is too large: a sheet holds more than 1 GiB of data. Split it into "
                        "smaller files.");
            return false;
        }
        return m_stream.start(error);
    }

    // The next token; false at the end of the part or on an error (then error is set).
    bool next(QString *error)
    {
        for (;;) {
            m_xml.readNext();
            if (m_xml.tokenType() == QXmlStreamReader::EndDocument)
                return false;
            if (!m_xml.hasError())
                return true;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_stream.atEnd()) {
                *error = QCoreApplication::translate("Huike::TableFile", "The workbook is damaged (a part of it is not valid XML): open it in Excel or WPS "
                            "and save it again.");
                return false;
            }
            QByteArray piece;
            if (!m_stream.read(piece, error))
                return false;
            if (!piece.isEmpty())
                m_xml.addData(piece);
        }
    }

    QXmlStreamReader &xml() { return m_xml; }
    quint64 done() const { return m_stream.produced(); }
    quint64 total() const { return m_stream.size(); }

private:
    ZipEntryStream m_stream;
    QXmlStreamReader m_xml;
};

QString attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.attributes().value(name).toString();
}

// A relationship id (r:id) whatever the prefix: the attribute "id" in a namespace.
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    return attribute(xml, "r:id"_L1);
}

// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const uint code = QStringView(text).sliced(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// A relationship target resolved against the folder of the part that names it.
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    QString t = target;
    t.replace(u'\\', u'/');
    QStringList parts = t.startsWith(u'/') ? QStringList() : baseFolder.split(u'/', Qt::SkipEmptyParts);
    for (const QString &piece : t.split(u'/', Qt::SkipEmptyParts)) {
        if (piece == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != u".") {
            parts.append(piece);
        }
    }
    return parts.join(u'/');
}

struct Relationship
{
    QString type; // the last segment of the type URI: worksheet, sharedStrings, styles, officeDocument
    QString target; // resolved
};

bool readRelationships(ZipArchive &zip, const QString &relsPath, const QString &baseFolder,
                       QHash<QString, Relationship> &out, QString *error)
{
    const ZipEntry *entry = zip.find(relsPath);
    if (!entry)
        return true;
    XmlPart part(zip, *entry);
    if (!part.start(error))
        return false;
    while (part.next(error)) {
        QXmlStreamReader &xml = part.xml();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            if (attribute(xml, "TargetMode"_L1).compare(u"External", Qt::CaseInsensitive) == 0)
                continue;
            const QString type = attribute(xml, "Type"_L1);
            out.insert(attribute(xml, "Id"_L1),
                       {type.mid(type.lastIndexOf(u'/') + 1), resolveTarget(baseFolder, attribute(xml, "Target"_L1))});
        }
    }
    return error->isEmpty();
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString relsPathOf(const QString &path)
{
    const QString folder = folderOf(path);
    const QString file = path.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/"_s + file + u".rels"_s;
}

struct Workbook
{
    QStringList names;
    QStringList targets; // per sheet; empty when the relationship is missing
    bool date1904 = false;
    QString sharedStrings;
    QString styles;
};

bool readWorkbook(ZipArchive &zip, Workbook &book, QString *error, const QString &fileName)
{
    QHash<QString, Relationship> rootRels;
    if (!readRelationships(zip, u"_rels/.rels"_s, QString(), rootRels, error))
        return false;
    QString workbookPath = u"xl/workbook.xml"_s;
    for (const Relationship &r : std::as_const(rootRels))
        if (r.type == u"officeDocument" && zip.find(r.target) && r.target.endsWith(u".xml", Qt::CaseInsensitive))
            workbookPath = r.target;
    const ZipEntry *entry = zip.find(workbookPath);
    if (!entry) {
        *error = TableRead::notXlsxMessage(fileName);
        return false;
    }
    QHash<QString, Relationship> rels;
    if (!readRelationships(zip, relsPathOf(workbookPath), folderOf(workbookPath), rels, error))
        return false;
    QStringList ids;
    XmlPart part(zip, *entry);
    if (!part.start(error))
        return false;
    while (part.next(error)) {
        QXmlStreamReader &xml = part.xml();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"sheet") {
            book.names.append(attribute(xml, "name"_L1));
            ids.append(relationshipId(xml));
        } else if (xml.name() == u"workbookPr") {
            const QString v = attribute(xml, "date1904"_L1).toLower();
            book.date1904 = v == u"1" || v == u"true";
        }
    }
    if (!error->isEmpty())
        return false;
    for (const QString &id : std::as_const(ids))
        book.targets.append(rels.value(id).target);
    for (const Relationship &r : std::as_const(rels)) {
        if (r.type == u"sharedStrings")
            book.sharedStrings = r.target;
        else if (r.type == u"styles")
            book.styles = r.target;
    }
    const QString folder = folderOf(workbookPath);
    if (book.sharedStrings.isEmpty())
        book.sharedStrings = resolveTarget(folder, u"sharedStrings.xml"_s);
    if (book.styles.isEmpty())
        book.styles = resolveTarget(folder, u"styles.xml"_s);
    return true;
}

// The shared strings: <si><t>…</t></si> or rich text <si><r><t>…</t></r>…</si>; the
// phonetic runs (<rPh>) are not part of the text.
bool readSharedStrings(ZipArchive &zip, const QString &path, QStringList &out, QString *error)
{
    const ZipEntry *entry = zip.find(path);
    if (!entry)
        return true;
    XmlPart part(zip, *entry);
    if (!part.start(error))
        return false;
    QString current;
    int inSi = 0, inT = 0, inPhonetic = 0;
    while (part.next(error)) {
        QXmlStreamReader &xml = part.xml();
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"si") {
                ++inSi;
                current.clear();
            } else if (xml.name() == u"t") {
                ++inT;
            } else if (xml.name() == u"rPh") {
                ++inPhonetic;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == u"si") {
                --inSi;
                out.append(unescapeOoxml(current));
                current.clear();
            } else if (xml.name() == u"t") {
                --inT;
            } else if (xml.name() == u"rPh") {
                --inPhonetic;
            }
            break;
        case QXmlStreamReader::Characters:
            if (inSi > 0 && inT > 0 && inPhonetic == 0)
                current += xml.text();
            break;
        default: break;
        }
    }
    return error->isEmpty();
}

// Per cell style (the s attribute: an index into cellXfs), which date parts it shows.
bool readStyles(ZipArchive &zip, const QString &path, QList<DateParts> &out, QString *error)
{
    const ZipEntry *entry = zip.find(path);
    if (!entry)
        return true;
    XmlPart part(zip, *entry);
    if (!part.start(error))
        return false;
    QHash<int, DateParts> custom;
    QList<int> formatIds;
    bool inCellXfs = false;
    while (part.next(error)) {
        QXmlStreamReader &xml = part.xml();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                custom.insert(attribute(xml, "numFmtId"_L1).toInt(),
                              numberFormatDateParts(attribute(xml, "formatCode"_L1)));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                formatIds.append(attribute(xml, "numFmtId"_L1).toInt());
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
        if (formatIds.size() > 1000000)
            break; // no workbook has that many styles; the rest are general
    }
    if (!error->isEmpty())
        return false;
    out.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds))
        out.append(custom.contains(id) ? custom.value(id) : builtinFormatDateParts(id));
    return true;
}

// "C5" → column 2 (0-based) and row 5; -1 where the reference has none.
void parseReference(QStringView ref, qint64 *column, qint64 *row)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < ref.size() && i < 8) {
        const char16_t ch = ref[i].unicode();
        if (ch >= u'A' && ch <= u'Z')
            c = c * 26 + (ch - u'A' + 1);
        else if (ch >= u'a' && ch <= u'z')
            c = c * 26 + (ch - u'a' + 1);
        else
            break;
        ++i;
    }
    *column = i == 0 ? -1 : c - 1; // eight letters or more: far beyond the last column
    qint64 r = 0;
    qsizetype digits = 0;
    for (; i < ref.size() && digits < 12; ++i, ++digits) {
        const char16_t ch = ref[i].unicode();
        if (ch < u'0' || ch > u'9')
            break;
        r = r * 10 + (ch - u'0');
    }
    *row = digits == 0 ? -1 : r;
}

QString cellText(QStringView type, const QString &value, int style, const QStringList &shared,
                 const QList<DateParts> &styles, bool date1904, bool *badShared)
{
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= shared.size()) {
            *badShared = true;
            return {};
        }
        return shared[index];
    }
    if (type == u"str" || type == u"inlineStr")
        return unescapeOoxml(value);
    if (type == u"b")
        return value.trimmed() == u"1" || value.trimmed().compare(u"true", Qt::CaseInsensitive) == 0
                   ? u"TRUE"_s
                   : u"FALSE"_s;
    if (type == u"e")
        return value;
    if (type == u"d") {
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
        return TableRead::failed(table, QCoreApplication::translate("Huike::TableFile", "The workbook has no sheets."));
    qsizetype index = 0;
    if (!options.sheet.isEmpty()) {
        index = book.names.indexOf(options.sheet);
        if (index < 0) {
            QStringList quoted;
            for (const QString &n : std::as_const(book.names))
                quoted.append(u"“"_s + n + u"”"_s);
            return TableRead::failed(table, QCoreApplication::translate("Huike::TableFile", "The workbook has no sheet “%1”; its sheets are %2.")
                                                .arg(options.sheet, quoted.join(QCoreApplication::translate("Huike::TableFile", ", "))));
        }
    }
    table.sheet = book.names[index];
    const ZipEntry *sheetEntry = book.targets[index].isEmpty() ? nullptr : zip.find(book.targets[index]);
    if (!sheetEntry)
        return TableRead::failed(table, QCoreApplication::translate("Huike::TableFile", "The workbook is damaged: the sheet “%1” is missing from it. Open it "
                                           "in Excel or WPS and save it again.")
                                            .arg(table.sheet));
    QStringList shared;
    QList<DateParts> styles;
    if (!readSharedStrings(zip, book.sharedStrings, shared, &error) || !readStyles(zip, book.styles, styles, &error))
        return TableRead::failed(table, error);
    if (progress && !progress(0, qint64(sheetEntry->size)))
        return TableRead::failed(table, TableRead::cancelledMessage());

    XmlPart part(zip, *sheetEntry);
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
    QString type;
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

    while (part.next(&error)) {
        QXmlStreamReader &xml = part.xml();
        switch (xml.tokenType()) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (!sawRoot) {
                sawRoot = true;
                if (name != u"worksheet")
                    return TableRead::failed(table, QCoreApplication::translate("Huike::TableFile", "The sheet “%1” is a chart or a dialog, not a table: pick "
                                                       "another sheet.")
                                                        .arg(table.sheet));
            } else if (name == u"sheetData") {
                inSheetData = true;
            } else if (!inSheetData) {
                break;
            } else if (name == u"row") {
                const QStringView rAttr = xml.attributes().value("r"_L1);
                bool ok = false;
                qint64 r = rAttr.isEmpty() ? rowNumber + 1 : rAttr.toLongLong(&ok);
                if (!rAttr.isEmpty() && !ok) {
                    // Digits too many for a number are far beyond the last row; anything else
                    // is ignored as Excel does.
                    const bool digits = std::all_of(rAttr.begin(), rAttr.end(), [](QChar c) { return c.isDigit(); });
                    r = digits ? TableRead::maxRows + 1 : rowNumber + 1;
                }
                if (r < 1)
                    r = rowNumber + 1;
                if (r > TableRead::maxRows)
                    return TableRead::failed(table, TableRead::tooManyRowsMessage());
                rowNumber = r;
                column = -1;
                row.clear();
                if ((++rowsSeen & 1023) == 0 && progress && !progress(qint64(part.done()), qint64(part.total())))
                    return TableRead::failed(table, TableRead::cancelledMessage());
            } else if (name == u"c") {
                inCell = true;
                value.clear();
                const QXmlStreamAttributes attrs = xml.attributes();
                type = attrs.value("t"_L1).toString();
                bool ok = false;
                style = attrs.value("s"_L1).toInt(&ok);
                if (!ok)
                    style = -1;
                const QStringView ref = attrs.value("r"_L1);
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
            } else if (inCell && name == u"v") {
                ++inValue;
            } else if (inCell && name == u"is") {
                ++inInline;
            } else if (inCell && name == u"t") {
                ++inText;
            } else if (inCell && name == u"rPh") {
                ++inPhonetic;
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = xml.name();
            if (name == u"sheetData") {
                inSheetData = false;
            } else if (!inSheetData) {
                break;
            } else if (name == u"c" && inCell) {
                inCell = false;
                inValue = inInline = inText = inPhonetic = 0;
                QString text = cellText(type, value, style, shared, styles, book.date1904, &badShared);
                if (badShared)
                    return TableRead::failed(table, QCoreApplication::translate("Huike::TableFile", "The workbook is damaged: a cell of row %1 refers to text "
                                                       "that is not in the file.")
                                                        .arg(rowNumber));
                if (!text.isEmpty()) {
                    if (row.size() <= column)
                        row.resize(column + 1);
                    row[column] = std::move(text);
                }
            } else if (name == u"row") {
                if (!finishRow())
                    return TableRead::failed(table, error);
            } else if (name == u"v") {
                inValue = std::max(0, inValue - 1);
            } else if (name == u"is") {
                inInline = std::max(0, inInline - 1);
            } else if (name == u"t") {
                inText = std::max(0, inText - 1);
            } else if (name == u"rPh") {
                inPhonetic = std::max(0, inPhonetic - 1);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inCell && (inValue > 0 || (inInline > 0 && inText > 0 && inPhonetic == 0)))
                value += xml.text();
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
        return TableRead::failed(table, QCoreApplication::translate("Huike::TableFile", "The sheet “%1” is empty.").arg(table.sheet));
    return table;
}

} // namespace Huike::XlsxReader
