#include "core/customer.h"
#include "core/deliveryrecord.h"
#include "core/opportunity.h"
#include "schema/domainschema.h"
#include "schema/rows.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Rows : public QObject
{
    Q_OBJECT

private slots:
    void jsonName_data();
    void jsonName();
    void customerRoundTrip();
    void moneyKeepsCurrency();
    void deliveryRoundTrip();
    void validate_data();
    void validate();
};

void tst_Rows::jsonName_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("json");
    QTest::newRow("plain") << u"name"_s << u"name"_s;
    QTest::newRow("snake") << u"credit_code"_s << u"creditCode"_s;
    QTest::newRow("money") << u"amount_fen"_s << u"amount"_s;
    QTest::newRow("money snake") << u"gross_fen"_s << u"gross"_s;
    QTest::newRow("decimal") << u"unit_price_e4"_s << u"unitPrice"_s;
    QTest::newRow("probability") << u"probability_e4"_s << u"probabilityPercent"_s;
    QTest::newRow("vat") << u"vat_rate_e4"_s << u"vatRatePercent"_s;
    QTest::newRow("discount") << u"discount_pct_e4"_s << u"discountPercent"_s;
}

void tst_Rows::jsonName()
{
    QFETCH(QString, column);
    QFETCH(QString, json);
    QCOMPARE(Rows::jsonName(column), json);
}

void tst_Rows::customerRoundTrip()
{
    Customer c;
    c.meta = RecordMeta::created(Id::generate(), Id::generate());
    c.name = u"上海恒信精密机械有限公司"_s;
    c.creditCode = u"91310000MA1FL8L971"_s;
    c.level = CustomerLevel::B;
    c.status = CustomerStatus::Active;
    c.size = CustomerSize::Medium;
    c.tags = QStringList{u"重点客户"_s, u"年框"_s};
    c.departmentId = Id::generate();
    const Row row = Rows::toRow(c);
    QCOMPARE(row.value(u"level"_s).toString(), u"b"_s);
    QCOMPARE(row.value(u"tags"_s).toString(), u"重点客户,年框"_s);
    QVERIFY(row.value(u"phone"_s).isNull()); // empty text is stored as NULL
    QCOMPARE(Rows::from<Customer>(row), c);
}

void tst_Rows::moneyKeepsCurrency()
{
    Opportunity o;
    o.meta = RecordMeta::created(Id::generate(), Id::generate());
    o.customerId = Id::generate();
    o.name = u"服务器采购"_s;
    o.stage = u"proposal"_s;
    o.probabilityPercent = Decimal::fromInteger(50);
    o.amount = Money::fromFen(12345678, u"USD");
    const Opportunity back = Rows::from<Opportunity>(Rows::toRow(o));
    QCOMPARE(back.amount, o.amount);
    QCOMPARE(back, o);
}

void tst_Rows::deliveryRoundTrip()
{
    DeliveryRecord d;
    d.meta = RecordMeta::created(Id::generate(), Id::generate());
    d.customerId = Id::generate();
    d.contractId = Id::generate();
    d.deliveredOn = u"2026-12-03"_s;
    d.description = u"机架式服务器 2 台"_s;
    d.carrier = u"顺丰速运"_s;
    d.trackingNumber = u"SF1234567890123"_s;
    d.receiver = u"王伟"_s;
    const Row row = Rows::toRow(d);
    QCOMPARE(row.value(u"tracking_number"_s).toString(), u"SF1234567890123"_s);
    QCOMPARE(row.value(u"delivered_on"_s).toString(), u"2026-12-03"_s);
    QVERIFY(row.value(u"note"_s).isNull()); // empty text is stored as NULL
    for (const QString &column : row.keys())
        QVERIFY2(DomainSchema::table(u"deliveries"_s).column(column), qPrintable(column));
    QCOMPARE(Rows::from<DeliveryRecord>(row), d);
    QCOMPARE(Rows::jsonName(u"tracking_number"_s), u"trackingNumber"_s);
}

void tst_Rows::validate_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Row>("row");
    QTest::addColumn<QStringList>("fields");
    const QString cid = Id::generate().toString();
    QTest::newRow("valid customer") << u"customers"_s
                                    << Row{{u"name"_s, u"华通科技"_s}, {u"status"_s, u"active"_s}, {u"type"_s, u"end"_s}}
                                    << QStringList{};
    QTest::newRow("unknown status") << u"customers"_s
                                    << Row{{u"name"_s, u"华通科技"_s}, {u"status"_s, u"gold"_s}, {u"type"_s, u"end"_s}}
                                    << QStringList{u"status"_s};
    QTest::newRow("customer rules") << u"customers"_s
                                    << Row{{u"name"_s, QString()}, {u"credit_code"_s, u"91350100M000100Y44"_s},
                                           {u"status"_s, u"active"_s}, {u"type"_s, u"end"_s}}
                                    << QStringList{u"name"_s, u"creditCode"_s};
    QTest::newRow("contact needs a name") << u"contacts"_s
                                          << Row{{u"customer_id"_s, cid}, {u"name"_s, QString()}}
                                          << QStringList{u"name"_s};
    QTest::newRow("bad decision role") << u"contacts"_s
                                       << Row{{u"customer_id"_s, cid}, {u"name"_s, u"王芳"_s}, {u"decision_role"_s, u"boss"_s}}
                                       << QStringList{u"decisionRole"_s};
    QTest::newRow("activity kind") << u"activities"_s
                                   << Row{{u"customer_id"_s, cid}, {u"kind"_s, u"fax"_s}, {u"occurred_at"_s, u"2026-11-24T01:00:00.000Z"_s}}
                                   << QStringList{u"kind"_s};
    QTest::newRow("product vat") << u"products"_s
                                 << Row{{u"code"_s, u"A"_s}, {u"name"_s, u"B"_s}, {u"vat_rate_e4"_s, qint64(170000)}}
                                 << QStringList{u"vatRatePercent"_s};
    QTest::newRow("quote status") << u"quotes"_s
                                  << Row{{u"customer_id"_s, cid}, {u"number"_s, u"BJ-1"_s}, {u"status"_s, u"won"_s}}
                                  << QStringList{u"status"_s};
    QTest::newRow("contract end before start") << u"contracts"_s
                                               << Row{{u"customer_id"_s, cid}, {u"number"_s, u"HT-1"_s}, {u"title"_s, u"合同"_s}, {u"status"_s, u"draft"_s},
                                                      {u"start_date"_s, u"2026-12-01"_s}, {u"end_date"_s, u"2026-11-01"_s}}
                                               << QStringList{u"endDate"_s};
    QTest::newRow("approval status") << u"approvals"_s
                                     << Row{{u"customer_id"_s, cid}, {u"table_name"_s, u"quotes"_s}, {u"record_id"_s, cid}, {u"kind"_s, u"discount"_s}, {u"status"_s, u"maybe"_s}}
                                     << QStringList{u"status"_s};
    QTest::newRow("stage probability") << u"sales_stages"_s
                                       << Row{{u"code"_s, u"x"_s}, {u"name"_s, u"阶段"_s}, {u"outcome"_s, u"open"_s}, {u"probability_e4"_s, qint64(1010000)}}
                                       << QStringList{u"probabilityPercent"_s};
    QTest::newRow("valid delivery") << u"deliveries"_s
                                    << Row{{u"customer_id"_s, cid}, {u"contract_id"_s, cid}, {u"delivered_on"_s, u"2026-12-03"_s},
                                           {u"description"_s, u"备份软件 1 套"_s}}
                                    << QStringList{};
    QTest::newRow("delivery rules") << u"deliveries"_s
                                    << Row{{u"customer_id"_s, cid}, {u"delivered_on"_s, u"2026-12-32"_s}, {u"description"_s, QString()},
                                           {u"tracking_number"_s, u"单号"_s}}
                                    << QStringList{u"contractId"_s, u"deliveredOn"_s, u"description"_s, u"trackingNumber"_s};
    QTest::newRow("table without entity rules") << u"user_departments"_s << Row{{u"user_id"_s, u"x"_s}} << QStringList{};
}

void tst_Rows::validate()
{
    QFETCH(QString, table);
    QFETCH(Row, row);
    QFETCH(QStringList, fields);
    QCOMPARE(Rows::validate(table, row).fields(), fields);
}

QTEST_APPLESS_MAIN(tst_Rows)
#include "tst_rows.moc"
