#include "jobs/demotickets.h"

#include "core/id.h"
#include "core/slarules.h"
#include "core/timestamp.h"
#include "core/workcalendar.h"
#include "schema/database.h"
#include "schema/rows.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace Huike::DemoTickets {

namespace {

void insert(Database &db, const QString &table, Row row)
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

Id idAt(QRandomGenerator &rng, const QDateTime &at)
{
    return Id::fromParts(std::uint64_t(at.toMSecsSinceEpoch()), std::uint16_t(rng.bounded(4096)), rng.generate64() >> 2);
}

struct Member
{
    const char *login;
    const char16_t *name;
    const char *lead; // login of the manager, "" for none
};

const std::array<Member, 2> Team{{{"guoqiang", u"郭强", ""}, {"zhengli", u"郑丽", "guoqiang"}}};

struct Subject
{
    const char *kind;
    const char16_t *text;
};

const std::array<Subject, 16> Subjects{{
    {"fault", u"空压机运行时异响，客户要求上门检修"},
    {"fault", u"数控机床主轴过热报警"},
    {"fault", u"设备无法开机，控制面板无显示"},
    {"fault", u"打印头堵塞，清洗后仍然断线"},
    {"fault", u"液压系统压力不稳定"},
    {"fault", u"软件升级后无法连接数据库"},
    {"consultation", u"咨询设备保修期和延保价格"},
    {"consultation", u"询问备件采购周期"},
    {"consultation", u"咨询操作培训安排"},
    {"consultation", u"询问年度维保合同续签事宜"},
    {"complaint", u"维修工程师迟到两个小时"},
    {"complaint", u"发票开具错误，要求重开"},
    {"complaint", u"备件到货与订单型号不符"},
    {"return", u"收到的配件外包装破损，申请换货"},
    {"return", u"多发了两台设备，申请退回"},
    {"complaint", u"客服电话长时间无人接听"},
}};

QString pick(QRandomGenerator &rng, std::initializer_list<std::pair<const char *, int>> weighted)
{
    int total = 0;
    for (const auto &w : weighted)
        total += w.second;
    int r = int(rng.bounded(total));
    for (const auto &[value, weight] : weighted) {
        if (r < weight)
            return QString::fromLatin1(value);
        r -= weight;
    }
    return QString::fromLatin1(weighted.begin()->first);
}

QVariant orNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(Timestamp::toText(t)) : QVariant();
}

} // namespace

void seedTeam(Database &db)
{
    const QString department = db.scalar(u"SELECT id FROM departments WHERE name = '客服部' AND deleted = 0"_s).toString();
    const QString now = Timestamp::now();
    QHash<QString, QString> ids;
    for (const Member &m : Team) {
        const QString id = Id::generate().toString();
        ids.insert(QString::fromLatin1(m.login), id);
        const QString lead = ids.value(QString::fromLatin1(m.lead));
        insert(db, u"users"_s,
               Row{{u"id"_s, id}, {u"version"_s, 0}, {u"deleted"_s, 0}, {u"created_at"_s, now}, {u"updated_at"_s, now},
                   {u"login"_s, QString::fromLatin1(m.login)}, {u"display_name"_s, QString::fromUtf16(m.name)}, {u"role"_s, u"service"_s},
                   {u"email"_s, QString(QString::fromLatin1(m.login) + u"@huike-demo.cn"_s)}, {u"manager_id"_s, lead.isEmpty() ? QVariant() : QVariant(lead)},
                   {u"disabled"_s, 0}});
        if (!department.isEmpty())
            insert(db, u"user_departments"_s,
                   Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 0}, {u"deleted"_s, 0}, {u"created_at"_s, now},
                       {u"updated_at"_s, now}, {u"user_id"_s, id}, {u"department_id"_s, department}});
    }
    // The data set's agent reports to the lead.
    db.exec(u"UPDATE users SET manager_id = ? WHERE login = 'wuhao'"_s, {ids.value(u"guoqiang"_s)});
}

int seed(Database &db, QRandomGenerator &rng, const QDateTime &nowUtc)
{
    QHash<QString, QString> user;
    QSqlQuery q = db.exec(u"SELECT login, id FROM users WHERE login IN ('guoqiang', 'zhengli', 'wuhao', 'zhaomin')"_s);
    while (q.next())
        user.insert(q.value(0).toString(), q.value(1).toString());
    const QStringList agents{user.value(u"wuhao"_s), user.value(u"zhengli"_s)};
    const QString lead = user.value(u"guoqiang"_s);
    if (agents.contains(QString()) || lead.isEmpty())
        return 0;
    QList<std::pair<QString, QString>> customers; // id, owner
    q = db.exec(u"SELECT id, owner_id FROM customers WHERE deleted = 0 ORDER BY id"_s);
    while (q.next())
        if (rng.bounded(12) == 0)
            customers.append({q.value(0).toString(), q.value(1).toString()});
    const WorkCalendar calendar = WorkCalendar::defaultCalendar();
    const SlaRules rules = SlaRules::defaults();
    const int year = nowUtc.toTimeZone(QTimeZone(calendar.timeZoneId().toUtf8())).date().year();
    int n = 0;
    for (const auto &[customer, owner] : std::as_const(customers)) {
        if (n >= 20000)
            break;
        // Logged in working time within the last 60 days.
        const QDateTime created = calendar.addWorkingMinutes(nowUtc.addSecs(-qint64(rng.bounded(60 * 24 * 60)) * 60), rng.bounded(400));
        if (!created.isValid() || created > nowUtc)
            continue;
        const Subject &s = Subjects[rng.bounded(int(Subjects.size()))];
        const QString priority = pick(rng, {{"urgent", 5}, {"high", 20}, {"normal", 60}, {"low", 15}});
        const QString kind = QString::fromLatin1(s.kind);
        const SlaRules::Target target = rules.targetFor(priority, kind);
        const QDateTime responseDue = SlaRules::due(calendar, created, target.firstResponseMinutes, target.calendar, {});
        const QDateTime resolutionDue = SlaRules::due(calendar, created, target.resolutionMinutes, target.calendar, {});
        const QString agent = agents[int(rng.bounded(int(agents.size())))];
        const qint64 ageDays = created.daysTo(nowUtc);
        // The older, the further along.
        QString status = ageDays > 10 ? pick(rng, {{"closed", 85}, {"resolved", 10}, {"in_progress", 5}})
            : ageDays > 2             ? pick(rng, {{"closed", 30}, {"resolved", 20}, {"in_progress", 30}, {"suspended", 10}, {"assigned", 10}})
                                      : pick(rng, {{"new", 25}, {"assigned", 30}, {"in_progress", 35}, {"suspended", 10}});
        // Answered within its target mostly; a tenth late.
        auto after = [&](const QDateTime &from, const QDateTime &due) {
            const bool late = rng.bounded(10) == 0;
            const qint64 span = std::max<qint64>(1, from.secsTo(due));
            return late ? due.addSecs(qint64(rng.bounded(8 * 3600)) + 60) : from.addSecs(std::max<qint64>(60, qint64(rng.bounded(quint32(std::min<qint64>(span, 2'000'000'000))))));
        };
        QDateTime assigned, responded, resolved, closed;
        if (status != u"new")
            assigned = created.addSecs(60 + rng.bounded(1800));
        if (status != u"new" && status != u"assigned")
            responded = after(assigned, responseDue);
        if (status == u"resolved" || status == u"closed")
            resolved = after(responded.isValid() ? responded : created, resolutionDue);
        if (status == u"closed")
            closed = resolved.addSecs(3600 + rng.bounded(2 * 24 * 3600));
        // What would happen after now has not happened yet: the ticket stopped short of it.
        if (closed.isValid() && closed > nowUtc) {
            closed = {};
            status = u"resolved"_s;
        }
        if (resolved.isValid() && resolved > nowUtc) {
            resolved = {};
            status = u"in_progress"_s;
        }
        if (responded.isValid() && responded.addSecs(1800) > nowUtc) {
            responded = {};
            status = u"assigned"_s;
        }
        if (assigned.isValid() && assigned > nowUtc) {
            assigned = {};
            status = u"new"_s;
        }
        const bool responseLate = responded.isValid() ? responded > responseDue : responseDue < nowUtc;
        const bool resolutionLate = resolved.isValid() ? resolved > resolutionDue : (resolutionDue < nowUtc && status != u"suspended");
        const int level = (responseLate || resolutionLate) && !resolved.isValid() ? 1 : 0;
        const QString assignee = status == u"new" ? QString() : level == 1 ? lead : agent;
        int score = closed.isValid() && rng.bounded(10) < 6 ? int(3 + rng.bounded(3)) : 0;
        QDateTime rated = score ? closed.addSecs(600 + rng.bounded(24 * 3600)) : QDateTime();
        if (rated > nowUtc) {
            rated = {};
            score = 0;
        }
        const QString id = idAt(rng, created).toString();
        const QString number = u"FW-%1-%2"_s.arg(year).arg(++n, 6, 10, QLatin1Char('0'));
        const QDateTime updated = std::max({created, assigned, responded, resolved, closed, rated});
        const QString stopped = status == u"suspended" ? u"[[\"%1\",null]]"_s.arg(Timestamp::toText(responded.addSecs(1800))) : u"[]"_s;
        insert(db, u"tickets"_s,
               Row{{u"id"_s, id}, {u"version"_s, 0}, {u"deleted"_s, 0}, {u"owner_id"_s, owner.isEmpty() ? QVariant() : QVariant(owner)},
                   {u"created_at"_s, Timestamp::toText(created)}, {u"created_by"_s, agent}, {u"updated_at"_s, Timestamp::toText(updated)},
                   {u"updated_by"_s, agent}, {u"customer_id"_s, customer}, {u"number"_s, number}, {u"kind"_s, kind},
                   {u"channel"_s, pick(rng, {{"phone", 60}, {"wechat", 20}, {"email", 10}, {"visit", 10}})}, {u"priority"_s, priority},
                   {u"subject"_s, QString::fromUtf16(s.text)}, {u"status"_s, status},
                   {u"assignee_id"_s, assignee.isEmpty() ? QVariant() : QVariant(assignee)}, {u"level"_s, level},
                   {u"suspend_reason"_s, status == u"suspended" ? QVariant(u"等待备件到货"_s) : QVariant()},
                   {u"resume_on"_s, status == u"suspended" ? QVariant(nowUtc.date().addDays(3).toString(Qt::ISODate)) : QVariant()},
                   {u"resolution"_s, resolved.isValid() ? QVariant(u"已远程指导客户处理，问题解决"_s) : QVariant()},
                   {u"response_due"_s, orNull(responseDue)}, {u"resolution_due"_s, orNull(resolutionDue)},
                   {u"responded_at"_s, orNull(responded)}, {u"resolved_at"_s, orNull(resolved)}, {u"closed_at"_s, orNull(closed)},
                   {u"suspensions"_s, stopped}, {u"response_breached"_s, responseLate ? 1 : 0},
                   {u"resolution_breached"_s, resolutionLate ? 1 : 0}, {u"satisfaction"_s, score ? QVariant(score) : QVariant()},
                   {u"rated_at"_s, orNull(rated)}, {u"survey_token"_s, closed.isValid() ? QVariant(idAt(rng, closed).toString().remove(u'-')) : QVariant()}});
        // The history the server would have written, move by move.
        auto event = [&](const QDateTime &at, const QString &action, const QString &from, const QString &to, const QString &by,
                         const QString &who, const QVariant &note, int atLevel = 0) {
            if (!at.isValid())
                return;
            insert(db, u"ticket_events"_s,
                   Row{{u"id"_s, idAt(rng, at).toString()}, {u"version"_s, 0}, {u"deleted"_s, 0}, {u"owner_id"_s, owner.isEmpty() ? QVariant() : QVariant(owner)},
                       {u"created_at"_s, Timestamp::toText(at)}, {u"created_by"_s, by}, {u"updated_at"_s, Timestamp::toText(at)},
                       {u"updated_by"_s, by}, {u"customer_id"_s, customer}, {u"ticket_id"_s, id}, {u"action"_s, action},
                       {u"from_status"_s, from.isEmpty() ? QVariant() : QVariant(from)}, {u"to_status"_s, to},
                       {u"assignee_id"_s, who.isEmpty() ? QVariant() : QVariant(who)}, {u"level"_s, atLevel}, {u"note"_s, note}});
        };
        event(created, u"logged"_s, {}, u"new"_s, agent, {}, {});
        event(assigned, u"assigned"_s, u"new"_s, u"assigned"_s, lead, agent, {});
        event(responded, u"started"_s, u"assigned"_s, u"in_progress"_s, agent, agent, {});
        if (level == 1) { // the server's minute job found it late and handed it to the lead
            const QDateTime due = responseLate ? responseDue : resolutionDue;
            event(std::min(due.addSecs(60), nowUtc), u"breached"_s, status, status, QString(), lead,
                  responseLate ? u"response"_s : u"resolution"_s, 1);
        }
        if (status == u"suspended")
            event(responded.addSecs(1800), u"suspended"_s, u"in_progress"_s, u"suspended"_s, agent, agent, u"等待备件到货"_s);
        event(resolved, u"resolved"_s, u"in_progress"_s, u"resolved"_s, agent, agent, {});
        event(closed, u"closed"_s, u"resolved"_s, u"closed"_s, lead, agent, {});
        if (rated.isValid())
            event(rated, u"rated"_s, u"closed"_s, u"closed"_s, agent, agent, {});
    }
    return n;
}

} // namespace Huike::DemoTickets
