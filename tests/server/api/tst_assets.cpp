// The customers' assets (设备, issue 20 V2) on the server, over REST, on SQLite and
// PostgreSQL: a clerk registers the serial numbers a signed contract delivered, the rep
// reads them, a serial number is its product's once, service staff work any customer's
// assets and another rep none; a ticket about an asset is about its product and one of
// its customer's; the products carry the category and the part flag the warranty goes by,
// set by who keeps the catalogue; service settings the arithmetic cannot use are refused.
#include "apifixture.h"
#include "pgcluster.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_Assets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup() { f.reset(); }

    void aClerkRegistersTheSerialNumbersOfADelivery();
    void aSerialNumberIsItsProductsOnce();
    void onlyAgainstASignedContract();
    void whoReadsAndWrites();
    void aTicketAboutAnAsset();
    void theCatalogueSaysCategoryAndPart();
    void serviceSettingsTheArithmeticCannotUse_data();
    void serviceSettingsTheArithmeticCannotUse();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, u"/api/v1/"_s + path, body);
    }
    Reply newAsset(const QString &login, const QString &customer, const QString &product, const QString &serial,
                   const QJsonObject &more = {})
    {
        QJsonObject body{{u"customerId"_s, customer}, {u"productId"_s, product}, {u"serialNumber"_s, serial}};
        for (auto it = more.begin(); it != more.end(); ++it)
            body.insert(it.key(), it.value());
        return as(login, "POST", u"assets"_s, body);
    }
    QString signedContract(const QString &number)
    {
        const QString contract = f->create(u"wangfang"_s, u"contracts"_s,
                                           {{u"customerId"_s, m_customer}, {u"number"_s, number}, {u"title"_s, u"空压机采购合同"_s},
                                            {u"amount"_s, u"80000.00"_s}, {u"net"_s, u"80000.00"_s}});
        f->create(u"wangfang"_s, u"payment-plans"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1},
                                                     {u"dueDate"_s, u"2027-01-15"_s}, {u"amount"_s, u"80000.00"_s}, {u"isBalance"_s, true}});
        if (f->patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status != 200
            || f->patch(u"chenjing"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-11-20"_s}}).status != 200)
            return {};
        return contract;
    }

    std::unique_ptr<ApiFixture> f;
    QString m_customer, m_other, m_compressor, m_filter;
};

void tst_Assets::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_Assets::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"admin"_s, u"admin"_s, {});
    f->addUser(u"zhaomin"_s, u"director"_s, {u"销售部"_s});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s}, u"zhaomin"_s);
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s}, u"chenjing"_s);
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s}, u"zhaomin"_s);
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部"_s});
    f->addUser(u"wuhao"_s, u"service"_s, {u"客服部"_s});
    m_customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}});
    m_other = f->create(u"lina"_s, u"customers"_s, {{u"name"_s, u"北京远景机械有限公司"_s}});
    m_compressor = f->create(u"admin"_s, u"products"_s, {{u"code"_s, u"KY-37"_s}, {u"name"_s, u"螺杆空压机 37kW"_s},
                                                          {u"category"_s, u"空压机"_s}});
    m_filter = f->create(u"admin"_s, u"products"_s, {{u"code"_s, u"LX-01"_s}, {u"name"_s, u"空气滤芯"_s},
                                                      {u"category"_s, u"空压机"_s}, {u"isPart"_s, true}});
    QVERIFY(!m_customer.isEmpty() && !m_other.isEmpty() && !m_compressor.isEmpty() && !m_filter.isEmpty());
}

void tst_Assets::aClerkRegistersTheSerialNumbersOfADelivery()
{
    const QString contract = signedContract(u"HT-2026-0001"_s);
    QVERIFY(!contract.isEmpty());
    for (const QString &serial : {u"KY37-2611-001"_s, u"KY37-2611-002"_s}) {
        const Reply r = newAsset(u"sunli"_s, m_customer, m_compressor, serial,
                                 {{u"contractId"_s, contract}, {u"deliveredOn"_s, u"2026-11-22"_s}, {u"location"_s, u"二号车间"_s}});
        QVERIFY2(r.status == 201, r.body.constData());
    }
    const QJsonArray items = as(u"wangfang"_s, "GET", u"assets?limit=10&customer_id="_s + m_customer).json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject a = items.first().toObject();
    QCOMPARE(a.value(u"contractId"_s).toString(), contract);
    QCOMPARE(a.value(u"status"_s).toString(), u"in_use"_s);
    QCOMPARE(a.value(u"deliveredOn"_s).toString(), u"2026-11-22"_s);
    // Invoiced later: the rep records the date (its months count from it).
    QCOMPARE(f->patch(u"wangfang"_s, u"assets"_s, a.value(u"id"_s).toString(), {{u"invoicedOn"_s, u"2026-12-01"_s}}).status, 200);
    // The spaces around a typed serial number are not part of it.
    const Reply spaced = newAsset(u"sunli"_s, m_customer, m_filter, u"  LX-0001 "_s, {{u"contractId"_s, contract}});
    QCOMPARE(spaced.status, 201);
    QCOMPARE(as(u"admin"_s, "GET", u"assets/"_s + spaced.json.value(u"id"_s).toString()).json.value(u"serialNumber"_s).toString(),
             u"LX-0001"_s);
}

void tst_Assets::aSerialNumberIsItsProductsOnce()
{
    const Reply first = newAsset(u"wangfang"_s, m_customer, m_compressor, u"SN-1001"_s);
    QCOMPARE(first.status, 201);
    // The same number on the same product — another case, another customer — is refused.
    Reply r = newAsset(u"wangfang"_s, m_customer, m_compressor, u"sn-1001"_s);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"duplicate_serial"_s);
    r = newAsset(u"lina"_s, m_other, m_compressor, u"SN-1001"_s);
    QCOMPARE(r.status, 409);
    // Another product may use it.
    QCOMPARE(newAsset(u"wangfang"_s, m_customer, m_filter, u"SN-1001"_s).status, 201);
    // Changing an asset to a number in use is refused too; to a free one it is not.
    const QString second = newAsset(u"wangfang"_s, m_customer, m_compressor, u"SN-1002"_s).json.value(u"id"_s).toString();
    QCOMPARE(f->patch(u"wangfang"_s, u"assets"_s, second, {{u"serialNumber"_s, u"SN-1001"_s}}).status, 409);
    QCOMPARE(f->patch(u"wangfang"_s, u"assets"_s, second, {{u"note"_s, u"客户自购"_s}}).status, 200);
    // Once the first is deleted, its number is free.
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"assets/"_s + first.json.value(u"id"_s).toString()).status, 204);
    QCOMPARE(f->patch(u"wangfang"_s, u"assets"_s, second, {{u"serialNumber"_s, u"SN-1001"_s}}).status, 200);
    // Blank is no number.
    r = newAsset(u"wangfang"_s, m_customer, m_compressor, u"   "_s);
    QCOMPARE(r.status, 422);
}

void tst_Assets::onlyAgainstASignedContract()
{
    const QString draft = f->create(u"wangfang"_s, u"contracts"_s,
                                    {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0002"_s}, {u"title"_s, u"草稿合同"_s}});
    const Reply r = newAsset(u"wangfang"_s, m_customer, m_compressor, u"SN-2001"_s, {{u"contractId"_s, draft}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"document_locked"_s);
    // Nor another customer's contract.
    const QString signedOne = signedContract(u"HT-2026-0003"_s);
    QCOMPARE(newAsset(u"lina"_s, m_other, m_compressor, u"SN-2002"_s, {{u"contractId"_s, signedOne}}).status, 422);
}

void tst_Assets::whoReadsAndWrites()
{
    const QString id = newAsset(u"wangfang"_s, m_customer, m_compressor, u"SN-3001"_s).json.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    // Another region's rep neither reads nor writes it, nor adds one to that customer.
    QCOMPARE(as(u"lina"_s, "GET", u"assets/"_s + id).status, 404);
    QCOMPARE(f->patch(u"lina"_s, u"assets"_s, id, {{u"note"_s, u"x"_s}}).status, 404);
    QVERIFY(newAsset(u"lina"_s, m_customer, m_compressor, u"SN-3002"_s).status >= 403);
    QVERIFY(as(u"lina"_s, "GET", u"assets?limit=10&customer_id="_s + m_customer).json.value(u"items"_s).toArray().isEmpty());
    // Service staff work every customer's assets; the owner's manager too.
    QCOMPARE(f->patch(u"wuhao"_s, u"assets"_s, id, {{u"location"_s, u"一号车间"_s}}).status, 200);
    QCOMPARE(newAsset(u"wuhao"_s, m_other, m_compressor, u"SN-3003"_s).status, 201);
    QCOMPARE(f->patch(u"chenjing"_s, u"assets"_s, id, {{u"status"_s, u"returned"_s}}).status, 200);
    // A status the asset cannot have is refused.
    QCOMPARE(f->patch(u"chenjing"_s, u"assets"_s, id, {{u"status"_s, u"lost"_s}}).status, 422);
}

void tst_Assets::aTicketAboutAnAsset()
{
    const QString mine = newAsset(u"wangfang"_s, m_customer, m_compressor, u"SN-4001"_s).json.value(u"id"_s).toString();
    const QString theirs = newAsset(u"lina"_s, m_other, m_compressor, u"SN-4002"_s).json.value(u"id"_s).toString();
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const Reply r = as(u"wuhao"_s, "POST", u"tickets"_s,
                       {{u"customerId"_s, m_customer}, {u"number"_s, u"FW-2026-000001"_s}, {u"kind"_s, u"fault"_s},
                        {u"subject"_s, u"空压机排气温度过高"_s}, {u"assetId"_s, mine}});
    QCOMPARE(r.status, 201);
    // The asset's product is the ticket's.
    const QString ticket = r.json.value(u"id"_s).toString();
    QCOMPARE(as(u"wuhao"_s, "GET", u"tickets/"_s + ticket).json.value(u"productId"_s).toString(), m_compressor);
    QCOMPARE(f->patch(u"wuhao"_s, u"tickets"_s, ticket, {{u"productId"_s, m_filter}}).status, 200);
    QCOMPARE(as(u"wuhao"_s, "GET", u"tickets/"_s + ticket).json.value(u"productId"_s).toString(), m_compressor);
    // Another customer's asset is none of this ticket's business.
    QCOMPARE(f->patch(u"wuhao"_s, u"tickets"_s, ticket, {{u"assetId"_s, theirs}}).status, 422);
    // An asset a ticket names is returned or scrapped, not deleted.
    const Reply removal = as(u"wangfang"_s, "DELETE", u"assets/"_s + mine);
    QCOMPARE(removal.status, 409);
    QCOMPARE(removal.errorCode(), u"asset_in_use"_s);
    QCOMPARE(f->patch(u"wangfang"_s, u"assets"_s, mine, {{u"status"_s, u"scrapped"_s}}).status, 200);
}

void tst_Assets::theCatalogueSaysCategoryAndPart()
{
    const QJsonObject filter = as(u"wangfang"_s, "GET", u"products/"_s + m_filter).json;
    QCOMPARE(filter.value(u"category"_s).toString(), u"空压机"_s);
    QCOMPARE(filter.value(u"isPart"_s).toBool(), true);
    QCOMPARE(as(u"wangfang"_s, "GET", u"products/"_s + m_compressor).json.value(u"isPart"_s).toBool(), false);
    QCOMPARE(f->patch(u"chenjing"_s, u"products"_s, m_compressor, {{u"category"_s, u"压缩机"_s}}).status, 200);
    QCOMPARE(f->patch(u"wangfang"_s, u"products"_s, m_compressor, {{u"category"_s, u"其他"_s}}).status, 403);
}

void tst_Assets::serviceSettingsTheArithmeticCannotUse_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("warranty months") << u"service.warranty"_s << uR"({"default": {"mainMonths": 24}})"_s << 201;
    QTest::newRow("warranty too long") << u"service.warranty"_s << uR"({"default": {"mainMonths": 500}})"_s << 422;
    QTest::newRow("warranty not JSON") << u"service.warranty"_s << u"十二个月"_s << 422;
    QTest::newRow("calendar") << u"service.calendar"_s << uR"({"weekdays": [1,2,3,4,5,6]})"_s << 201;
    QTest::newRow("calendar's unknown zone") << u"service.calendar"_s << uR"({"timeZone": "Mars/Olympus"})"_s << 422;
    QTest::newRow("sla without a number") << u"service.sla"_s << uR"({"rules": [{"priority": "normal", "firstResponse": "soon"}]})"_s << 422;
}

void tst_Assets::serviceSettingsTheArithmeticCannotUse()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    const Reply r = as(u"admin"_s, "POST", u"settings"_s, {{u"key"_s, key}, {u"value"_s, value}});
    QCOMPARE(r.status, status);
    if (status == 422)
        QCOMPARE(r.errorCode(), u"invalid"_s);
}

QTEST_GUILESS_MAIN(tst_Assets)
#include "tst_assets.moc"
