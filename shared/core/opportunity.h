#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "core/money.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 商机 (FEATURES.md S2). Stages are configurable; `stage` holds the stage's code and
// `probabilityPercent` the win probability taken from it (editable per opportunity).
struct Opportunity
{
    RecordMeta meta;
    Id customerId;
    QString name;
    QString stage; // initial | needs | proposal | negotiation | won | lost, or a custom code
    Decimal probabilityPercent;
    Money amount;
    QString expectedClose; // date text
    QString competitors;
    QString nextStep;
    OpportunityStatus status = OpportunityStatus::Open;
    QString lostReason;

    // amount × probability, rounded to the fen (the weighted forecast of S5).
    Money weightedAmount() const;

    ValidationErrors validate() const;
    friend bool operator==(const Opportunity &, const Opportunity &) = default;
};

} // namespace Huike
