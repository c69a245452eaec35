#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <QList>

namespace Huike {

// A stage of the sales pipeline (FEATURES.md S2), configurable by administrators
// (sales_stages rows, held by every client). An opportunity stores the stage's code.
struct SalesStage
{
    RecordMeta meta;
    QString code;
    QString name; // as the company calls it, e.g. 需求确认
    Decimal probabilityPercent;
    int sortOrder = 0;
    StageOutcome outcome = StageOutcome::Open;
    bool active = true;

    // 初步接洽 10 %, 需求确认 30 %, 方案报价 50 %, 谈判审核 70 %, 赢单 100 %, 输单 0 %
    // (the names in Chinese whatever the interface language: they are the company's data).
    static QList<SalesStage> defaults();

    ValidationErrors validate() const;
    friend bool operator==(const SalesStage &, const SalesStage &) = default;
};

// 商机阶段变化: the stage history of an opportunity, one row per move.
struct StageChange
{
    RecordMeta meta;
    Id customerId;
    Id opportunityId;
    QString fromStage; // empty for the first stage
    QString toStage;
    QString changedAt; // timestamp text

    ValidationErrors validate() const;
    friend bool operator==(const StageChange &, const StageChange &) = default;
};

// How long an opportunity spent in each stage, from its history (oldest first) up to
// `now` (timestamp text) for the stage it is in. Milliseconds per stage code, in the order
// the stages were first entered.
QList<QPair<QString, qint64>> timeInStages(const QList<StageChange> &history, const QString &now);

} // namespace Huike
