#include "core/product.h"

#include "core/pricing.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors Product::validate() const
{
    ValidationErrors errors;
    errors.requireText(u"code"_s, code, 40);
    errors.requireText(u"name"_s, name, 200);
    errors.limitText(u"specification"_s, specification, 200);
    errors.limitText(u"unit"_s, unit, 10);
    errors.limitText(u"category"_s, category, 60);
    if (listPrice.isNegative())
        errors.add(u"listPrice"_s, u"negative"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The price cannot be negative."));
    if (!Pricing::isStandardVatRate(vatRatePercent))
        errors.add(u"vatRatePercent"_s, u"invalid_vat_rate"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "Not a VAT rate in use (13, 9, 6, 5, 3, 1 or 0 %)."));
    return errors;
}

} // namespace Huike
