// Service tickets on a service lead's replica (issue 20, V1): HUIKE_BENCH_TICKETS tickets
// (default 200,000: years of a busy service desk) over a tenth as many customers, mostly
// closed, handled by 30 agents in three teams. Prints the 服务 page's lists (mine, my team's,
// unassigned, overdue, all open, all), a text filter, the board (the counts by status and
// a column each), the overdue count of the status bar, a ticket's history, an agent's
// reminders and a customer's 360° figures; and half as many assets (V2) as tickets: a
// customer's assets with their warranty, the ticket editor's choice of them, the check of
// 50 pasted serial numbers; the service figures (服务统计) of the last six months.
#include "benchutil.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "models/assetservice.h"
#include "models/customer360.h"
#include "models/servicefigures.h"
#include "models/ticketservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

const QString Stamp = u"2026-01-01T00:00:00.000Z"_s;

void insert(Database &db, const QString &table, const Row &row)
{
    QStringList columns;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        columns << it.key();
        values << it.value();
    }
    db.exec(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)),
            values);
}

Row meta(const QString &id, const QString &at = Stamp)
{
    return Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"created_at"_s, at}, {u"updated_at"_s, at}};
}

template<typename F>
double medianMs(int n, F f)
{
    QList<double> times;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return Bench::percentile(times, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 count = Bench::envInt("HUIKE_BENCH_TICKETS", 200000);
    const qint64 customerCount = std::max<qint64>(10, count / 10);
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("HUIKE_BENCH_KEEP")); // to read the plans after
    auto replica = Replica::open(dir.filePath(u"bench-tickets.sqlite"_s));
    if (!qEnvironmentVariableIsEmpty("HUIKE_BENCH_KEEP"))
        std::fprintf(stderr, "replica: %s\n", qPrintable(dir.filePath(u"bench-tickets.sqlite"_s)));
    Database &db = replica->database();
    QRandomGenerator rng(20261207);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    QString lead;
    QStringList agents, customers;
    {
        Transaction t(db);
        auto user = [&](const QString &login, const QString &manager) {
            const QString id = Id::generate().toString();
            Row u = meta(id);
            u.insert({{u"login"_s, login}, {u"display_name"_s, login}, {u"role"_s, u"service"_s}, {u"disabled"_s, 0}});
            if (!manager.isEmpty())
                u[u"manager_id"_s] = manager;
            insert(db, u"users"_s, u);
            return id;
        };
        lead = user(u"lead"_s, {});
        for (int team = 0; team < 3; ++team) {
            const QString head = user(u"head%1"_s.arg(team), lead);
            agents << head;
            for (int a = 0; a < 9; ++a)
                agents << user(u"agent%1_%2"_s.arg(team).arg(a), head);
        }
        for (qint64 i = 0; i < customerCount; ++i) {
            const QString id = Id::generate().toString();
            Row c = meta(id);
            c.insert({{u"name"_s, u"客户%1机械有限公司"_s.arg(i)}, {u"status"_s, u"active"_s}, {u"type"_s, u"end"_s}});
            insert(db, u"customers"_s, c);
            customers << id;
        }
        const QStringList kinds{u"consultation"_s, u"complaint"_s, u"fault"_s, u"return"_s};
        const QStringList priorities{u"urgent"_s, u"high"_s, u"normal"_s, u"normal"_s, u"low"_s};
        for (qint64 i = 0; i < count; ++i) {
            // Created over the last two years; the last two weeks' still open.
            const QDateTime created = now.addSecs(-qint64(rng.bounded(730 * 24 * 3600)));
            const bool recent = created.daysTo(now) < 14;
            const QString status = recent ? QStringList{u"new"_s, u"assigned"_s, u"in_progress"_s, u"suspended"_s, u"resolved"_s}[int(rng.bounded(5))]
                                          : (rng.bounded(50) == 0 ? u"in_progress"_s : u"closed"_s);
            const QString id = Id::generate().toString();
            const QString agent = status == u"new" ? QString() : agents[int(rng.bounded(int(agents.size())))];
            Row r = meta(id, Timestamp::toText(created));
            r.insert({{u"customer_id"_s, customers[int(rng.bounded(int(customers.size())))]},
                      {u"number"_s, u"FW-%1-%2"_s.arg(created.date().year()).arg(i + 1, 6, 10, QChar(u'0'))},
                      {u"kind"_s, kinds[int(rng.bounded(4))]}, {u"channel"_s, u"phone"_s}, {u"priority"_s, priorities[int(rng.bounded(5))]},
                      {u"subject"_s, u"设备故障报修 %1"_s.arg(i)}, {u"status"_s, status},
                      {u"assignee_id"_s, agent.isEmpty() ? QVariant() : QVariant(agent)}, {u"level"_s, 0},
                      {u"response_due"_s, Timestamp::toText(created.addSecs(4 * 3600))},
                      {u"resolution_due"_s, Timestamp::toText(created.addSecs(3 * 24 * 3600))},
                      {u"responded_at"_s, status == u"new" || status == u"assigned" ? QVariant() : QVariant(Timestamp::toText(created.addSecs(3600)))},
                      {u"closed_at"_s, status == u"closed" ? QVariant(Timestamp::toText(created.addSecs(2 * 24 * 3600))) : QVariant()},
                      {u"response_breached"_s, 0}, {u"resolution_breached"_s, 0}});
            insert(db, u"tickets"_s, r);
            for (int e = 0; e < (i % 20 == 0 ? 5 : 0); ++e) { // a twentieth with their history
                Row ev = meta(Id::generate().toString(), Timestamp::toText(created.addSecs(e * 600)));
                ev.insert({{u"customer_id"_s, r.value(u"customer_id"_s)}, {u"ticket_id"_s, id}, {u"action"_s, u"started"_s},
                           {u"to_status"_s, status}, {u"level"_s, 0}});
                insert(db, u"ticket_events"_s, ev);
            }
        }
        // Assets: 20 products in five categories (every fourth a part), half as many
        // assets as tickets, delivered over the last three years.
        QStringList products;
        for (int p = 0; p < 20; ++p) {
            const QString id = Id::generate().toString();
            Row r = meta(id);
            r.insert({{u"code"_s, u"P-%1"_s.arg(p)}, {u"name"_s, u"设备型号 %1"_s.arg(p)}, {u"category"_s, u"类别%1"_s.arg(p % 5)},
                      {u"is_part"_s, p % 4 == 0 ? 1 : 0}, {u"active"_s, 1}, {u"list_price_e4"_s, 0}, {u"vat_rate_e4"_s, 130000},
                      {u"currency"_s, u"CNY"_s}});
            insert(db, u"products"_s, r);
            products << id;
        }
        for (qint64 i = 0; i < count / 2; ++i) {
            Row r = meta(Id::generate().toString());
            r.insert({{u"customer_id"_s, customers[int(i % customers.size())]}, {u"product_id"_s, products[int(rng.bounded(20))]},
                      {u"serial_number"_s, u"SN%1"_s.arg(i, 8, 10, QChar(u'0'))},
                      {u"delivered_on"_s, now.date().addDays(-qint64(rng.bounded(3 * 365))).toString(Qt::ISODate)},
                      {u"status"_s, u"in_use"_s}});
            insert(db, u"assets"_s, r);
        }
        t.commit();
    }
    db.exec(u"ANALYZE"_s);

    TicketService tickets(*replica);
    const QString agent = agents[1];
    replica->setUserId(agent);
    Bench::report("tickets.count", double(count), "tickets");
    int shown = 0;
    Bench::report("tickets.list_mine_ms", medianMs(9, [&] { shown = int(tickets.list(TicketService::View::Mine).size()); }), "ms");
    Bench::report("tickets.mine", shown, "tickets");
    Bench::report("tickets.list_unassigned_ms", medianMs(9, [&] { (void)tickets.list(TicketService::View::Unassigned); }), "ms");
    Bench::report("tickets.list_overdue_ms", medianMs(9, [&] { (void)tickets.list(TicketService::View::Overdue); }), "ms");
    Bench::report("tickets.list_open_ms", medianMs(9, [&] { shown = int(tickets.list(TicketService::View::Open).size()); }), "ms");
    Bench::report("tickets.list_all_ms", medianMs(9, [&] { (void)tickets.list(TicketService::View::All); }), "ms");
    Bench::report("tickets.filter_text_ms", medianMs(9, [&] { (void)tickets.list(TicketService::View::All, {u"客户123"_s, {}, {}, {}}); }), "ms");
    Bench::report("tickets.overdue_count_ms", medianMs(9, [&] { (void)tickets.overdueCount(); }), "ms");
    replica->setUserId(lead);
    Bench::report("tickets.list_team_ms", medianMs(9, [&] { (void)tickets.list(TicketService::View::Team); }), "ms");
    // The board: the heading counts and five columns of up to 100 cards.
    Bench::report("tickets.board_ms", medianMs(5, [&] {
                      (void)tickets.countByStatus(TicketService::View::All);
                      for (const QString &s : {u"new"_s, u"assigned"_s, u"in_progress"_s, u"suspended"_s, u"resolved"_s})
                          (void)tickets.list(TicketService::View::All, {{}, {}, {}, s}, 100);
                  }),
                  "ms");
    const QString withHistory = db.scalar(u"SELECT ticket_id FROM ticket_events LIMIT 1"_s).toString();
    Bench::report("tickets.history_ms", medianMs(21, [&] { (void)tickets.history(withHistory); }), "ms");
    replica->setUserId(agent);
    Customer360 view(*replica);
    Bench::report("tickets.reminders_ms", medianMs(9, [&] { (void)view.reminders(QDate::currentDate()); }), "ms");
    Bench::report("tickets.figures_360_ms", medianMs(21, [&] { (void)view.figures(customers.first()); }), "ms");

    AssetService assets(*replica);
    Bench::report("assets.count", double(count / 2), "assets");
    Bench::report("assets.customer_list_ms", medianMs(21, [&] { (void)assets.assetsOf(customers[7]); }), "ms");
    Bench::report("assets.ticket_choices_ms", medianMs(21, [&] { (void)tickets.assetsOf(customers[7], QDate::currentDate()); }), "ms");
    // 50 pasted serial numbers, the last typed twice: each looked up, none written.
    QStringList pasted;
    for (int i = 0; i < 49; ++i)
        pasted << u"NEW-%1"_s.arg(i);
    pasted << u"NEW-0"_s;
    AssetService::Asset pattern = assets.newAsset(customers[7]);
    pattern.productId = assets.assetsOf(customers[7]).value(0).asset.productId;
    Bench::report("assets.register_check_50_ms", medianMs(9, [&] { (void)assets.registerSerials(pattern, pasted); }), "ms");
    // 服务统计 over the default period (the last six months: a quarter of the tickets, every
    // row of the table read, no index on created_at), as the lead opens it.
    replica->setUserId(lead);
    ServiceFigures figures(*replica);
    const auto [from, to] = ServiceFigures::defaultPeriod(QDate::currentDate());
    Bench::report("tickets.figures_ms", medianMs(5, [&] { (void)figures.compute(from, to); }), "ms");
    return 0;
}
