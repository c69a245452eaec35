#pragma once

#include "core/decimal.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// An entry of the product catalogue used by quote and contract lines.
struct Product
{
    RecordMeta meta;
    QString code;          // 产品编码, unique
    QString name;
    QString specification; // 规格型号
    QString unit;          // 单位: 台, 套, 个, 年 …
    Decimal listPrice;     // per unit, in the product's currency, 4 places
    Decimal vatRatePercent = Decimal::fromInteger(13);
    QString currency = QStringLiteral("CNY");
    bool active = true;
    QString category;      // 产品类别: the warranty periods go by it (service.warranty)
    bool isPart = false;   // 配件: a part's warranty months, not a main unit's

    ValidationErrors validate() const;
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace Huike
