#include "core/workcalendar.h"

#include "core/timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The Chinese public holidays and their 调休 workdays as the State Council's General Office
// published them: 国务院办公厅关于2026年部分节假日安排的通知, dated 2025-11-04 (国办发明电
// 〔2025〕7号 — check the number against the notice before quoting it; the dates below were
// checked against its text as Xinhua carried it). 2027's notice is not in this table: we had no
// published text to check it against, so until it is added a company lists 2027's dates in its
// setting.
struct HolidayDay
{
    const char *date;
    bool off; // true: a holiday; false: a 调休 workday
};
constexpr HolidayDay kChineseHolidays[] = {
    // 元旦: 1月1日至3日放假调休, 1月4日(周日)上班
    {"2026-01-01", true}, {"2026-01-02", true}, {"2026-01-03", true}, {"2026-01-04", false},
    // 春节: 2月15日至23日放假调休, 2月14日(周六)、2月28日(周六)上班
    {"2026-02-14", false}, {"2026-02-15", true}, {"2026-02-16", true}, {"2026-02-17", true},
    {"2026-02-18", true}, {"2026-02-19", true}, {"2026-02-20", true}, {"2026-02-21", true},
    {"2026-02-22", true}, {"2026-02-23", true}, {"2026-02-28", false},
    // 清明节: 4月4日至6日放假
    {"2026-04-04", true}, {"2026-04-05", true}, {"2026-04-06", true},
    // 劳动节: 5月1日至5日放假调休, 5月9日(周六)上班
    {"2026-05-01", true}, {"2026-05-02", true}, {"2026-05-03", true}, {"2026-05-04", true},
    {"2026-05-05", true}, {"2026-05-09", false},
    // 端午节: 6月19日至21日放假
    {"2026-06-19", true}, {"2026-06-20", true}, {"2026-06-21", true},
    // 中秋节: 9月25日至27日放假
    {"2026-09-25", true}, {"2026-09-26", true}, {"2026-09-27", true},
    // 国庆节: 10月1日至7日放假调休, 9月20日(周日)、10月10日(周六)上班
    {"2026-09-20", false}, {"2026-10-01", true}, {"2026-10-02", true}, {"2026-10-03", true},
    {"2026-10-04", true}, {"2026-10-05", true}, {"2026-10-06", true}, {"2026-10-07", true},
    {"2026-10-10", false},
};

constexpr qint64 kMSecsPerMinute = 60 * 1000;
constexpr qint64 kMSecsPerDay = 24 * 60 * kMSecsPerMinute;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// "HH:mm", two digits each; "24:00" only where a period ends.
std::optional<int> parseTime(const QJsonValue &value, bool end)
{
    const QString t = value.toString();
    if (!value.isString() || t.size() != 5 || t.at(2) != u':')
        return std::nullopt;
    for (int i : {0, 1, 3, 4})
        if (!t.at(i).isDigit() || t.at(i).unicode() > u'9')
            return std::nullopt;
    const int h = t.left(2).toInt();
    const int m = t.mid(3).toInt();
    if (h == 24 && m == 0 && end)
        return 24 * 60;
    if (h > 23 || m > 59)
        return std::nullopt;
    return h * 60 + m;
}

QString timeText(int minute)
{
    return u"%1:%2"_s.arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool readDates(const QJsonObject &o, const QString &key, QList<QDate> &out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return fail(error, u"\"%1\" is a list of dates such as \"2026-10-01\"."_s.arg(key));
    out.clear();
    for (const QJsonValue &d : v.toArray()) {
        const std::optional<QDate> date = d.isString() ? Timestamp::parseDate(d.toString()) : std::nullopt;
        if (!date)
            return fail(error, u"\"%1\": %2 is not a date such as \"2026-10-01\"."_s.arg(
                                   key, d.isString() ? d.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact))));
        out << *date;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return true;
}

QJsonArray dateArray(const QList<QDate> &dates)
{
    QJsonArray a;
    for (QDate d : dates)
        a.append(Timestamp::dateToText(d));
    return a;
}

} // namespace

WorkCalendar::WorkCalendar()
    : m_zoneId(u"Asia/Shanghai"_s)
    , m_zone(QByteArrayLiteral("Asia/Shanghai"))
    , m_periods{{9 * 60, 12 * 60}, {13 * 60 + 30, 18 * 60}}
    , m_weekdays{1, 2, 3, 4, 5}
{
    // China has kept UTC+8 all year since 1991: a client whose Qt lacks the zone database
    // still counts right.
    if (!m_zone.isValid())
        m_zone = QTimeZone(8 * 3600);
    for (const HolidayDay &h : kChineseHolidays)
        (h.off ? m_holidays : m_workdays) << QDate::fromString(QString::fromLatin1(h.date), Qt::ISODate);
    std::sort(m_holidays.begin(), m_holidays.end());
    std::sort(m_workdays.begin(), m_workdays.end());
}

WorkCalendar WorkCalendar::defaultCalendar()
{
    return WorkCalendar();
}

std::optional<WorkCalendar> WorkCalendar::fromJson(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return WorkCalendar();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, u"A working calendar is a JSON object {\"timeZone\", \"periods\", \"weekdays\", \"holidays\", \"workdays\"}."_s);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    static const QStringList known{u"timeZone"_s, u"periods"_s, u"weekdays"_s, u"holidays"_s, u"workdays"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            fail(error, u"Unknown key \"%1\" in a working calendar."_s.arg(it.key()));
            return std::nullopt;
        }
    }
    WorkCalendar c;
    if (o.contains(u"timeZone"_s)) {
        const QString id = o.value(u"timeZone"_s).toString();
        if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id.toUtf8()) || !QTimeZone(id.toUtf8()).isValid()) {
            fail(error, u"Unknown time zone \"%1\": use an IANA id such as \"Asia/Shanghai\"."_s.arg(id));
            return std::nullopt;
        }
        c.m_zoneId = id;
        c.m_zone = QTimeZone(id.toUtf8());
    }
    if (o.contains(u"periods"_s)) {
        const QJsonValue v = o.value(u"periods"_s);
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(error, u"\"periods\" lists at least one working period such as [\"09:00\", \"12:00\"]."_s);
            return std::nullopt;
        }
        c.m_periods.clear();
        for (const QJsonValue &p : v.toArray()) {
            const QJsonArray pair = p.toArray();
            if (!p.isArray() || pair.size() != 2) {
                fail(error, u"A period is a pair of times such as [\"09:00\", \"12:00\"]."_s);
                return std::nullopt;
            }
            const std::optional<int> start = parseTime(pair.at(0), false);
            const std::optional<int> end = parseTime(pair.at(1), true);
            if (!start || !end) {
                fail(error, u"A period's times are \"HH:mm\" from 00:00 to 23:59 (24:00 only as an end)."_s);
                return std::nullopt;
            }
            if (*end <= *start) {
                fail(error, u"The period %1–%2 ends before it starts."_s.arg(timeText(*start), timeText(*end)));
                return std::nullopt;
            }
            if (!c.m_periods.isEmpty() && *start < c.m_periods.constLast().endMinute) {
                fail(error, u"The period %1–%2 overlaps or comes before the one before it: list periods in order."_s.arg(
                                timeText(*start), timeText(*end)));
                return std::nullopt;
            }
            c.m_periods << Period{*start, *end};
        }
    }
    if (o.contains(u"weekdays"_s)) {
        const QJsonValue v = o.value(u"weekdays"_s);
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(error, u"\"weekdays\" lists at least one working weekday, Monday 1 to Sunday 7."_s);
            return std::nullopt;
        }
        c.m_weekdays.clear();
        for (const QJsonValue &d : v.toArray()) {
            const double n = d.toDouble(-1);
            if (!d.isDouble() || n != double(int(n)) || n < 1 || n > 7) {
                fail(error, u"\"weekdays\" holds numbers from 1 (Monday) to 7 (Sunday)."_s);
                return std::nullopt;
            }
            if (!c.m_weekdays.contains(int(n)))
                c.m_weekdays << int(n);
        }
        std::sort(c.m_weekdays.begin(), c.m_weekdays.end());
    }
    if (!readDates(o, u"holidays"_s, c.m_holidays, error) || !readDates(o, u"workdays"_s, c.m_workdays, error))
        return std::nullopt;
    for (QDate d : c.m_workdays) {
        if (std::binary_search(c.m_holidays.cbegin(), c.m_holidays.cend(), d)) {
            fail(error, u"%1 is both a holiday and a workday."_s.arg(Timestamp::dateToText(d)));
            return std::nullopt;
        }
    }
    return c;
}

QString WorkCalendar::toJson() const
{
    QJsonArray periods;
    for (const Period &p : m_periods)
        periods.append(QJsonArray{timeText(p.startMinute), timeText(p.endMinute)});
    QJsonArray weekdays;
    for (int d : m_weekdays)
        weekdays.append(d);
    const QJsonObject o{{u"timeZone"_s, m_zoneId},
                        {u"periods"_s, periods},
                        {u"weekdays"_s, weekdays},
                        {u"holidays"_s, dateArray(m_holidays)},
                        {u"workdays"_s, dateArray(m_workdays)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool WorkCalendar::isWorkingDay(QDate day) const
{
    if (std::binary_search(m_workdays.cbegin(), m_workdays.cend(), day))
        return true;
    if (std::binary_search(m_holidays.cbegin(), m_holidays.cend(), day))
        return false;
    return m_weekdays.contains(day.dayOfWeek());
}

namespace {

using Windows = QVarLengthArray<std::pair<qint64, qint64>, 4>;

// The first instant the clocks of `zone` read `minute` (0–1440) on `day`, in milliseconds
// since the epoch. A time the clocks skip (in a spring-forward gap; Qt 6.4 calls it invalid)
// is the moment they skip it: work until 02:30 ends, and work from 02:30 starts, when 02:00
// becomes 03:00.
std::optional<qint64> localInstant(QDate day, int minute, const QTimeZone &zone)
{
    const QDate date = minute == 24 * 60 ? day.addDays(1) : day;
    const QTime time = minute == 24 * 60 ? QTime(0, 0) : QTime(minute / 60, minute % 60);
    const QDateTime local(date, time, zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    const qint64 wall = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch(); // the clock reading
    QTimeZone::OffsetData t = zone.nextTransition(QDateTime::fromMSecsSinceEpoch(wall - 2 * kMSecsPerDay, Qt::UTC));
    while (t.atUtc.isValid() && t.atUtc.toMSecsSinceEpoch() < wall + 2 * kMSecsPerDay) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        const qint64 before = at + zone.offsetFromUtc(t.atUtc.addMSecs(-1)) * 1000LL;
        if (before <= wall && wall < at + t.offsetFromUtc * 1000LL)
            return at;
        t = zone.nextTransition(t.atUtc);
    }
    return std::nullopt;
}

// The working intervals of `day` in milliseconds since the epoch, in order. Should a zone's
// rules make an interval start before the one before it ends, it starts where that one ends:
// no working moment is counted twice.
Windows windowsOf(QDate day, const QList<WorkCalendar::Period> &periods, const QTimeZone &zone)
{
    Windows out;
    for (const WorkCalendar::Period &p : periods) {
        const std::optional<qint64> start = localInstant(day, p.startMinute, zone);
        const std::optional<qint64> end = localInstant(day, p.endMinute, zone);
        if (!start || !end)
            continue;
        const qint64 s = out.isEmpty() ? *start : std::max(*start, out.last().second);
        if (*end > s)
            out.append({s, *end});
    }
    return out;
}

} // namespace

QDateTime WorkCalendar::addWorkingMSecs(const QDateTime &startUtc, qint64 msecs) const
{
    if (!startUtc.isValid() || msecs < 0 || msecs > kMaxDays * kMSecsPerDay)
        return {};
    const qint64 from = startUtc.toMSecsSinceEpoch();
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, m_zone).date();
    qint64 left = msecs;
    for (int i = 0; i <= kMaxDays; ++i) {
        const QDate day = first.addDays(i);
        if (!isWorkingDay(day))
            continue;
        for (const auto &[ws, we] : windowsOf(day, m_periods, m_zone)) {
            if (we <= from)
                continue;
            const qint64 s = std::max(ws, from);
            if (left <= we - s)
                return QDateTime::fromMSecsSinceEpoch(s + left, Qt::UTC);
            left -= we - s;
        }
    }
    return {};
}

QDateTime WorkCalendar::addWorkingMinutes(const QDateTime &startUtc, qint64 minutes) const
{
    if (minutes < 0 || minutes > kMaxDays * 24 * 60)
        return {};
    return addWorkingMSecs(startUtc, minutes * kMSecsPerMinute);
}

qint64 WorkCalendar::workingMSecsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return 0;
    const qint64 from = fromUtc.toMSecsSinceEpoch();
    const qint64 to = std::min(toUtc.toMSecsSinceEpoch(), from + kMaxDays * kMSecsPerDay);
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, m_zone).date();
    const qint64 days = first.daysTo(QDateTime::fromMSecsSinceEpoch(to, m_zone).date());
    qint64 sum = 0;
    for (qint64 i = 0; i <= days; ++i) {
        const QDate day = first.addDays(i);
        if (!isWorkingDay(day))
            continue;
        for (const auto &[ws, we] : windowsOf(day, m_periods, m_zone)) {
            const qint64 s = std::max(ws, from);
            const qint64 e = std::min(we, to);
            if (e > s)
                sum += e - s;
        }
    }
    return sum;
}

qint64 WorkCalendar::workingMinutesBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    return workingMSecsBetween(fromUtc, toUtc) / kMSecsPerMinute;
}

} // namespace Huike
