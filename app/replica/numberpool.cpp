#include "replica/numberpool.h"

#include "core/numberseries.h"
#include "replica/syncstate.h"
#include "schema/database.h"
#include "schema/transaction.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

NumberPool::NumberPool(Database &db, SyncState &state) : m_db(db), m_state(state) { }

int NumberPool::count(const QString &series, int year)
{
    return m_db.scalar(u"SELECT count(*) FROM number_pool WHERE series = ? AND year = ?"_s, {series, year}).toInt();
}

void NumberPool::add(const QString &series, int year, const QStringList &numbers)
{
    Transaction t(m_db);
    for (const QString &n : numbers)
        m_db.exec(u"INSERT OR IGNORE INTO number_pool (number, series, year) VALUES (?, ?, ?)"_s, {n, series, year});
    t.commit();
}

QString NumberPool::next(const QString &series, int year, const QString &table)
{
    // The smallest reserved number not used here yet.
    QSqlQuery q = m_db.exec(u"SELECT number FROM number_pool p WHERE series = ? AND year = ? AND NOT EXISTS "
                            u"(SELECT 1 FROM %1 d WHERE d.number = p.number) ORDER BY number LIMIT 1"_s.arg(table),
                            {series, year});
    if (q.next())
        return q.value(0).toString();
    // Offline with none left: this device's own series.
    const QString device = NumberSeries::deviceCode(m_state.clientId());
    const QString head = NumberSeries::offline(series, year, device, 0).chopped(2);
    int n = 0;
    QSqlQuery used = m_db.exec(u"SELECT number FROM %1 WHERE number LIKE ?"_s.arg(table), {QString(head + u"%"_s)});
    while (used.next())
        n = std::max(n, used.value(0).toString().mid(head.size()).toInt());
    return NumberSeries::offline(series, year, device, n + 1);
}

void NumberPool::use(const QString &number)
{
    m_db.exec(u"DELETE FROM number_pool WHERE number = ?"_s, {number});
}

} // namespace Huike
