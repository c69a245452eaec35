#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Huike {

// The company's working time (工作日历), which service targets count in (slarules.h): a time
// zone, the working periods of a day, the working weekdays, public holidays (dates off) and
// 调休 working days (weekend dates worked). A setting holds it as JSON; every key may be left
// out and then takes the default's value:
//   {"timeZone": "Asia/Shanghai",                      an IANA id; never the client's zone
//    "periods": [["09:00","12:00"],["13:30","18:00"]], in order, not overlapping; "24:00" ends a day
//    "weekdays": [1,2,3,4,5],                          Monday 1 … Sunday 7
//    "holidays": ["2026-10-01", …],                    dates off whatever their weekday
//    "workdays": ["2026-10-10", …]}                    dates worked whatever their weekday
// The default is Mon–Fri 09:00–12:00 and 13:30–18:00 in Asia/Shanghai with the published
// Chinese public holidays (the table in workcalendar.cpp).
//
// Instants go in and come out in UTC. Working time is real elapsed time inside the periods,
// so a period across a daylight-saving change is an hour shorter or longer that day.
class WorkCalendar
{
public:
    struct Period
    {
        int startMinute = 0; // minutes after local midnight, 0–1439
        int endMinute = 0;   // after startMinute, at most 1440 (24:00)

        friend bool operator==(const Period &, const Period &) = default;
    };

    WorkCalendar(); // the default calendar
    static WorkCalendar defaultCalendar();
    // The calendar of a setting's text ("" → the default); nullopt with the reason (English)
    // when it is not one.
    static std::optional<WorkCalendar> fromJson(const QString &text, QString *error = nullptr);
    QString toJson() const;

    QString timeZoneId() const { return m_zoneId; }
    QList<Period> periods() const { return m_periods; }
    QList<int> weekdays() const { return m_weekdays; }
    QList<QDate> holidays() const { return m_holidays; }
    QList<QDate> workdays() const { return m_workdays; }

    // A 调休 workday is worked and a holiday is not, whatever the weekday.
    bool isWorkingDay(QDate day) const;

    // The instant `minutes` working minutes after `startUtc`; a start outside working time
    // counts from the next working moment (0 minutes: that moment). Invalid for an invalid
    // start, negative minutes, or an instant more than ten years (kMaxDays) on.
    QDateTime addWorkingMinutes(const QDateTime &startUtc, qint64 minutes) const;
    // Working minutes in [fromUtc, toUtc), whole minutes rounded down; 0 when toUtc <= fromUtc.
    // Spans longer than kMaxDays count their first kMaxDays days.
    qint64 workingMinutesBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // The same to the millisecond, for clocks that stop and start (SlaRules::due).
    QDateTime addWorkingMSecs(const QDateTime &startUtc, qint64 msecs) const;
    qint64 workingMSecsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;

    // How far the arithmetic looks: a few thousand days, looped day by day.
    static constexpr int kMaxDays = 3660;

    friend bool operator==(const WorkCalendar &a, const WorkCalendar &b)
    {
        return a.m_zoneId == b.m_zoneId && a.m_periods == b.m_periods && a.m_weekdays == b.m_weekdays
            && a.m_holidays == b.m_holidays && a.m_workdays == b.m_workdays;
    }

private:
    QString m_zoneId;
    QTimeZone m_zone;
    QList<Period> m_periods;
    QList<int> m_weekdays;   // ascending
    QList<QDate> m_holidays; // ascending, for binary search
    QList<QDate> m_workdays; // ascending
};

} // namespace Huike
