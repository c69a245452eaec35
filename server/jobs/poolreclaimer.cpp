#include "poolreclaimer.h"

#include "database.h"
#include "recordwriter.h"
#include "timestamp.h"
#include "transaction.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Huike {

PoolReclaimer::PoolReclaimer(Database &db) : m_db(db) { }

int PoolReclaimer::run(int days, const QString &now)
{
    const auto t = Timestamp::parse(now);
    if (days <= 0 || !t)
        return 0;
    const QString cutoff = Timestamp::toText(t->addDays(-days));
    QStringList ids;
    {
        QSqlQuery q = m_db.exec(u"SELECT id FROM customers WHERE deleted = 0 AND owner_id IS NOT NULL "
                                u"AND COALESCE(last_activity_at, created_at) < ? ORDER BY id"_s,
                                {cutoff});
        while (q.next())
            ids << q.value(0).toString();
    }
    RecordWriter writer(m_db);
    for (const QString &id : ids) {
        // One transaction per customer: a long run never holds the store for long.
        Transaction tx(m_db);
        writer.setCustomerOwner(id, QVariant(), QVariant(), {});
        tx.commit();
    }
    return int(ids.size());
}

} // namespace Huike
