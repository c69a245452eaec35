#include "dataio/csvreader.h"

#include "dataio/tablefile_p.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Huike::CsvReader {

namespace {

constexpr qsizetype detectSample = 256 * 1024; // bytes for the encoding
constexpr qsizetype separatorSample = 64 * 1024; // characters for the separator
constexpr int separatorRecords = 50;

// Excel's ="0123" (a formula that yields text) keeps leading zeros: the text is 0123.
QString unwrapFormulaText(QString field)
{
    if (field.size() >= 3 && field.startsWith(u"=\"") && field.endsWith(u'"')) {
        QString inner = field.mid(2, field.size() - 3);
        // Inside, a quote is doubled; a single one means this is some other formula.
        QString out;
        out.reserve(inner.size());
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] == u'"') {
                if (i + 1 < inner.size() && inner[i + 1] == u'"') {
                    out += u'"';
                    ++i;
                    continue;
                }
                return field;
            }
            out += inner[i];
        }
        return out;
    }
    return field;
}

// RFC 4180 with what real files add: CRLF, LF or CR line ends (also inside quotes, kept as
// written), a quote inside an unquoted field kept literally, text after a closing quote kept,
// an unterminated quote running to the end of the text.
class Parser
{
public:
    Parser(QStringView text, QChar separator) : m_text(text), m_sep(separator) { }

    qsizetype position() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool unterminated() const { return m_unterminated; }

    // The next record's fields; false at the end of the text. fieldLimit stops a record
    // early (the caller then refuses the file).
    bool next(QStringList &fields, qsizetype fieldLimit)
    {
        fields.clear();
        const qsizetype n = m_text.size();
        if (m_pos >= n)
            return false;
        const QChar *p = m_text.data();
        for (;;) {
            QString field;
            if (m_pos < n && p[m_pos] == u'"') {
                ++m_pos;
                for (;;) {
                    const qsizetype q = m_text.indexOf(u'"', m_pos);
                    if (q < 0) {
                        field += m_text.sliced(m_pos);
                        m_pos = n;
                        m_unterminated = true;
                        break;
                    }
                    field += m_text.sliced(m_pos, q - m_pos);
                    if (q + 1 < n && p[q + 1] == u'"') {
                        field += u'"';
                        m_pos = q + 2;
                        continue;
                    }
                    m_pos = q + 1;
                    break;
                }
                const qsizetype start = m_pos;
                skipToFieldEnd(p, n);
                if (m_pos > start)
                    field += m_text.sliced(start, m_pos - start);
            } else {
                const qsizetype start = m_pos;
                skipToFieldEnd(p, n);
                field = m_text.sliced(start, m_pos - start).toString();
            }
            fields.append(unwrapFormulaText(std::move(field)));
            if (m_pos >= n)
                return true;
            if (p[m_pos] == m_sep) {
                ++m_pos;
                if (fields.size() >= fieldLimit)
                    return true;
                continue;
            }
            if (p[m_pos] == u'\r' && m_pos + 1 < n && p[m_pos + 1] == u'\n')
                m_pos += 2;
            else
                ++m_pos;
            return true;
        }
    }

private:
    void skipToFieldEnd(const QChar *p, qsizetype n)
    {
        const char16_t sep = m_sep.unicode();
        while (m_pos < n) {
            const char16_t c = p[m_pos].unicode();
            if (c == sep || c == u'\n' || c == u'\r')
                break;
            ++m_pos;
        }
    }

    QStringView m_text;
    QChar m_sep;
    qsizetype m_pos = 0;
    bool m_unterminated = false;
};

// An Excel "sep=;" first line: the separator it names, null when there is none.
QChar sepLine(QStringView text, qsizetype *length)
{
    if (text.size() >= 5 && text.startsWith(u"sep=", Qt::CaseInsensitive)) {
        const qsizetype end = text.size() == 5 ? 5 : (text[5] == u'\r' || text[5] == u'\n' ? 5 : -1);
        if (end < 0)
            return {};
        qsizetype len = end;
        if (len < text.size() && text[len] == u'\r')
            ++len;
        if (len < text.size() && text[len] == u'\n')
            ++len;
        *length = len;
        return text[4];
    }
    return {};
}

} // namespace

QChar detectSeparator(QStringView text, bool preferTab)
{
    qsizetype sepLength = 0;
    if (const QChar forced = sepLine(text, &sepLength); !forced.isNull())
        return forced;
    const bool cut = text.size() > separatorSample;
    const QStringView sample = text.first(std::min(text.size(), separatorSample));
    const std::array<QChar, 3> candidates = preferTab ? std::array<QChar, 3>{u'\t', u',', u';'}
                                                      : std::array<QChar, 3>{u',', u';', u'\t'};
    QChar best = preferTab ? QChar(u'\t') : QChar(u',');
    double bestScore = 0;
    for (const QChar candidate : candidates) {
        Parser parser(sample, candidate);
        QList<qsizetype> counts;
        QStringList fields;
        while (counts.size() < separatorRecords && parser.next(fields, TableRead::maxColumns)) {
            if (cut && parser.atEnd())
                break; // the sample cut this record
            if (TableRead::hasContent(fields))
                counts.append(fields.size());
        }
        if (counts.isEmpty())
            continue;
        // The most frequent number of fields, and how many records have it.
        QList<qsizetype> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        qsizetype mode = 0, modeRuns = 0;
        for (qsizetype i = 0; i < sorted.size();) {
            qsizetype j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (j - i > modeRuns || (j - i == modeRuns && sorted[i] > mode)) {
                modeRuns = j - i;
                mode = sorted[i];
            }
            i = j;
        }
        if (mode < 2)
            continue;
        const double score = double(modeRuns) / double(counts.size());
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

TableFile read(const QByteArray &bytes, const TableReadOptions &options, const TableReadProgress &progress)
{
    TableFile table;
    table.format = TableFile::Format::Csv;
    if (bytes.isEmpty())
        return TableRead::failed(table, TableRead::emptyMessage());
    table.encoding = options.encoding ? *options.encoding
                                      : TextEncoding::detect(QByteArrayView(bytes).first(
                                          std::min<qsizetype>(bytes.size(), detectSample)));
    QString text = TextEncoding::decode(bytes, table.encoding);
    table.invalidCharacters = TextEncoding::invalidCount(text);
    if (!options.encoding && table.encoding == TextEncoding::Encoding::Utf8 && table.invalidCharacters > 0
        && bytes.size() > detectSample) {
        // The first 256 KiB were ASCII, the rest is not UTF-8: GB18030 (Excel's "CSV" on a
        // Chinese Windows) if that reads cleaner.
        QString gb = TextEncoding::decode(bytes, TextEncoding::Encoding::Gb18030);
        const qsizetype gbInvalid = TextEncoding::invalidCount(gb);
        if (gbInvalid < table.invalidCharacters) {
            table.encoding = TextEncoding::Encoding::Gb18030;
            table.invalidCharacters = gbInvalid;
            text = std::move(gb);
        }
    }
    const bool utf16 = table.encoding == TextEncoding::Encoding::Utf16LE
                       || table.encoding == TextEncoding::Encoding::Utf16BE;

    qsizetype start = 0;
    qsizetype sepLength = 0;
    const QChar named = sepLine(text, &sepLength);
    if (!named.isNull())
        start = sepLength;
    table.separator = !options.separator.isNull() ? options.separator
                      : !named.isNull()           ? named
                                                  : detectSeparator(text, utf16);

    const QStringView body = QStringView(text).sliced(start);
    Parser parser(body, table.separator);
    QStringList fields;
    qsizetype record = 0;
    qsizetype cells = 0;
    const qint64 total = bytes.size();
    while (parser.next(fields, TableRead::maxColumns + 1)) {
        ++record;
        if (fields.size() > TableRead::maxColumns)
            return TableRead::failed(table, TableRead::tooManyColumnsMessage(record));
        if ((record & 4095) == 0 && progress
            && !progress(qint64(double(parser.position()) / double(body.size()) * double(total)), total))
            return TableRead::failed(table, TableRead::cancelledMessage());
        if (!TableRead::hasContent(fields))
            continue;
        cells += fields.size();
        if (cells > TableRead::maxCells)
            return TableRead::failed(table, TableRead::tooManyCellsMessage());
        if (table.rows.size() >= TableRead::maxRows)
            return TableRead::failed(table, TableRead::tooManyRowsMessage());
        table.rows.append(fields);
        table.lineNumbers.append(record);
    }
    if (progress && !progress(total, total))
        return TableRead::failed(table, TableRead::cancelledMessage());
    if (table.rows.isEmpty())
        return TableRead::failed(table, TableRead::emptyMessage());
    return table;
}

} // namespace Huike::CsvReader
