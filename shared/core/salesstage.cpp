#include "core/salesstage.h"

#include "core/timestamp.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

QList<SalesStage> SalesStage::defaults()
{
    auto stage = [](const char *code, const QString &name, int percent, int order, StageOutcome outcome) {
        SalesStage s;
        s.code = QString::fromLatin1(code);
        s.name = name;
        s.probabilityPercent = Decimal::fromInteger(percent);
        s.sortOrder = order;
        s.outcome = outcome;
        return s;
    };
    return {stage("initial", u"初步接洽"_s, 10, 10, StageOutcome::Open),
            stage("needs", u"需求确认"_s, 30, 20, StageOutcome::Open),
            stage("proposal", u"方案报价"_s, 50, 30, StageOutcome::Open),
            stage("negotiation", u"谈判审核"_s, 70, 40, StageOutcome::Open),
            stage("won", u"赢单"_s, 100, 50, StageOutcome::Won),
            stage("lost", u"输单"_s, 0, 60, StageOutcome::Lost)};
}

ValidationErrors SalesStage::validate() const
{
    ValidationErrors errors;
    if (errors.requireText(u"code"_s, code, 40)) {
        for (QChar c : code)
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_') {
                errors.add(u"code"_s, u"invalid"_s,
                           QCoreApplication::translate("Huike::Validation", "A stage code uses ASCII letters, digits and _ only."));
                break;
            }
    }
    errors.requireText(u"name"_s, name, 40);
    if (probabilityPercent.isNegative() || probabilityPercent > Decimal::fromInteger(100))
        errors.add(u"probabilityPercent"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation", "The probability is between 0 and 100 %."));
    return errors;
}

ValidationErrors StageChange::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull() || opportunityId.isNull())
        errors.add(u"opportunityId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation", "A stage change belongs to an opportunity."));
    errors.limitText(u"fromStage"_s, fromStage, 40);
    errors.requireText(u"toStage"_s, toStage, 40);
    errors.checkTimestamp(u"changedAt"_s, changedAt, true);
    return errors;
}

QList<QPair<QString, qint64>> timeInStages(const QList<StageChange> &history, const QString &now)
{
    QList<QPair<QString, qint64>> out;
    auto add = [&](const QString &stage, qint64 ms) {
        for (auto &entry : out)
            if (entry.first == stage) {
                entry.second += ms;
                return;
            }
        out.append({stage, ms});
    };
    for (qsizetype i = 0; i < history.size(); ++i) {
        const auto from = Timestamp::parse(history[i].changedAt);
        const auto to = Timestamp::parse(i + 1 < history.size() ? history[i + 1].changedAt : now);
        const qint64 ms = from && to ? std::max<qint64>(0, to->toMSecsSinceEpoch() - from->toMSecsSinceEpoch()) : 0;
        add(history[i].toStage, ms);
    }
    return out;
}

} // namespace Huike
