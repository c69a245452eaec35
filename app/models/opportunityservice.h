#pragma once

#include "core/opportunity.h"
#include "core/salesstage.h"
#include "core/validation.h"

#include <QList>
#include <QString>

#include <optional>

namespace Huike {

class Replica;

// Opportunities (商机, FEATURES.md S2) over the replica: load and save, a move to another
// stage (probability from the stage, status won/lost from its outcome, and a stage_changes
// row for the history — all in one transaction), the stage history with the time spent in
// each stage, and the open pipeline by stage for the board.
class OpportunityService
{
public:
    explicit OpportunityService(Replica &replica);

    QList<SalesStage> stages(); // the configured ones, or the defaults
    std::optional<SalesStage> stage(const QString &code);

    std::optional<Opportunity> load(const QString &id);
    // A new opportunity for the customer in the first stage.
    Opportunity newOpportunity(const QString &customerId);
    // Validates and writes; a changed stage is recorded in the history (changedAt now).
    // Errors by field; empty when saved. Throws SchemaError.
    ValidationErrors save(Opportunity &opportunity);
    // Moves to another stage (the board's drag and drop): probability and status follow.
    ValidationErrors moveToStage(const QString &id, const QString &stageCode);

    QList<StageChange> history(const QString &opportunityId);
    // Opportunities visible here, newest first; `stageCode` empty for all.
    struct Item
    {
        Opportunity opportunity;
        QString customerName;
    };
    QList<Item> list(const QString &stageCode = {}, const QString &text = {}, int limit = 2000);

private:
    Replica &m_replica;
};

} // namespace Huike
