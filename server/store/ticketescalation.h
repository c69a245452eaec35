#pragma once

#include <QDateTime>
#include <QString>

namespace Huike {

class Database;

// Escalation of service tickets (升级, FEATURES.md V1) — the server's, so that it happens
// whichever client is open.
namespace TicketEscalation {

// Who takes a ticket escalated to `level`: at 1 the active manager of `assignee`, else (and
// at 2) the first active director; empty when there is none.
QString target(Database &db, const QString &assignee, int level);

// Marks the open tickets past their due instants at `nowUtc` (first response not given by
// response_due; not resolved by resolution_due, unless suspended), once each, and escalates
// each breach one level (up to 2) to target(): written through RecordWriter as the system,
// with a history entry "breached". Returns how many tickets it marked.
int run(Database &db, const QDateTime &nowUtc);

} // namespace TicketEscalation

} // namespace Huike
