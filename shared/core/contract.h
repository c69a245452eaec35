#pragma once

#include "enums.h"
#include "lineitem.h"
#include "money.h"
#include "paymentplanline.h"
#include "pricing.h"
#include "recordmeta.h"
#include "validation.h"

#include <QList>

namespace Huike {

// 合同 (FEATURES.md S4). `amount` is the contract amount (tax included, 价税合计); the
// payment plan must add up to it exactly.
struct Contract
{
    RecordMeta meta;
    Id customerId;
    Id quoteId; // the accepted quote it was made from, if any
    QString number;
    QString title;
    ContractStatus status = ContractStatus::Draft;
    TaxMode taxMode = TaxMode::Exclusive;
    QString currency = QStringLiteral("CNY");
    QString signDate;
    QString startDate;
    QString endDate;
    QString partyA; // 甲方
    QString partyB; // 乙方
    Money net;
    Money tax;
    Money amount;
    QString notes;
    QList<LineItem> lines;
    QList<PaymentPlanLine> paymentPlan;

    // The status flow: draft → in_approval → signed → executing → completed, with
    // in_approval → draft (rejected) and terminated from signed or executing.
    static bool canChangeStatus(ContractStatus from, ContractStatus to);

    // Recomputes line amounts and net/tax/amount from the lines (when there are lines).
    void recalculate();

    // The plan adds up exactly to `amount` and its lines are valid.
    ValidationErrors validatePaymentPlan() const;
    ValidationErrors validate() const;
    friend bool operator==(const Contract &, const Contract &) = default;
};

} // namespace Huike
