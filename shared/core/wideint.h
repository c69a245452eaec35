#pragma once

// Internal to shared/core: exact 128-bit intermediate arithmetic for Decimal, Money and
// Pricing. Written with 64-bit limbs only so GCC, Clang and MSVC run the same code.

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace Huike::Detail {

// |value| of a signed 64-bit integer, correct for INT64_MIN.
constexpr std::uint64_t magnitude(std::int64_t v)
{
    return v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
}

// The product of |factors| divided by divisor, rounded half away from zero, with the sign
// of the product. std::nullopt when an intermediate needs more than 128 bits, the result
// does not fit in int64, or divisor is 0.
std::optional<std::int64_t> mulDivRound(std::initializer_list<std::int64_t> factors,
                                        std::uint64_t divisor);

// floor(a × b / d) and the remainder, for non-negative operands; nullopt when d is 0 or
// the quotient does not fit 64 bits.
struct QuotientRemainder
{
    std::uint64_t quotient = 0;
    std::uint64_t remainder = 0;
};
std::optional<QuotientRemainder> mulDivFloor(std::uint64_t a, std::uint64_t b, std::uint64_t d);

// a + b and a - b, or std::nullopt when the result does not fit.
std::optional<std::int64_t> checkedAdd(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> checkedSub(std::int64_t a, std::int64_t b);

} // namespace Huike::Detail
