#pragma once

#include "core/money.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 回款计划: one instalment of a contract's payment plan.
struct PaymentPlanLine
{
    RecordMeta meta;
    Id customerId;
    Id contractId;
    int lineNo = 0;
    QString dueDate; // date text
    Money amount;
    bool isBalance = false; // the line that absorbs rounding (尾款)
    QString note;

    ValidationErrors validate() const;
    friend bool operator==(const PaymentPlanLine &, const PaymentPlanLine &) = default;
};

} // namespace Huike
