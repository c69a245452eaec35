#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>

class QLocale;

namespace Huike {

// Thrown when exact arithmetic cannot give an exact answer: overflow of the 64-bit range,
// division by zero, or mixing currencies. Never a silent wrap (DESIGN.md §2).
class ArithmeticError : public std::range_error
{
public:
    using std::range_error::range_error;
};

// A fixed-point decimal with exactly four places, stored as a 64-bit integer count of
// 1/10000 (range ±922,337,203,685,477.5807). Used for quantities, unit prices, discount
// and tax rates. Results that need more places are rounded half away from zero ("四舍五入").
class Decimal
{
public:
    static constexpr int Places = 4;
    static constexpr qint64 Scale = 10000;

    constexpr Decimal() = default;

    static constexpr Decimal fromRaw(qint64 raw) { return Decimal(raw); }
    // Throws ArithmeticError when |value| × 10000 does not fit.
    static Decimal fromInteger(qint64 value);
    // Plain text: optional sign, digits, optional '.' and at most four decimals. Leading and
    // trailing spaces, full-width digits and a full-width point are accepted. Anything else,
    // more than four decimals, or a value out of range gives std::nullopt.
    static std::optional<Decimal> parse(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    constexpr bool isZero() const { return m_raw == 0; }
    constexpr bool isNegative() const { return m_raw < 0; }

    // Shortest exact text, '.' as separator, no grouping: "9.995", "13", "-0.5".
    QString toString() const;
    // For display: the locale's separators and grouping, at least minPlaces decimals.
    QString format(const QLocale &locale, int minPlaces = 0) const;

    Decimal operator-() const;
    friend Decimal operator+(Decimal a, Decimal b);
    friend Decimal operator-(Decimal a, Decimal b);
    // Exact product rounded half away from zero to four places.
    friend Decimal operator*(Decimal a, Decimal b);
    // Quotient rounded half away from zero to four places; throws on a zero divisor.
    Decimal dividedBy(Decimal divisor) const;
    // Rounded half away from zero to 0…4 places.
    Decimal roundedTo(int places) const;

    friend constexpr bool operator==(Decimal, Decimal) = default;
    friend constexpr std::strong_ordering operator<=>(Decimal a, Decimal b)
    {
        return a.m_raw <=> b.m_raw;
    }

private:
    constexpr explicit Decimal(qint64 raw) : m_raw(raw) { }
    qint64 m_raw = 0;
};

} // namespace Huike

Q_DECLARE_METATYPE(Huike::Decimal)
