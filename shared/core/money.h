#pragma once

#include "core/decimal.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

class QLocale;

namespace Huike {

// An amount of money: a 64-bit integer count of the currency's minor unit (分 for CNY)
// and an ISO 4217 code. Huike handles currencies with two minor digits (CNY, USD, EUR,
// HKD…). There is no double anywhere on this path (DESIGN.md §2).
//
// Rounding rule, used everywhere an amount is derived from a Decimal: round half away
// from zero to the fen ("四舍五入"). Overflow throws ArithmeticError, as does adding or
// comparing amounts in different currencies.
class Money
{
public:
    Money() = default;

    static Money fromFen(qint64 fen, QStringView currency = u"CNY");
    // Rounded half away from zero to the fen.
    static Money fromDecimal(Decimal yuan, QStringView currency = u"CNY");
    // "12345.67", "-0.5", "¥12,345.67", "￥1,000", "12 345,67" is refused. Accepts an
    // optional sign, an optional ¥/￥ (for CNY) or $ (for USD), grouping commas in the
    // right places, at most two decimals, and full-width digits. std::nullopt otherwise.
    static std::optional<Money> parse(QStringView text, QStringView currency = u"CNY");

    qint64 fen() const { return m_fen; }
    QString currency() const { return m_currency; }
    Decimal toDecimal() const;
    bool isZero() const { return m_fen == 0; }
    bool isNegative() const { return m_fen < 0; }

    Money operator-() const;
    friend Money operator+(const Money &a, const Money &b);
    friend Money operator-(const Money &a, const Money &b);
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }

    // amount × factor, rounded to the fen.
    Money multipliedBy(Decimal factor) const;
    // amount × percent / 100, rounded to the fen (a 13 % tax: percent(13)).
    Money percent(Decimal percent) const;
    // Splits the amount in proportion to non-negative weights so that the parts add up to
    // exactly the amount (largest remainder; ties go to the earlier part). Throws when the
    // weights are empty, negative or all zero.
    QList<Money> allocate(const QList<qint64> &weights) const;

    // The API form: "12345.67", "-0.05" (always two decimals, no symbol, no grouping).
    QString toPlainString() const;
    // For people: "¥12,345.67" (zh_CN and en), "-¥5.00"; other currencies "USD 12.00".
    QString format(const QLocale &locale) const;

    friend bool operator==(const Money &a, const Money &b) = default;
    // Throws ArithmeticError for different currencies.
    friend std::strong_ordering operator<=>(const Money &a, const Money &b);

private:
    Money(qint64 fen, QString currency) : m_fen(fen), m_currency(std::move(currency)) { }
    qint64 m_fen = 0;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace Huike

Q_DECLARE_METATYPE(Huike::Money)
