#pragma once

// Internal to shared/core: digit parsing shared by Decimal and Money.

#include <QChar>

namespace Huike::Detail {

// The value of an ASCII or full-width digit (what Chinese input methods often produce),
// or -1 for anything else.
inline int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    return -1;
}

} // namespace Huike::Detail
