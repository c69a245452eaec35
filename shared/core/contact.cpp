#include "core/contact.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors Contact::validate() const
{
    ValidationErrors errors;
    if (customerId.isNull())
        errors.add(u"customerId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A contact belongs to a customer."));
    errors.requireText(u"name"_s, name, 60);
    errors.limitText(u"title"_s, title, 60);
    errors.limitText(u"department"_s, department, 60);
    errors.checkPhone(u"phone"_s, phone);
    errors.checkMobile(u"mobile"_s, mobile);
    errors.checkEmail(u"email"_s, email);
    errors.limitText(u"notes"_s, notes, 4000);
    return errors;
}

} // namespace Huike
