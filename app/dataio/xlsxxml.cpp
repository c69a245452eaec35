#include "dataio/xlsxxml_p.h"

#include "dataio/tablefile_p.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Huike::Xlsx {

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

} // namespace Message

namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && quint8(v.front()) <= ' ')
        v = v.sliced(1);
    while (!v.isEmpty() && quint8(v.back()) <= ' ')
        v.chop(1);
    return v;
}

QByteArrayView localName(QByteArrayView qualified)
{
    const qsizetype colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

QString normalizedLineEnds(QString s)
{
    if (s.contains(u'\r'))
        s.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return s;
}

} // namespace

// ---- FastXmlPart -------------------------------------------------------------------------

bool FastXmlPart::start(QString *error)
{
    if (m_stream.size() > quint64(TableRead::maxXmlBytes)) {
        *error = Message::tooLarge();
        return false;
    }
    return m_stream.start(error);
}

FastXmlPart::Token FastXmlPart::next(QString *error)
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

FastXmlPart::Token FastXmlPart::invalid(QString *error)
{
    if (error->isEmpty())
        *error = Message::invalidXml();
    m_error = true;
    return Invalid;
}

FastXmlPart::Token FastXmlPart::finish(QString *error)
{
    if (m_depth != 0 || !m_sawRoot)
        return invalid(error);
    return EndDocument;
}

bool FastXmlPart::fill(QString *error)
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

bool FastXmlPart::ensure(qsizetype size, QString *error)
{
    while (m_buf.size() < size) {
        const qsizetype before = m_pos;
        if (!fill(error))
            return !m_error;
        size -= before - m_pos;
    }
    return true;
}

bool FastXmlPart::skipPast(QByteArrayView marker, QString *error, qsizetype *tokenStart)
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

qsizetype FastXmlPart::tagEnd(QString *error)
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

bool FastXmlPart::parseTag(QByteArrayView tag)
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

FastXmlPart::Token FastXmlPart::text(qsizetype begin, qsizetype end, QString *error)
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

} // namespace Huike::Xlsx
