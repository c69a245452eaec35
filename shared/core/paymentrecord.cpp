#include "core/paymentrecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors PaymentRecord::validate() const
{
    ValidationErrors errors;
    if (contractId.isNull())
        errors.add(u"contractId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A payment is recorded against a contract."));
    errors.checkDate(u"paidOn"_s, paidOn, true);
    if (amount.isNegative() || amount.isZero())
        errors.add(u"amount"_s, u"not_positive"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A payment is more than zero."));
    errors.limitText(u"reference"_s, reference, 60);
    errors.limitText(u"note"_s, note, 500);
    return errors;
}

} // namespace Huike
