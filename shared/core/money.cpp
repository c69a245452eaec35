#include "core/money.h"

#include "core/digits.h"
#include "core/wideint.h"

#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

qint64 orThrow(std::optional<qint64> v, const char *what = "money overflow")
{
    if (!v)
        throw ArithmeticError(what);
    return *v;
}

void requireSameCurrency(const Money &a, const Money &b)
{
    if (a.currency() != b.currency())
        throw ArithmeticError("amounts in different currencies");
}

QString symbolFor(QStringView currency)
{
    if (currency == u"CNY")
        return u"¥"_s;
    return {};
}

} // namespace

Money Money::fromFen(qint64 fen, QStringView currency)
{
    return Money(fen, currency.toString());
}

Money Money::fromDecimal(Decimal yuan, QStringView currency)
{
    // raw is yuan × 10^4; fen = raw / 100.
    return Money(orThrow(Detail::mulDivRound({yuan.raw()}, 100)), currency.toString());
}

std::optional<Money> Money::parse(QStringView text, QStringView currency)
{
    text = text.trimmed();
    bool negative = false;
    auto takeSign = [&] {
        if (!text.isEmpty()
            && (text[0] == u'-' || text[0] == u'+' || text[0] == u'－' || text[0] == u'＋')) {
            negative = text[0] == u'-' || text[0] == u'－';
            text = text.mid(1).trimmed();
            return true;
        }
        return false;
    };
    const bool signFirst = takeSign();
    if (!text.isEmpty()) {
        const QChar c = text[0];
        const bool yuanSign = c == u'¥' || c == u'￥';
        if ((yuanSign && currency == u"CNY") || (c == u'$' && currency == u"USD"))
            text = text.mid(1).trimmed();
        else if (yuanSign || c == u'$')
            return std::nullopt;
    }
    if (!signFirst && takeSign()) { }
    if (text.isEmpty())
        return std::nullopt;

    const qsizetype point = [&] {
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == u'.' || text[i] == u'．')
                return i;
        return qsizetype(-1);
    }();
    const QStringView intPart = point < 0 ? text : text.first(point);
    const QStringView fracPart = point < 0 ? QStringView() : text.mid(point + 1);
    if (fracPart.size() > 2 || (point >= 0 && fracPart.isEmpty() && intPart.isEmpty()))
        return std::nullopt;

    // Grouping: either no commas at all, or groups of exactly three after the first.
    const bool grouped = intPart.contains(u',') || intPart.contains(u'，');
    std::uint64_t yuan = 0;
    const std::uint64_t limit = std::uint64_t(std::numeric_limits<qint64>::max()) / 100;
    int digitsSinceComma = 0;
    int totalDigits = 0;
    bool sawComma = false;
    for (const QChar c : intPart) {
        if (c == u',' || c == u'，') {
            if (totalDigits == 0 || (sawComma && digitsSinceComma != 3)
                || (!sawComma && digitsSinceComma > 3))
                return std::nullopt;
            sawComma = true;
            digitsSinceComma = 0;
            continue;
        }
        const int d = Detail::digitValue(c);
        if (d < 0)
            return std::nullopt;
        ++digitsSinceComma;
        ++totalDigits;
        yuan = yuan * 10 + std::uint64_t(d);
        if (yuan > limit)
            return std::nullopt;
    }
    if (grouped && digitsSinceComma != 3)
        return std::nullopt;
    if (totalDigits == 0 && fracPart.isEmpty())
        return std::nullopt;
    std::uint64_t fen = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        int d = 0;
        if (i < fracPart.size()) {
            d = Detail::digitValue(fracPart[i]);
            if (d < 0)
                return std::nullopt;
        }
        fen = fen * 10 + std::uint64_t(d);
    }
    if (yuan * 100 + fen > std::uint64_t(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    const auto total = qint64(yuan * 100 + fen);
    return Money(negative ? -total : total, currency.toString());
}

Decimal Money::toDecimal() const
{
    return Decimal::fromRaw(orThrow(Detail::mulDivRound({m_fen, 100}, 1)));
}

Money Money::operator-() const
{
    return Money(orThrow(Detail::checkedSub(0, m_fen)), m_currency);
}

Money operator+(const Money &a, const Money &b)
{
    requireSameCurrency(a, b);
    return Money(orThrow(Detail::checkedAdd(a.m_fen, b.m_fen)), a.m_currency);
}

Money operator-(const Money &a, const Money &b)
{
    requireSameCurrency(a, b);
    return Money(orThrow(Detail::checkedSub(a.m_fen, b.m_fen)), a.m_currency);
}

std::strong_ordering operator<=>(const Money &a, const Money &b)
{
    requireSameCurrency(a, b);
    return a.m_fen <=> b.m_fen;
}

Money Money::multipliedBy(Decimal factor) const
{
    return Money(orThrow(Detail::mulDivRound({m_fen, factor.raw()}, Decimal::Scale)),
                 m_currency);
}

Money Money::percent(Decimal percent) const
{
    return Money(orThrow(Detail::mulDivRound({m_fen, percent.raw()}, 100 * Decimal::Scale)),
                 m_currency);
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    if (weights.isEmpty())
        throw ArithmeticError("allocation needs at least one weight");
    qint64 total = 0;
    for (const qint64 w : weights) {
        if (w < 0)
            throw ArithmeticError("allocation weights cannot be negative");
        total = orThrow(Detail::checkedAdd(total, w));
    }
    if (total == 0)
        throw ArithmeticError("allocation weights are all zero");

    // Floor of each share, then hand the fen left over to the largest remainders.
    const std::uint64_t amount = Detail::magnitude(m_fen);
    QList<std::uint64_t> parts(weights.size());
    QList<std::uint64_t> remainders(weights.size());
    std::uint64_t given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const auto share = Detail::mulDivFloor(amount, std::uint64_t(weights[i]),
                                               std::uint64_t(total));
        parts[i] = share->quotient; // ≤ amount, so it always fits
        remainders[i] = share->remainder;
        given += share->quotient;
    }
    std::uint64_t left = amount - given; // < number of weights
    while (left > 0) {
        qsizetype best = 0;
        for (qsizetype i = 1; i < parts.size(); ++i)
            if (remainders[i] > remainders[best])
                best = i;
        ++parts[best];
        remainders[best] = 0;
        --left;
    }
    QList<Money> out;
    out.reserve(parts.size());
    for (std::uint64_t p : parts)
        out.append(Money(m_fen < 0 ? -qint64(p) : qint64(p), m_currency));
    return out;
}

QString Money::toPlainString() const
{
    const std::uint64_t m = Detail::magnitude(m_fen);
    QString out = m_fen < 0 ? u"-"_s : QString();
    out += QString::number(m / 100) + u'.' + QString::number(m % 100).rightJustified(2, u'0');
    return out;
}

QString Money::format(const QLocale &locale) const
{
    const std::uint64_t m = Detail::magnitude(m_fen);
    QString number = locale.toString(qulonglong(m / 100)) + locale.decimalPoint()
        + QString::number(m % 100).rightJustified(2, u'0');
    const QString symbol = symbolFor(m_currency);
    QString out = symbol.isEmpty() ? QString(m_currency + u' ' + number) : QString(symbol + number);
    if (m_fen < 0)
        out.prepend(locale.negativeSign());
    return out;
}

} // namespace Huike
