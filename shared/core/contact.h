#pragma once

#include "core/enums.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <optional>

namespace Huike {

// 联系人: a person at a customer.
struct Contact
{
    RecordMeta meta;
    Id customerId;
    QString name;
    QString title;      // 职务, e.g. 采购经理
    QString department; // their department at the customer
    QString phone;
    QString mobile;
    QString email;
    std::optional<DecisionRole> decisionRole;
    bool isPrimary = false;
    QString notes;

    ValidationErrors validate() const;
    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace Huike
