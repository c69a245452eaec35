#include "core/paymentplanline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors PaymentPlanLine::validate() const
{
    ValidationErrors errors;
    errors.checkDate(u"dueDate"_s, dueDate, true);
    if (amount.isNegative() || amount.isZero())
        errors.add(u"amount"_s, u"not_positive"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The amount is more than zero."));
    errors.limitText(u"note"_s, note, 500);
    return errors;
}

} // namespace Huike
