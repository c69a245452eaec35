#include "models/assetservice.h"

#include "core/approval.h"
#include "core/enums.h"
#include "core/pipelinepolicy.h"
#include "core/timestamp.h"
#include "core/warranty.h"
#include "models/modelerror.h"
#include "models/ticketservice_p.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

using TicketServiceDetail::orEmpty;
using TicketServiceDetail::orNull;

namespace {

QDate dateOf(const QVariant &v)
{
    return Timestamp::parseDate(v.toString()).value_or(QDate());
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

WarrantyRules rulesOf(Database &db)
{
    return WarrantyRules::fromJson(Rows::setting(db, SettingKeys::ServiceWarranty)).value_or(WarrantyRules::defaults());
}

constexpr auto SelectItems =
    "SELECT a.id, a.customer_id, a.product_id, a.contract_id, a.serial_number, a.delivered_on, a.invoiced_on, a.location, "
    "a.status, a.note, p.code, p.name, p.category, p.is_part, c.number "
    "FROM assets a LEFT JOIN products p ON p.id = a.product_id LEFT JOIN contracts c ON c.id = a.contract_id ";

} // namespace

AssetService::AssetService(Replica &replica) : m_replica(replica) { }

QString AssetService::statusText(const QString &status)
{
    return enumLabelFor(u"AssetStatus", status).value_or(status);
}

QString AssetService::coverText(const Cover &cover)
{
    if (cover.retired)
        return tr("No cover: returned or scrapped");
    if (!cover.start.isValid())
        return tr("Warranty unknown: no invoice or delivery date");
    if (!cover.until.isValid())
        return tr("No warranty");
    const QString until = cover.until.toString(Qt::ISODate);
    if (cover.covered)
        return cover.byRepair ? tr("In warranty until %1 (extended by a repair)").arg(until) : tr("In warranty until %1").arg(until);
    return tr("Out of warranty (ended %1)").arg(until);
}

QStringList AssetService::serialLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString s = line.trimmed();
        if (!s.isEmpty())
            out << s;
    }
    return out;
}

AssetService::Cover AssetService::cover(const Asset &asset, const QString &category, bool isPart, const QDate &day,
                                        const WarrantyRules &rules)
{
    Cover c;
    c.start = Warranty::startDate(asset.invoicedOn, asset.deliveredOn);
    if (!c.start.isValid())
        return c;
    const WarrantyRules::Rule rule = rules.ruleFor(category);
    // Repairs extend the cover once repair orders are kept (V3); none yet.
    const Warranty::Status s = Warranty::status(rule, isPart, c.start, {}, day);
    c.until = s.lastDay;
    c.byRepair = s.byRepair;
    c.retired = asset.status != u"in_use";
    c.covered = s.covered && !c.retired;
    return c;
}

AssetService::Item AssetService::fromRow(const QVariantMap &row, const QDate &today, const WarrantyRules &rules)
{
    Item it;
    Asset &a = it.asset;
    a.id = row.value(u"id"_s).toString();
    a.customerId = row.value(u"customer_id"_s).toString();
    a.productId = row.value(u"product_id"_s).toString();
    a.contractId = row.value(u"contract_id"_s).toString();
    a.serialNumber = row.value(u"serial_number"_s).toString();
    a.deliveredOn = dateOf(row.value(u"delivered_on"_s));
    a.invoicedOn = dateOf(row.value(u"invoiced_on"_s));
    a.location = row.value(u"location"_s).toString();
    a.status = row.value(u"status"_s).toString();
    a.note = row.value(u"note"_s).toString();
    it.productCode = row.value(u"code"_s).toString();
    it.productName = row.value(u"name"_s).toString();
    it.category = row.value(u"category"_s).toString();
    it.isPart = row.value(u"is_part"_s).toInt() != 0;
    it.contractNumber = row.value(u"number"_s).toString();
    it.cover = cover(a, it.category, it.isPart, today, rules);
    return it;
}

QList<AssetService::Item> AssetService::select(const QString &where, const QString &value, const QDate &day)
try {
    static const QStringList names{u"id"_s,          u"customer_id"_s, u"product_id"_s, u"contract_id"_s, u"serial_number"_s,
                                   u"delivered_on"_s, u"invoiced_on"_s, u"location"_s,   u"status"_s,      u"note"_s,
                                   u"code"_s,         u"name"_s,        u"category"_s,   u"is_part"_s,     u"number"_s};
    const WarrantyRules rules = rulesOf(m_replica.database()); // once for the list
    QList<Item> out;
    QSqlQuery q = m_replica.database().exec(QString::fromLatin1(SelectItems) + where, {orEmpty(value)});
    while (q.next()) {
        QVariantMap row;
        for (qsizetype i = 0; i < names.size(); ++i)
            row.insert(names[i], q.value(int(i)));
        out << fromRow(row, day, rules);
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<AssetService::Item> AssetService::assetsOf(const QString &customerId, const QDate &day)
{
    return select(u"WHERE a.customer_id = ? AND a.deleted = 0 ORDER BY p.name, a.serial_number"_s, customerId, day);
}

QList<AssetService::Item> AssetService::assetsOfContract(const QString &contractId)
{
    return select(u"WHERE a.contract_id = ? AND a.deleted = 0 ORDER BY p.name, a.serial_number"_s, contractId);
}

std::optional<AssetService::Item> AssetService::item(const QString &id)
{
    const QList<Item> items = select(u"WHERE a.id = ? AND a.deleted = 0"_s, id);
    if (items.isEmpty())
        return std::nullopt;
    return items.first();
}

int AssetService::inWarrantyCount(const QString &customerId)
{
    int n = 0;
    for (const Item &it : assetsOf(customerId))
        n += it.cover.covered ? 1 : 0;
    return n;
}

AssetService::Cover AssetService::coverOn(const Asset &asset, const QDate &day)
try {
    const auto product = m_replica.read(u"products"_s, asset.productId);
    return cover(asset, product ? product->value(u"category"_s).toString() : QString(),
                 product && product->value(u"is_part"_s).toInt() != 0, day, rulesOf(m_replica.database()));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

AssetService::Asset AssetService::newAsset(const QString &customerId, const QString &contractId)
{
    Asset a;
    a.customerId = customerId;
    a.contractId = contractId;
    if (!contractId.isEmpty()) {
        for (const ContractChoice &c : contractsOf(customerId)) {
            if (c.id != contractId)
                continue;
            a.deliveredOn = c.deliveredOn;
            a.invoicedOn = c.invoicedOn;
            if (c.productIds.size() == 1)
                a.productId = c.productIds.first();
        }
    }
    return a;
}

bool AssetService::serialInUse(const QString &productId, const QString &serial, const QString &exceptId)
{
    // As the server: as typed and in either case, through the (product_id, serial_number) index.
    const QString s = serial.trimmed();
    return m_replica.database()
               .scalar(u"SELECT count(*) FROM assets WHERE product_id = ? AND serial_number IN (?, ?, ?) AND deleted = 0 "
                       u"AND id <> ?"_s,
                       {orEmpty(productId), s, s.toUpper(), s.toLower(), orEmpty(exceptId)})
               .toInt()
        > 0;
}

namespace {

// What an asset must say whatever its serial number.
void checkAsset(Replica &replica, const AssetService::Asset &a, ValidationErrors &errors)
{
    if (a.customerId.isEmpty() || !replica.read(u"customers"_s, a.customerId))
        errors.add(u"customerId"_s, u"required"_s, AssetService::tr("Choose the customer the asset is with."));
    if (a.productId.isEmpty() || !replica.read(u"products"_s, a.productId))
        errors.add(u"productId"_s, u"required"_s, AssetService::tr("Choose the product."));
    if (!enumFromCode<AssetStatus>(a.status))
        errors.add(u"status"_s, u"invalid"_s, AssetService::tr("Choose the asset's status."));
    if (!a.contractId.isEmpty()) {
        const auto contract = replica.read(u"contracts"_s, a.contractId);
        if (!contract || contract->value(u"customer_id"_s).toString() != a.customerId)
            errors.add(u"contractId"_s, u"not_found"_s, AssetService::tr("The contract is not one of this customer's."));
        else if (PipelinePolicy::recordsAllowed(contract->value(u"status"_s).toString()))
            errors.add(u"contractId"_s, u"document_locked"_s, AssetService::tr("Assets are delivered under a signed contract."));
    }
    if (a.invoicedOn.isValid() && a.deliveredOn.isValid() && a.invoicedOn.daysTo(a.deliveredOn) > 3660)
        errors.add(u"invoicedOn"_s, u"invalid_date"_s, AssetService::tr("The invoice date is years before the delivery: check it."));
}

Row valuesOf(const AssetService::Asset &a)
{
    return {{u"product_id"_s, a.productId},
            {u"contract_id"_s, orNull(a.contractId)},
            {u"serial_number"_s, a.serialNumber.trimmed()},
            {u"delivered_on"_s, dateValue(a.deliveredOn)},
            {u"invoiced_on"_s, dateValue(a.invoicedOn)},
            {u"location"_s, orNull(a.location)},
            {u"status"_s, a.status},
            {u"note"_s, orNull(a.note)}};
}

} // namespace

ValidationErrors AssetService::save(Asset &a)
try {
    ValidationErrors errors;
    checkAsset(m_replica, a, errors);
    const QString serial = a.serialNumber.trimmed();
    if (serial.isEmpty())
        errors.add(u"serialNumber"_s, u"required"_s, tr("Type the serial number on the asset's label."));
    else if (serial.size() > MaxSerialLength)
        errors.add(u"serialNumber"_s, u"invalid"_s, tr("A serial number is at most %n characters.", nullptr, MaxSerialLength));
    else if (!a.productId.isEmpty() && serialInUse(a.productId, serial, a.id))
        errors.add(u"serialNumber"_s, u"duplicate_serial"_s, tr("Another asset of this product has serial number %1.").arg(serial));
    if (errors)
        return errors;
    Row values = valuesOf(a);
    Row saved;
    if (a.id.isEmpty()) {
        values[u"customer_id"_s] = a.customerId;
        saved = m_replica.create(u"assets"_s, values);
    } else {
        saved = m_replica.update(u"assets"_s, a.id, values);
    }
    a.id = saved.value(u"id"_s).toString();
    a.serialNumber = serial;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ValidationErrors AssetService::registerSerials(const Asset &pattern, const QStringList &serials, QList<Asset> *created)
try {
    ValidationErrors errors;
    checkAsset(m_replica, pattern, errors);
    QStringList blank, tooLong, repeated, inUse;
    QSet<QString> seen;
    for (const QString &typed : serials) {
        const QString s = typed.trimmed();
        if (s.isEmpty())
            continue;
        if (s.size() > MaxSerialLength)
            tooLong << s;
        else if (seen.contains(s.toUpper()))
            repeated << s;
        else if (!pattern.productId.isEmpty() && serialInUse(pattern.productId, s, QString()))
            inUse << s;
        seen.insert(s.toUpper());
    }
    if (seen.isEmpty())
        errors.add(u"serials"_s, u"required"_s, tr("Type or paste the serial numbers, one per line."));
    const auto some = [](const QStringList &list) {
        return list.size() > 5 ? list.mid(0, 5).join(u"、"_s) + u"…"_s : list.join(u"、"_s);
    };
    if (!tooLong.isEmpty())
        errors.add(u"serials"_s, u"invalid"_s, tr("Longer than %1 characters: %2").arg(MaxSerialLength).arg(some(tooLong)));
    if (!repeated.isEmpty())
        errors.add(u"serials"_s, u"repeated"_s, tr("Typed twice: %1").arg(some(repeated)));
    if (!inUse.isEmpty())
        errors.add(u"serials"_s, u"duplicate_serial"_s, tr("Already another asset's: %1").arg(some(inUse)));
    if (errors)
        return errors;
    Replica::Batch batch(m_replica);
    QList<Asset> made;
    for (const QString &typed : serials) {
        Asset a = pattern;
        a.id.clear();
        a.serialNumber = typed.trimmed();
        if (a.serialNumber.isEmpty())
            continue;
        Row values = valuesOf(a);
        values[u"customer_id"_s] = a.customerId;
        a.id = m_replica.create(u"assets"_s, values).value(u"id"_s).toString();
        made << a;
    }
    batch.commit();
    if (created)
        *created = made;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString AssetService::remove(const QString &id)
try {
    if (m_replica.database().scalar(u"SELECT count(*) FROM tickets WHERE asset_id = ? AND deleted = 0"_s, {orEmpty(id)}).toInt() > 0)
        return tr("Service tickets name this asset: set its status to Returned or Scrapped instead.");
    m_replica.remove(u"assets"_s, id);
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<AssetService::Choice> AssetService::products()
try {
    QList<Choice> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, code, name FROM products WHERE deleted = 0 AND active = 1 ORDER BY code, name"_s);
    while (q.next())
        out << Choice{q.value(0).toString(), u"%1 %2"_s.arg(q.value(1).toString(), q.value(2).toString()).trimmed()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<AssetService::ContractChoice> AssetService::contractsOf(const QString &customerId)
try {
    Database &db = m_replica.database();
    QList<ContractChoice> out;
    QSqlQuery q = db.exec(
        u"SELECT c.id, c.number, c.title, "
        u"(SELECT MAX(d.delivered_on) FROM deliveries d WHERE d.contract_id = c.id AND d.deleted = 0), "
        u"(SELECT MIN(i.issued_on) FROM invoices i WHERE i.contract_id = c.id AND i.deleted = 0) "
        u"FROM contracts c WHERE c.customer_id = ? AND c.deleted = 0 AND c.status NOT IN ('draft', 'in_approval') "
        u"ORDER BY c.number DESC LIMIT 500"_s,
        {orEmpty(customerId)});
    while (q.next())
        out << ContractChoice{q.value(0).toString(), u"%1 %2"_s.arg(q.value(1).toString(), q.value(2).toString()).trimmed(),
                              dateOf(q.value(3)), dateOf(q.value(4)), {}};
    for (ContractChoice &c : out) {
        QSqlQuery lines = db.exec(u"SELECT product_id FROM contract_lines WHERE contract_id = ? AND deleted = 0 "
                                  u"AND product_id IS NOT NULL ORDER BY line_no"_s,
                                  {c.id});
        while (lines.next())
            if (!c.productIds.contains(lines.value(0).toString()))
                c.productIds << lines.value(0).toString();
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
