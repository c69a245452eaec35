#pragma once

#include "core/decimal.h"
#include "core/money.h"

#include <QList>
#include <QString>

namespace Huike {

class ValidationErrors;

// Whether the unit prices of a quote or contract include VAT (含税) or not (不含税).
enum class TaxMode { Exclusive, Inclusive };

// One line as typed: quantity × unit price, less a discount, at a VAT rate (all in percent).
struct PriceLine
{
    Decimal quantity;
    Decimal unitPrice;
    Decimal discountPercent;
    Decimal vatRatePercent;
    friend bool operator==(const PriceLine &, const PriceLine &) = default;
};

struct LineAmounts
{
    Money net;   // 不含税金额
    Money tax;   // 税额
    Money gross; // 价税合计
    friend bool operator==(const LineAmounts &, const LineAmounts &) = default;
};

struct RateTotal
{
    Decimal vatRatePercent;
    Money net;
    Money tax;
    friend bool operator==(const RateTotal &, const RateTotal &) = default;
};

struct Totals
{
    QList<LineAmounts> lines;
    Money net;
    Money tax;
    Money gross;
    QList<RateTotal> taxByRate; // highest rate first
};

// The pricing rule of Huike (the one documents, the client and the server all use):
//
//   amount = quantity × unit price × (100 − discount %) / 100, kept exact, then rounded
//            half away from zero to the fen — once, per line.
//   不含税 (Exclusive): net = amount; tax = round(net × rate / 100); gross = net + tax.
//   含税 (Inclusive):   gross = amount; net = round(gross × 100 / (100 + rate));
//                       tax = gross − net.
//   Document totals are the sums of the rounded line amounts, so every printed line adds
//   up to the printed total (this is how the 增值税发票 lists lines too).
//
// Rounding per line can differ by a fen or more from rounding the document total once;
// that difference is expected and is the reason the rule is fixed here, not left to
// each screen.
namespace Pricing {

LineAmounts computeLine(const PriceLine &line, TaxMode mode, QStringView currency = u"CNY");
// Throws ArithmeticError when an amount overflows.
Totals compute(const QList<PriceLine> &lines, TaxMode mode, QStringView currency = u"CNY");

// 13, 9, 6, 5, 3, 1 or 0 %: the VAT rates in use in mainland China.
bool isStandardVatRate(Decimal percent);
QList<Decimal> standardVatRates();

// Quantity > 0, unit price ≥ 0, discount 0…100 %, a standard VAT rate, and an amount that
// fits. Field names: quantity, unitPrice, discountPercent, vatRatePercent.
ValidationErrors validateLine(const PriceLine &line);

} // namespace Pricing

} // namespace Huike
