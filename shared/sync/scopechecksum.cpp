#include "sync/scopechecksum.h"

#include "core/id.h"

namespace Huike {

namespace {
// FNV-1a over the bytes, then a SplitMix64 finaliser so that nearby inputs spread over
// all 64 bits (a plain FNV sum would let related rows cancel out).
constexpr std::uint64_t fnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnvPrime = 0x100000001b3ULL;

std::uint64_t mixByte(std::uint64_t h, std::uint8_t b)
{
    return (h ^ b) * fnvPrime;
}

std::uint64_t finalise(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}
} // namespace

std::uint64_t ScopeChecksum::rowHash(QStringView table, const Id &id, qint64 version)
{
    std::uint64_t h = fnvOffset;
    for (QChar c : table) {
        h = mixByte(h, std::uint8_t(c.unicode() & 0xff));
        h = mixByte(h, std::uint8_t(c.unicode() >> 8));
    }
    h = mixByte(h, 0); // separator: ("ab", id) never collides with ("a", "b"+id)
    for (std::uint8_t b : id.bytes())
        h = mixByte(h, b);
    for (int i = 0; i < 8; ++i)
        h = mixByte(h, std::uint8_t(std::uint64_t(version) >> (8 * i)));
    return finalise(h);
}

void ScopeChecksum::add(QStringView table, const Id &id, qint64 version)
{
    addHash(rowHash(table, id, version));
}

void ScopeChecksum::remove(QStringView table, const Id &id, qint64 version)
{
    removeHash(rowHash(table, id, version));
}

} // namespace Huike
