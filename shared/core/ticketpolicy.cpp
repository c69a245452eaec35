#include "core/ticketpolicy.h"

using namespace Qt::StringLiterals;

namespace Huike::TicketPolicy {

namespace {

PipelineRefusal refusal(const QString &code, const QString &field, const QString &message)
{
    return PipelineRefusal{422, code, field, message};
}

PipelineRefusal forbidden(const QString &message)
{
    return PipelineRefusal{403, u"forbidden"_s, QString(), message};
}

// Suspending names why and until when; the date is not in the past.
PipelineVerdict suspension(const Ticket &t, const QDate &today)
{
    if (t.suspendReason.trimmed().isEmpty())
        return refusal(u"required"_s, u"suspendReason"_s, u"A suspended ticket says why it waits."_s);
    if (!t.resumeOn.isValid())
        return refusal(u"required"_s, u"resumeOn"_s, u"A suspended ticket says when it resumes."_s);
    if (t.resumeOn < today)
        return refusal(u"out_of_range"_s, u"resumeOn"_s, u"The resume date is today or later."_s);
    return {};
}

} // namespace

bool serves(UserRole role)
{
    return role == UserRole::Service || role == UserRole::Manager || role == UserRole::Director || role == UserRole::Admin;
}

QStringList statuses()
{
    return {u"new"_s, u"assigned"_s, u"in_progress"_s, u"suspended"_s, u"resolved"_s, u"closed"_s};
}

bool isOpen(const QString &status)
{
    return status != u"resolved" && status != u"closed";
}

QStringList contentColumns()
{
    return {u"subject"_s, u"description"_s, u"kind"_s, u"channel"_s, u"priority"_s, u"contact_id"_s, u"product_id"_s, u"asset_id"_s};
}

PipelineVerdict editable(const QString &status)
{
    if (status == u"closed")
        return refusal(u"document_locked"_s, QString(), u"A closed ticket is not changed: reopen it first."_s);
    return {};
}

PipelineVerdict rating(const QString &status, int score, bool ratedBefore)
{
    if (status != u"closed")
        return refusal(u"invalid_transition"_s, u"satisfaction"_s, u"A ticket is rated once it is closed."_s);
    if (ratedBefore)
        return refusal(u"already_rated"_s, u"satisfaction"_s, u"The ticket was rated already."_s);
    if (score < 1 || score > 5)
        return refusal(u"out_of_range"_s, u"satisfaction"_s, u"A rating is 1 to 5."_s);
    return {};
}

PipelineVerdict transition(const PipelinePolicy::Actor &actor, const QString &from, const Ticket &t, const QDate &today,
                           int closedDaysAgo, int reopenDays)
{
    const QString &to = t.status;
    if (!statuses().contains(to))
        return refusal(u"invalid"_s, u"status"_s, u"A ticket's status is new, assigned, in_progress, suspended, resolved or closed."_s);
    const bool serving = serves(actor.role);
    const bool assignee = !t.assigneeId.isEmpty() && (actor.userId == t.assigneeId || actor.userId == t.previousAssigneeId);
    const bool reassigned = t.assigneeId != t.previousAssigneeId;
    const bool escalated = t.level != t.previousLevel;
    if ((to == u"assigned" || to == u"in_progress" || to == u"suspended") && t.assigneeId.isEmpty())
        return refusal(u"required"_s, u"assigneeId"_s, u"A ticket being worked on has someone on it."_s);
    if (escalated) {
        if (t.level != t.previousLevel + 1 || t.level > 2)
            return refusal(u"invalid_transition"_s, u"level"_s,
                           u"A ticket is escalated one level at a time: to the manager, then to a director."_s);
        if (!(serving || assignee))
            return forbidden(u"Who works on a ticket, or a service manager, escalates it."_s);
        if (!isOpen(from.isEmpty() ? to : from))
            return refusal(u"invalid_transition"_s, u"level"_s, u"A resolved or closed ticket is not escalated."_s);
    }
    if (from.isEmpty()) {
        if (to == u"new")
            return t.assigneeId.isEmpty() ? PipelineVerdict()
                                          : refusal(u"invalid_transition"_s, u"status"_s, u"A ticket given to someone is assigned."_s);
        if (to == u"assigned" || to == u"in_progress")
            return serving ? PipelineVerdict() : forbidden(u"Service staff assign tickets."_s);
        return refusal(u"invalid_transition"_s, u"status"_s, u"A ticket starts new, assigned or in progress."_s);
    }
    if (from == to) {
        if (reassigned) {
            if (to == u"new" || to == u"resolved" || to == u"closed")
                return refusal(u"invalid_transition"_s, u"assigneeId"_s, u"Assigning a ticket makes it assigned."_s);
            if (!serving)
                return forbidden(u"Service staff reassign tickets."_s);
        }
        if (to == u"suspended")
            return suspension(t, today);
        return {};
    }
    if (!serving && !assignee)
        return forbidden(u"Who works on a ticket, or service staff, move it on."_s);
    if (from == u"new" && to == u"assigned")
        return serving ? PipelineVerdict() : forbidden(u"Service staff assign tickets."_s);
    if ((from == u"new" || from == u"assigned") && to == u"in_progress")
        return {};
    if ((from == u"in_progress" || from == u"suspended") && to == u"assigned") {
        if (!reassigned)
            return refusal(u"invalid_transition"_s, u"assigneeId"_s, u"Handing a ticket back names who takes it."_s);
        return serving ? PipelineVerdict() : forbidden(u"Service staff reassign tickets."_s);
    }
    if (from == u"in_progress" && to == u"suspended")
        return suspension(t, today);
    if (from == u"suspended" && to == u"in_progress")
        return {};
    if ((from == u"in_progress" || from == u"suspended") && to == u"resolved") {
        if (t.resolution.trimmed().isEmpty())
            return refusal(u"required"_s, u"resolution"_s, u"A resolved ticket says how it was solved."_s);
        return {};
    }
    if (from == u"resolved" && to == u"closed")
        return {};
    if (from == u"resolved" && to == u"in_progress")
        return {};
    if (from == u"closed" && to == u"in_progress") {
        if (!serving)
            return forbidden(u"Service staff reopen a closed ticket."_s);
        if (closedDaysAgo > reopenDays)
            return refusal(u"reopen_expired"_s, u"status"_s, u"The ticket was closed too long ago to reopen: log a new one."_s);
        return {};
    }
    return refusal(u"invalid_transition"_s, u"status"_s,
                   u"A ticket goes new → assigned → in progress (↔ suspended) → resolved → closed."_s);
}

} // namespace Huike::TicketPolicy
