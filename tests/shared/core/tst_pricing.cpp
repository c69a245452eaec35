#include "core/pricing.h"
#include "core/validation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
PriceLine line(const char *qty, const char *price, const char *discount, int vat)
{
    return {*Decimal::parse(QString::fromLatin1(qty)), *Decimal::parse(QString::fromLatin1(price)),
            *Decimal::parse(QString::fromLatin1(discount)), Decimal::fromInteger(vat)};
}
} // namespace

class tst_Pricing : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void lineAmountsAddUp();
    void taxByRate();
    void overflowThrows();
    void validateLine_data();
    void validateLine();
    void standardRates();
};

void tst_Pricing::compute_data()
{
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QList<PriceLine>>("lines");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("gross");

    QTest::newRow("10 × 9.995 exclusive 13%")
        << false << QList<PriceLine>{line("10", "9.995", "0", 13)} << qint64(9995) << qint64(1299)
        << qint64(11294);
    QTest::newRow("10 × 9.995 inclusive 13%")
        << true << QList<PriceLine>{line("10", "9.995", "0", 13)} << qint64(8845) << qint64(1150)
        << qint64(9995);
    QTest::newRow("three lines of 0.333: per line, then sum")
        << false
        << QList<PriceLine>{line("1", "0.333", "0", 0), line("1", "0.333", "0", 0),
                            line("1", "0.333", "0", 0)}
        << qint64(99) << qint64(0) << qint64(99);
    QTest::newRow("33.33% off 100 at 6%")
        << false << QList<PriceLine>{line("1", "100", "33.33", 6)} << qint64(6667) << qint64(400)
        << qint64(7067);
    QTest::newRow("7 × 0.333 at 13%")
        << false << QList<PriceLine>{line("7", "0.333", "0", 13)} << qint64(233) << qint64(30)
        << qint64(263);
    QTest::newRow("half a fen rounds up")
        << false << QList<PriceLine>{line("1", "0.005", "0", 0)} << qint64(1) << qint64(0)
        << qint64(1);
    QTest::newRow("just below half a fen")
        << false << QList<PriceLine>{line("1", "0.0049", "0", 0)} << qint64(0) << qint64(0)
        << qint64(0);
    QTest::newRow("inclusive 1.13 at 13%")
        << true << QList<PriceLine>{line("1", "1.13", "0", 13)} << qint64(100) << qint64(13)
        << qint64(113);
    QTest::newRow("inclusive 100 at 3%")
        << true << QList<PriceLine>{line("1", "100", "0", 3)} << qint64(9709) << qint64(291)
        << qint64(10000);
    QTest::newRow("inclusive at 0%")
        << true << QList<PriceLine>{line("3", "33.33", "0", 0)} << qint64(9999) << qint64(0)
        << qint64(9999);
    QTest::newRow("100% discount")
        << false << QList<PriceLine>{line("5", "80", "100", 13)} << qint64(0) << qint64(0)
        << qint64(0);
    QTest::newRow("fractional quantity 2.5 × 3.3333 at 9%")
        << false << QList<PriceLine>{line("2.5", "3.3333", "0", 9)} << qint64(833) << qint64(75)
        << qint64(908);
    QTest::newRow("discount of 12.5% on 0.99 × 3 at 13%")
        << false << QList<PriceLine>{line("3", "0.99", "12.5", 13)} << qint64(260) << qint64(34)
        << qint64(294); // 2.59875 → 2.60; tax 0.338 → 0.34
    QTest::newRow("large amounts stay exact")
        << false << QList<PriceLine>{line("1000000", "99999.9999", "0", 13)}
        << qint64(9999999990000) << qint64(1299999998700) << qint64(11299999988700);
    QTest::newRow("empty document") << false << QList<PriceLine>{} << qint64(0) << qint64(0)
                                    << qint64(0);
}

void tst_Pricing::compute()
{
    QFETCH(bool, inclusive);
    QFETCH(QList<PriceLine>, lines);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    QFETCH(qint64, gross);
    const Totals t =
        Pricing::compute(lines, inclusive ? TaxMode::Inclusive : TaxMode::Exclusive);
    QCOMPARE(t.net.fen(), net);
    QCOMPARE(t.tax.fen(), tax);
    QCOMPARE(t.gross.fen(), gross);
    QCOMPARE(t.lines.size(), lines.size());
    QCOMPARE(t.net.currency(), u"CNY"_s);
}

void tst_Pricing::lineAmountsAddUp()
{
    // 100 lines of 1 × 9.995 at 13 %: each line is 10.00 (9.995 rounds up once per line),
    // so the document is 1,000.00 net — not 999.50 as rounding the total once would give.
    QList<PriceLine> lines(100, line("1", "9.995", "0", 13));
    const Totals t = Pricing::compute(lines, TaxMode::Exclusive);
    QCOMPARE(t.net.fen(), qint64(100000));
    QCOMPARE(t.tax.fen(), qint64(13000));
    QCOMPARE(t.gross.fen(), qint64(113000));
    qint64 net = 0, tax = 0, gross = 0;
    for (const LineAmounts &a : t.lines) {
        QCOMPARE(a.net.fen() + a.tax.fen(), a.gross.fen());
        net += a.net.fen();
        tax += a.tax.fen();
        gross += a.gross.fen();
    }
    QCOMPARE(net, t.net.fen());
    QCOMPARE(tax, t.tax.fen());
    QCOMPARE(gross, t.gross.fen());

    // Inclusive: gross is what was typed, net and tax always add up to it.
    const Totals inc = Pricing::compute({line("3", "9.99", "0", 13), line("7", "0.01", "0", 6)},
                                        TaxMode::Inclusive);
    for (const LineAmounts &a : inc.lines)
        QCOMPARE(a.net.fen() + a.tax.fen(), a.gross.fen());
    QCOMPARE(inc.gross.fen(), qint64(2997 + 7));
}

void tst_Pricing::taxByRate()
{
    const Totals t = Pricing::compute({line("1", "100", "0", 13), line("2", "50", "0", 6),
                                       line("1", "10", "0", 13)},
                                      TaxMode::Exclusive);
    QCOMPARE(t.taxByRate.size(), 2);
    QCOMPARE(t.taxByRate[0].vatRatePercent, Decimal::fromInteger(13));
    QCOMPARE(t.taxByRate[0].net.fen(), qint64(11000));
    QCOMPARE(t.taxByRate[0].tax.fen(), qint64(1430));
    QCOMPARE(t.taxByRate[1].vatRatePercent, Decimal::fromInteger(6));
    QCOMPARE(t.taxByRate[1].net.fen(), qint64(10000));
    QCOMPARE(t.taxByRate[1].tax.fen(), qint64(600));
}

void tst_Pricing::overflowThrows()
{
    QVERIFY_THROWS_EXCEPTION(
        ArithmeticError,
        Pricing::compute({line("922337203685477", "922337203685477", "0", 13)},
                         TaxMode::Exclusive));
    // Each line fits, the sum does not.
    QList<PriceLine> lines(3, line("100", "400000000000000", "0", 0));
    QCOMPARE(Pricing::computeLine(lines[0], TaxMode::Exclusive).gross.fen(),
             qint64(4000000000000000000));
    QVERIFY_THROWS_EXCEPTION(ArithmeticError, Pricing::compute(lines, TaxMode::Exclusive));
}

void tst_Pricing::validateLine_data()
{
    QTest::addColumn<PriceLine>("line");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << line("1", "10", "0", 13) << QStringList{};
    QTest::newRow("zero quantity") << line("0", "10", "0", 13) << QStringList{u"quantity"_s};
    QTest::newRow("negative quantity") << line("-1", "10", "0", 13) << QStringList{u"quantity"_s};
    QTest::newRow("negative price") << line("1", "-10", "0", 13) << QStringList{u"unitPrice"_s};
    QTest::newRow("free line") << line("1", "0", "0", 13) << QStringList{};
    QTest::newRow("discount over 100") << line("1", "10", "100.01", 13)
                                       << QStringList{u"discountPercent"_s};
    QTest::newRow("negative discount") << line("1", "10", "-5", 13)
                                       << QStringList{u"discountPercent"_s};
    QTest::newRow("rate 10%") << line("1", "10", "0", 10) << QStringList{u"vatRatePercent"_s};
    QTest::newRow("rate 17% (old)") << line("1", "10", "0", 17) << QStringList{u"vatRatePercent"_s};
    QTest::newRow("rate 9%") << line("1", "10", "0", 9) << QStringList{};
    QTest::newRow("overflow") << line("922337203685477", "922337203685477", "0", 0)
                              << QStringList{u"unitPrice"_s};
    QTest::newRow("two errors") << line("0", "-1", "0", 13)
                                << QStringList{u"quantity"_s, u"unitPrice"_s};
}

void tst_Pricing::validateLine()
{
    QFETCH(PriceLine, line);
    QFETCH(QStringList, fields);
    QCOMPARE(Pricing::validateLine(line).fields(), fields);
}

void tst_Pricing::standardRates()
{
    for (int r : {13, 9, 6, 5, 3, 1, 0})
        QVERIFY(Pricing::isStandardVatRate(Decimal::fromInteger(r)));
    QVERIFY(!Pricing::isStandardVatRate(*Decimal::parse(u"13.5")));
    QCOMPARE(Pricing::standardVatRates().size(), 7);
}

QTEST_APPLESS_MAIN(tst_Pricing)
#include "tst_pricing.moc"
