#include "jobs/demoassets.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "schema/database.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace Huike::DemoAssets {

namespace {

const std::array<const char16_t *, 6> Places{{u"机房", u"一号车间", u"办公区", u"财务部", u"仓库", u"会议室"}};

} // namespace

int seed(Database &db, QRandomGenerator &rng)
{
    struct Delivered
    {
        QString contractId, customerId, ownerId, author, deliveredOn, invoicedOn;
    };
    QList<Delivered> delivered;
    {
        QSqlQuery q = db.exec(u"SELECT d.contract_id, d.customer_id, k.owner_id, k.created_by, MIN(d.delivered_on), "
                              u"(SELECT MIN(i.issued_on) FROM invoices i WHERE i.contract_id = d.contract_id AND i.deleted = 0) "
                              u"FROM deliveries d JOIN contracts k ON k.id = d.contract_id WHERE d.deleted = 0 "
                              u"GROUP BY d.contract_id, d.customer_id, k.owner_id, k.created_by ORDER BY d.contract_id"_s);
        while (q.next())
            delivered << Delivered{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    }
    const QTimeZone shanghai("Asia/Shanghai");
    QHash<QString, int> serialNo; // product → the last serial number's counter
    int n = 0;
    for (const Delivered &d : std::as_const(delivered)) {
        const QDate on = QDate::fromString(d.deliveredOn, Qt::ISODate);
        if (!on.isValid())
            continue;
        // The hardware: what is neither a service, software, freight nor cable by the box.
        QSqlQuery q = db.exec(u"SELECT l.product_id, p.code, l.quantity_e4 FROM contract_lines l JOIN products p ON p.id = l.product_id "
                              u"WHERE l.contract_id = ? AND l.deleted = 0 AND p.code NOT LIKE 'SVC-%' AND p.code NOT LIKE 'SW-%' "
                              u"AND p.code NOT LIKE 'LOG-%' AND p.code NOT LIKE 'CBL-%' ORDER BY l.line_no"_s,
                              {d.contractId});
        QList<std::tuple<QString, QString, qint64>> lines;
        while (q.next())
            lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong() / 10000});
        q = QSqlQuery();
        const QDateTime created(on, QTime(10, 0), shanghai);
        for (const auto &[productId, code, quantity] : std::as_const(lines)) {
            for (qint64 unit = 0; unit < std::clamp<qint64>(quantity, 1, 3); ++unit) {
                const QDateTime at = created.toUTC().addSecs(++n % 3600);
                const QString serial = u"%1-%2-%3"_s.arg(QString(code).remove(u'-'), on.toString(u"yyMM"_s))
                                           .arg(++serialNo[productId], 5, 10, QLatin1Char('0'));
                const QString author = d.author.isEmpty() ? d.ownerId : d.author;
                db.exec(u"INSERT INTO assets (id, version, deleted, owner_id, created_at, created_by, updated_at, updated_by, "
                        u"customer_id, product_id, contract_id, serial_number, delivered_on, invoiced_on, location, status) "
                        u"VALUES (?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {Id::fromParts(std::uint64_t(at.toMSecsSinceEpoch()), std::uint16_t(rng.bounded(4096)), rng.generate64() >> 2)
                             .toString(),
                         d.ownerId.isEmpty() ? QVariant() : QVariant(d.ownerId), Timestamp::toText(at),
                         author.isEmpty() ? QVariant() : QVariant(author), Timestamp::toText(at),
                         author.isEmpty() ? QVariant() : QVariant(author), d.customerId, productId, d.contractId, serial,
                         d.deliveredOn, d.invoicedOn.isEmpty() ? QVariant() : QVariant(d.invoicedOn),
                         QString::fromUtf16(Places[rng.bounded(int(Places.size()))]),
                         rng.bounded(20) == 0 ? u"returned"_s : u"in_use"_s});
            }
        }
    }
    return n;
}

void linkTickets(Database &db)
{
    const QString first = u"(SELECT a.%1 FROM assets a WHERE a.customer_id = tickets.customer_id AND a.deleted = 0 "
                          u"AND a.status = 'in_use' ORDER BY a.id LIMIT 1)"_s;
    db.exec(u"UPDATE tickets SET asset_id = %1, product_id = %2 WHERE kind IN ('fault', 'return') AND %1 IS NOT NULL"_s.arg(
        first.arg(u"id"_s), first.arg(u"product_id"_s)));
}

} // namespace Huike::DemoAssets
