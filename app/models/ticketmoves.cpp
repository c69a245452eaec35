// TicketService's moves (assign, start, suspend … rate), what the user may do now, the
// history and the lists an editor chooses from.
#include "models/ticketservice.h"

#include "core/approval.h"
#include "core/enums.h"
#include "core/slarules.h"
#include "core/ticketpolicy.h"
#include "core/timestamp.h"
#include "core/workcalendar.h"
#include "models/assetservice.h"
#include "models/modelerror.h"
#include "models/ticketservice_p.h"
#include "models/outcometext.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace TicketServiceDetail;

namespace {

// The policy's refusal in the user's words.
QString refusalText(const PipelineRefusal &r)
{
    if (r.code == u"required") {
        if (r.field == u"suspendReason")
            return TicketService::tr("Say why the ticket waits.");
        if (r.field == u"resumeOn")
            return TicketService::tr("Say when work on the ticket resumes.");
        if (r.field == u"resolution")
            return TicketService::tr("Say how the ticket was solved.");
        if (r.field == u"assigneeId")
            return TicketService::tr("Choose who works on the ticket.");
    }
    if (r.code == u"out_of_range" && r.field == u"resumeOn")
        return TicketService::tr("The resume date is today or later.");
    if (r.code == u"out_of_range" && r.field == u"satisfaction")
        return TicketService::tr("A rating is 1 to 5.");
    if (r.code == u"forbidden")
        return TicketService::tr("Only service staff or the person on the ticket may do this.");
    if (r.code == u"invalid_transition" && r.field == u"level")
        return TicketService::tr("A ticket is escalated one level at a time, while it is open: to the manager, then to a director.");
    if (r.code == u"invalid_transition")
        return TicketService::tr("This step does not follow from the ticket's status.");
    return OutcomeText::reason(r.code);
}

} // namespace

QString TicketService::move(Ticket &ticket, Ticket next, const QString &note)
try {
    if (ticket.id.isEmpty())
        return tr("Save the ticket first.");
    const auto role = enumFromCode<UserRole>(myRole());
    if (!role)
        return tr("Your account is not known on this computer yet: sync first.");
    const WorkCalendar workCalendar = calendar();
    const SlaRules rules = slaRules();
    const QTimeZone zone(workCalendar.timeZoneId().toUtf8());
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const int closedDaysAgo = ticket.closedAt.isValid() ? int(ticket.closedAt.toTimeZone(zone).date().daysTo(today)) : 0;

    TicketPolicy::Ticket t;
    t.status = next.status;
    t.assigneeId = next.assigneeId;
    t.previousAssigneeId = ticket.assigneeId;
    t.suspendReason = next.suspendReason;
    t.resumeOn = next.resumeOn;
    t.resolution = next.resolution;
    t.level = next.level;
    t.previousLevel = ticket.level;
    const bool rated = next.satisfaction != ticket.satisfaction || next.satisfactionComment != ticket.satisfactionComment;
    if (rated) {
        if (const PipelineVerdict v = TicketPolicy::rating(next.status, next.satisfaction, ticket.ratedAt.isValid() || ticket.satisfaction > 0))
            return refusalText(*v);
    } else if (const PipelineVerdict v =
                   TicketPolicy::transition({m_replica.userId(), *role}, ticket.status, t, today, closedDaysAgo, rules.reopenDays())) {
        return refusalText(*v);
    }
    Row changes;
    auto put = [&](const QString &column, const QVariant &before, const QVariant &after) {
        if (before != after)
            changes.insert(column, after);
    };
    put(u"status"_s, ticket.status, next.status);
    put(u"assignee_id"_s, orNull(ticket.assigneeId), orNull(next.assigneeId));
    put(u"level"_s, ticket.level, next.level);
    put(u"suspend_reason"_s, orNull(ticket.suspendReason), orNull(next.suspendReason));
    put(u"resume_on"_s, ticket.resumeOn.isValid() ? QVariant(ticket.resumeOn.toString(Qt::ISODate)) : QVariant(),
        next.resumeOn.isValid() ? QVariant(next.resumeOn.toString(Qt::ISODate)) : QVariant());
    put(u"resolution"_s, orNull(ticket.resolution), orNull(next.resolution));
    if (rated) {
        changes.insert(u"satisfaction"_s, next.satisfaction);
        changes.insert(u"satisfaction_comment"_s, orNull(next.satisfactionComment));
    }
    // The note goes with the move; an empty one clears the last so that the history does
    // not repeat it.
    put(u"step_note"_s, orNull(ticket.stepNote), orNull(note));
    if (changes.isEmpty())
        return {};
    ticket = fromRow(m_replica.update(u"tickets"_s, ticket.id, changes));
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString TicketService::assign(Ticket &ticket, const QString &assigneeId, const QString &note)
{
    Ticket next = ticket;
    next.assigneeId = assigneeId;
    // Handing it on makes it assigned again; a suspended or resolved one is taken back into work first.
    next.status = u"assigned"_s;
    return move(ticket, next, note);
}

QString TicketService::start(Ticket &ticket, const QString &note)
{
    Ticket next = ticket;
    next.status = u"in_progress"_s;
    if (next.assigneeId.isEmpty())
        next.assigneeId = m_replica.userId(); // taking an unassigned ticket takes it on
    return move(ticket, next, note);
}

QString TicketService::suspend(Ticket &ticket, const QString &reason, const QDate &resumeOn, const QString &note)
{
    Ticket next = ticket;
    next.status = u"suspended"_s;
    next.suspendReason = reason;
    next.resumeOn = resumeOn;
    return move(ticket, next, note);
}

QString TicketService::resume(Ticket &ticket, const QString &note)
{
    Ticket next = ticket;
    next.status = u"in_progress"_s;
    return move(ticket, next, note);
}

QString TicketService::resolve(Ticket &ticket, const QString &resolution, const QString &note)
{
    Ticket next = ticket;
    next.status = u"resolved"_s;
    next.resolution = resolution;
    return move(ticket, next, note);
}

QString TicketService::close(Ticket &ticket, const QString &note)
{
    Ticket next = ticket;
    next.status = u"closed"_s;
    return move(ticket, next, note);
}

QString TicketService::reopen(Ticket &ticket, const QString &note)
{
    if (note.trimmed().isEmpty())
        return tr("Say why the ticket is reopened.");
    Ticket next = ticket;
    next.status = u"in_progress"_s;
    return move(ticket, next, note);
}

QString TicketService::escalate(Ticket &ticket, const QString &note)
{
    if (note.trimmed().isEmpty())
        return tr("Say why the ticket is escalated.");
    Ticket next = ticket;
    next.level = ticket.level + 1; // the server hands it to the manager, then a director
    return move(ticket, next, note);
}

QString TicketService::rate(Ticket &ticket, int score, const QString &comment)
{
    Ticket next = ticket;
    next.satisfaction = score;
    next.satisfactionComment = comment.trimmed();
    return move(ticket, next, {});
}

QStringList TicketService::allowedMoves(const Ticket &ticket)
try {
    QStringList out;
    if (ticket.id.isEmpty())
        return out;
    const auto role = enumFromCode<UserRole>(myRole());
    if (!role)
        return out;
    const bool serving = TicketPolicy::serves(*role);
    const bool mine = !ticket.assigneeId.isEmpty() && ticket.assigneeId == m_replica.userId();
    const QString &s = ticket.status;
    if (serving && s != u"resolved" && s != u"closed")
        out << u"assign"_s;
    if ((serving || mine) && (s == u"new" || s == u"assigned"))
        out << u"start"_s;
    if ((serving || mine) && s == u"in_progress")
        out << u"suspend"_s;
    if ((serving || mine) && s == u"suspended")
        out << u"resume"_s;
    if ((serving || mine) && (s == u"in_progress" || s == u"suspended"))
        out << u"resolve"_s;
    if ((serving || mine) && s == u"resolved")
        out << u"close"_s << u"reopen"_s;
    if (serving && s == u"closed") {
        const SlaRules rules = slaRules();
        if (ticket.closedAt.isValid() && ticket.closedAt.daysTo(QDateTime::currentDateTimeUtc()) <= rules.reopenDays())
            out << u"reopen"_s;
    }
    if ((serving || mine) && ticket.isOpen() && ticket.level < 2)
        out << u"escalate"_s;
    if (s == u"closed" && ticket.satisfaction == 0 && !ticket.ratedAt.isValid())
        out << u"rate"_s;
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<TicketService::Event> TicketService::history(const QString &ticketId)
try {
    QList<Event> out;
    QSqlQuery q = m_replica.database().exec(
        u"SELECT e.created_at, e.action, e.from_status, e.to_status, b.display_name, a.display_name, e.level, e.note "
        u"FROM ticket_events e LEFT JOIN users b ON b.id = e.created_by LEFT JOIN users a ON a.id = e.assignee_id "
        u"WHERE e.ticket_id = ? AND e.deleted = 0 ORDER BY e.created_at, e.id"_s,
        {orEmpty(ticketId)});
    while (q.next())
        out << Event{Timestamp::parse(q.value(0).toString()).value_or(QDateTime()),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toString(),
                     q.value(4).toString(),
                     q.value(5).toString(),
                     q.value(6).toInt(),
                     q.value(7).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<TicketService::Person> TicketService::assignees()
try {
    QList<Person> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, display_name FROM users WHERE deleted = 0 AND disabled = 0 "
                                            u"AND role IN ('service', 'manager', 'director', 'admin') "
                                            u"ORDER BY CASE role WHEN 'service' THEN 0 WHEN 'manager' THEN 1 ELSE 2 END, display_name"_s);
    while (q.next())
        out << Person{q.value(0).toString(), q.value(1).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString TicketService::customerName(const QString &customerId)
try {
    return m_replica.database().scalar(u"SELECT name FROM customers WHERE id = ?"_s, {orEmpty(customerId)}).toString();
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<TicketService::Person> TicketService::contactsOf(const QString &customerId)
try {
    QList<Person> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, name FROM contacts WHERE customer_id = ? AND deleted = 0 ORDER BY name LIMIT 500"_s,
                                            {orEmpty(customerId)});
    while (q.next())
        out << Person{q.value(0).toString(), q.value(1).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<TicketService::Person> TicketService::products()
try {
    QList<Person> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, name, code FROM products WHERE deleted = 0 AND active = 1 ORDER BY code, name"_s);
    while (q.next())
        out << Person{q.value(0).toString(), u"%1 %2"_s.arg(q.value(2).toString(), q.value(1).toString()).trimmed()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<TicketService::AssetChoice> TicketService::assetsOf(const QString &customerId, const QDate &day)
{
    QList<AssetChoice> out;
    if (customerId.isEmpty())
        return out;
    for (const AssetService::Item &it : AssetService(m_replica).assetsOf(customerId, day))
        out << AssetChoice{it.asset.id, u"%1 · %2"_s.arg(it.productName, it.asset.serialNumber), it.asset.productId,
                           AssetService::coverText(it.cover), it.cover.covered};
    return out;
}

QString TicketService::surveyLink(const Ticket &ticket, const QString &serverUrl)
{
    if (ticket.surveyToken.isEmpty() || serverUrl.isEmpty())
        return {};
    QUrl url(serverUrl);
    url.setPath(u"/survey/"_s + ticket.surveyToken);
    return url.toString();
}

bool TicketService::awaitsServer(const QString &id)
try {
    return m_replica.database().scalar(u"SELECT count(*) FROM outbox WHERE table_name = 'tickets' AND record_id = ?"_s, {orEmpty(id)}).toInt()
        > 0;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString TicketService::refusalCode(const QString &id)
try {
    for (const Replica::Conflict &c : m_replica.conflicts())
        if (c.kind == u"rejection" && c.table == u"tickets" && c.recordId == id)
            return c.code;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
