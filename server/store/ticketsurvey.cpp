#include "store/ticketsurvey.h"

#include "core/approval.h"
#include "core/ticketpolicy.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike::TicketSurvey {

namespace {

// Tokens are 24 characters of base64url (18 random bytes): anything else is not looked up.
bool wellFormed(const QString &token)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{20,64}$"_s);
    return shape.match(token).hasMatch();
}

} // namespace

std::optional<Ticket> find(Database &db, const QString &token)
{
    if (!wellFormed(token))
        return std::nullopt;
    const QList<Row> rows = Rows::select(db, u"tickets"_s, u"survey_token = ? AND deleted = 0"_s, {token});
    if (rows.size() != 1)
        return std::nullopt;
    const Row &r = rows.first();
    Ticket t;
    t.id = r.value(u"id"_s).toString();
    t.number = r.value(u"number"_s).toString();
    t.subject = r.value(u"subject"_s).toString();
    t.status = r.value(u"status"_s).toString();
    t.satisfaction = r.value(u"satisfaction"_s).toInt();
    t.company = Rows::setting(db, SettingKeys::CompanyName);
    return t;
}

Outcome rate(Database &db, const QString &token, int score, const QString &comment, const QDateTime &nowUtc)
{
    Transaction tx(db);
    const auto ticket = find(db, token);
    if (!ticket)
        return Outcome::UnknownToken;
    const Row row = *Rows::select(db, u"tickets"_s, u"id = ?"_s, {ticket->id}).cbegin();
    if (const PipelineVerdict v = TicketPolicy::rating(ticket->status, score, !row.value(u"rated_at"_s).isNull() || ticket->satisfaction > 0)) {
        if (v->code == u"already_rated")
            return Outcome::AlreadyRated;
        return v->code == u"out_of_range" ? Outcome::OutOfRange : Outcome::NotClosed;
    }
    const QString said = comment.trimmed().left(2000);
    RecordWriter writer(db);
    writer.update(u"tickets"_s, ticket->id,
                  Row{{u"satisfaction"_s, score},
                      {u"satisfaction_comment"_s, said.isEmpty() ? QVariant() : QVariant(said)},
                      {u"rated_at"_s, Timestamp::toText(nowUtc)}},
                  QString());
    writer.insert(u"ticket_events"_s,
                  Row{{u"customer_id"_s, row.value(u"customer_id"_s)},
                      {u"ticket_id"_s, ticket->id},
                      {u"action"_s, u"surveyed"_s},
                      {u"from_status"_s, ticket->status},
                      {u"to_status"_s, ticket->status},
                      {u"assignee_id"_s, row.value(u"assignee_id"_s)},
                      {u"level"_s, row.value(u"level"_s)},
                      {u"note"_s, said.isEmpty() ? QVariant() : QVariant(said)}},
                  QString());
    tx.commit();
    return Outcome::Rated;
}

} // namespace Huike::TicketSurvey
