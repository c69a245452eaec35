#include "schema/domainschema.h"
#include "sync/rowcodec.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    void utf8EscaperWritesWhatTheStringOneWrites();
    void pagesParseWithoutQJson();
    void pageCellsFollowDecodeValue();
    void malformedPagesAreRefused_data();
    void malformedPagesAreRefused();
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

void tst_RowCodec::utf8EscaperWritesWhatTheStringOneWrites()
{
    QString all;
    for (char16_t c = 0; c < 0x80; ++c)
        all += QChar(c);
    for (const QString &text : {all, u"汇客 😀 \"引号\" \\ 反斜杠"_s, QString(), u"\x7f\u2028\u00e9"_s}) {
        QByteArray a, b;
        RowCodec::appendJsonString(text, a);
        const QByteArray utf8 = text.toUtf8();
        RowCodec::appendJsonUtf8(utf8.constData(), utf8.size(), b);
        QCOMPARE(b, a);
        // And it is JSON that reads back as the text.
        QCOMPARE(QJsonDocument::fromJson("[" + a + "]").array().at(0).toString(), text);
    }
}

void tst_RowCodec::pagesParseWithoutQJson()
{
    const QString text = u"表情 😀 tab\t nl\n quote\" backslash\\ ctrl\x01 del\x7f"_s;
    // As QJsonDocument writes it (sorted keys, its own escapes), as the server does, and
    // with \u escapes (a surrogate pair among them).
    const QJsonObject page{{u"table"_s, u"payments"_s},
                           {u"columns"_s, QJsonArray{u"id"_s, u"amount_fen"_s, u"note"_s, u"version"_s}},
                           {u"rows"_s, QJsonArray{QJsonArray{u"a"_s, u"9223372036854775806"_s, text, 7},
                                                  QJsonArray{u"b"_s, QJsonValue(), QJsonValue(), -3}}},
                           {u"next"_s, u"b"_s},
                           {u"newer"_s, QJsonObject{{u"x"_s, QJsonArray{true, false, 1.5, QJsonValue()}}}}};
    QByteArray server = R"({"table":"payments","columns":["id","amount_fen","note","version"],"rows":[["a","9223372036854775806",)";
    RowCodec::appendJsonString(text, server);
    server += R"(,7],["b",null,null,-3]],"next":"b"})";
    const QByteArray escaped =
        R"({"rows":[["a","9223372036854775806","\u8868\u60c5 \ud83d\ude00 tab\t nl\n quote\" backslash\\ ctrl\u0001 del\u007f",7],)"
        R"(["b",null,null,-3]],"columns":["id","amount_fen","note","version"],"table":"payments","next":"b"})";
    for (const QByteArray &json : {QJsonDocument(page).toJson(QJsonDocument::Indented), server, escaped}) {
        RowCodec::SnapshotPage p;
        QString error;
        QVERIFY2(RowCodec::parsePage(json, &p, &error), qPrintable(error));
        QCOMPARE(p.table, u"payments"_s);
        QCOMPARE(p.columns, (QStringList{u"id"_s, u"amount_fen"_s, u"note"_s, u"version"_s}));
        QCOMPARE(p.next, u"b"_s);
        QCOMPARE(p.rowCount, 2);
        QCOMPARE(p.cell(0, 2).kind, RowCodec::PageCell::String);
        QCOMPARE(QString::fromUtf8(p.bytes(p.cell(0, 2))), text);
        QCOMPARE(p.cell(1, 1).kind, RowCodec::PageCell::Null);
        QCOMPARE(p.bytes(p.cell(1, 3)), QByteArrayView("-3"));
    }
    RowCodec::SnapshotPage last;
    QVERIFY(RowCodec::parsePage(R"({"table":"x","columns":["id"],"rows":[],"next":null})", &last));
    QCOMPARE(last.rowCount, 0);
    QVERIFY(last.next.isEmpty());
}

void tst_RowCodec::pageCellsFollowDecodeValue()
{
    RowCodec::SnapshotPage p;
    QVERIFY(RowCodec::parsePage(R"({"table":"t","columns":["a","b","c","d","e","f"],)"
                                R"("rows":[["9223372036854775806",12,"x",2.9,"12.50",null]],"next":null})",
                                &p));
    RowCodec::CellValue v;
    QVERIFY(RowCodec::decodeCell(ColumnType::Money, p, p.cell(0, 0), &v));
    QCOMPARE(v.integer, qint64(9223372036854775806)); // never through a double
    QVERIFY(!RowCodec::decodeCell(ColumnType::Money, p, p.cell(0, 1), &v)); // money as a number
    QVERIFY(!RowCodec::decodeCell(ColumnType::Money, p, p.cell(0, 4), &v)); // not an integer
    QVERIFY(RowCodec::decodeCell(ColumnType::Int, p, p.cell(0, 1), &v));
    QCOMPARE(v.integer, 12);
    QVERIFY(RowCodec::decodeCell(ColumnType::Int, p, p.cell(0, 3), &v)); // cut like qint64(double)
    QCOMPARE(v.integer, 2);
    QVERIFY(!RowCodec::decodeCell(ColumnType::Int, p, p.cell(0, 2), &v));  // int as a string
    QVERIFY(!RowCodec::decodeCell(ColumnType::Text, p, p.cell(0, 1), &v)); // text as a number
    QVERIFY(RowCodec::decodeCell(ColumnType::Text, p, p.cell(0, 5), &v));
    QCOMPARE(v.kind, RowCodec::CellValue::Null);
}

void tst_RowCodec::malformedPagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not an object") << QByteArray("[1]");
    QTest::newRow("unterminated string") << QByteArray(R"({"table":"t","columns":["id"],"rows":[["abc)");
    QTest::newRow("trailing backslash") << QByteArray(R"({"table":"t","columns":["id"],"rows":[["abc\)");
    QTest::newRow("bad escape") << QByteArray(R"({"table":"t","columns":["id"],"rows":[["a\q"]],"next":null})");
    QTest::newRow("bad unicode escape") << QByteArray(R"({"table":"t","columns":["id"],"rows":[["a\u12"]],"next":null})");
    QTest::newRow("row too short") << QByteArray(R"({"table":"t","columns":["id","x"],"rows":[["a"]],"next":null})");
    QTest::newRow("nested value") << QByteArray(R"({"table":"t","columns":["id"],"rows":[[["a"]]],"next":null})");
    QTest::newRow("missing comma") << QByteArray(R"({"table":"t","columns":["id"] "rows":[]})");
}

void tst_RowCodec::malformedPagesAreRefused()
{
    QFETCH(QByteArray, json);
    RowCodec::SnapshotPage p;
    QString error;
    QVERIFY(!RowCodec::parsePage(json, &p, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_APPLESS_MAIN(tst_RowCodec)
#include "tst_rowcodec.moc"
