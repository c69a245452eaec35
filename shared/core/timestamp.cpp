#include "core/timestamp.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Huike {

QString Timestamp::toText(const QDateTime &dt)
{
    return dt.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QString Timestamp::now()
{
    return toText(QDateTime::currentDateTimeUtc());
}

std::optional<QDateTime> Timestamp::parse(QStringView text)
{
    const QString s = text.trimmed().toString();
    // An offset or Z is required: a bare local time would depend on the machine.
    const bool hasZone = s.endsWith(u'Z') || s.endsWith(u'z')
        || (s.size() > 19 && (s[s.size() - 6] == u'+' || s[s.size() - 6] == u'-'));
    if (!hasZone || s.size() < 20)
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toUTC();
}

QString Timestamp::dateToText(QDate date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

std::optional<QDate> Timestamp::parseDate(QStringView text)
{
    if (text.size() != 10)
        return std::nullopt;
    const QDate d = QDate::fromString(text.toString(), u"yyyy-MM-dd"_s);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace Huike
