#include "core/customer.h"

#include "core/creditcode.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors Customer::validate() const
{
    ValidationErrors errors;
    errors.requireText(u"name"_s, name, MaxNameLength);
    errors.limitText(u"shortName"_s, shortName, 50);
    errors.limitText(u"address"_s, address, 300);
    errors.limitText(u"province"_s, province, 30);
    errors.limitText(u"city"_s, city, 30);
    errors.limitText(u"industry"_s, industry, 60);
    errors.limitText(u"region"_s, region, 60);
    errors.limitText(u"source"_s, source, 60);
    errors.limitText(u"background"_s, background, 4000);
    errors.limitText(u"creditRating"_s, creditRating, 20);
    errors.limitText(u"securityLevel"_s, securityLevel, 20);
    errors.checkPhone(u"phone"_s, phone);
    errors.checkEmail(u"email"_s, email);

    if (!postcode.isEmpty()) {
        static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
        if (!sixDigits.match(postcode).hasMatch())
            errors.add(u"postcode"_s, u"invalid_postcode"_s,
                       QCoreApplication::translate("Huike::Validation",
                                                   "A postcode has six digits."));
    }
    if (!website.isEmpty()) {
        static const QRegularExpression site(
            u"^(https?://)?[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+(:[0-9]{1,5})?(/\\S*)?$"_s);
        if (website.size() > 200 || !site.match(website).hasMatch())
            errors.add(u"website"_s, u"invalid_website"_s,
                       QCoreApplication::translate("Huike::Validation",
                                                   "Not a valid web address."));
    }
    if (!creditCode.isEmpty()) {
        const CreditCode::Error e = CreditCode::validate(creditCode);
        if (e != CreditCode::Error::None)
            errors.add(u"creditCode"_s, u"invalid_credit_code"_s, CreditCode::errorMessage(e));
    }
    if (tags.size() > MaxTags) {
        errors.add(u"tags"_s, u"too_many"_s,
                   QCoreApplication::translate("Huike::Validation", "At most %n tags.", nullptr,
                                               MaxTags));
    } else {
        for (const QString &tag : tags) {
            if (tag.trimmed().isEmpty() || tag.size() > MaxTagLength || tag.contains(u',')) {
                errors.add(u"tags"_s, u"invalid_tag"_s,
                           QCoreApplication::translate(
                               "Huike::Validation",
                               "A tag is 1 to %n characters and contains no comma.", nullptr,
                               MaxTagLength));
                break;
            }
        }
    }
    return errors;
}

} // namespace Huike
