#pragma once

#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 发货记录: goods delivered under a contract — what went out, when, by which carrier with
// which tracking number (快递单号), and who signed for it (签收人).
struct DeliveryRecord
{
    RecordMeta meta;
    Id customerId;
    Id contractId;
    QString deliveredOn; // date text, 发货日期
    QString description; // what was delivered, e.g. "机架式服务器 2 台"
    QString carrier; // 承运商 / 快递公司
    QString trackingNumber; // 快递单号 / 运单号
    QString receiver; // 签收人
    QString note;

    ValidationErrors validate() const;
    friend bool operator==(const DeliveryRecord &, const DeliveryRecord &) = default;
};

} // namespace Huike
