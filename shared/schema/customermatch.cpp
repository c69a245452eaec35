#include "schema/customermatch.h"

#include "core/companyname.h"
#include "core/creditcode.h"
#include "core/phonenumber.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Huike {

CustomerMatch CustomerMatch::of(const QString &alias, const QString &name, const QString &phone,
                                const QString &creditCode)
{
    CustomerMatch m;
    m.nameKey = name.trimmed().isEmpty() ? QString() : CompanyName::normalizedKey(name);
    m.phoneKey = PhoneNumber::normalizedKey(phone);
    m.creditCode = CreditCode::isValid(creditCode) ? CreditCode::normalize(creditCode) : QString();
    const QString a = alias.isEmpty() ? QString() : alias + u'.';
    QStringList terms;
    if (!m.creditCode.isEmpty()) {
        terms << a + u"credit_code = ?"_s;
        m.values << m.creditCode;
    }
    if (!m.phoneKey.isEmpty()) {
        terms << a + u"phone_norm = ?"_s;
        m.values << m.phoneKey;
    }
    if (m.nameKey.size() >= 2) {
        // The same distinctive part, or one that starts with it: a range of the name_norm
        // index (LIKE would be a walk on SQLite, and on PostgreSQL outside the C collation).
        terms << u"(%1name_norm >= ? AND %1name_norm < ?)"_s.arg(a);
        m.values << m.nameKey << QString(m.nameKey + QChar(0xFFFF));
    }
    if (!terms.isEmpty())
        m.sql = u'(' + terms.join(u" OR "_s) + u')';
    return m;
}

} // namespace Huike
