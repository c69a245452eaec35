#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <compare>
#include <cstdint>
#include <optional>

namespace Huike {

// A record id: a UUID version 7 (RFC 9562 §5.7). The first 48 bits are the Unix time in
// milliseconds, so ids sort by creation time; the rest is random (with a per-process
// counter, see IdGenerator) so clients create ids offline without coordination.
// Text form: 36 lowercase characters, "0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b".
class Id
{
public:
    using Bytes = std::array<std::uint8_t, 16>;

    constexpr Id() = default;
    explicit constexpr Id(const Bytes &bytes) : m_bytes(bytes) {}

    // A new id from the process-wide generator: monotonic within the process.
    static Id generate();
    // Builds an id from its parts (used by IdGenerator and by tests).
    static Id fromParts(std::uint64_t unixMs, std::uint16_t randA12, std::uint64_t randB62);
    // Parses the 36-character text form (upper or lower case). Anything else → nullopt.
    static std::optional<Id> fromString(QStringView text);
    // The same from UTF-8 bytes (as SQLite and the sync pages hold ids), without a QString.
    static std::optional<Id> fromUtf8(QByteArrayView text);

    bool isNull() const;
    int version() const { return m_bytes[6] >> 4; }
    std::uint64_t unixMs() const;
    QString toString() const;
    const Bytes &bytes() const { return m_bytes; }

    friend bool operator==(const Id &, const Id &) = default;
    friend std::strong_ordering operator<=>(const Id &, const Id &) = default;

private:
    Bytes m_bytes{};
};

inline size_t qHash(const Id &id, size_t seed = 0)
{
    return qHashBits(id.bytes().data(), id.bytes().size(), seed);
}

} // namespace Huike
