#include "core/deliveryrecord.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors DeliveryRecord::validate() const
{
    ValidationErrors errors;
    if (contractId.isNull())
        errors.add(u"contractId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A delivery is recorded against a contract."));
    errors.checkDate(u"deliveredOn"_s, deliveredOn, true);
    errors.requireText(u"description"_s, description, 500);
    errors.limitText(u"carrier"_s, carrier, 60);
    // Waybill numbers of the express companies (SF1234567890123, JDX000123456789,
    // 773012345678901…) and of freight forwarders: letters, digits and hyphens.
    static const QRegularExpression waybill(u"^[A-Za-z0-9-]{4,40}$"_s);
    if (!trackingNumber.isEmpty() && errors.limitText(u"trackingNumber"_s, trackingNumber, 40)
        && !waybill.match(trackingNumber).hasMatch())
        errors.add(u"trackingNumber"_s, u"invalid_tracking_number"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A tracking number has 4 to 40 letters, digits or hyphens."));
    errors.limitText(u"receiver"_s, receiver, 40);
    errors.limitText(u"note"_s, note, 500);
    return errors;
}

} // namespace Huike
