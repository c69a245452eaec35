#include "domainschema.h"
#include "rowcodec.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_RowCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void moneyNeverPassesThroughADouble();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void unknownColumnsAreSkipped();
};

void tst_RowCodec::roundTrip()
{
    const TableDef &def = DomainSchema::table(u"opportunities"_s);
    const QStringList cols = def.columnNames();
    Row row{{u"id"_s, u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s}, {u"version"_s, qint64(42)}, {u"deleted"_s, qint64(0)},
            {u"name"_s, u"服务器 \"R740\" 😀"_s}, {u"amount_fen"_s, qint64(1234567)}, {u"probability_e4"_s, qint64(500000)},
            {u"expected_close"_s, QVariant()}};
    const QJsonArray encoded = RowCodec::encode(def, cols, row);
    QCOMPARE(encoded.size(), cols.size());
    QCOMPARE(encoded[cols.indexOf(u"amount_fen"_s)].toString(), u"1234567"_s);
    Row back;
    QVERIFY(RowCodec::decode(def, cols, encoded, &back));
    for (auto it = row.begin(); it != row.end(); ++it)
        QCOMPARE(back.value(it.key()).toString(), it.value().toString());
}

void tst_RowCodec::moneyNeverPassesThroughADouble()
{
    const TableDef &def = DomainSchema::table(u"payments"_s);
    const qint64 huge = std::numeric_limits<qint64>::max() - 1; // far beyond 2^53
    const QJsonArray encoded = RowCodec::encode(def, {u"amount_fen"_s}, Row{{u"amount_fen"_s, huge}});
    Row back;
    QVERIFY(RowCodec::decode(def, {u"amount_fen"_s}, encoded, &back));
    QCOMPARE(back.value(u"amount_fen"_s).toLongLong(), huge);
}

void tst_RowCodec::wrongTypesAreRefused_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("money as number") << u"amount_fen"_s << QJsonValue(12.5);
    QTest::newRow("money not an integer") << u"amount_fen"_s << QJsonValue(u"12.50"_s);
    QTest::newRow("int as string") << u"version"_s << QJsonValue(u"7"_s);
    QTest::newRow("text as number") << u"note"_s << QJsonValue(5);
}

void tst_RowCodec::wrongTypesAreRefused()
{
    QFETCH(QString, column);
    QFETCH(QJsonValue, value);
    Row row;
    QVERIFY(!RowCodec::decode(DomainSchema::table(u"payments"_s), {column}, QJsonArray{value}, &row));
    QVERIFY(!RowCodec::decode(DomainSchema::table(u"payments"_s), {column, u"id"_s}, QJsonArray{value}, &row)); // size mismatch too
}

void tst_RowCodec::unknownColumnsAreSkipped()
{
    Row row;
    QVERIFY(RowCodec::decode(DomainSchema::table(u"customers"_s), {u"name"_s, u"from_the_future"_s},
                             QJsonArray{u"华通"_s, 1}, &row));
    QCOMPARE(row.keys(), QStringList{u"name"_s});
}

QTEST_APPLESS_MAIN(tst_RowCodec)
#include "tst_rowcodec.moc"
