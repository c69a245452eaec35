#include "core/id.h"

#include "core/idgenerator.h"

#include <QMutex>
#include <QMutexLocker>

#include <array>

namespace Huike {

namespace {
constexpr char hexDigits[] = "0123456789abcdef";

constexpr int hexValue(char16_t u)
{
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}
} // namespace

Id Id::generate()
{
    static QMutex mutex;
    static IdGenerator generator;
    QMutexLocker lock(&mutex);
    return generator.next();
}

Id Id::fromParts(std::uint64_t unixMs, std::uint16_t randA12, std::uint64_t randB62)
{
    Bytes b{};
    for (int i = 0; i < 6; ++i)
        b[i] = std::uint8_t(unixMs >> (8 * (5 - i)));
    b[6] = std::uint8_t(0x70 | ((randA12 >> 8) & 0x0f)); // version 7
    b[7] = std::uint8_t(randA12 & 0xff);
    b[8] = std::uint8_t(0x80 | ((randB62 >> 56) & 0x3f)); // variant 10xx
    for (int i = 9; i < 16; ++i)
        b[i] = std::uint8_t(randB62 >> (8 * (15 - i)));
    return Id(b);
}

namespace {
// The 36-character form, one code unit at a time (UTF-16 or the ASCII of UTF-8).
template<typename CodeUnitAt>
std::optional<Id::Bytes> parse(qsizetype size, CodeUnitAt at)
{
    if (size != 36)
        return std::nullopt;
    Id::Bytes b{};
    int nibble = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (at(i) != u'-')
                return std::nullopt;
            continue;
        }
        const int v = hexValue(at(i));
        if (v < 0)
            return std::nullopt;
        b[nibble / 2] = std::uint8_t(b[nibble / 2] | (nibble % 2 ? v : v << 4));
        ++nibble;
    }
    return b;
}
} // namespace

std::optional<Id> Id::fromString(QStringView text)
{
    const auto b = parse(text.size(), [&](qsizetype i) { return text[i].unicode(); });
    return b ? std::optional<Id>(Id(*b)) : std::nullopt;
}

namespace {
// A byte's value as a hex digit, 0xff when it is none.
constexpr std::array<std::uint8_t, 256> hexTable = [] {
    std::array<std::uint8_t, 256> t{};
    t.fill(0xff);
    for (int i = 0; i < 256; ++i)
        if (const int v = hexValue(char16_t(i)); v >= 0)
            t[std::size_t(i)] = std::uint8_t(v);
    return t;
}();
} // namespace

std::optional<Id> Id::fromUtf8(QByteArrayView text)
{
    // Once per row of a download (the running checksum) and of a server's snapshot page:
    // a table lookup per digit rather than parse()'s branches.
    if (text.size() != 36)
        return std::nullopt;
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    if (p[8] != '-' || p[13] != '-' || p[18] != '-' || p[23] != '-')
        return std::nullopt;
    static constexpr std::uint8_t at[16]{0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
    Bytes b;
    unsigned bad = 0;
    for (int i = 0; i < 16; ++i) {
        const unsigned high = hexTable[p[at[i]]], low = hexTable[p[at[i] + 1]];
        bad |= high | low;
        b[std::size_t(i)] = std::uint8_t((high << 4) | low);
    }
    if (bad > 0x0f)
        return std::nullopt;
    return Id(b);
}

bool Id::isNull() const
{
    for (auto byte : m_bytes) {
        if (byte)
            return false;
    }
    return true;
}

std::uint64_t Id::unixMs() const
{
    std::uint64_t ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | m_bytes[i];
    return ms;
}

QString Id::toString() const
{
    QString s(36, Qt::Uninitialized);
    QChar *out = s.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = u'-';
        *out++ = QLatin1Char(hexDigits[m_bytes[i] >> 4]);
        *out++ = QLatin1Char(hexDigits[m_bytes[i] & 0x0f]);
    }
    return s;
}

} // namespace Huike
