#pragma once

#include "core/enums.h"
#include "core/money.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 开票记录: a VAT invoice issued against a contract. `amount` is the gross (价税合计).
struct InvoiceRecord
{
    RecordMeta meta;
    Id customerId;
    Id contractId;
    QString number; // 发票号码
    QString issuedOn; // date text
    InvoiceKind kind = InvoiceKind::Special;
    Money amount;
    Money tax;
    QString note;

    ValidationErrors validate() const;
    friend bool operator==(const InvoiceRecord &, const InvoiceRecord &) = default;
};

} // namespace Huike
