#include "dataio/xlsxreader.h"

#include "dataio/tablefile_p.h"
#include "dataio/ziparchive_p.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Huike::XlsxReader {

namespace {

using Zip::ZipArchive;
using Zip::ZipEntry;
using Zip::ZipEntryStream;
using Zip::le16;
using Zip::le32;

// The reader's sentences (context Huike::TableFile, as tablefile.cpp's).
namespace Message {




QString tooLarge()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is too large: a sheet holds more than 1 GiB "
                                       "of data. Split it into smaller files.");
}

QString invalidXml()
{
    return QCoreApplication::translate("Huike::TableFile",
                                       "The workbook is damaged (a part of it is not valid XML): "
                                       "open it in Excel or WPS and save it again.");
}

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

// ---- XML parts, streamed -----------------------------------------------------------------

// One part of the workbook parsed token by token; the zip feeds the reader as it asks.
class XmlPart
{
public:
    XmlPart(ZipArchive &zip, const ZipEntry &entry) : m_stream(zip.file(), entry) { }

    bool start(QString *error)
    {
        if (m_stream.size() > quint64(TableRead::maxXmlBytes)) {
            *error = Message::tooLarge();
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
                *error = Message::invalidXml();
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

// The two bulky parts (a sheet and the shared strings: hundreds of MB for a large sheet that
// LibreOffice saved) read by a small pull tokenizer over the UTF-8 bytes, about three times
// as fast as QXmlStreamReader: elements (local names), attributes, text with the predefined
// entities, character references, CDATA and line-end normalisation; comments and processing
// instructions skipped. A document type declaration (which Excel and WPS never write, and
// which is where entity expansion attacks live) and anything not well-formed enough to
// tokenize are refused. Each end tag must match the open element (by a hash of its name);
// nesting deeper than 10,000 elements is refused.
class FastXmlPart
{
public:
    enum Token { StartElement, EndElement, Characters, EndDocument, Invalid };

    FastXmlPart(ZipArchive &zip, const ZipEntry &entry) : m_stream(zip.file(), entry) { }

    bool start(QString *error)
    {
        if (m_stream.size() > quint64(TableRead::maxXmlBytes)) {
            *error = Message::tooLarge();
            return false;
        }
        return m_stream.start(error);
    }

    // The next token; EndDocument at the end, Invalid on an error (then error is set).
    Token next(QString *error)
    {
        m_text.clear();
        if (m_pendingEnd) {
            m_pendingEnd = false;
            --m_depth;
            return EndElement;
        }
        for (;;) {
            if (m_pos >= m_buf.size() && !fill(error))
                return m_error ? Invalid : finish(error);
            const char *b = m_buf.constData();
            const qsizetype n = m_buf.size();
            if (b[m_pos] != '<') {
                const void *lt = std::memchr(b + m_pos, '<', size_t(n - m_pos));
                if (!lt) {
                    // Text running past the buffer: read on (a piece at a time for very long text).
                    if (n - m_pos > (1 << 20)) {
                        qsizetype cut = n;
                        while (cut > m_pos && (quint8(b[cut - 1]) & 0xC0) == 0x80)
                            --cut;
                        if (cut > m_pos && quint8(b[cut - 1]) >= 0xC0)
                            --cut; // a sequence's lead byte: leave it with its tail
                        const qsizetype amp = QByteArrayView(b + m_pos, cut - m_pos).lastIndexOf('&');
                        if (amp >= 0 && QByteArrayView(b + m_pos + amp, cut - m_pos - amp).indexOf(';') < 0)
                            cut = m_pos + amp;
                        if (cut > m_pos)
                            return text(m_pos, cut, error);
                    }
                    if (!fill(error)) {
                        if (m_error)
                            return Invalid;
                        if (m_depth > 0)
                            return invalid(error); // the part ends inside an element
                        m_pos = m_buf.size(); // trailing text outside the root
                        return finish(error);
                    }
                    continue;
                }
                const qsizetype end = static_cast<const char *>(lt) - b;
                if (m_depth == 0) {
                    m_pos = end; // whitespace before or after the root
                    continue;
                }
                return text(m_pos, end, error);
            }
            // Markup: find its end first (reading on as needed).
            if (m_pos + 1 >= n) {
                if (!fill(error))
                    return m_error ? Invalid : invalid(error);
                continue;
            }
            const char c = b[m_pos + 1];
            if (c == '?') {
                if (!skipPast("?>", error))
                    return Invalid;
                continue;
            }
            if (c == '!') {
                if (!ensure(m_pos + 9, error))
                    return Invalid;
                const QByteArrayView rest(m_buf.constData() + m_pos, m_buf.size() - m_pos);
                if (rest.startsWith("<!--")) {
                    if (!skipPast("-->", error))
                        return Invalid;
                    continue;
                }
                if (rest.startsWith("<![CDATA[")) {
                    qsizetype begin = 0;
                    if (!skipPast("]]>", error, &begin))
                        return Invalid;
                    begin += 9;
                    if (m_depth == 0 || m_pos - 3 < begin)
                        return invalid(error);
                    m_text = normalizedLineEnds(
                        QString::fromUtf8(m_buf.constData() + begin, m_pos - 3 - begin));
                    return Characters;
                }
                return invalid(error); // <!DOCTYPE …> and anything else
            }
            const qsizetype close = tagEnd(error);
            if (close < 0)
                return Invalid;
            b = m_buf.constData();
            if (c == '/') {
                const QByteArrayView qualified = trimmed(QByteArrayView(b + m_pos + 2, close - m_pos - 2));
                m_pos = close + 1;
                if (m_open.isEmpty() || m_open.takeLast() != qHash(qualified))
                    return invalid(error); // not the element that is open
                m_name = localName(qualified);
                --m_depth;
                return EndElement;
            }
            const bool selfClosing = b[close - 1] == '/';
            if (!parseTag(QByteArrayView(b + m_pos + 1, close - m_pos - 1 - (selfClosing ? 1 : 0))))
                return invalid(error);
            m_pos = close + 1;
            if (++m_depth > 10000)
                return invalid(error);
            if (!selfClosing)
                m_open.append(qHash(m_qualified));
            m_pendingEnd = selfClosing;
            return StartElement;
        }
    }

    // The element's local name (StartElement, EndElement) or the text (Characters).
    QByteArrayView name() const { return m_name; }
    const QString &text() const { return m_text; }

    // An attribute of the current start element by its qualified name, as written (the
    // values this reader asks for hold no entities); empty when missing.
    QByteArrayView attribute(QByteArrayView name) const
    {
        for (const auto &[key, value] : m_attributes)
            if (key == name)
                return value;
        return {};
    }

    quint64 done() const { return m_stream.produced(); }
    quint64 total() const { return m_stream.size(); }

private:
    Token invalid(QString *error)
    {
        if (error->isEmpty())
            *error = Message::invalidXml();
        m_error = true;
        return Invalid;
    }

    Token finish(QString *error)
    {
        if (m_depth != 0 || !m_sawRoot)
            return invalid(error);
        return EndDocument;
    }

    // More bytes at the end of the buffer (what is consumed is dropped first); false at the
    // end of the part or on an error (m_error).
    bool fill(QString *error)
    {
        if (m_stream.atEnd())
            return false;
        QByteArray piece;
        if (!m_stream.read(piece, error)) {
            m_error = true;
            return false;
        }
        if (m_pos > 0) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        if (m_first) {
            m_first = false;
            if (piece.startsWith("\xEF\xBB\xBF"))
                piece.remove(0, 3);
        }
        m_buf += piece;
        return true;
    }

    // At least size bytes in the buffer unless the part ends first; false on an error.
    bool ensure(qsizetype size, QString *error)
    {
        while (m_buf.size() < size) {
            const qsizetype before = m_pos;
            if (!fill(error))
                return !m_error;
            size -= before - m_pos;
        }
        return true;
    }

    // Moves past the next "marker" after m_pos + 2; *tokenStart is where the markup begins
    // (the buffer may have moved).
    bool skipPast(QByteArrayView marker, QString *error, qsizetype *tokenStart = nullptr)
    {
        qsizetype from = m_pos + 2;
        for (;;) {
            const qsizetype at = QByteArrayView(m_buf).indexOf(marker, from);
            if (at >= 0) {
                if (tokenStart)
                    *tokenStart = m_pos;
                m_pos = at + marker.size();
                return true;
            }
            from = std::max<qsizetype>(m_pos + 2, m_buf.size() - marker.size());
            const qsizetype before = m_pos;
            if (!fill(error)) {
                if (!m_error)
                    invalid(error);
                return false;
            }
            from -= before - m_pos; // the buffer moved
        }
    }

    // The index of the '>' closing the tag at m_pos (quotes respected), reading on as needed.
    qsizetype tagEnd(QString *error)
    {
        qsizetype i = m_pos + 1;
        char quote = 0;
        for (;;) {
            const char *b = m_buf.constData();
            const qsizetype n = m_buf.size();
            for (; i < n; ++i) {
                const char c = b[i];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                } else if (c == '<') {
                    invalid(error);
                    return -1;
                }
            }
            const qsizetype before = m_pos;
            if (n - m_pos > (1 << 20) || !fill(error)) { // no tag is a megabyte long
                if (!m_error)
                    invalid(error);
                return -1;
            }
            i -= before - m_pos;
        }
    }

    static QByteArrayView trimmed(QByteArrayView v)
    {
        while (!v.isEmpty() && quint8(v.front()) <= ' ')
            v = v.sliced(1);
        while (!v.isEmpty() && quint8(v.back()) <= ' ')
            v.chop(1);
        return v;
    }

    static QByteArrayView localName(QByteArrayView qualified)
    {
        const qsizetype colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.sliced(colon + 1);
    }

    // "name a="1" b='2'" → the name and the attributes.
    bool parseTag(QByteArrayView tag)
    {
        m_attributes.clear();
        qsizetype i = 0;
        const qsizetype n = tag.size();
        while (i < n && quint8(tag[i]) > ' ')
            ++i;
        if (i == 0)
            return false;
        m_qualified = tag.first(i);
        m_name = localName(m_qualified);
        m_sawRoot = true;
        for (;;) {
            while (i < n && quint8(tag[i]) <= ' ')
                ++i;
            if (i >= n)
                return true;
            const qsizetype nameStart = i;
            while (i < n && tag[i] != '=' && quint8(tag[i]) > ' ')
                ++i;
            const QByteArrayView key = tag.sliced(nameStart, i - nameStart);
            while (i < n && quint8(tag[i]) <= ' ')
                ++i;
            if (key.isEmpty() || i >= n || tag[i] != '=')
                return false;
            ++i;
            while (i < n && quint8(tag[i]) <= ' ')
                ++i;
            if (i >= n || (tag[i] != '"' && tag[i] != '\''))
                return false;
            const char quote = tag[i++];
            const qsizetype valueStart = i;
            while (i < n && tag[i] != quote)
                ++i;
            if (i >= n)
                return false;
            m_attributes.append({key, tag.sliced(valueStart, i - valueStart)});
            ++i;
        }
    }

    static QString normalizedLineEnds(QString s)
    {
        if (s.contains(u'\r'))
            s.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        return s;
    }

    Token text(qsizetype begin, qsizetype end, QString *error)
    {
        const QByteArrayView raw(m_buf.constData() + begin, end - begin);
        m_pos = end;
        if (raw.indexOf('&') < 0) {
            m_text = normalizedLineEnds(QString::fromUtf8(raw));
            return Characters;
        }
        // Entities and character references; a literal CR is a line end, &#13; is a CR.
        QString out;
        out.reserve(raw.size());
        qsizetype i = 0;
        while (i < raw.size()) {
            const qsizetype amp = raw.indexOf('&', i);
            out += normalizedLineEnds(QString::fromUtf8(raw.sliced(i, (amp < 0 ? raw.size() : amp) - i)));
            if (amp < 0)
                break;
            const qsizetype semi = raw.indexOf(';', amp);
            if (semi < 0 || semi - amp > 12)
                return invalid(error);
            const QByteArrayView entity = raw.sliced(amp + 1, semi - amp - 1);
            if (entity == "lt")
                out += u'<';
            else if (entity == "gt")
                out += u'>';
            else if (entity == "amp")
                out += u'&';
            else if (entity == "quot")
                out += u'"';
            else if (entity == "apos")
                out += u'\'';
            else if (entity.startsWith('#')) {
                bool ok = false;
                const uint code = entity.startsWith("#x") ? entity.sliced(2).toUInt(&ok, 16)
                                                          : entity.sliced(1).toUInt(&ok, 10);
                if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code < 0xE000))
                    return invalid(error);
                const char32_t ucs4 = code;
                out += QString::fromUcs4(&ucs4, 1);
            } else {
                return invalid(error);
            }
            i = semi + 1;
        }
        m_text = std::move(out);
        return Characters;
    }

    ZipEntryStream m_stream;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_depth = 0;
    bool m_first = true;
    bool m_pendingEnd = false;
    bool m_error = false;
    bool m_sawRoot = false;
    QByteArrayView m_name;
    QByteArrayView m_qualified;
    QList<size_t> m_open; // the hashes of the open elements' names: each end tag must match
    QString m_text;
    QList<std::pair<QByteArrayView, QByteArrayView>> m_attributes;
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
                       {type.mid(type.lastIndexOf(u'/') + 1),
                        resolveTarget(baseFolder, attribute(xml, "Target"_L1))});
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
    QList<bool> hidden;  // per sheet: state="hidden" or "veryHidden"
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
        if (r.type == u"officeDocument" && zip.find(r.target)
            && r.target.endsWith(u".xml", Qt::CaseInsensitive))
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
            book.hidden.append(!attribute(xml, "state"_L1).isEmpty() && attribute(xml, "state"_L1) != u"visible");
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
    FastXmlPart part(zip, *entry);
    if (!part.start(error))
        return false;
    QString current;
    int inSi = 0, inT = 0, inPhonetic = 0;
    for (;;) {
        const FastXmlPart::Token token = part.next(error);
        if (token == FastXmlPart::EndDocument)
            return true;
        if (token == FastXmlPart::Invalid)
            return false;
        const QByteArrayView name = part.name();
        switch (token) {
        case FastXmlPart::StartElement:
            if (name == "si") {
                ++inSi;
                current.clear();
            } else if (name == "t") {
                ++inT;
            } else if (name == "rPh") {
                ++inPhonetic;
            }
            break;
        case FastXmlPart::EndElement:
            if (name == "si") {
                --inSi;
                out.append(unescapeOoxml(current));
                current.clear();
            } else if (name == "t") {
                --inT;
            } else if (name == "rPh") {
                --inPhonetic;
            }
            break;
        case FastXmlPart::Characters:
            if (inSi > 0 && inT > 0 && inPhonetic == 0)
                current += part.text();
            break;
        default: break;
        }
    }
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
        *error = Message::tooLarge();
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
