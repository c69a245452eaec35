#pragma once

#include "core/enums.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <QStringList>

#include <optional>

namespace Huike {

// 客户卡片 (FEATURES.md C1): a company or institution the business sells to.
struct Customer
{
    RecordMeta meta;

    // Basic data
    QString name;       // full registered name, e.g. 上海恒信精密机械有限公司
    QString shortName;  // 简称
    QString address;
    QString province;
    QString city;
    QString postcode;
    QString phone;
    QString website;
    QString email;
    QString creditCode; // 统一社会信用代码, stored normalised (CreditCode::normalize)
    QString industry;
    QString region;
    std::optional<CustomerSize> size;

    // Classification
    CustomerStatus status = CustomerStatus::Potential;
    std::optional<CustomerLevel> level;
    CustomerType type = CustomerType::End;
    QString source;        // 获得途径
    QString background;
    QString creditRating;  // 信用等级
    QString securityLevel; // 保密级别
    QStringList tags;
    Id departmentId;       // the owner's department, for visibility
    QString lastActivityAt;

    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTagLength = 30;
    static constexpr int MaxTags = 20;

    bool isInPool() const { return meta.ownerId.isNull(); }

    // Field-level errors for the card and the API ("name", "creditCode", "phone", …).
    ValidationErrors validate() const;

    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace Huike
