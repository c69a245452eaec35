#pragma once

// The XML parts of an .xlsx read token by token (internal to app/dataio, for xlsxreader.cpp
// and xlsxworkbook.cpp): QXmlStreamReader for the small parts, a tokenizer of our own for
// the bulky ones.

#include "dataio/tablefile_p.h"
#include "dataio/ziparchive_p.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include <utility>

namespace Huike::Xlsx {

using Zip::ZipArchive;
using Zip::ZipEntry;
using Zip::ZipEntryStream;

// The sentences of a part that cannot be read (context Huike::TableFile, as tablefile.cpp's).
namespace Message {
QString tooLarge();
QString invalidXml();
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

    bool start(QString *error);

    // The next token; EndDocument at the end, Invalid on an error (then error is set).
    Token next(QString *error);

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
    // Sets the error (the part is not valid XML) unless one is set.
    Token invalid(QString *error);
    // The end of the part: EndDocument when the root element closed.
    Token finish(QString *error);

    // More bytes at the end of the buffer (what is consumed is dropped first); false at the
    // end of the part or on an error (m_error).
    bool fill(QString *error);

    // At least size bytes in the buffer unless the part ends first; false on an error.
    bool ensure(qsizetype size, QString *error);

    // Moves past the next "marker" after m_pos + 2; *tokenStart is where the markup begins
    // (the buffer may have moved).
    bool skipPast(QByteArrayView marker, QString *error, qsizetype *tokenStart = nullptr);

    // The index of the '>' closing the tag at m_pos (quotes respected), reading on as needed.
    qsizetype tagEnd(QString *error);

    // "name a="1" b='2'" → the name and the attributes.
    bool parseTag(QByteArrayView tag);

    // The text of the buffer's bytes [begin, end): entities and references replaced.
    Token text(qsizetype begin, qsizetype end, QString *error);

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

} // namespace Huike::Xlsx
