#include "core/opportunity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

Money Opportunity::weightedAmount() const
{
    return amount.percent(probabilityPercent);
}

ValidationErrors Opportunity::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "An opportunity belongs to a customer."));
    errors.requireText(u"name"_s, name, 200);
    errors.requireText(u"stage"_s, stage, 40);
    if (probabilityPercent.isNegative() || probabilityPercent > Decimal::fromInteger(100))
        errors.add(u"probabilityPercent"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The probability is between 0 and 100 %."));
    if (amount.isNegative())
        errors.add(u"amount"_s, u"negative"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The amount cannot be negative."));
    errors.checkDate(u"expectedClose"_s, expectedClose, false);
    errors.limitText(u"competitors"_s, competitors, 500);
    errors.limitText(u"nextStep"_s, nextStep, 500);
    if (status == OpportunityStatus::Lost)
        errors.limitText(u"lostReason"_s, lostReason, 500);
    return errors;
}

} // namespace Huike
