#pragma once

#include <QDateTime>

class QRandomGenerator;

namespace Huike {

class Database;

// The demo store's after-sales service (issue 20, V1): a service team in 客服部 — 郭强
// (guoqiang) leading 吴昊 (wuhao, the data set's agent) and 郑丽 (zhengli), all role service —
// and service tickets for about one customer in twelve over the last 60 days, most of the older
// ones resolved and closed (many rated), the recent ones new, assigned, being handled or
// suspended, some past their SLA (marked breached, escalated to the lead), each with the
// history the server would have written. Due instants come from the default service targets
// and working calendar, as the server computes them; the tickets' times count back from now.
namespace DemoTickets {

// Before the users' passwords are set: the team.
void seedTeam(Database &db);
// After the customers: the tickets and their history; returns how many.
int seed(Database &db, QRandomGenerator &rng, const QDateTime &nowUtc);

} // namespace DemoTickets

} // namespace Huike
