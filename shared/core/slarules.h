#pragma once

#include "core/workcalendar.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Huike {

// Service targets (服务级别) for tickets: per priority (urgent, high, normal, low) and
// optionally kind (consultation, complaint, fault, return), the minutes to the first response
// and to resolution, in working minutes of the WorkCalendar unless the rule says "calendar"
// (round the clock, 24×7). A setting holds them as JSON:
//   {"rules": [{"priority": "urgent", "firstResponse": 30, "resolution": 240, "calendar": true},
//              {"priority": "normal", "kind": "complaint", "firstResponse": 240, "resolution": 1440},
//              …],
//    "reopenDays": 7}        a customer may reopen a resolved ticket for this many days (0–365)
// Every setting has a rule for normal without a kind: the one any other ticket falls back to.
class SlaRules
{
public:
    struct Rule
    {
        QString priority;
        QString kind; // "" for every kind
        qint64 firstResponseMinutes = 0;
        qint64 resolutionMinutes = 0;
        bool calendar = false;

        friend bool operator==(const Rule &, const Rule &) = default;
    };
    struct Target
    {
        qint64 firstResponseMinutes = 0;
        qint64 resolutionMinutes = 0;
        bool calendar = false;

        friend bool operator==(const Target &, const Target &) = default;
    };
    using Suspensions = QList<std::pair<QDateTime, QDateTime>>;

    SlaRules(); // the defaults
    static SlaRules defaults();
    // The rules of a setting's text ("" → the defaults); nullopt with the reason (English)
    // when they are not.
    static std::optional<SlaRules> fromJson(const QString &text, QString *error = nullptr);
    QString toJson() const;

    QList<Rule> rules() const { return m_rules; }
    int reopenDays() const { return m_reopenDays; }

    // The priority's rule for the kind, else the priority's own, else normal's for the kind,
    // else normal's.
    Target targetFor(QStringView priority, QStringView kind) const;

    // When `minutes` of the clock have run from `createdUtc` (server time, UTC): working minutes
    // of `calendar`, or elapsed ones when `roundTheClock`. The clock stops during suspensions,
    // [fromUtc, toUtc) intervals in any order; one still open (toUtc invalid) stops it now, and
    // the due instant is invalid. Invalid too for an invalid creation or an absurd target.
    static QDateTime due(const WorkCalendar &calendar, const QDateTime &createdUtc, qint64 minutes, bool roundTheClock,
                         const Suspensions &suspensions);
    // Minutes left at `nowUtc` until `dueUtc` (working or elapsed ones), rounded down: negative
    // once overdue, at least one minute over as soon as the due instant has passed (even when no
    // working time has since). 0 when either instant is invalid (a stopped clock shows no count).
    static qint64 minutesLeft(const WorkCalendar &calendar, const QDateTime &nowUtc, const QDateTime &dueUtc,
                              bool roundTheClock);

    static const QStringList &priorities();
    static const QStringList &kinds();

    friend bool operator==(const SlaRules &, const SlaRules &) = default;

private:
    QList<Rule> m_rules;
    int m_reopenDays = 7;
};

} // namespace Huike
