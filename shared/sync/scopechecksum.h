#pragma once

#include <QStringView>

#include <cstdint>

namespace Huike {

class Id;

// An order-independent checksum of the rows a client holds for one scope, as sent in a
// pull's checkpoint (DESIGN.md §3). Each live row contributes a 64-bit hash of
// (table, id, version); the checksum is the sum of those hashes modulo 2^64 together
// with the row count, so rows can be added and removed in any order, and the server and
// the client compute it incrementally or from scratch with the same result.
class ScopeChecksum
{
public:
    static std::uint64_t rowHash(QStringView table, const Id &id, qint64 version);

    void add(QStringView table, const Id &id, qint64 version);
    void remove(QStringView table, const Id &id, qint64 version);
    void addHash(std::uint64_t hash) { m_sum += hash; ++m_count; }
    void removeHash(std::uint64_t hash) { m_sum -= hash; --m_count; }

    std::uint64_t sum() const { return m_sum; }
    qint64 count() const { return m_count; }

    friend bool operator==(const ScopeChecksum &, const ScopeChecksum &) = default;

private:
    std::uint64_t m_sum = 0;
    qint64 m_count = 0;
};

} // namespace Huike
