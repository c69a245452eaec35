#pragma once

#include "core/decimal.h"
#include "core/money.h"
#include "core/pricing.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// A line of a quote (quote_lines) or of a contract (contract_lines): the same shape, the
// parent being the quote or the contract. Amounts are derived with Pricing (see the
// rounding rule in pricing.h) and stored so documents print what was agreed.
struct LineItem
{
    RecordMeta meta;
    Id customerId;
    Id documentId; // the quote or the contract
    int lineNo = 0;
    Id productId;  // null for a free-text line
    QString description;
    QString unit;
    Decimal quantity;
    Decimal unitPrice;
    Decimal discountPercent;
    Decimal vatRatePercent;
    Money net;
    Money tax;
    Money gross;

    PriceLine priceLine() const { return {quantity, unitPrice, discountPercent, vatRatePercent}; }

    ValidationErrors validate() const;
    friend bool operator==(const LineItem &, const LineItem &) = default;
};

// Prices the lines of a quote or a contract with Pricing::compute (one rounding per line,
// totals the sums of the rounded lines), writes each line's net, tax and gross, and returns
// the totals. Throws ArithmeticError when an amount overflows; the lines are then untouched.
Totals priceLineItems(QList<LineItem> &lines, TaxMode mode, QStringView currency);

} // namespace Huike
