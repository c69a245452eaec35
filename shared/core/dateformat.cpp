#include "core/dateformat.h"

#include "core/timestamp.h"

using namespace Qt::StringLiterals;

namespace Huike::DateFormat {

QString date(QDate day)
{
    return day.isValid() ? day.toString(DatePattern.toString()) : QString();
}

QString dateTime(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(DateTimePattern.toString()) : QString();
}

QString dateOf(const QDateTime &moment)
{
    return moment.isValid() ? date(moment.toLocalTime().date()) : QString();
}

QString date(QStringView stored)
{
    if (const auto d = Timestamp::parseDate(stored))
        return date(*d);
    return dateOf(stored);
}

QString dateTime(QStringView stored)
{
    if (const auto t = Timestamp::parse(stored))
        return dateTime(*t);
    if (const auto d = Timestamp::parseDate(stored))
        return date(*d);
    return stored.toString();
}

QString dateOf(QStringView stored)
{
    if (const auto t = Timestamp::parse(stored))
        return dateOf(*t);
    if (const auto d = Timestamp::parseDate(stored))
        return date(*d);
    return stored.toString();
}

} // namespace Huike::DateFormat
