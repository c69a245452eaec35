#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Huike {

class Replica;

// The service figures (服务统计, issue 20) over the tickets this replica holds, logged in a
// period [from, to) of the company's calendar days (the zone of the setting
// service.calendar, Asia/Shanghai by default): how many per status and per kind, and per
// month and per agent how many were logged and resolved, the share resolved within the
// SLA, the average time to resolve and the customers' average rating. SQL aggregates over
// the table (GROUP BY), never a walk of the rows here. Counts are exact; shares and
// averages are shown to one decimal from integer sums (no rounding of rounded figures).
class ServiceFigures
{
    Q_DECLARE_TR_FUNCTIONS(Huike::ServiceFigures)

public:
    struct Count
    {
        QString code; // status or kind as stored
        QString text; // as TicketService shows it
        qint64 count = 0;
    };
    // A month's or an agent's tickets, or all of them.
    struct Line
    {
        QString key;  // "2026-11", the assignee's id ("" for nobody), "" for the total
        QString text; // "2026-11", the agent's name, "Unassigned"
        qint64 logged = 0;
        qint64 resolved = 0;        // resolved_at set (resolved or closed)
        qint64 slaMet = 0;          // of those: not breached and resolved by the due instant
        qint64 resolutionSeconds = 0; // Σ resolved_at − created_at over the resolved
        qint64 rated = 0;
        qint64 satisfactionSum = 0;
        // In tenths (875 ‰ → 87.5 %; 36 → 3.6 h), rounded half up; -1 when there is nothing
        // to divide by (nothing resolved, nothing rated).
        int slaMetPermille() const;
        qint64 resolutionHoursTenths() const;
        int satisfactionTenths() const;
        Line &operator+=(const Line &other);
    };
    struct Result
    {
        QDate from, to; // [from, to)
        QList<Count> byStatus; // in the flow's order, every status (0 too)
        QList<Count> byKind;   // in the kinds' order, every kind (0 too)
        QList<Line> months;    // every month the period touches, oldest first (empty ones too)
        QList<Line> agents;    // by name (pinyin), nobody's last
        Line total;
        QString error; // the replica's, when it could not be read; nothing else set then
    };

    explicit ServiceFigures(Replica &replica);

    // The last six months: the first of the month five months ago up to and with today.
    static std::pair<QDate, QDate> defaultPeriod(const QDate &today);
    Result compute(const QDate &from, const QDate &to);

    // "87.5%", "3.6", "—" for -1: for the table, the export's text columns and the charts.
    static QString tenthsText(qint64 tenths, const QString &suffix = {});

    // One table per breakdown (status, kind, month, agent): a sheet each in an .xlsx, one
    // after another in a .csv (a blank line between). Values, not pictures. False with a
    // translated sentence in *error.
    static bool writeTable(const QString &path, const Result &figures, QString *error);

private:
    Replica &m_replica;
};

} // namespace Huike
