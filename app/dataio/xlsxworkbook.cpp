#include "dataio/xlsxworkbook_p.h"

#include "dataio/tablefile_p.h"
#include "dataio/xlsxxml_p.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Huike::Xlsx {

using XlsxReader::DateParts;
using XlsxReader::builtinFormatDateParts;
using XlsxReader::numberFormatDateParts;

namespace {

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

} // namespace

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

} // namespace Huike::Xlsx
