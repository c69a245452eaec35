#include "models/servicefigures.h"

#include "core/approval.h"
#include "core/enums.h"
#include "core/textnormalizer.h"
#include "core/timestamp.h"
#include "core/workcalendar.h"
#include "dataio/sheetwriter.h"
#include "models/ticketservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// n / d in tenths, rounded half up; -1 when d is 0. Integers only: a share of 2 in 3 is
// 66.7 %, never 66.66666 rounded twice.
qint64 tenths(qint64 n, qint64 d, qint64 scale)
{
    if (d <= 0)
        return -1;
    return (n * scale * 2 + d) / (2 * d);
}

// The figures of a month or an agent, from the columns after the grouping key: logged,
// resolved, SLA met, Σ seconds to resolve, rated, Σ rating.
constexpr auto Aggregates =
    "count(*), "
    "sum(t.resolved_at IS NOT NULL), "
    "sum(t.resolved_at IS NOT NULL AND t.resolution_breached = 0 AND t.resolution_due IS NOT NULL "
    "    AND t.resolved_at <= t.resolution_due), "
    // Wall-clock seconds from logged to resolved (not working time: the SLA's own clock is
    // the server's breach flag above; this says how long customers waited).
    "sum(CASE WHEN t.resolved_at IS NOT NULL "
    "    THEN CAST(strftime('%s', t.resolved_at) AS INTEGER) - CAST(strftime('%s', t.created_at) AS INTEGER) END), "
    "sum(t.satisfaction BETWEEN 1 AND 5), "
    "sum(CASE WHEN t.satisfaction BETWEEN 1 AND 5 THEN t.satisfaction END)";

ServiceFigures::Line lineFrom(const QSqlQuery &q, int first)
{
    ServiceFigures::Line line;
    line.logged = q.value(first).toLongLong();
    line.resolved = q.value(first + 1).toLongLong();
    line.slaMet = q.value(first + 2).toLongLong();
    line.resolutionSeconds = q.value(first + 3).toLongLong();
    line.rated = q.value(first + 4).toLongLong();
    line.satisfactionSum = q.value(first + 5).toLongLong();
    return line;
}

} // namespace

int ServiceFigures::Line::slaMetPermille() const
{
    return int(tenths(slaMet, resolved, 1000));
}

qint64 ServiceFigures::Line::resolutionHoursTenths() const
{
    return tenths(resolutionSeconds, resolved * 3600, 10);
}

int ServiceFigures::Line::satisfactionTenths() const
{
    return int(tenths(satisfactionSum, rated, 10));
}

ServiceFigures::Line &ServiceFigures::Line::operator+=(const Line &o)
{
    logged += o.logged;
    resolved += o.resolved;
    slaMet += o.slaMet;
    resolutionSeconds += o.resolutionSeconds;
    rated += o.rated;
    satisfactionSum += o.satisfactionSum;
    return *this;
}

ServiceFigures::ServiceFigures(Replica &replica) : m_replica(replica) { }

std::pair<QDate, QDate> ServiceFigures::defaultPeriod(const QDate &today)
{
    const QDate first(today.year(), today.month(), 1);
    return {first.addMonths(-5), today.addDays(1)};
}

QString ServiceFigures::tenthsText(qint64 value, const QString &suffix)
{
    if (value < 0)
        return u"—"_s;
    return QString::number(value / 10) + u'.' + QString::number(value % 10) + suffix;
}

ServiceFigures::Result ServiceFigures::compute(const QDate &from, const QDate &to)
{
    Result result;
    result.from = from;
    result.to = to;
    for (const QString &code : enumCodesFor(u"TicketStatus"))
        result.byStatus << Count{code, TicketService::statusText(code), 0};
    for (const QString &code : enumCodesFor(u"TicketKind"))
        result.byKind << Count{code, TicketService::kindText(code), 0};
    if (!from.isValid() || !to.isValid() || from >= to)
        return result;
    try {
        Database &db = m_replica.database();
        // The company's days, not this computer's: the zone of its working calendar. One
        // offset for the period's months (the zones of Chinese customers keep no summer time).
        const WorkCalendar calendar =
            WorkCalendar::fromJson(Rows::setting(db, SettingKeys::ServiceCalendar)).value_or(WorkCalendar::defaultCalendar());
        QTimeZone zone(calendar.timeZoneId().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
        const QDateTime start(from, QTime(0, 0), zone), end(to, QTime(0, 0), zone);
        const QString shift = QString::asprintf("%+d seconds", zone.offsetFromUtc(start));
        const QString where = u" FROM tickets t WHERE t.deleted = 0 AND t.created_at >= ? AND t.created_at < ? "_s;
        const QVariantList period{Timestamp::toText(start.toUTC()), Timestamp::toText(end.toUTC())};

        // Every month the period touches, the empty ones too: a gap in the line is a month.
        for (QDate m(from.year(), from.month(), 1); m < to; m = m.addMonths(1))
            result.months << Line{m.toString(u"yyyy-MM"_s), m.toString(u"yyyy-MM"_s)};
        // One walk of the table, grouped by month, agent, status and kind (a few thousand
        // groups at most); the breakdowns are sums of the groups. Four GROUP BYs would read
        // every row four times (the figures come from columns no index holds).
        QSqlQuery q = db.exec(u"SELECT strftime('%Y-%m', t.created_at, ?), t.assignee_id, t.status, t.kind, "_s
                                  + QLatin1StringView(Aggregates) + where + u"GROUP BY 1, 2, 3, 4"_s,
                              QVariantList{shift} + period);
        QHash<QString, qsizetype> agentAt;
        auto countIn = [](QList<Count> &counts, const QString &code) -> qint64 & {
            auto it = std::find_if(counts.begin(), counts.end(), [&](const Count &c) { return c.code == code; });
            if (it == counts.end()) // a code this client does not know yet: shown as it is
                it = counts.insert(counts.end(), Count{code, code, 0});
            return it->count;
        };
        while (q.next()) {
            const Line group = lineFrom(q, 4);
            result.total += group;
            countIn(result.byStatus, q.value(2).toString()) += group.logged;
            countIn(result.byKind, q.value(3).toString()) += group.logged;
            const QString month = q.value(0).toString();
            auto m = std::find_if(result.months.begin(), result.months.end(), [&](const Line &l) { return l.key == month; });
            if (m != result.months.end())
                *m += group;
            const QString agent = q.value(1).toString();
            auto a = agentAt.constFind(agent);
            if (a == agentAt.cend()) {
                a = agentAt.insert(agent, result.agents.size());
                result.agents << Line{agent, {}};
            }
            result.agents[*a] += group;
        }
        for (Line &agent : result.agents) {
            agent.text = agent.key.isEmpty()
                ? tr("Unassigned")
                : db.scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {agent.key}).toString();
            if (agent.text.isEmpty())
                agent.text = tr("(unknown colleague)");
        }
        std::stable_sort(result.agents.begin(), result.agents.end(), [](const Line &a, const Line &b) {
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty();
            return TextNormalizer::compare(a.text, b.text) < 0;
        });
    } catch (const SchemaError &e) {
        Result failed;
        failed.from = from;
        failed.to = to;
        failed.error = e.message();
        return failed;
    }
    return result;
}

bool ServiceFigures::writeTable(const QString &path, const Result &figures, QString *error)
{
    const auto format = SheetWriter::formatOf(path);
    if (!format) {
        if (error)
            *error = tr("Export as .xlsx or .csv.");
        return false;
    }
    using Type = SheetWriter::Type;
    SheetWriter writer(path, *format, TextEncoding::Encoding::Utf8, tr("By status"));
    auto counts = [&](const QList<Count> &list) {
        bool ok = true;
        for (const Count &c : list)
            ok = ok && writer.addRow({c.text, c.count});
        return ok && writer.addRow({tr("Total of the period"), figures.total.logged});
    };
    const QList<SheetWriter::Column> lineColumns{
        {tr("Tickets"), Type::Integer},
        {tr("Resolved"), Type::Integer},
        {tr("Resolved within SLA"), Type::Integer},
        {tr("SLA met %"), Type::Text},
        {tr("Avg. resolution (h)"), Type::Text},
        {tr("Avg. satisfaction"), Type::Text},
    };
    Line total = figures.total;
    total.text = tr("Total of the period");
    // Shares and averages as text to one decimal ("87.5", "—" for none): what the dialog
    // shows, with no binary fraction in the cell.
    auto lines = [&](const QList<Line> &list) {
        bool ok = true;
        for (const Line &l : list + QList<Line>{total})
            ok = ok
                && writer.addRow({l.text, l.logged, l.resolved, l.slaMet, tenthsText(l.slaMetPermille()),
                                  tenthsText(l.resolutionHoursTenths()), tenthsText(l.satisfactionTenths())});
        return ok;
    };
    const bool ok = writer.open({{tr("Status"), Type::Text}, {tr("Tickets"), Type::Integer}}) && counts(figures.byStatus)
        && writer.nextSheet(tr("By kind"), {{tr("Kind"), Type::Text}, {tr("Tickets"), Type::Integer}}) && counts(figures.byKind)
        && writer.nextSheet(tr("By month"), QList<SheetWriter::Column>{{tr("Month"), Type::Text}} + lineColumns) && lines(figures.months)
        && writer.nextSheet(tr("By agent"), QList<SheetWriter::Column>{{tr("Agent"), Type::Text}} + lineColumns) && lines(figures.agents)
        && writer.finish();
    if (!ok && error)
        *error = writer.errorString();
    return ok;
}

} // namespace Huike
