#include "core/wideint.h"

#include <limits>

namespace Huike::Detail {

namespace {

struct U128
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;
};

// 64 × 64 → 128 with 32-bit halves.
U128 mul64(std::uint64_t a, std::uint64_t b)
{
    const std::uint64_t aLo = a & 0xffffffffu, aHi = a >> 32;
    const std::uint64_t bLo = b & 0xffffffffu, bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo;
    const std::uint64_t lh = aLo * bHi;
    const std::uint64_t hl = aHi * bLo;
    const std::uint64_t hh = aHi * bHi;
    const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
    U128 r;
    r.lo = (mid << 32) | (ll & 0xffffffffu);
    r.hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return r;
}

// x × m, or nullopt on overflow of 128 bits.
std::optional<U128> mul(U128 x, std::uint64_t m)
{
    const U128 low = mul64(x.lo, m);
    const U128 high = mul64(x.hi, m);
    if (high.hi != 0)
        return std::nullopt;
    U128 r;
    r.lo = low.lo;
    r.hi = low.hi + high.lo;
    if (r.hi < low.hi)
        return std::nullopt;
    return r;
}

// x / d and x % d, bit by bit (d != 0); fast path when x fits 64 bits.
void divMod(U128 x, std::uint64_t d, U128 &q, std::uint64_t &rem)
{
    if (x.hi == 0) {
        q = {0, x.lo / d};
        rem = x.lo % d;
        return;
    }
    q = {};
    std::uint64_t r = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (r >> 63) != 0;
        r = (r << 1) | ((bit >= 64 ? x.hi >> (bit - 64) : x.lo >> bit) & 1u);
        if (carry || r >= d) {
            r -= d;
            if (bit >= 64)
                q.hi |= std::uint64_t(1) << (bit - 64);
            else
                q.lo |= std::uint64_t(1) << bit;
        }
    }
    rem = r;
}

} // namespace

std::optional<std::int64_t> mulDivRound(std::initializer_list<std::int64_t> factors,
                                        std::uint64_t divisor)
{
    if (divisor == 0)
        return std::nullopt;
    bool negative = false;
    U128 acc{0, 1};
    for (std::int64_t f : factors) {
        if (f < 0)
            negative = !negative;
        const auto next = mul(acc, magnitude(f));
        if (!next)
            return std::nullopt;
        acc = *next;
    }
    U128 q;
    std::uint64_t rem = 0;
    divMod(acc, divisor, q, rem);
    if (q.hi != 0)
        return std::nullopt;
    std::uint64_t result = q.lo;
    // Half away from zero: round up when the remainder is at least half the divisor.
    if (rem >= divisor - rem) {
        if (result == std::numeric_limits<std::uint64_t>::max())
            return std::nullopt;
        ++result;
    }
    const std::uint64_t limit = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if (result > limit)
        return std::nullopt; // INT64_MIN itself is refused too: keeps negation safe.
    const auto value = std::int64_t(result);
    return negative ? -value : value;
}

std::optional<QuotientRemainder> mulDivFloor(std::uint64_t a, std::uint64_t b, std::uint64_t d)
{
    if (d == 0)
        return std::nullopt;
    U128 q;
    std::uint64_t rem = 0;
    divMod(mul64(a, b), d, q, rem);
    if (q.hi != 0)
        return std::nullopt;
    return QuotientRemainder{q.lo, rem};
}

std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if ((b > 0 && a > max - b) || (b < 0 && a < min - b))
        return std::nullopt;
    return a + b;
}

std::optional<std::int64_t> checkedSub(std::int64_t a, std::int64_t b)
{
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if ((b < 0 && a > max + b) || (b > 0 && a < min + b))
        return std::nullopt;
    return a - b;
}

} // namespace Huike::Detail
