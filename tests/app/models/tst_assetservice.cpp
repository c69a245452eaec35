// AssetService over a replica (issue 20, V2): a delivery's serial numbers registered at
// once (all or none), a serial number refused before the server would, the warranty each
// asset is under worked out offline from its dates, its product and the company's rules —
// and changing when the rules or the dates change; a ticket about an asset says its
// product and whether it is in warranty; the 360° headline counts the assets in warranty.
#include "models/assetservice.h"
#include "models/customer360.h"
#include "models/ticketservice.h"

#include "core/id.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_AssetService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }

    void aDeliverysSerialNumbersAtOnce();
    void refusedBeforeWriting_data();
    void refusedBeforeWriting();
    void warrantyWorkedOutOffline_data();
    void warrantyWorkedOutOffline();
    void theRulesApplyToEveryAssetAtOnce();
    void aTicketAboutAnAsset();
    void removal();

private:
    Row base(const QString &id)
    {
        return {{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}};
    }
    QString serverRow(const QString &table, const Row &values)
    {
        const QString id = Id::generate().toString();
        Row row = base(id);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            row.insert(it.key(), it.value());
        m_replica->applyServerRow(table, row);
        return id;
    }
    QString customer(const QString &name)
    {
        return serverRow(u"customers"_s, {{u"name"_s, name}, {u"status"_s, u"potential"_s}, {u"type"_s, u"end"_s}});
    }
    QString product(const QString &code, const QString &category, bool part)
    {
        return serverRow(u"products"_s, {{u"code"_s, code}, {u"name"_s, QString(u"产品 "_s + code)}, {u"category"_s, category},
                                         {u"is_part"_s, part ? 1 : 0}, {u"active"_s, 1}, {u"list_price_e4"_s, 0},
                                         {u"vat_rate_e4"_s, 130000}, {u"currency"_s, u"CNY"_s}});
    }
    QString contract(const QString &customerId, const QString &number, const QString &status)
    {
        return serverRow(u"contracts"_s, {{u"customer_id"_s, customerId}, {u"number"_s, number}, {u"title"_s, u"设备采购合同"_s},
                                          {u"status"_s, status}, {u"tax_mode"_s, u"exclusive"_s}, {u"currency"_s, u"CNY"_s},
                                          {u"net_fen"_s, 0}, {u"tax_fen"_s, 0}, {u"amount_fen"_s, 0}});
    }
    // The setting as the server sends it: one row, a new version each time.
    void setWarranty(const QString &json)
    {
        if (m_settingId.isEmpty())
            m_settingId = Id::generate().toString();
        m_replica->applyServerRow(u"app_settings"_s, Row{{u"id"_s, m_settingId}, {u"version"_s, ++m_settingVersion}, {u"deleted"_s, 0},
                                                        {u"key"_s, u"service.warranty"_s}, {u"value"_s, json},
                                                        {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                                                        {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}});
    }
    int outboxCreates(const QString &table)
    {
        int n = 0;
        for (const Replica::Mutation &m : m_replica->pendingMutations(1000))
            n += m.table == table ? 1 : 0;
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<AssetService> m_service;
    QString m_customer, m_other, m_compressor, m_filter, m_signed, m_draft;
    QString m_settingId;
    int m_settingVersion = 0;
};

void tst_AssetService::init()
{
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.db"_s.arg(Id::generate().toString())));
    QVERIFY(m_replica);
    m_service = std::make_unique<AssetService>(*m_replica);
    m_customer = customer(u"杭州华通科技有限公司"_s);
    m_other = customer(u"北京远景机械有限公司"_s);
    m_compressor = product(u"KY-37"_s, u"空压机"_s, false);
    m_filter = product(u"LX-01"_s, u"空压机"_s, true);
    m_signed = contract(m_customer, u"HT-2026-0001"_s, u"signed"_s);
    m_draft = contract(m_customer, u"HT-2026-0002"_s, u"draft"_s);
    serverRow(u"deliveries"_s, {{u"customer_id"_s, m_customer}, {u"contract_id"_s, m_signed}, {u"delivered_on"_s, QDate::currentDate().addDays(-15).toString(Qt::ISODate)},
                                {u"description"_s, u"空压机 3 台"_s}});
    serverRow(u"contract_lines"_s, {{u"customer_id"_s, m_customer}, {u"contract_id"_s, m_signed}, {u"line_no"_s, 1},
                                    {u"product_id"_s, m_compressor}, {u"description"_s, u"螺杆空压机"_s}, {u"quantity_e4"_s, 30000},
                                    {u"unit_price_e4"_s, 0}, {u"discount_pct_e4"_s, 0}, {u"vat_rate_e4"_s, 130000},
                                    {u"net_fen"_s, 0}, {u"tax_fen"_s, 0}, {u"gross_fen"_s, 0}});
}

void tst_AssetService::aDeliverysSerialNumbersAtOnce()
{
    // A new asset of the contract starts from its delivery and its one product.
    AssetService::Asset pattern = m_service->newAsset(m_customer, m_signed);
    QCOMPARE(pattern.deliveredOn, QDate::currentDate().addDays(-15));
    QCOMPARE(pattern.productId, m_compressor);
    QList<AssetService::Asset> made;
    const QStringList pasted = AssetService::serialLines(u" KY37-001\n\nKY37-002 \r\nKY37-003\n"_s);
    QCOMPARE(pasted, (QStringList{u"KY37-001"_s, u"KY37-002"_s, u"KY37-003"_s}));
    QVERIFY(m_service->registerSerials(pattern, pasted, &made).isEmpty());
    QCOMPARE(made.size(), 3);
    QCOMPARE(outboxCreates(u"assets"_s), 3); // each its own edit, synced like any other
    const QList<AssetService::Item> items = m_service->assetsOfContract(m_signed);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.first().contractNumber, u"HT-2026-0001"_s);
    QCOMPARE(items.first().category, u"空压机"_s);
    QCOMPARE(m_service->assetsOf(m_customer).size(), 3);
    QVERIFY(m_service->assetsOf(m_other).isEmpty());

    // One number in use or typed twice: none of the list is written.
    const ValidationErrors e = m_service->registerSerials(pattern, {u"KY37-004"_s, u"ky37-002"_s, u"KY37-005"_s, u"KY37-005"_s});
    QCOMPARE(e.codeFor(u"serials"_s), u"repeated"_s);
    QVERIFY(e.messageFor(u"serials"_s).contains(u"KY37-005"_s));
    QCOMPARE(e.size(), 2);
    QVERIFY(e.errors().at(1).message.contains(u"ky37-002"_s));
    QCOMPARE(m_service->assetsOf(m_customer).size(), 3);
    QCOMPARE(outboxCreates(u"assets"_s), 3);
}

void tst_AssetService::refusedBeforeWriting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QString>("contract");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no product") << u"productId"_s << u""_s << u"SN-1"_s << u""_s << u"in_use"_s << u"required"_s;
    QTest::newRow("no serial number") << u"serialNumber"_s << u"compressor"_s << u"  "_s << u""_s << u"in_use"_s << u"required"_s;
    QTest::newRow("too long") << u"serialNumber"_s << u"compressor"_s << QString(101, u'X') << u""_s << u"in_use"_s << u"invalid"_s;
    QTest::newRow("in use, other case") << u"serialNumber"_s << u"compressor"_s << u"sn-taken"_s << u""_s << u"in_use"_s << u"duplicate_serial"_s;
    QTest::newRow("a draft contract") << u"contractId"_s << u"compressor"_s << u"SN-2"_s << u"draft"_s << u"in_use"_s << u"document_locked"_s;
    QTest::newRow("another's contract") << u"contractId"_s << u"compressor"_s << u"SN-3"_s << u"other"_s << u"in_use"_s << u"not_found"_s;
    QTest::newRow("no such status") << u"status"_s << u"compressor"_s << u"SN-4"_s << u""_s << u"lost"_s << u"invalid"_s;
}

void tst_AssetService::refusedBeforeWriting()
{
    QFETCH(QString, field);
    QFETCH(QString, product);
    QFETCH(QString, serial);
    QFETCH(QString, contract);
    QFETCH(QString, status);
    QFETCH(QString, code);
    AssetService::Asset taken = m_service->newAsset(m_customer);
    taken.productId = m_compressor;
    taken.serialNumber = u"SN-TAKEN"_s;
    QVERIFY(m_service->save(taken).isEmpty());
    const int before = outboxCreates(u"assets"_s);

    AssetService::Asset a = m_service->newAsset(m_customer);
    a.productId = product == u"compressor" ? m_compressor : QString();
    a.serialNumber = serial;
    a.contractId = contract == u"draft" ? m_draft : contract == u"other" ? this->contract(m_other, u"HT-2026-0009"_s, u"signed"_s) : QString();
    a.status = status;
    const ValidationErrors e = m_service->save(a);
    QCOMPARE(e.codeFor(field), code);
    QVERIFY(a.id.isEmpty());
    QCOMPARE(outboxCreates(u"assets"_s), before);
}

void tst_AssetService::warrantyWorkedOutOffline_data()
{
    // From the first of a month, so that "n months on, less a day" is Qt's arithmetic too
    // (the month ends are tst_warranty's).
    const QDate today = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QTest::addColumn<bool>("part");
    QTest::addColumn<QDate>("delivered");
    QTest::addColumn<QDate>("invoiced");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("covered");
    // The main unit: 12 months from the invoice, or the delivery without one.
    QTest::newRow("unit, invoiced") << false << today.addMonths(-14) << today.addMonths(-11) << u"in_use"_s
                                    << today.addMonths(-11).addMonths(12).addDays(-1) << true;
    QTest::newRow("unit, delivered only") << false << today.addMonths(-13) << QDate() << u"in_use"_s
                                          << today.addMonths(-13).addMonths(12).addDays(-1) << false;
    // A part: 6 months.
    QTest::newRow("part, 5 months") << true << today.addMonths(-5) << QDate() << u"in_use"_s
                                    << today.addMonths(-5).addMonths(6).addDays(-1) << true;
    QTest::newRow("part, 7 months") << true << today.addMonths(-7) << QDate() << u"in_use"_s
                                    << today.addMonths(-7).addMonths(6).addDays(-1) << false;
    // Scrapped: no cover whatever the dates.
    QTest::newRow("scrapped") << false << today.addMonths(-1) << QDate() << u"scrapped"_s
                              << today.addMonths(-1).addMonths(12).addDays(-1) << false;
    // No dates: not known.
    QTest::newRow("no dates") << false << QDate() << QDate() << u"in_use"_s << QDate() << false;
}

void tst_AssetService::warrantyWorkedOutOffline()
{
    QFETCH(bool, part);
    QFETCH(QDate, delivered);
    QFETCH(QDate, invoiced);
    QFETCH(QString, status);
    QFETCH(QDate, until);
    QFETCH(bool, covered);
    AssetService::Asset a = m_service->newAsset(m_customer);
    a.productId = part ? m_filter : m_compressor;
    a.serialNumber = u"SN-W"_s;
    a.deliveredOn = delivered;
    a.invoicedOn = invoiced;
    a.status = status;
    QVERIFY(m_service->save(a).isEmpty());
    const auto item = m_service->item(a.id);
    QVERIFY(item);
    QCOMPARE(item->cover.until, until);
    QCOMPARE(item->cover.covered, covered);
    QCOMPARE(item->isPart, part);
    QCOMPARE(m_service->inWarrantyCount(m_customer), covered ? 1 : 0);
    QCOMPARE(item->cover.retired, status != u"in_use");
    // The text names the last day, unless there is none or the asset is out of service.
    const QString text = AssetService::coverText(item->cover);
    const bool datesMatter = until.isValid() && status == u"in_use";
    QVERIFY2(!text.isEmpty() && (until.isValid() && text.contains(until.toString(Qt::ISODate))) == datesMatter, qPrintable(text));
}

void tst_AssetService::theRulesApplyToEveryAssetAtOnce()
{
    const QDate delivered = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-18);
    AssetService::Asset a = m_service->newAsset(m_customer);
    a.productId = m_compressor;
    a.serialNumber = u"SN-R"_s;
    a.deliveredOn = delivered;
    QVERIFY(m_service->save(a).isEmpty());
    QVERIFY(!m_service->item(a.id)->cover.covered);
    // The company gives compressors 24 months: the asset is in warranty again, offline.
    setWarranty(uR"({"categories": [{"category": "空压机", "mainMonths": 24}]})"_s);
    const auto item = m_service->item(a.id);
    QVERIFY(item->cover.covered);
    QCOMPARE(item->cover.until, delivered.addMonths(24).addDays(-1));
    // Rules the client cannot read are the defaults, never a crash.
    setWarranty(u"{broken"_s);
    QCOMPARE(m_service->item(a.id)->cover.until, delivered.addMonths(12).addDays(-1));
    // The 360° headline counts it.
    setWarranty(uR"({"default": {"mainMonths": 36}})"_s);
    Customer360 c360(*m_replica);
    const Customer360::Figures f = c360.figures(m_customer);
    QCOMPARE(f.assets, 1);
    QCOMPARE(f.assetsInWarranty, 1);
}

void tst_AssetService::aTicketAboutAnAsset()
{
    AssetService::Asset a = m_service->newAsset(m_customer, m_signed);
    a.serialNumber = u"KY37-100"_s;
    QVERIFY(m_service->save(a).isEmpty());
    TicketService tickets(*m_replica);
    const QList<TicketService::AssetChoice> choices = tickets.assetsOf(m_customer, QDate::currentDate());
    QCOMPARE(choices.size(), 1);
    QVERIFY(choices.first().text.contains(u"KY37-100"_s));
    QVERIFY(choices.first().covered); // delivered a fortnight ago
    QCOMPARE(choices.first().productId, m_compressor);
    // The ticket takes the asset's product.
    TicketService::Ticket t = tickets.newTicket(m_customer);
    t.subject = u"空压机异响"_s;
    t.assetId = a.id;
    t.productId = m_filter;
    QVERIFY(tickets.save(t).isEmpty());
    QCOMPARE(t.productId, m_compressor);
    QCOMPARE(tickets.load(t.id)->assetId, a.id);
    // Another customer's asset is refused.
    AssetService::Asset theirs = m_service->newAsset(m_other);
    theirs.productId = m_compressor;
    theirs.serialNumber = u"KY37-200"_s;
    QVERIFY(m_service->save(theirs).isEmpty());
    t.assetId = theirs.id;
    QCOMPARE(tickets.save(t).codeFor(u"assetId"_s), u"not_found"_s);
}

void tst_AssetService::removal()
{
    AssetService::Asset a = m_service->newAsset(m_customer);
    a.productId = m_compressor;
    a.serialNumber = u"SN-DEL"_s;
    QVERIFY(m_service->save(a).isEmpty());
    AssetService::Asset b = a;
    b.id.clear();
    b.serialNumber = u"SN-KEEP"_s;
    QVERIFY(m_service->save(b).isEmpty());
    TicketService tickets(*m_replica);
    TicketService::Ticket t = tickets.newTicket(m_customer);
    t.subject = u"无法启动"_s;
    t.assetId = b.id;
    QVERIFY(tickets.save(t).isEmpty());
    QVERIFY(m_service->remove(a.id).isEmpty());
    QVERIFY(!m_service->item(a.id));
    QVERIFY(!m_service->remove(b.id).isEmpty()); // a ticket names it
    QVERIFY(m_service->item(b.id));
    // A deleted asset's number is free again.
    AssetService::Asset again = m_service->newAsset(m_customer);
    again.productId = m_compressor;
    again.serialNumber = u"SN-DEL"_s;
    QVERIFY(m_service->save(again).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AssetService)
#include "tst_assetservice.moc"
