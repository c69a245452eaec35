#include "core/money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void plainString_data();
    void plainString();
    void percent_data();
    void percent();
    void multipliedBy_data();
    void multipliedBy();
    void fromDecimal_data();
    void fromDecimal();
    void allocate_data();
    void allocate();
    void overflowThrows();
    void currenciesDoNotMix();
};

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("plain") << u"12345.67"_s << true << qint64(1234567);
    QTest::newRow("yuan sign grouped") << u"¥12,345.67"_s << true << qint64(1234567);
    QTest::newRow("full-width yuan sign") << u"￥1,000"_s << true << qint64(100000);
    QTest::newRow("one decimal") << u"0.5"_s << true << qint64(50);
    QTest::newRow("negative before sign") << u"-¥5.00"_s << true << qint64(-500);
    QTest::newRow("negative after sign") << u"¥-5"_s << true << qint64(-500);
    QTest::newRow("full-width digits") << u"１２３．４５"_s << true << qint64(12345);
    QTest::newRow("full-width comma") << u"1，234.00"_s << true << qint64(123400);
    QTest::newRow("spaces") << u" 8 "_s << true << qint64(800);
    QTest::newRow("max") << u"92233720368547758.07"_s << true
                         << std::numeric_limits<qint64>::max();
    QTest::newRow("over max by a fen") << u"92233720368547758.08"_s << false << qint64(0);
    QTest::newRow("over max") << u"99999999999999999999"_s << false << qint64(0);
    QTest::newRow("three decimals") << u"1.005"_s << false << qint64(0);
    QTest::newRow("bad grouping") << u"12,34.00"_s << false << qint64(0);
    QTest::newRow("grouping too long") << u"1234,567"_s << false << qint64(0);
    QTest::newRow("leading comma") << u",123"_s << false << qint64(0);
    QTest::newRow("dollar for CNY") << u"$5"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("letters") << u"12元"_s << false << qint64(0);
    QTest::newRow("double") << u"1e5"_s << false << qint64(0);
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, fen);
    const auto m = Money::parse(text);
    QCOMPARE(m.has_value(), ok);
    if (ok) {
        QCOMPARE(m->fen(), fen);
        QCOMPARE(m->currency(), u"CNY"_s);
    }
}

void tst_Money::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("zh") << u"zh_CN"_s << qint64(1234567) << u"CNY"_s << u"¥12,345.67"_s;
    QTest::newRow("en") << u"en_US"_s << qint64(1234567) << u"CNY"_s << u"¥12,345.67"_s;
    QTest::newRow("zh negative") << u"zh_CN"_s << qint64(-500) << u"CNY"_s << u"-¥5.00"_s;
    QTest::newRow("zh small") << u"zh_CN"_s << qint64(5) << u"CNY"_s << u"¥0.05"_s;
    QTest::newRow("zh millions") << u"zh_CN"_s << qint64(10000000000) << u"CNY"_s
                                 << u"¥100,000,000.00"_s;
    QTest::newRow("usd") << u"en_US"_s << qint64(1200) << u"USD"_s << u"USD 12.00"_s;
}

void tst_Money::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, fen);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    const Money m = Money::fromFen(fen, currency);
    QCOMPARE(m.format(QLocale(locale)), text);
    if (currency == u"CNY")
        QCOMPARE(Money::parse(text)->fen(), fen); // what we print, we read back
}

void tst_Money::plainString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");
    QTest::newRow("ordinary") << qint64(1234567) << u"12345.67"_s;
    QTest::newRow("fen only") << qint64(5) << u"0.05"_s;
    QTest::newRow("negative") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
}

void tst_Money::plainString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toPlainString(), text);
}

void tst_Money::percent_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<qint64>("result");
    QTest::newRow("13% of 99.95") << qint64(9995) << u"13"_s << qint64(1299);    // 12.9935
    QTest::newRow("13% half up") << qint64(50) << u"13"_s << qint64(7);          // 6.5
    QTest::newRow("6% of 66.67") << qint64(6667) << u"6"_s << qint64(400);       // 400.02
    QTest::newRow("33.33%") << qint64(10000) << u"33.33"_s << qint64(3333);
    QTest::newRow("negative half away") << qint64(-50) << u"13"_s << qint64(-7);
    QTest::newRow("zero rate") << qint64(12345) << u"0"_s << qint64(0);
    QTest::newRow("100%") << qint64(12345) << u"100"_s << qint64(12345);
}

void tst_Money::percent()
{
    QFETCH(qint64, fen);
    QFETCH(QString, percent);
    QFETCH(qint64, result);
    QCOMPARE(Money::fromFen(fen).percent(*Decimal::parse(percent)).fen(), result);
}

void tst_Money::multipliedBy_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<qint64>("result");
    QTest::newRow("integer") << qint64(333) << u"3"_s << qint64(999);
    QTest::newRow("half up") << qint64(1) << u"0.5"_s << qint64(1);
    QTest::newRow("below half") << qint64(1) << u"0.4999"_s << qint64(0);
    QTest::newRow("fraction") << qint64(999) << u"0.3333"_s << qint64(333); // 332.97
}

void tst_Money::multipliedBy()
{
    QFETCH(qint64, fen);
    QFETCH(QString, factor);
    QFETCH(qint64, result);
    QCOMPARE(Money::fromFen(fen).multipliedBy(*Decimal::parse(factor)).fen(), result);
}

void tst_Money::fromDecimal_data()
{
    QTest::addColumn<QString>("yuan");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("exact") << u"12.34"_s << qint64(1234);
    QTest::newRow("half up") << u"0.005"_s << qint64(1);
    QTest::newRow("below half") << u"0.0049"_s << qint64(0);
    QTest::newRow("negative half") << u"-0.005"_s << qint64(-1);
}

void tst_Money::fromDecimal()
{
    QFETCH(QString, yuan);
    QFETCH(qint64, fen);
    QCOMPARE(Money::fromDecimal(*Decimal::parse(yuan)).fen(), fen);
}

void tst_Money::allocate_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("parts");
    QTest::newRow("thirds") << qint64(100) << QList<qint64>{1, 1, 1} << QList<qint64>{34, 33, 33};
    QTest::newRow("30/70") << qint64(100001) << QList<qint64>{30, 70}
                           << QList<qint64>{30000, 70001};
    QTest::newRow("largest remainder") << qint64(10) << QList<qint64>{1, 2, 4}
                                       << QList<qint64>{1, 3, 6}; // 1.43 2.86 5.71
    QTest::newRow("negative") << qint64(-100) << QList<qint64>{1, 1, 1}
                              << QList<qint64>{-34, -33, -33};
    QTest::newRow("zero weight") << qint64(7) << QList<qint64>{0, 1} << QList<qint64>{0, 7};
    QTest::newRow("huge weights") << qint64(3) << QList<qint64>{4611686018427387903LL, 4611686018427387903LL}
                                  << QList<qint64>{2, 1};
}

void tst_Money::allocate()
{
    QFETCH(qint64, fen);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, parts);
    const QList<Money> got = Money::fromFen(fen).allocate(weights);
    QList<qint64> gotFen;
    qint64 sum = 0;
    for (const Money &m : got) {
        gotFen.append(m.fen());
        sum += m.fen();
    }
    QCOMPARE(gotFen, parts);
    QCOMPARE(sum, fen);
}

void tst_Money::overflowThrows()
{
    const Money max = Money::fromFen(std::numeric_limits<qint64>::max());
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max + Money::fromFen(1));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, -max - Money::fromFen(2));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max.multipliedBy(Decimal::fromInteger(2)));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max.percent(Decimal::fromInteger(101)));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, max.toDecimal());
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, Money::fromFen(1).allocate({}));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, Money::fromFen(1).allocate({0, 0}));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, Money::fromFen(1).allocate({1, -1}));
}

void tst_Money::currenciesDoNotMix()
{
    const Money cny = Money::fromFen(100);
    const Money usd = Money::fromFen(100, u"USD");
    QVERIFY(cny != usd);
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, cny + usd);
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, cny - usd);
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, (void)(cny < usd));
    QVERIFY(Money::fromFen(99) < cny);
    QCOMPARE((cny - Money::fromFen(1)).fen(), qint64(99));
}

QTEST_APPLESS_MAIN(tst_Money)
#include "tst_money.moc"
