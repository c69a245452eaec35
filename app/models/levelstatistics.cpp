#include "models/levelstatistics.h"

#include "core/enums.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

LevelStatistics LevelStatistics::compute(Database &db)
try {
    QHash<QString, Line> byLevel;
    auto add = [&](const QString &sql, qint64 Line::*field) {
        QSqlQuery q = db.exec(sql);
        while (q.next()) {
            Line &line = byLevel[q.value(0).toString()];
            line.*field += q.value(1).toLongLong();
        }
    };
    // Each a pass over its table with the customer's level beside it; the replica holds the
    // user's scope only.
    add(u"SELECT COALESCE(level, ''), count(*) FROM customers WHERE deleted = 0 GROUP BY 1"_s, &Line::customers);
    add(u"SELECT COALESCE(c.level, ''), sum(p.amount_fen) FROM payments p JOIN customers c ON c.id = p.customer_id "
        u"WHERE p.deleted = 0 AND c.deleted = 0 GROUP BY 1"_s,
        &Line::paidFen);
    add(u"SELECT COALESCE(c.level, ''), sum(max(0, o.owed - COALESCE(pd.paid, 0))) "
        u"FROM (SELECT customer_id, sum(amount_fen) AS owed FROM contracts WHERE deleted = 0 "
        u"      AND status IN ('signed', 'executing', 'completed') GROUP BY customer_id) o "
        u"JOIN customers c ON c.id = o.customer_id AND c.deleted = 0 "
        u"LEFT JOIN (SELECT p.customer_id, sum(p.amount_fen) AS paid FROM payments p JOIN contracts k ON k.id = p.contract_id "
        u"      WHERE p.deleted = 0 AND k.deleted = 0 AND k.status IN ('signed', 'executing', 'completed') "
        u"      GROUP BY p.customer_id) pd ON pd.customer_id = o.customer_id "
        u"GROUP BY 1"_s,
        &Line::receivablesFen);
    LevelStatistics out;
    QStringList order = enumCodesFor(u"CustomerLevel");
    for (auto it = byLevel.cbegin(); it != byLevel.cend(); ++it)
        if (!it.key().isEmpty() && !order.contains(it.key()))
            order << it.key(); // a code of a newer version: after the known ones
    order << QString();
    for (const QString &level : std::as_const(order)) {
        const auto it = byLevel.constFind(level);
        if (it == byLevel.cend() || it->customers == 0)
            continue;
        Line line = *it;
        line.level = level;
        out.lines << line;
        out.total.customers += line.customers;
        out.total.paidFen += line.paidFen;
        out.total.receivablesFen += line.receivablesFen;
    }
    return out;
} catch (const SchemaError &e) {
    LevelStatistics out;
    out.error = e.message();
    return out;
}

} // namespace Huike
