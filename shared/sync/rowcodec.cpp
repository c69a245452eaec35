#include "sync/rowcodec.h"

#include "schema/tabledef.h"

#include <QJsonValue>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Huike::RowCodec {

QList<ColumnType> types(const TableDef &table, const QStringList &columns)
{
    QList<ColumnType> out;
    out.reserve(columns.size());
    for (const QString &c : columns) {
        const ColumnDef *def = table.column(c);
        out.append(def ? def->type : ColumnType::Text);
    }
    return out;
}

QJsonValue encodeValue(ColumnType type, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool:
        return double(v.toLongLong());
    case ColumnType::Money:
    case ColumnType::Decimal:
        return QString::number(v.toLongLong());
    default:
        return v.toString();
    }
}

namespace {

// The bytes a JSON string cannot hold as they are: quote, backslash and the controls.
constexpr bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

} // namespace

void appendJsonUtf8(const char *utf8, qsizetype size, QByteArray &out)
{
    out.reserve(out.size() + size + 2);
    out.append('"');
    const char *run = utf8;
    const char *const end = utf8 + size;
    for (const char *p = utf8; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (!needsEscape(c))
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(u, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void appendJsonString(QStringView text, QByteArray &out)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonUtf8(utf8.constData(), utf8.size(), out);
}

void appendJson(ColumnType type, const QVariant &v, QByteArray &out)
{
    if (v.isNull()) {
        out.append("null");
        return;
    }
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool:
        out.append(QByteArray::number(v.toLongLong()));
        return;
    case ColumnType::Money:
    case ColumnType::Decimal:
        out.append('"');
        out.append(QByteArray::number(v.toLongLong()));
        out.append('"');
        return;
    default:
        appendJsonString(v.toString(), out);
    }
}

bool decodeValue(ColumnType type, const QJsonValue &v, QVariant *out)
{
    if (v.isNull()) {
        *out = QVariant();
        return true;
    }
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool:
        if (!v.isDouble())
            return false;
        // Beyond ±9.2e18 qint64(double) is undefined: refused, as decodeCell does.
        if (!std::isfinite(v.toDouble()) || std::fabs(v.toDouble()) >= 9.2e18)
            return false;
        *out = qint64(v.toDouble());
        return true;
    case ColumnType::Money:
    case ColumnType::Decimal: {
        // Exactly the integer, as decodeCell reads it: no spaces, no '+'.
        if (!v.isString())
            return false;
        const QByteArray text = v.toString().toLatin1();
        qint64 n = 0;
        const auto [end, ec] = std::from_chars(text.constData(), text.constData() + text.size(), n);
        if (ec != std::errc() || end != text.constData() + text.size() || text.isEmpty())
            return false;
        *out = n;
        return true;
    }
    default:
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    }
}

QJsonArray encode(const TableDef &table, const QStringList &columns, const Row &row)
{
    QJsonArray out;
    for (const QString &name : columns) {
        const ColumnDef *c = table.column(name);
        out.append(c ? encodeValue(c->type, row.value(name)) : QJsonValue(QJsonValue::Null));
    }
    return out;
}

bool decode(const TableDef &table, const QStringList &columns, const QJsonArray &values, Row *row)
{
    if (values.size() != columns.size())
        return false;
    QVariant v;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnDef *c = table.column(columns[i]);
        if (!c)
            continue; // a newer server's column
        if (!decodeValue(c->type, values[i], &v))
            return false;
        row->insert(c->name, v);
    }
    return true;
}

namespace {

// A reader of the JSON text of a snapshot page. Strings are unescaped in place (never
// longer than their escaped form), so every value is a slice of the text.
class PageParser
{
public:
    PageParser(char *begin, char *end) : m_begin(begin), m_p(begin), m_end(end) { }

    QString error;

    bool parse(SnapshotPage *page)
    {
        skipSpace();
        const bool read = sequence('{', '}', [&] {
            PageCell key;
            if (!string(&key))
                return false;
            const QByteArrayView name(m_begin + key.offset, key.size);
            skipSpace();
            if (!expect(':'))
                return false;
            skipSpace();
            PageCell v;
            if (name == "table") {
                if (!string(&v))
                    return false;
                page->table = QString::fromUtf8(m_begin + v.offset, v.size);
                return true;
            }
            if (name == "next") {
                if (!scalar(&v) || v.kind == PageCell::Number)
                    return fail("next is not a string");
                page->next = v.kind == PageCell::String ? QString::fromUtf8(m_begin + v.offset, v.size) : QString();
                return true;
            }
            if (name == "columns")
                return sequence('[', ']', [&] {
                    if (!string(&v))
                        return false;
                    page->columns << QString::fromUtf8(m_begin + v.offset, v.size);
                    return true;
                });
            if (name == "rows")
                return rows(page);
            return skipValue(0);
        });
        if (!read)
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail("text after the page");
        if (page->rowCount > 0 && m_rowWidth != page->columns.size())
            return fail("a row has not one value per column");
        if (page->rowCount > 0 && qsizetype(page->cells.size()) != page->rowCount * page->columns.size())
            return fail("a row has not one value per column");
        return true;
    }

private:
    char peek() const { return m_p < m_end ? *m_p : '\0'; }

    static PageCell cellOf(PageCell::Kind kind, qsizetype offset, qsizetype size)
    {
        return PageCell{kind, quint32(offset), quint32(size)};
    }

    bool fail(const char *what)
    {
        error = QString::fromLatin1(what) + u" (at byte "_s + QString::number(m_p - m_begin) + u")"_s;
        return false;
    }

    bool expect(char c)
    {
        if (peek() != c)
            return fail(c == '{' ? "expected {" : c == '}' ? "expected }" : c == '[' ? "expected [" : c == ']' ? "expected ]" : "expected :");
        ++m_p;
        return true;
    }

    // `open`, items separated by commas (each read by `item`, from its first byte), `close`.
    template<typename Item>
    bool sequence(char open, char close, Item item)
    {
        if (!expect(open))
            return false;
        skipSpace();
        if (peek() == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!item())
                return false;
            skipSpace();
            if (peek() != ',')
                return expect(close);
            ++m_p;
        }
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(const char *p, uint *out) const
    {
        if (m_end - p < 4)
            return false;
        uint v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(p[i]);
            if (d < 0)
                return false;
            v = v * 16 + uint(d);
        }
        *out = v;
        return true;
    }

    static char *putUtf8(char *w, uint cp)
    {
        if (cp < 0x80) {
            *w++ = char(cp);
        } else if (cp < 0x800) {
            *w++ = char(0xc0 | (cp >> 6));
            *w++ = char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            *w++ = char(0xe0 | (cp >> 12));
            *w++ = char(0x80 | ((cp >> 6) & 0x3f));
            *w++ = char(0x80 | (cp & 0x3f));
        } else {
            *w++ = char(0xf0 | (cp >> 18));
            *w++ = char(0x80 | ((cp >> 12) & 0x3f));
            *w++ = char(0x80 | ((cp >> 6) & 0x3f));
            *w++ = char(0x80 | (cp & 0x3f));
        }
        return w;
    }

    // At a '"': the string's unescaped bytes, in place.
    bool string(PageCell *out)
    {
        if (peek() != '"')
            return fail("expected a string");
        char *const start = ++m_p;
        // The usual case: no escapes, the slice as it is.
        auto *quote = static_cast<char *>(std::memchr(start, '"', size_t(m_end - start)));
        if (!quote) {
            m_p = m_end;
            return fail("an unterminated string");
        }
        auto *p = static_cast<char *>(std::memchr(start, '\\', size_t(quote - start)));
        if (!p) {
            *out = cellOf(PageCell::String, start - m_begin, quote - start);
            m_p = quote + 1;
            return true;
        }
        char *w = p;
        while (p < m_end && *p != '"') {
            if (*p != '\\') {
                *w++ = *p++;
                continue;
            }
            if (m_end - p < 2) {
                m_p = m_end;
                return fail("an unterminated string");
            }
            const char e = p[1];
            p += 2;
            switch (e) {
            case '"': *w++ = '"'; break;
            case '\\': *w++ = '\\'; break;
            case '/': *w++ = '/'; break;
            case 'b': *w++ = '\b'; break;
            case 'f': *w++ = '\f'; break;
            case 'n': *w++ = '\n'; break;
            case 'r': *w++ = '\r'; break;
            case 't': *w++ = '\t'; break;
            case 'u': {
                uint cp = 0;
                if (!hex4(p, &cp)) {
                    m_p = p;
                    return fail("a bad \\u escape");
                }
                p += 4;
                if (cp >= 0xd800 && cp < 0xdc00) {
                    uint low = 0;
                    if (m_end - p >= 6 && p[0] == '\\' && p[1] == 'u' && hex4(p + 2, &low) && low >= 0xdc00 && low < 0xe000) {
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                        p += 6;
                    } else {
                        cp = 0xfffd; // a lone surrogate
                    }
                } else if (cp >= 0xdc00 && cp < 0xe000) {
                    cp = 0xfffd;
                }
                w = putUtf8(w, cp); // never longer than the escape it replaces
                break;
            }
            default:
                m_p = p;
                return fail("a bad escape");
            }
        }
        if (p >= m_end) {
            m_p = p;
            return fail("an unterminated string");
        }
        *out = cellOf(PageCell::String, start - m_begin, w - start);
        m_p = p + 1;
        return true;
    }

    bool literal(const char *word, qsizetype n)
    {
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return fail("expected a value");
        m_p += n;
        return true;
    }

    // A string, number or null (true and false are not values of a page).
    bool scalar(PageCell *out)
    {
        const char c = peek();
        if (c == '"')
            return string(out);
        if (c == 'n') {
            *out = cellOf(PageCell::Null, m_p - m_begin, 0);
            return literal("null", 4);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            char *const start = m_p++;
            while (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' || *m_p == 'E'
                                   || *m_p == '+' || *m_p == '-'))
                ++m_p;
            *out = cellOf(PageCell::Number, start - m_begin, m_p - start);
            return true;
        }
        return fail("expected a string, a number or null");
    }

    bool rows(SnapshotPage *page)
    {
        // About 15 bytes a cell: room at once for the usual page.
        page->cells.reserve(size_t((m_end - m_p) / 12));
        return sequence('[', ']', [&] {
            const size_t before = page->cells.size();
            const bool row = sequence('[', ']', [&] {
                PageCell v;
                if (!scalar(&v))
                    return false;
                page->cells.push_back(v);
                return true;
            });
            if (!row)
                return false;
            // Every row as wide as the first (the columns may come after the rows).
            const auto width = qsizetype(page->cells.size() - before);
            if (m_rowWidth >= 0 && width != m_rowWidth)
                return fail("a row has not one value per column");
            m_rowWidth = width;
            ++page->rowCount;
            return true;
        });
    }

    // Any value, for keys a page does not know (a newer server's).
    bool skipValue(int depth)
    {
        if (depth > 64)
            return fail("nested too deep");
        skipSpace();
        const char c = peek();
        if (c == '{' || c == '[')
            return sequence(c, c == '{' ? '}' : ']', [&] {
                if (c == '{') {
                    PageCell key;
                    if (!string(&key))
                        return false;
                    skipSpace();
                    if (!expect(':'))
                        return false;
                }
                return skipValue(depth + 1);
            });
        if (c == 't')
            return literal("true", 4);
        if (c == 'f')
            return literal("false", 5);
        PageCell v;
        return scalar(&v);
    }

    char *const m_begin;
    char *m_p;
    char *const m_end;
    qsizetype m_rowWidth = -1;
};

} // namespace

bool parsePage(QByteArray text, SnapshotPage *page, QString *error)
{
    *page = SnapshotPage();
    page->text = std::move(text);
    char *const begin = page->text.data(); // detaches: strings are unescaped in place
    PageParser parser(begin, begin + page->text.size());
    if (page->text.size() >= qsizetype(std::numeric_limits<quint32>::max())) {
        if (error)
            *error = u"a page of 4 GB or more"_s;
        return false;
    }
    if (parser.parse(page))
        return true;
    if (error)
        *error = parser.error;
    return false;
}

bool decodeCell(ColumnType type, const SnapshotPage &page, const PageCell &cell, CellValue *out)
{
    if (cell.kind == PageCell::Null) {
        *out = CellValue();
        return true;
    }
    const char *const first = page.text.constData() + cell.offset;
    const char *const last = first + cell.size;
    switch (type) {
    case ColumnType::Int:
    case ColumnType::Bool: {
        if (cell.kind != PageCell::Number)
            return false;
        qint64 n = 0;
        const auto [end, ec] = std::from_chars(first, last, n);
        if (ec != std::errc() || end != last) {
            // A fraction or an exponent: as a double, cut like qint64(double).
            const double d = std::strtod(QByteArray(first, cell.size).constData(), nullptr);
            if (!std::isfinite(d) || std::fabs(d) >= 9.2e18)
                return false;
            n = qint64(d);
        }
        *out = {CellValue::Integer, n, {}};
        return true;
    }
    case ColumnType::Money:
    case ColumnType::Decimal: {
        if (cell.kind != PageCell::String)
            return false;
        qint64 n = 0;
        const auto [end, ec] = std::from_chars(first, last, n);
        if (ec != std::errc() || end != last || first == last)
            return false;
        *out = {CellValue::Integer, n, {}};
        return true;
    }
    default:
        if (cell.kind != PageCell::String)
            return false;
        *out = {CellValue::Text, 0, QByteArrayView(first, cell.size)};
        return true;
    }
}

} // namespace Huike::RowCodec
