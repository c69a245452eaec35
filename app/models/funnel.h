#pragma once

#include "core/money.h"
#include "core/opportunity.h"
#include "core/salesstage.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Huike {

class Database;

// The sales funnel (销售漏斗, FEATURES.md S5) over the replica: per stage the number of
// opportunities and their amount, the weighted forecast Σ amount × probability, the
// stage-to-stage conversion, and the 销售过山车 warning when the open pipeline, weighted,
// cannot meet the period's target. Filters: owner, department, period (expected close).
class Funnel
{
public:
    explicit Funnel(Database &db);

    struct Filter
    {
        QString ownerId;      // empty: everyone visible
        QString departmentId; // the customer's department; empty: all
        QString from, to;     // expected close, inclusive dates; empty: open-ended
    };
    struct Stage
    {
        SalesStage stage;
        int count = 0;
        Money amount;
        Money weighted;
        // Of the opportunities that reached the previous stage, the share that reached
        // this one or beyond (percent, 0–100); -1 for the first stage.
        int conversionPercent = -1;
    };
    struct Result
    {
        QList<Stage> stages; // in stage order, won and lost last
        Money openAmount;
        Money weightedForecast; // open opportunities
        Money won;
        Money target;           // the period's target (setting sales.target), 0 when unset
        Money gap;              // target − won − weighted forecast, when positive
        bool rollerCoaster = false;
    };

    QList<SalesStage> stages(); // the configured stages, or the defaults
    Result compute(const Filter &filter);
    QList<Opportunity> opportunities(const Filter &filter, const QString &stageCode, int limit = 500);
    // The filters' choices, as (id, text): the active colleagues by name in pinyin order,
    // the departments by path.
    QList<QPair<QString, QString>> owners();
    QList<QPair<QString, QString>> departments();

private:
    QString where(const Filter &filter, QVariantList &values) const;
    Database &m_db;
};

} // namespace Huike
