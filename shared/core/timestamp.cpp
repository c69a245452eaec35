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

namespace {

// The storage form, YYYY-MM-DDTHH:MM:SS.mmmZ, read digit by digit: lists read thousands of
// them, and QDateTime::fromString is a general parser. Anything else: nullopt (the general path).
std::optional<QDateTime> parseStorageForm(QStringView s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':' || s[19] != u'.'
        || s[23] != u'Z')
        return std::nullopt;
    auto number = [&](int from, int digits, int *out) {
        int v = 0;
        for (int i = from; i < from + digits; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int y, mo, d, h, mi, sec, ms;
    if (!number(0, 4, &y) || !number(5, 2, &mo) || !number(8, 2, &d) || !number(11, 2, &h) || !number(14, 2, &mi)
        || !number(17, 2, &sec) || !number(20, 3, &ms))
        return std::nullopt;
    const QDate date(y, mo, d);
    const QTime time(h, mi, sec, ms);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

std::optional<QDateTime> Timestamp::parse(QStringView text)
{
    if (auto fast = parseStorageForm(text))
        return fast;
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
