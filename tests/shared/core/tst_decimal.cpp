#include "core/decimal.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Decimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void toString_data();
    void toString();
    void multiply_data();
    void multiply();
    void divide_data();
    void divide();
    void roundedTo_data();
    void roundedTo();
    void overflowThrows();
    void format_data();
    void format();
    void ordering();
};

void tst_Decimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("raw");

    QTest::newRow("integer") << u"13"_s << true << qint64(130000);
    QTest::newRow("four places") << u"9.9950"_s << true << qint64(99950);
    QTest::newRow("short fraction") << u"0.333"_s << true << qint64(3330);
    QTest::newRow("leading point") << u".5"_s << true << qint64(5000);
    QTest::newRow("trailing point") << u"5."_s << true << qint64(50000);
    QTest::newRow("negative") << u"-1.25"_s << true << qint64(-12500);
    QTest::newRow("plus") << u"+2"_s << true << qint64(20000);
    QTest::newRow("spaces") << u"  7.5 "_s << true << qint64(75000);
    QTest::newRow("full width") << u"１２．５"_s << true << qint64(125000);
    QTest::newRow("zero") << u"0"_s << true << qint64(0);
    QTest::newRow("max") << u"922337203685477.5807"_s << true
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("over max") << u"922337203685477.5808"_s << false << qint64(0);
    QTest::newRow("five places") << u"0.33333"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("only sign") << u"-"_s << false << qint64(0);
    QTest::newRow("only point") << u"."_s << false << qint64(0);
    QTest::newRow("two points") << u"1.2.3"_s << false << qint64(0);
    QTest::newRow("letters") << u"12a"_s << false << qint64(0);
    QTest::newRow("grouping") << u"1,000"_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
    QTest::newRow("inner space") << u"1 000"_s << false << qint64(0);
}

void tst_Decimal::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, raw);
    const std::optional<Decimal> d = Decimal::parse(text);
    QCOMPARE(d.has_value(), ok);
    if (ok)
        QCOMPARE(d->raw(), raw);
}

void tst_Decimal::toString_data()
{
    QTest::addColumn<qint64>("raw");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << qint64(130000) << u"13"_s;
    QTest::newRow("trailing zeros dropped") << qint64(99950) << u"9.995"_s;
    QTest::newRow("small") << qint64(1) << u"0.0001"_s;
    QTest::newRow("negative fraction") << qint64(-5000) << u"-0.5"_s;
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"-922337203685477.5808"_s;
}

void tst_Decimal::toString()
{
    QFETCH(qint64, raw);
    QFETCH(QString, text);
    QCOMPARE(Decimal::fromRaw(raw).toString(), text);
    if (raw != std::numeric_limits<qint64>::min())
        QCOMPARE(Decimal::parse(text)->raw(), raw); // round trip
}

void tst_Decimal::multiply_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("product");
    QTest::newRow("exact") << u"10"_s << u"9.995"_s << u"99.95"_s;
    QTest::newRow("rounds half up") << u"0.0005"_s << u"0.1"_s << u"0.0001"_s;   // 0.00005
    QTest::newRow("rounds down") << u"0.0004"_s << u"0.1"_s << u"0"_s;           // 0.00004
    QTest::newRow("negative half away") << u"-0.0005"_s << u"0.1"_s << u"-0.0001"_s;
    QTest::newRow("third") << u"0.3333"_s << u"3"_s << u"0.9999"_s;
    QTest::newRow("large") << u"100000000"_s << u"1000000"_s << u"100000000000000"_s;
}

void tst_Decimal::multiply()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, product);
    QCOMPARE((*Decimal::parse(a) * *Decimal::parse(b)).toString(), product);
    QCOMPARE((*Decimal::parse(b) * *Decimal::parse(a)).toString(), product);
}

void tst_Decimal::divide_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("quotient");
    QTest::newRow("exact") << u"1"_s << u"4"_s << u"0.25"_s;
    QTest::newRow("third") << u"1"_s << u"3"_s << u"0.3333"_s;
    QTest::newRow("two thirds rounds up") << u"2"_s << u"3"_s << u"0.6667"_s;
    QTest::newRow("negative divisor") << u"2"_s << u"-3"_s << u"-0.6667"_s;
    QTest::newRow("negative dividend") << u"-1"_s << u"8"_s << u"-0.125"_s;
}

void tst_Decimal::divide()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, quotient);
    QCOMPARE(Decimal::parse(a)->dividedBy(*Decimal::parse(b)).toString(), quotient);
}

void tst_Decimal::roundedTo_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("rounded");
    QTest::newRow("2.345 → 2.35") << u"2.345"_s << 2 << u"2.35"_s;
    QTest::newRow("2.3449 → 2.34") << u"2.3449"_s << 2 << u"2.34"_s;
    QTest::newRow("-2.345 → -2.35") << u"-2.345"_s << 2 << u"-2.35"_s;
    QTest::newRow("0.5 → 1") << u"0.5"_s << 0 << u"1"_s;
    QTest::newRow("-0.5 → -1") << u"-0.5"_s << 0 << u"-1"_s;
    QTest::newRow("unchanged") << u"1.2345"_s << 4 << u"1.2345"_s;
}

void tst_Decimal::roundedTo()
{
    QFETCH(QString, value);
    QFETCH(int, places);
    QFETCH(QString, rounded);
    QCOMPARE(Decimal::parse(value)->roundedTo(places).toString(), rounded);
}

void tst_Decimal::overflowThrows()
{
    const Decimal max = Decimal::fromRaw(std::numeric_limits<qint64>::max());
    const Decimal one = Decimal::fromInteger(1);
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max + one);
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, (-max) - one - one);
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max * Decimal::fromInteger(2));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, one.dividedBy(Decimal()));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, Decimal::fromInteger(std::numeric_limits<qint64>::max()));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, -Decimal::fromRaw(std::numeric_limits<qint64>::min()));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max.roundedTo(0));
    QCOMPARE((max - one + one), max); // no wrap on the way
}

void tst_Decimal::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minPlaces");
    QTest::addColumn<QString>("text");
    QTest::newRow("zh grouping") << u"zh_CN"_s << u"12345.5"_s << 0 << u"12,345.5"_s;
    QTest::newRow("zh min places") << u"zh_CN"_s << u"13"_s << 2 << u"13.00"_s;
    QTest::newRow("en negative") << u"en_US"_s << u"-1234567.8912"_s << 2 << u"-1,234,567.8912"_s;
    QTest::newRow("de separators") << u"de_DE"_s << u"1234.5"_s << 2 << u"1.234,50"_s;
}

void tst_Decimal::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, value);
    QFETCH(int, minPlaces);
    QFETCH(QString, text);
    QCOMPARE(Decimal::parse(value)->format(QLocale(locale), minPlaces), text);
}

void tst_Decimal::ordering()
{
    QVERIFY(*Decimal::parse(u"9.995") < *Decimal::parse(u"10"));
    QVERIFY(*Decimal::parse(u"-1") < Decimal());
    QCOMPARE(*Decimal::parse(u"1.50"), *Decimal::parse(u"1.5"));
}

QTEST_APPLESS_MAIN(tst_Decimal)
#include "tst_decimal.moc"
