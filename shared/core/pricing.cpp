#include "core/pricing.h"

#include "core/validation.h"
#include "core/wideint.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike::Pricing {

namespace {

qint64 orThrow(std::optional<qint64> v)
{
    if (!v)
        throw ArithmeticError("amount overflow");
    return *v;
}

constexpr qint64 Hundred = 100 * Decimal::Scale; // 100 % as a raw Decimal

} // namespace

LineAmounts computeLine(const PriceLine &line, TaxMode mode, QStringView currency)
{
    // quantity.raw × price.raw × (100 % − discount).raw is the amount in units of
    // 10^-4 × 10^-4 × 10^-6 yuan = 10^-14 yuan = 10^-12 fen.
    const qint64 keep = orThrow(Detail::checkedSub(Hundred, line.discountPercent.raw()));
    const qint64 amount =
        orThrow(Detail::mulDivRound({line.quantity.raw(), line.unitPrice.raw(), keep},
                                    1'000'000'000'000ULL));
    const qint64 rate = line.vatRatePercent.raw();
    LineAmounts out;
    if (mode == TaxMode::Exclusive) {
        const qint64 tax = orThrow(Detail::mulDivRound({amount, rate}, Hundred));
        out.net = Money::fromFen(amount, currency);
        out.tax = Money::fromFen(tax, currency);
        out.gross = Money::fromFen(orThrow(Detail::checkedAdd(amount, tax)), currency);
    } else {
        const qint64 divisor = orThrow(Detail::checkedAdd(Hundred, rate));
        if (divisor <= 0)
            throw ArithmeticError("invalid VAT rate");
        const qint64 net =
            orThrow(Detail::mulDivRound({amount, Hundred}, std::uint64_t(divisor)));
        out.gross = Money::fromFen(amount, currency);
        out.net = Money::fromFen(net, currency);
        out.tax = Money::fromFen(orThrow(Detail::checkedSub(amount, net)), currency);
    }
    return out;
}

Totals compute(const QList<PriceLine> &lines, TaxMode mode, QStringView currency)
{
    Totals totals;
    totals.net = Money::fromFen(0, currency);
    totals.tax = totals.net;
    totals.gross = totals.net;
    totals.lines.reserve(lines.size());
    for (const PriceLine &line : lines) {
        const LineAmounts a = computeLine(line, mode, currency);
        totals.lines.append(a);
        totals.net += a.net;
        totals.tax += a.tax;
        totals.gross += a.gross;
        auto it = std::find_if(totals.taxByRate.begin(), totals.taxByRate.end(),
                               [&](const RateTotal &r) { return r.vatRatePercent == line.vatRatePercent; });
        if (it == totals.taxByRate.end()) {
            totals.taxByRate.append({line.vatRatePercent, a.net, a.tax});
        } else {
            it->net += a.net;
            it->tax += a.tax;
        }
    }
    std::sort(totals.taxByRate.begin(), totals.taxByRate.end(),
              [](const RateTotal &a, const RateTotal &b) { return a.vatRatePercent > b.vatRatePercent; });
    return totals;
}

QList<Decimal> standardVatRates()
{
    QList<Decimal> out;
    for (int r : {13, 9, 6, 5, 3, 1, 0})
        out.append(Decimal::fromInteger(r));
    return out;
}

bool isStandardVatRate(Decimal percent)
{
    return standardVatRates().contains(percent);
}

ValidationErrors validateLine(const PriceLine &line)
{
    ValidationErrors errors;
    if (line.quantity.isNegative() || line.quantity.isZero())
        errors.add(u"quantity"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The quantity must be greater than 0."));
    if (line.unitPrice.isNegative())
        errors.add(u"unitPrice"_s, u"negative"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The price cannot be negative."));
    if (line.discountPercent.isNegative() || line.discountPercent > Decimal::fromInteger(100))
        errors.add(u"discountPercent"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The discount is between 0 and 100 %."));
    if (!isStandardVatRate(line.vatRatePercent))
        errors.add(u"vatRatePercent"_s, u"invalid_vat_rate"_s,
                   QCoreApplication::translate(
                       "Huike::Validation", "Not a VAT rate in use (13, 9, 6, 5, 3, 1 or 0 %)."));
    if (errors.isEmpty()) {
        try {
            computeLine(line, TaxMode::Exclusive);
        } catch (const ArithmeticError &) {
            errors.add(u"unitPrice"_s, u"overflow"_s,
                       QCoreApplication::translate("Huike::Validation",
                                                   "The amounts are too large."));
        }
    }
    return errors;
}

} // namespace Huike::Pricing
