#pragma once

#include "core/pipelinepolicy.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Huike {

// Service tickets (服务请求 / 投诉, FEATURES.md V1): the rules the server enforces on every
// write and the client asks first. Statuses:
//   new          logged (by an agent, or a sales rep for their customer), nobody on it yet
//   assigned     handed to someone (assignee_id) who has not started
//   in_progress  being worked on (the first response: the clock of 首次响应 stops)
//   suspended    waiting (for the customer, a part…) with a reason and a resume date: the
//                SLA clock stands still
//   resolved     the assignee says it is solved (a resolution is written)
//   closed       confirmed; the customer may rate it; reopened within the reopen days
// Escalation (升级) raises `level` by one: the ticket goes to the assignee's manager, then to
// a director — by a person, or by the server when the ticket breaches its SLA.
namespace TicketPolicy {

// Who serves: agents (service), their managers, directors and administrators. Sales reps
// log tickets for their customers and read them, and do not work them.
bool serves(UserRole role);

struct Ticket
{
    QString status;     // "" when the ticket is being created
    QString assigneeId; // after the write
    QString previousAssigneeId;
    QString suspendReason;
    QDate resumeOn;
    QString resolution;
    int level = 0;
    int previousLevel = 0;
};

// A write of a ticket by `actor` that moves it from `from` to `t.status` (and perhaps to
// another assignee or level). `today` is the server's date (the company's zone), for the
// resume date; `closedDaysAgo` how long a closed ticket has been closed and `reopenDays`
// the setting, for a reopening.
PipelineVerdict transition(const PipelinePolicy::Actor &actor, const QString &from, const Ticket &t, const QDate &today,
                           int closedDaysAgo = 0, int reopenDays = 7);
// What a ticket's content (subject, description, kind, channel, priority, contact, product)
// allows: changed while it is not closed.
PipelineVerdict editable(const QString &status);
QStringList contentColumns();
// The customer's rating (1–5, a comment) of a closed ticket, given once.
PipelineVerdict rating(const QString &status, int score, bool ratedBefore);
// The statuses in their order, and those that still count against the SLA.
QStringList statuses();
bool isOpen(const QString &status);

} // namespace TicketPolicy

} // namespace Huike
