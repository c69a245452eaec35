#include "models/ticketservice.h"

#include "core/approval.h"
#include "core/enums.h"
#include "core/pipelinepolicy.h"
#include "core/slarules.h"
#include "core/ticketpolicy.h"
#include "core/timestamp.h"
#include "core/workcalendar.h"
#include "models/modelerror.h"
#include "models/ticketservice_p.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/timelinetexts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace TicketServiceDetail;

namespace {

QDateTime instant(const QVariant &v)
{
    return Timestamp::parse(v.toString()).value_or(QDateTime());
}

// The open statuses, as SQL.
constexpr auto OpenStatuses = "('new', 'assigned', 'in_progress', 'suspended')";

} // namespace

bool TicketService::Ticket::isOpen() const
{
    return TicketPolicy::isOpen(status);
}

const TicketService::Clock &TicketService::Item::due() const
{
    return response.state == Clock::State::Running || response.state == Clock::State::Paused ? response : resolution;
}

TicketService::TicketService(Replica &replica) : m_replica(replica) { }

QString TicketService::statusText(const QString &status)
{
    return TimelineTexts::ticketStatus(status);
}

QString TicketService::kindText(const QString &kind)
{
    return TimelineTexts::ticketKind(kind);
}

QString TicketService::priorityText(const QString &priority)
{
    return enumLabelFor(u"TicketPriority", priority).value_or(priority);
}

QString TicketService::channelText(const QString &channel)
{
    return enumLabelFor(u"TicketChannel", channel).value_or(channel);
}

QString TicketService::actionText(const QString &action)
{
    static const QHash<QString, const char *> texts{
        {u"logged"_s, QT_TR_NOOP("Logged")},       {u"assigned"_s, QT_TR_NOOP("Assigned")},
        {u"started"_s, QT_TR_NOOP("Started")},     {u"suspended"_s, QT_TR_NOOP("Suspended")},
        {u"resumed"_s, QT_TR_NOOP("Resumed")},     {u"resolved"_s, QT_TR_NOOP("Resolved")},
        {u"closed"_s, QT_TR_NOOP("Closed")},       {u"reopened"_s, QT_TR_NOOP("Reopened")},
        {u"escalated"_s, QT_TR_NOOP("Escalated")}, {u"breached"_s, QT_TR_NOOP("SLA breached, escalated")},
        {u"rated"_s, QT_TR_NOOP("Rated")},         {u"noted"_s, QT_TR_NOOP("Note")},
        {u"surveyed"_s, QT_TR_NOOP("Rated by the customer (survey link)")},
    };
    const char *text = texts.value(action);
    return text ? tr(text) : action;
}

QString TicketService::clockText(const Clock &clock)
{
    auto span = [](qint64 minutes) {
        const qint64 m = qAbs(minutes);
        if (m >= 60)
            return tr("%1 h %2 min").arg(m / 60).arg(m % 60);
        return tr("%1 min").arg(m);
    };
    switch (clock.state) {
    case Clock::State::Unknown:
        return tr("set when synced");
    case Clock::State::Met:
        return tr("met");
    case Clock::State::Missed:
        return tr("missed");
    case Clock::State::Paused:
        return tr("paused, %1 left").arg(span(clock.minutesLeft));
    case Clock::State::Running:
        break;
    }
    if (clock.overdueDays > 0)
        return tr("overdue by %n day(s)", nullptr, int(clock.overdueDays));
    return clock.minutesLeft < 0 ? tr("overdue by %1").arg(span(clock.minutesLeft)) : tr("%1 left").arg(span(clock.minutesLeft));
}

QString TicketService::myRole()
{
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {orEmpty(m_replica.userId())}).toString();
}

bool TicketService::iServe()
try {
    const auto role = enumFromCode<UserRole>(myRole());
    return role && TicketPolicy::serves(*role);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

TicketService::Ticket TicketService::fromRow(const QVariantMap &row)
{
    Ticket t;
    auto text = [&](const char *column) { return row.value(QString::fromLatin1(column)).toString(); };
    t.id = text("id");
    t.number = text("number");
    t.customerId = text("customer_id");
    t.contactId = text("contact_id");
    t.productId = text("product_id");
    t.assetId = text("asset_id");
    t.kind = text("kind");
    t.channel = text("channel");
    t.priority = text("priority");
    t.subject = text("subject");
    t.description = text("description");
    t.status = text("status");
    t.assigneeId = text("assignee_id");
    t.level = row.value(u"level"_s).toInt();
    t.suspendReason = text("suspend_reason");
    t.resumeOn = QDate::fromString(text("resume_on"), Qt::ISODate);
    t.resolution = text("resolution");
    t.stepNote = text("step_note");
    t.satisfaction = row.value(u"satisfaction"_s).toInt();
    t.satisfactionComment = text("satisfaction_comment");
    t.surveyToken = text("survey_token");
    t.createdAt = instant(row.value(u"created_at"_s));
    t.responseDue = instant(row.value(u"response_due"_s));
    t.resolutionDue = instant(row.value(u"resolution_due"_s));
    t.respondedAt = instant(row.value(u"responded_at"_s));
    t.resolvedAt = instant(row.value(u"resolved_at"_s));
    t.closedAt = instant(row.value(u"closed_at"_s));
    t.ratedAt = instant(row.value(u"rated_at"_s));
    t.responseBreached = row.value(u"response_breached"_s).toInt() != 0;
    t.resolutionBreached = row.value(u"resolution_breached"_s).toInt() != 0;
    t.createdBy = text("created_by");
    if (t.status == u"suspended") {
        const QJsonArray stops = QJsonDocument::fromJson(text("suspensions").toUtf8()).array();
        if (!stops.isEmpty() && stops.last().toArray().at(1).isNull())
            t.suspendedSince = Timestamp::parse(stops.last().toArray().at(0).toString()).value_or(QDateTime());
    }
    return t;
}

WorkCalendar TicketService::calendar()
{
    return WorkCalendar::fromJson(Rows::setting(m_replica.database(), SettingKeys::ServiceCalendar)).value_or(WorkCalendar::defaultCalendar());
}

SlaRules TicketService::slaRules()
{
    return SlaRules::fromJson(Rows::setting(m_replica.database(), SettingKeys::ServiceSla)).value_or(SlaRules::defaults());
}

TicketService::Clock TicketService::clock(const Ticket &t, const QDateTime &due, const QDateTime &stoppedAt, bool breached,
                                          const QDateTime &nowUtc, const WorkCalendar &calendar, const SlaRules &rules)
{
    Clock c;
    c.due = due;
    if (!due.isValid())
        return c;
    if (stoppedAt.isValid()) {
        c.state = stoppedAt <= due && !breached ? Clock::State::Met : Clock::State::Missed;
        return c;
    }
    const bool roundTheClock = rules.targetFor(t.priority, t.kind).calendar;
    if (t.status == u"suspended" && t.suspendedSince.isValid()) {
        c.state = Clock::State::Paused;
        c.minutesLeft = SlaRules::minutesLeft(calendar, t.suspendedSince, due, roundTheClock);
        return c;
    }
    c.state = Clock::State::Running;
    if (due < nowUtc.addDays(-7)) {
        c.overdueDays = due.secsTo(nowUtc) / 86400;
        c.minutesLeft = -due.secsTo(nowUtc) / 60;
        return c;
    }
    c.minutesLeft = SlaRules::minutesLeft(calendar, nowUtc, due, roundTheClock);
    return c;
}

TicketService::Clock TicketService::responseClock(const Ticket &t, const QDateTime &nowUtc)
try {
    return clock(t, t.responseDue, t.respondedAt.isValid() ? t.respondedAt : t.resolvedAt, t.responseBreached, nowUtc, calendar(),
                 slaRules());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

TicketService::Clock TicketService::resolutionClock(const Ticket &t, const QDateTime &nowUtc)
try {
    return clock(t, t.resolutionDue, t.resolvedAt.isValid() ? t.resolvedAt : t.closedAt, t.resolutionBreached, nowUtc, calendar(),
                 slaRules());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

namespace {

// The WHERE of a view and filter over `tickets t`.
QString viewWhere(TicketService::View view, const TicketService::Filter &f, const QString &me, QVariantList &args)
{
    QString where = u"t.deleted = 0"_s;
    const QString open = u" AND t.status IN "_s + QLatin1StringView(OpenStatuses);
    switch (view) {
    case TicketService::View::Mine:
        where += open + u" AND t.assignee_id = ?"_s;
        args << me;
        break;
    case TicketService::View::Team:
        where += open
            + u" AND t.assignee_id IN (WITH RECURSIVE team(id) AS (SELECT ? UNION SELECT u.id FROM users u JOIN team ON u.manager_id = team.id) "
              u"SELECT id FROM team)"_s;
        args << me;
        break;
    case TicketService::View::Unassigned:
        where += open + u" AND t.assignee_id IS NULL"_s;
        break;
    case TicketService::View::Overdue:
        where += open
            + u" AND t.status <> 'suspended' AND ((t.responded_at IS NULL AND t.response_due < ?) OR t.resolution_due < ?)"_s;
        args << Timestamp::toText(QDateTime::currentDateTimeUtc()) << Timestamp::toText(QDateTime::currentDateTimeUtc());
        break;
    case TicketService::View::Open:
        where += open;
        break;
    case TicketService::View::All:
        break;
    }
    if (!f.kind.isEmpty()) {
        where += u" AND t.kind = ?"_s;
        args << f.kind;
    }
    if (!f.priority.isEmpty()) {
        where += u" AND t.priority = ?"_s;
        args << f.priority;
    }
    if (!f.status.isEmpty()) {
        where += u" AND t.status = ?"_s;
        args << f.status;
    }
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString like = u'%' + escaped + u'%';
        where += u" AND (t.number LIKE ? ESCAPE '\\' OR t.subject LIKE ? ESCAPE '\\' "
                 u"OR t.customer_id IN (SELECT id FROM customers WHERE name LIKE ? ESCAPE '\\'))"_s;
        args << like << like << like;
    }
    return where;
}

} // namespace

QList<TicketService::Item> TicketService::list(View view, const Filter &filter, int limit)
try {
    Database &db = m_replica.database();
    QVariantList args;
    const QString where = viewWhere(view, filter, orEmpty(m_replica.userId()), args);
    // Open views: the most urgent first (the earliest due instant; a suspended one's clock
    // stands still, after the others); all: the newest.
    // (Ids are UUIDv7: their order is the order they were made in, and the primary key's.)
    const QString order = view == View::All ? u"t.id DESC"_s
                                            : u"t.status = 'suspended', COALESCE(CASE WHEN t.responded_at IS NULL THEN t.response_due END, t.resolution_due, "
                                              u"'9999'), t.created_at, t.id"_s;
    args << limit;
    // One reading of the rows; the few names they show, once each.
    const QList<Row> rows = Rows::select(db, u"tickets"_s, where + u" ORDER BY "_s + order + u" LIMIT ?"_s, args, u"t"_s);
    QHash<QString, QString> names;
    auto name = [&](const char *sql, const QString &id) {
        if (id.isEmpty())
            return QString();
        const QString key = QLatin1StringView(sql).left(20) + id;
        if (const auto it = names.constFind(key); it != names.cend())
            return *it;
        return names[key] = db.scalar(QString::fromLatin1(sql), {id}).toString();
    };
    QList<Item> out;
    out.reserve(rows.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const WorkCalendar workCalendar = calendar();
    const SlaRules rules = slaRules();
    for (const Row &row : rows) {
        Item item;
        item.ticket = fromRow(row);
        const Ticket &t = item.ticket;
        item.customerName = name("SELECT name FROM customers WHERE id = ?", t.customerId);
        item.assigneeName = name("SELECT display_name FROM users WHERE id = ?", t.assigneeId);
        item.response = clock(t, t.responseDue, t.respondedAt.isValid() ? t.respondedAt : t.resolvedAt, t.responseBreached, now,
                              workCalendar, rules);
        item.resolution = clock(t, t.resolutionDue, t.resolvedAt.isValid() ? t.resolvedAt : t.closedAt, t.resolutionBreached, now,
                                workCalendar, rules);
        out << item;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QHash<QString, int> TicketService::countByStatus(View view, const Filter &filter)
try {
    QVariantList args;
    const QString where = viewWhere(view, filter, orEmpty(m_replica.userId()), args);
    // Closed tickets are most of them and on no board: not counted (a walk of the table).
    QSqlQuery q = m_replica.database().exec(u"SELECT t.status, count(*) FROM tickets t WHERE "_s + where
                                                + u" AND t.status IN ('new', 'assigned', 'in_progress', 'suspended', 'resolved') "
                                                  u"GROUP BY t.status"_s,
                                            args);
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

int TicketService::overdueCount()
{
    int n = 0;
    for (int c : countByStatus(View::Overdue))
        n += c;
    return n;
}

std::optional<TicketService::Ticket> TicketService::load(const QString &id)
try {
    const auto row = m_replica.read(u"tickets"_s, id);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    return fromRow(*row);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

TicketService::Ticket TicketService::newTicket(const QString &customerId)
try {
    Ticket t;
    t.customerId = customerId;
    t.number = m_replica.nextNumber(u"ticket"_s, QDate::currentDate().year(), u"tickets"_s);
    return t;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool TicketService::mayEdit(const Ticket &t)
{
    return !TicketPolicy::editable(t.status);
}

ValidationErrors TicketService::save(Ticket &t)
try {
    ValidationErrors errors;
    if (!t.id.isEmpty() && !mayEdit(t)) {
        errors.add(u"status"_s, u"document_locked"_s, tr("A closed ticket is not changed: reopen it first."));
        return errors;
    }
    if (t.customerId.isEmpty() || !m_replica.read(u"customers"_s, t.customerId))
        errors.add(u"customerId"_s, u"required"_s, tr("Choose the customer the ticket is for."));
    if (t.subject.trimmed().isEmpty())
        errors.add(u"subject"_s, u"required"_s, tr("Say what the customer asks or reports."));
    if (!enumFromCode<TicketKind>(t.kind))
        errors.add(u"kind"_s, u"invalid"_s, tr("Choose the kind of ticket."));
    if (!enumFromCode<TicketChannel>(t.channel))
        errors.add(u"channel"_s, u"invalid"_s, tr("Choose how the customer reached you."));
    if (!enumFromCode<TicketPriority>(t.priority))
        errors.add(u"priority"_s, u"invalid"_s, tr("Choose the priority."));
    if (!t.assetId.isEmpty()) {
        // The asset is one of the customer's, and its product is the ticket's (as the server has it).
        const auto asset = m_replica.read(u"assets"_s, t.assetId);
        if (!asset || asset->value(u"customer_id"_s).toString() != t.customerId)
            errors.add(u"assetId"_s, u"not_found"_s, tr("The asset is not one of this customer's."));
        else
            t.productId = asset->value(u"product_id"_s).toString();
    }
    if (errors)
        return errors;
    Row values{{u"kind"_s, t.kind},
               {u"channel"_s, t.channel},
               {u"priority"_s, t.priority},
               {u"subject"_s, t.subject.trimmed()},
               {u"description"_s, orNull(t.description)},
               {u"contact_id"_s, orNull(t.contactId)},
               {u"product_id"_s, orNull(t.productId)},
               {u"asset_id"_s, orNull(t.assetId)}};
    if (t.id.isEmpty()) {
        Database &db = m_replica.database();
        if (db.scalar(u"SELECT count(*) FROM tickets WHERE number = ?"_s, {orEmpty(t.number)}).toInt() > 0 || t.number.isEmpty())
            t.number = m_replica.nextNumber(u"ticket"_s, QDate::currentDate().year(), u"tickets"_s); // taken meanwhile
        Replica::Batch batch(m_replica);
        m_replica.usePooledNumber(t.number);
        values[u"customer_id"_s] = t.customerId;
        values[u"number"_s] = t.number;
        values[u"status"_s] = u"new"_s;
        values[u"level"_s] = 0;
        const Row created = m_replica.create(u"tickets"_s, values);
        batch.commit();
        t = fromRow(created);
    } else {
        t = fromRow(m_replica.update(u"tickets"_s, t.id, values));
    }
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString TicketService::remove(const QString &id)
try {
    const auto t = load(id);
    if (!t)
        return {};
    if (t->status != u"new")
        return tr("Only a new ticket is deleted; close the others.");
    m_replica.remove(u"tickets"_s, id);
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
