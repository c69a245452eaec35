#pragma once

// Small .xlsx files made by hand for the reader tests: a zip writer (zlib, stored or
// deflated entries) and the parts the way Excel and WPS write them.

#include <QByteArray>
#include <QList>
#include <QString>

#include <zlib.h>

#include <utility>

namespace Huike::Test {

struct ZipPart
{
    QString name;
    QByteArray data;
};

inline void putLe16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

inline void putLe32(QByteArray &out, quint32 v)
{
    putLe16(out, v & 0xffff);
    putLe16(out, v >> 16);
}

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

// A zip of the parts, in order; deflated unless stored.
inline QByteArray zip(const QList<ZipPart> &parts, bool stored = false)
{
    QByteArray out, directory;
    for (const ZipPart &part : parts) {
        const QByteArray name = part.name.toUtf8();
        const QByteArray body = stored ? part.data : rawDeflate(part.data);
        const quint32 crc = quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(part.data.constData()),
                                          uInt(part.data.size())));
        const quint32 offset = quint32(out.size());
        QByteArray header;
        putLe16(header, 20);             // version needed
        putLe16(header, 0x0800);         // UTF-8 names
        putLe16(header, stored ? 0 : 8); // method
        putLe16(header, 0);              // time
        putLe16(header, 0x5821);         // date: 2024-01-01
        putLe32(header, crc);
        putLe32(header, quint32(body.size()));
        putLe32(header, quint32(part.data.size()));
        putLe16(header, quint32(name.size()));
        putLe16(header, 0); // extra
        putLe32(out, 0x04034b50);
        out += header + name + body;
        putLe32(directory, 0x02014b50);
        putLe16(directory, 20); // made by
        directory += header;
        putLe16(directory, 0); // comment
        putLe16(directory, 0); // disk
        putLe16(directory, 0); // internal attributes
        putLe32(directory, 0); // external attributes
        putLe32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    putLe32(out, 0x06054b50);
    putLe16(out, 0);
    putLe16(out, 0);
    putLe16(out, quint32(parts.size()));
    putLe16(out, quint32(parts.size()));
    putLe32(out, quint32(directory.size()));
    putLe32(out, directoryOffset);
    putLe16(out, 0);
    return out;
}

inline QByteArray xmlHead()
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
}

inline const char *mainNs()
{
    return "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
}

// The package parts every workbook has, for sheets named names with the given targets (as the
// workbook's relationships write them: "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml").
inline QList<ZipPart> workbookParts(const QStringList &names, const QStringList &targets, bool date1904,
                                    bool sharedStrings, bool styles, const QString &workbookPr = {})
{
    QByteArray types = xmlHead()
                       + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                         "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
    QByteArray rootRels = xmlHead()
                          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    QByteArray book = xmlHead() + "<workbook xmlns=\"" + mainNs()
                      + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    book += workbookPr.isEmpty() ? (date1904 ? QByteArray("<workbookPr date1904=\"1\"/>") : QByteArray("<workbookPr/>"))
                                 : workbookPr.toUtf8();
    book += "<sheets>";
    QByteArray rels = xmlHead() + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < names.size(); ++i) {
        book += "<sheet name=\"" + names[i].toHtmlEscaped().toUtf8() + "\" sheetId=\"" + QByteArray::number(i + 1)
                + "\" r:id=\"rId" + QByteArray::number(i + 1) + "\"/>";
        rels += "<Relationship Id=\"rId" + QByteArray::number(i + 1)
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                + targets[i].toUtf8() + "\"/>";
    }
    book += "</sheets></workbook>";
    if (sharedStrings)
        rels += "<Relationship Id=\"rId90\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    if (styles)
        rels += "<Relationship Id=\"rId91\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/styles\" Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    return {{QStringLiteral("[Content_Types].xml"), types},
            {QStringLiteral("_rels/.rels"), rootRels},
            {QStringLiteral("xl/workbook.xml"), book},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), rels}};
}

inline QByteArray worksheet(const QByteArray &sheetData)
{
    return xmlHead() + "<worksheet xmlns=\"" + mainNs() + "\"><dimension ref=\"A1\"/><sheetData>" + sheetData
           + "</sheetData></worksheet>";
}

} // namespace Huike::Test
