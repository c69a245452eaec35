#include "core/decimal.h"

#include "core/digits.h"
#include "core/wideint.h"

#include <QLocale>

#include <limits>

namespace Huike {

namespace {

constexpr qint64 pow10(int n)
{
    qint64 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

qint64 orThrow(std::optional<qint64> v)
{
    if (!v)
        throw ArithmeticError("decimal overflow");
    return *v;
}

} // namespace

Decimal Decimal::fromInteger(qint64 value)
{
    return Decimal(orThrow(Detail::mulDivRound({value, Scale}, 1)));
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+' || text[0] == u'－' || text[0] == u'＋') {
        negative = text[0] == u'-' || text[0] == u'－';
        ++i;
    }
    std::uint64_t magnitude = 0;
    const std::uint64_t limit = std::uint64_t(std::numeric_limits<qint64>::max());
    int intDigits = 0;
    int fracDigits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' || c == u'．') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        const int d = Detail::digitValue(c);
        if (d < 0)
            return std::nullopt;
        if (seenPoint) {
            if (++fracDigits > Places)
                return std::nullopt;
        } else {
            ++intDigits;
        }
        if (magnitude > (limit - std::uint64_t(d)) / 10)
            return std::nullopt;
        magnitude = magnitude * 10 + std::uint64_t(d);
    }
    if (intDigits == 0 && fracDigits == 0)
        return std::nullopt;
    for (int k = fracDigits; k < Places; ++k) {
        if (magnitude > limit / 10)
            return std::nullopt;
        magnitude *= 10;
    }
    const auto value = qint64(magnitude);
    return Decimal(negative ? -value : value);
}

QString Decimal::toString() const
{
    const std::uint64_t m = Detail::magnitude(m_raw);
    QString out;
    if (m_raw < 0)
        out += u'-';
    out += QString::number(m / Scale);
    std::uint64_t frac = m % Scale;
    if (frac != 0) {
        int places = Places;
        while (frac % 10 == 0) {
            frac /= 10;
            --places;
        }
        out += u'.';
        out += QString::number(frac).rightJustified(places, u'0');
    }
    return out;
}

QString Decimal::format(const QLocale &locale, int minPlaces) const
{
    const std::uint64_t m = Detail::magnitude(m_raw);
    std::uint64_t frac = m % Scale;
    int places = Places;
    while (places > minPlaces && frac % 10 == 0) {
        frac /= 10;
        --places;
    }
    QString out = locale.toString(qulonglong(m / Scale));
    if (places > 0)
        out += locale.decimalPoint() + QString::number(frac).rightJustified(places, u'0');
    if (m_raw < 0)
        out.prepend(locale.negativeSign());
    return out;
}

Decimal Decimal::operator-() const
{
    return Decimal(orThrow(Detail::checkedSub(0, m_raw)));
}

Decimal operator+(Decimal a, Decimal b)
{
    return Decimal(orThrow(Detail::checkedAdd(a.m_raw, b.m_raw)));
}

Decimal operator-(Decimal a, Decimal b)
{
    return Decimal(orThrow(Detail::checkedSub(a.m_raw, b.m_raw)));
}

Decimal operator*(Decimal a, Decimal b)
{
    return Decimal(orThrow(Detail::mulDivRound({a.m_raw, b.m_raw}, Decimal::Scale)));
}

Decimal Decimal::dividedBy(Decimal divisor) const
{
    if (divisor.m_raw == 0)
        throw ArithmeticError("division by zero");
    const qint64 r =
        orThrow(Detail::mulDivRound({m_raw, Scale}, Detail::magnitude(divisor.m_raw)));
    return Decimal(divisor.m_raw < 0 ? -r : r);
}

Decimal Decimal::roundedTo(int places) const
{
    if (places < 0 || places > Places)
        throw ArithmeticError("decimal places out of range");
    const qint64 unit = pow10(Places - places);
    const qint64 units = orThrow(Detail::mulDivRound({m_raw}, std::uint64_t(unit)));
    return Decimal(orThrow(Detail::mulDivRound({units, unit}, 1)));
}

} // namespace Huike
