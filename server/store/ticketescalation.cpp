#include "store/ticketescalation.h"

#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"

using namespace Qt::StringLiterals;

namespace Huike::TicketEscalation {

QString target(Database &db, const QString &assignee, int level)
{
    QString who;
    if (level == 1 && !assignee.isEmpty())
        who = db.scalar(u"SELECT m.id FROM users u JOIN users m ON m.id = u.manager_id AND m.disabled = 0 WHERE u.id = ?"_s, {assignee})
                  .toString();
    if (who.isEmpty())
        who = db.scalar(u"SELECT id FROM users WHERE role = 'director' AND disabled = 0 ORDER BY login LIMIT 1"_s).toString();
    return who;
}

int run(Database &db, const QDateTime &nowUtc)
{
    const QString now = Timestamp::toText(nowUtc);
    // Due instants are UTC texts of one width: they compare as text.
    const QList<Row> late = Rows::select(
        db, u"tickets"_s,
        u"deleted = 0 AND ((response_breached = 0 AND responded_at IS NULL AND response_due < ? "
        u"AND status IN ('new', 'assigned')) "
        u"OR (resolution_breached = 0 AND resolution_due < ? AND status IN ('new', 'assigned', 'in_progress'))) ORDER BY id"_s,
        {now, now});
    int marked = 0;
    for (const Row &t : late) {
        Transaction tx(db);
        RecordWriter writer(db);
        const bool response = t.value(u"response_breached"_s).toInt() == 0 && t.value(u"responded_at"_s).isNull()
            && t.value(u"response_due"_s).toString() < now;
        Row changes;
        if (response)
            changes[u"response_breached"_s] = 1;
        if (t.value(u"resolution_due"_s).toString() < now && t.value(u"status"_s) != u"suspended"_s)
            changes[u"resolution_breached"_s] = 1;
        const int level = t.value(u"level"_s).toInt();
        QString assignee = t.value(u"assignee_id"_s).toString();
        if (level < 2) {
            const QString next = target(db, assignee, level + 1);
            if (!next.isEmpty()) {
                changes[u"level"_s] = level + 1;
                changes[u"assignee_id"_s] = next;
                assignee = next;
                if (t.value(u"status"_s) == u"new"_s)
                    changes[u"status"_s] = u"assigned"_s;
            }
        }
        const QString id = t.value(u"id"_s).toString();
        const Row after = writer.update(u"tickets"_s, id, changes, QString());
        writer.insert(u"ticket_events"_s,
                      Row{{u"customer_id"_s, t.value(u"customer_id"_s)},
                          {u"ticket_id"_s, id},
                          {u"action"_s, u"breached"_s},
                          {u"from_status"_s, t.value(u"status"_s)},
                          {u"to_status"_s, after.value(u"status"_s)},
                          {u"assignee_id"_s, assignee.isEmpty() ? QVariant() : QVariant(assignee)},
                          {u"level"_s, after.value(u"level"_s)},
                          {u"note"_s, response ? u"response"_s : u"resolution"_s}},
                      QString());
        tx.commit();
        ++marked;
    }
    return marked;
}

} // namespace Huike::TicketEscalation
