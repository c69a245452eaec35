// Service tickets (V1) in PipelineRules: the flow (TicketPolicy) on every write, who may
// be handed a ticket, escalation to the next level, the SLA's due instants on the server's
// clock, and the history (ticket_events) the server writes for every accepted move.
#include "api/pipelinerules.h"
#include "api/pipelinerules_p.h"

#include "auth/visibility.h"
#include "core/approval.h"
#include "core/slarules.h"
#include "core/ticketpolicy.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "store/recordwriter.h"
#include "store/ticketescalation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>

#include <utility>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace PipelineRulesDetail;

namespace {

SlaRules::Suspensions readSuspensions(const QVariant &text)
{
    SlaRules::Suspensions out;
    for (const QJsonValue &pair : QJsonDocument::fromJson(text.toString().toUtf8()).array()) {
        const QJsonArray a = pair.toArray();
        const auto from = Timestamp::parse(a.at(0).toString());
        const auto to = a.at(1).isString() ? Timestamp::parse(a.at(1).toString()) : std::nullopt;
        if (from)
            out.append({*from, to.value_or(QDateTime())});
    }
    return out;
}

QString writeSuspensions(const SlaRules::Suspensions &list)
{
    QJsonArray out;
    for (const auto &[from, to] : list)
        out.append(QJsonArray{Timestamp::toText(from), to.isValid() ? QJsonValue(Timestamp::toText(to)) : QJsonValue()});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

// What the history calls a move.
QString actionOf(const QString &from, const QString &to, bool reassigned, bool escalated, bool rated)
{
    if (from.isEmpty())
        return u"logged"_s;
    if (escalated)
        return u"escalated"_s;
    if (rated)
        return u"rated"_s;
    if (from == to)
        return reassigned ? u"assigned"_s : QString();
    if (to == u"assigned")
        return u"assigned"_s;
    if (to == u"suspended")
        return u"suspended"_s;
    if (to == u"resolved")
        return u"resolved"_s;
    if (to == u"closed")
        return u"closed"_s;
    if (to == u"in_progress")
        return from == u"suspended" ? u"resumed"_s : from == u"new" || from == u"assigned" ? u"started"_s : u"reopened"_s;
    return u"changed"_s;
}

} // namespace

WorkCalendar PipelineRules::workCalendar()
{
    return WorkCalendar::fromJson(Rows::setting(m_db, SettingKeys::ServiceCalendar)).value_or(WorkCalendar::defaultCalendar());
}

SlaRules PipelineRules::slaRules()
{
    return SlaRules::fromJson(Rows::setting(m_db, SettingKeys::ServiceSla)).value_or(SlaRules::defaults());
}

void PipelineRules::checkTicket(const Visibility &v, const Row *old, const Row &row, Row &changes)
{
    const PipelinePolicy::Actor who = actor(v.session());
    const QString from = old ? old->value(u"status"_s).toString() : QString();
    const QString to = row.value(u"status"_s).toString();
    const WorkCalendar calendar = workCalendar();
    const SlaRules rules = slaRules();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(QTimeZone(calendar.timeZoneId().toUtf8())).date();

    if (!old && m_db.scalar(u"SELECT count(*) FROM tickets WHERE number = ? AND id <> ?"_s, {row.value(u"number"_s), selfId(row)}).toInt() > 0)
        throw RequestError(409, u"duplicate_number"_s, u"Ticket %1 exists already."_s.arg(row.value(u"number"_s).toString()));

    TicketPolicy::Ticket t;
    t.status = to;
    t.assigneeId = row.value(u"assignee_id"_s).toString();
    t.previousAssigneeId = old ? old->value(u"assignee_id"_s).toString() : QString();
    t.suspendReason = row.value(u"suspend_reason"_s).toString();
    t.resumeOn = Timestamp::parseDate(row.value(u"resume_on"_s).toString()).value_or(QDate());
    t.resolution = row.value(u"resolution"_s).toString();
    t.level = row.value(u"level"_s).toInt();
    t.previousLevel = old ? old->value(u"level"_s).toInt() : 0;
    // A rating is given to a closed ticket: never with a new one.
    const bool rated = old ? changed(old, row, u"satisfaction"_s) || changed(old, row, u"satisfaction_comment"_s)
                           : !row.value(u"satisfaction"_s).isNull() || !row.value(u"satisfaction_comment"_s).isNull();
    if (old && from == u"closed") {
        // A closed ticket is rated or reopened, nothing else.
        for (const QString &column : TicketPolicy::contentColumns())
            if (changed(old, row, column))
                enforce(TicketPolicy::editable(from));
    }
    int closedDaysAgo = 0;
    if (const auto closed = Timestamp::parse(old ? old->value(u"closed_at"_s).toString() : QString()))
        closedDaysAgo = int(closed->toTimeZone(QTimeZone(calendar.timeZoneId().toUtf8())).date().daysTo(today));

    // Escalation: the ticket goes to the next level — the assignee's manager, then a director.
    const bool escalated = t.level != t.previousLevel;
    if (escalated && t.level == t.previousLevel + 1 && t.level <= 2) {
        const QString target = TicketEscalation::target(m_db, t.previousAssigneeId, t.level);
        if (!target.isEmpty()) {
            t.assigneeId = target;
            changes[u"assignee_id"_s] = target;
            if (to == u"new") {
                t.status = u"assigned"_s;
                changes[u"status"_s] = t.status;
            }
        }
    }
    enforce(TicketPolicy::transition(who, from, t, today, closedDaysAgo, rules.reopenDays()));
    if (t.assigneeId != t.previousAssigneeId && !t.assigneeId.isEmpty()) {
        const bool serves = m_db.scalar(u"SELECT count(*) FROM users WHERE id = ? AND disabled = 0 "
                                        u"AND role IN ('service', 'manager', 'director', 'admin')"_s,
                                        {t.assigneeId})
                                .toInt()
            > 0;
        if (!serves)
            throw refusal(u"not_found"_s, u"assigneeId"_s, u"A ticket goes to an active agent, manager, director or administrator."_s);
    }
    if (rated) {
        const int score = row.value(u"satisfaction"_s).toInt();
        enforce(TicketPolicy::rating(t.status, score, old && !old->value(u"rated_at"_s).isNull()));
        changes[u"rated_at"_s] = Timestamp::toText(now);
    }

    // The SLA's clocks, on the server's time.
    const QString nowText = Timestamp::toText(now);
    SlaRules::Suspensions stops = readSuspensions(old ? old->value(u"suspensions"_s) : QVariant());
    const QString status = t.status;
    const QString previous = from;
    if (previous != status) {
        if (status == u"suspended")
            stops.append({now, QDateTime()});
        if (previous == u"suspended" && !stops.isEmpty() && !stops.last().second.isValid())
            stops.last().second = now;
        if ((status == u"in_progress" || status == u"resolved") && (!old || old->value(u"responded_at"_s).isNull()))
            changes[u"responded_at"_s] = nowText;
        if (status == u"resolved")
            changes[u"resolved_at"_s] = nowText;
        if (status == u"closed") {
            changes[u"closed_at"_s] = nowText;
            QByteArray raw(18, Qt::Uninitialized);
            QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                                 reinterpret_cast<quint32 *>(raw.data() + raw.size()));
            changes[u"survey_token"_s] = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
        }
        if ((previous == u"resolved" || previous == u"closed") && TicketPolicy::isOpen(status)) { // reopened
            changes[u"resolved_at"_s] = QVariant();
            changes[u"closed_at"_s] = QVariant();
        }
    }
    changes[u"suspensions"_s] = writeSuspensions(stops);
    const SlaRules::Target target = rules.targetFor(row.value(u"priority"_s).toString(), row.value(u"kind"_s).toString());
    const auto created = Timestamp::parse(old ? old->value(u"created_at"_s).toString() : QString()).value_or(now);
    // While suspended the clock stands still: the due instants stay as they were.
    const QDateTime response = SlaRules::due(calendar, created, target.firstResponseMinutes, target.calendar, stops);
    const QDateTime resolution = SlaRules::due(calendar, created, target.resolutionMinutes, target.calendar, stops);
    if (response.isValid())
        changes[u"response_due"_s] = Timestamp::toText(response);
    if (resolution.isValid())
        changes[u"resolution_due"_s] = Timestamp::toText(resolution);

    m_ticketAction = actionOf(from, status, t.assigneeId != t.previousAssigneeId, escalated, rated);
    m_ticketNote = !old || changed(old, row, u"step_note"_s) ? row.value(u"step_note"_s).toString() : QString();
}

void PipelineRules::afterTicket(RecordWriter &writer, const Row *old, const Row &row, const QString &userId)
{
    const QString action = std::exchange(m_ticketAction, QString());
    const QString note = std::exchange(m_ticketNote, QString());
    if (action.isEmpty() && note.isEmpty())
        return; // a content edit: the audit trail has it
    writer.insert(u"ticket_events"_s,
                  Row{{u"customer_id"_s, row.value(u"customer_id"_s)},
                      {u"ticket_id"_s, row.value(u"id"_s)},
                      {u"action"_s, action.isEmpty() ? u"noted"_s : action},
                      {u"from_status"_s, old ? old->value(u"status"_s) : QVariant()},
                      {u"to_status"_s, row.value(u"status"_s)},
                      {u"assignee_id"_s, row.value(u"assignee_id"_s)},
                      {u"level"_s, row.value(u"level"_s)},
                      {u"note"_s, note.isEmpty() ? QVariant() : QVariant(note)}},
                  userId);
}

} // namespace Huike
