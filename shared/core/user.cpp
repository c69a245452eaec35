#include "core/user.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

QString User::normalizeLogin(QStringView login)
{
    return login.trimmed().toString().toLower();
}

ValidationErrors User::validate() const
{
    ValidationErrors errors;
    static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]{1,31}$"_s);
    if (errors.requireText(u"login"_s, login, 32) && !loginPattern.match(login).hasMatch())
        errors.add(u"login"_s, u"invalid_login"_s,
                   QCoreApplication::translate(
                       "Huike::Validation",
                       "A login has 2 to 32 lowercase letters, digits, '.', '_' or '-'."));
    errors.requireText(u"displayName"_s, displayName, 60);
    errors.checkEmail(u"email"_s, email);
    errors.checkMobile(u"mobile"_s, mobile);
    if (!managerId.isNull() && managerId == meta.id)
        errors.add(u"managerId"_s, u"self_manager"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "A user cannot be their own manager."));
    return errors;
}

} // namespace Huike
