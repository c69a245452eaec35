#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Huike {

class Database;

// The customer's satisfaction survey of a closed service ticket (满意度调查, FEATURES.md V1):
// the agent sends the ticket's link (its survey token, made by the server when the ticket was
// closed); whoever holds the link rates the ticket once, 1–5 with a comment, without logging
// in. The token opens only its ticket, and only to rate it.
namespace TicketSurvey {

struct Ticket
{
    QString id;
    QString number;
    QString subject;
    QString status;
    int satisfaction = 0; // 0: not rated yet
    QString company;      // the company's name (setting company.name), for the page
};

// The ticket of a token; nullopt for an unknown, empty or malformed one.
std::optional<Ticket> find(Database &db, const QString &token);

enum class Outcome { Rated, UnknownToken, NotClosed, AlreadyRated, OutOfRange };
// Rates the ticket of `token` (score 1–5, a comment of at most 2,000 characters, trimmed) as
// the system, with a history entry "surveyed" (the customer rated it through the link; the
// comment as its note); every client sees it with its next pull.
Outcome rate(Database &db, const QString &token, int score, const QString &comment, const QDateTime &nowUtc);

} // namespace TicketSurvey

} // namespace Huike
