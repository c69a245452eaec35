#include "core/approval.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors Approval::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation", "An approval belongs to a customer."));
    if (tableName != u"quotes")
        errors.add(u"tableName"_s, u"invalid"_s,
                   QCoreApplication::translate("Huike::Validation", "Only quotes are approved so far."));
    if (recordId.isNull())
        errors.add(u"recordId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation", "An approval names the record it is for."));
    if (kind != u"discount")
        errors.add(u"kind"_s, u"invalid"_s,
                   QCoreApplication::translate("Huike::Validation", "Unknown kind of approval."));
    if (discountPercent.isNegative() || discountPercent > Decimal::fromInteger(100))
        errors.add(u"discountPercent"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation", "The discount is between 0 and 100 %."));
    errors.limitText(u"reason"_s, reason, 1000);
    errors.limitText(u"comment"_s, comment, 1000);
    errors.checkTimestamp(u"decidedAt"_s, decidedAt, false);
    return errors;
}

Decimal discountApprovalThreshold(const QString &settingValue)
{
    const std::optional<Decimal> parsed = Decimal::parse(settingValue.trimmed());
    if (!parsed || parsed->isNegative() || *parsed > Decimal::fromInteger(100))
        return Decimal::fromInteger(10);
    return *parsed;
}

} // namespace Huike
