#pragma once

#include "core/enums.h"
#include "core/lineitem.h"
#include "core/money.h"
#include "core/pricing.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <QList>

namespace Huike {

// 报价单 (FEATURES.md S3). Each revision (V1, V2, …) is its own record with the same number.
struct Quote
{
    RecordMeta meta;
    Id customerId;
    Id opportunityId;
    QString number; // e.g. BJ-2026-0001
    int revision = 1;
    QString title;
    QuoteStatus status = QuoteStatus::Draft;
    TaxMode taxMode = TaxMode::Exclusive;
    QString currency = QStringLiteral("CNY");
    QString validUntil; // date text
    Money net;
    Money tax;
    Money gross;
    QString terms;
    QString notes;
    QList<LineItem> lines;

    // The status flow: draft → sent → accepted / rejected / expired. A sent quote is
    // changed by making a new revision (a new record with the same number).
    static bool canChangeStatus(QuoteStatus from, QuoteStatus to);
    // The largest line discount, in percent (0 without lines).
    Decimal maxDiscount() const;
    // A line's discount is above `thresholdPercent`: a manager approves before it is sent.
    bool needsApproval(Decimal thresholdPercent) const { return maxDiscount() > thresholdPercent; }

    // Recomputes every line's amounts and the totals from quantities and prices.
    void recalculate();
    // The stored totals (and line amounts) equal what Pricing computes from the lines.
    bool totalsAreConsistent() const;

    ValidationErrors validate() const;
    friend bool operator==(const Quote &, const Quote &) = default;
};

} // namespace Huike
