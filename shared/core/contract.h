#pragma once

#include "core/enums.h"
#include "core/lineitem.h"
#include "core/money.h"
#include "core/paymentplanline.h"
#include "core/pricing.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <QList>
#include <QStringList>

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

    // Lines, amounts and the instalments' amounts are fixed once the contract leaves draft
    // (a signed contract changes by a supplementary agreement, not by editing); due dates
    // and notes of instalments may still move.
    static bool amountsLocked(ContractStatus status) { return status != ContractStatus::Draft; }

    // Sets the balance line (the first one marked, else the last) to what the other instalments
    // leave of `amount`, so the plan adds up exactly. No-op on an empty plan.
    void rebalancePlan();
    // A plan of instalments in proportion to `weights` (e.g. 30/60/10) that adds up
    // exactly, the last line being the balance; due dates as given.
    static QList<PaymentPlanLine> splitPlan(const Money &amount, const QList<qint64> &weights,
                                            const QStringList &dueDates);

    // Recomputes line amounts and net/tax/amount from the lines (when there are lines).
    void recalculate();

    // The plan adds up exactly to `amount` and its lines are valid.
    ValidationErrors validatePaymentPlan() const;
    ValidationErrors validate() const;
    friend bool operator==(const Contract &, const Contract &) = default;
};

} // namespace Huike
