#pragma once

// The card's duplicate check while a name is typed (CustomerService::duplicates), timed on
// a replica: a known name in another legal form, a prefix of one, three characters with a
// phone number in another format — drawn from the replica's own customers. bench_client
// runs it on a replica it wrote, bench_sync on the one a first download left (with only
// the statistics the download itself gathered).

#include "benchutil.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace Huike::Bench {

inline QList<double> dedupeTimesMs(Replica &replica, int count)
{
    QStringList names, phones;
    const qint64 customers = replica.database().scalar(QStringLiteral("SELECT max(rowid) FROM customers")).toLongLong();
    QSqlQuery q = replica.database().exec(
        QStringLiteral("SELECT name, phone FROM customers WHERE rowid % ? = 0 AND name IS NOT NULL LIMIT 400"),
        {std::max<qint64>(1, customers / 400)});
    while (q.next()) {
        names << q.value(0).toString();
        if (!q.value(1).toString().isEmpty())
            phones << q.value(1).toString();
    }
    QList<double> times;
    if (names.isEmpty())
        return times;
    if (phones.isEmpty())
        phones << QStringLiteral("13800138000");
    QRandomGenerator rng(7);
    CustomerService service(replica);
    QElapsedTimer t;
    for (int i = 0; i < count; ++i) {
        const QString name = names[rng.bounded(int(names.size()))];
        QString typed;
        QString phone;
        switch (i % 3) {
        case 0: typed = QString(name).replace(QStringLiteral("有限公司"), QStringLiteral("股份有限公司")); break;
        case 1: typed = name.left(std::max<qsizetype>(2, name.size() / 2)); break;
        case 2: typed = name.left(3); phone = QStringLiteral("+86 ") + phones[rng.bounded(int(phones.size()))]; break;
        }
        t.start();
        service.duplicates(typed, phone, QString());
        times << double(t.nsecsElapsed()) / 1e6;
    }
    return times;
}

} // namespace Huike::Bench
