#include "sync/recordjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_RecordJson : public QObject
{
    Q_OBJECT

private slots:
    void toJson();
    void roundTrip();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void readOnly();
};

void tst_RecordJson::toJson()
{
    const Row row{{u"id"_s, u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s}, {u"version"_s, qint64(42)},
                  {u"deleted"_s, 0}, {u"name"_s, u"服务器 \"R740\" 😀"_s},
                  {u"amount_fen"_s, qint64(1234567)}, {u"currency"_s, u"CNY"_s},
                  {u"probability_e4"_s, qint64(333300)}, {u"expected_close"_s, QVariant()}};
    const QJsonObject j = RecordJson::toJson(u"opportunities"_s, row);
    QCOMPARE(j.value(u"amount"_s).toString(), u"12345.67"_s);
    QCOMPARE(j.value(u"probabilityPercent"_s).toString(), u"33.33"_s);
    QCOMPARE(j.value(u"deleted"_s).toBool(), false);
    QCOMPARE(j.value(u"version"_s).toInteger(), 42);
    QVERIFY(j.value(u"expectedClose"_s).isNull());
    QCOMPARE(j.value(u"name"_s).toString(), u"服务器 \"R740\" 😀"_s);
    QVERIFY(!j.contains(u"competitors"_s)); // only the columns present
}

void tst_RecordJson::roundTrip()
{
    const QJsonObject in{{u"customerId"_s, u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s},
                         {u"name"_s, u"华通 O'Brien 项目"_s},
                         {u"amount"_s, u"0.05"_s},
                         {u"probabilityPercent"_s, u"70"_s},
                         {u"expectedClose"_s, u"2026-12-31"_s}};
    ValidationErrors errors;
    const Row row = RecordJson::fromJson(u"opportunities"_s, in, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(row.value(u"amount_fen"_s).toLongLong(), 5);
    QCOMPARE(row.value(u"probability_e4"_s).toLongLong(), 700000);
    const QJsonObject out = RecordJson::toJson(u"opportunities"_s, row);
    for (auto it = in.begin(); it != in.end(); ++it)
        QCOMPARE(out.value(it.key()), it.value());
}

void tst_RecordJson::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::newRow("money as a number") << QByteArray(R"({"amount": 12.5})") << u"amount"_s << u"invalid_money"_s;
    QTest::newRow("three decimals") << QByteArray(R"({"amount": "1.005"})") << u"amount"_s << u"invalid_money"_s;
    QTest::newRow("decimal as number") << QByteArray(R"({"probabilityPercent": 50})") << u"probabilityPercent"_s << u"invalid_decimal"_s;
    QTest::newRow("unknown field") << QByteArray(R"({"colour": "red"})") << u"colour"_s << u"unknown_field"_s;
    QTest::newRow("column name is not the wire name") << QByteArray(R"({"amount_fen": "1"})") << u"amount_fen"_s << u"unknown_field"_s;
    QTest::newRow("bad id") << QByteArray(R"({"customerId": "42"})") << u"customerId"_s << u"invalid_id"_s;
    QTest::newRow("bad date") << QByteArray(R"({"expectedClose": "2026-02-30"})") << u"expectedClose"_s << u"invalid_date"_s;
    QTest::newRow("text as number") << QByteArray(R"({"name": 5})") << u"name"_s << u"invalid_type"_s;
    QTest::newRow("required null") << QByteArray(R"({"name": null})") << u"name"_s << u"required"_s;
    QTest::newRow("too long") << QByteArray(R"({"competitors": ")") + QByteArray(20001, 'x') + QByteArray(R"("})")
                              << u"competitors"_s << u"too_long"_s;
}

void tst_RecordJson::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, code);
    ValidationErrors errors;
    const Row row = RecordJson::fromJson(u"opportunities"_s, QJsonDocument::fromJson(json).object(), &errors);
    QCOMPARE(errors.fields(), QStringList{field});
    QCOMPARE(errors.toJson().value(field).toObject().value(u"code"_s).toString(), code);
    QVERIFY(row.isEmpty());
}

void tst_RecordJson::readOnly()
{
    ValidationErrors errors;
    RecordJson::fromJson(u"customers"_s, QJsonObject{{u"version"_s, 7}}, &errors, {u"version"_s});
    QCOMPARE(errors.fields(), QStringList{u"version"_s});
}

QTEST_APPLESS_MAIN(tst_RecordJson)
#include "tst_recordjson.moc"
