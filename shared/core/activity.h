#pragma once

#include "core/enums.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 联系记录 / 拜访 (FEATURES.md W1): a call, visit, email or note, with a next step.
struct Activity
{
    RecordMeta meta;
    Id customerId;
    Id contactId;
    ActivityKind kind = ActivityKind::Call;
    QString occurredAt; // timestamp text
    QString subject;
    QString body;
    QString nextStep;
    QString nextStepDue; // date text; a reminder appears on that day
    bool done = false;

    ValidationErrors validate() const;
    friend bool operator==(const Activity &, const Activity &) = default;
};

} // namespace Huike
