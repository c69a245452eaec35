#pragma once

#include "core/enums.h"
#include "core/money.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <optional>

namespace Huike {

// 回款记录: money received against a contract (optionally against one plan line).
struct PaymentRecord
{
    RecordMeta meta;
    Id customerId;
    Id contractId;
    Id planId;
    QString paidOn; // date text
    Money amount;
    std::optional<PaymentMethod> method;
    QString reference; // bank slip / voucher number
    QString note;

    ValidationErrors validate() const;
    friend bool operator==(const PaymentRecord &, const PaymentRecord &) = default;
};

} // namespace Huike
