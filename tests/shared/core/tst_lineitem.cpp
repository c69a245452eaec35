#include "core/contract.h"
#include "core/lineitem.h"
#include "core/quote.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_LineItem : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void priceLine();
    void priceLineItems_data();
    void priceLineItems();
    void overflowLeavesTheLinesAlone();
    void contractWithoutLinesKeepsItsAmount();
};

namespace {
LineItem item(const char *qty, const char *price, const char *discount, int vat)
{
    LineItem l;
    l.lineNo = 1;
    l.description = u"x"_s;
    l.quantity = *Decimal::parse(QString::fromLatin1(qty));
    l.unitPrice = *Decimal::parse(QString::fromLatin1(price));
    l.discountPercent = *Decimal::parse(QString::fromLatin1(discount));
    l.vatRatePercent = Decimal::fromInteger(vat);
    return l;
}
} // namespace

void tst_LineItem::validate_data()
{
    QTest::addColumn<int>("lineNo");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<int>("vat");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("valid") << 1 << u"机架式服务器"_s << u"2"_s << 13 << QStringList{};
    QTest::newRow("no description") << 1 << QString() << u"2"_s << 13 << QStringList{u"description"_s};
    QTest::newRow("line 0") << 0 << u"x"_s << u"2"_s << 13 << QStringList{u"lineNo"_s};
    QTest::newRow("pricing errors are the line's") << 1 << u"x"_s << u"0"_s << 17
                                                   << QStringList{u"quantity"_s, u"vatRatePercent"_s};
}

void tst_LineItem::validate()
{
    QFETCH(int, lineNo);
    QFETCH(QString, description);
    QFETCH(QString, quantity);
    QFETCH(int, vat);
    QFETCH(QStringList, fields);
    LineItem l;
    l.lineNo = lineNo;
    l.description = description;
    l.quantity = *Decimal::parse(quantity);
    l.unitPrice = *Decimal::parse(u"38500");
    l.vatRatePercent = Decimal::fromInteger(vat);
    QCOMPARE(l.validate().fields(), fields);
}

void tst_LineItem::priceLine()
{
    LineItem l;
    l.quantity = Decimal::fromInteger(3);
    l.unitPrice = *Decimal::parse(u"9.995");
    l.discountPercent = *Decimal::parse(u"12.5");
    l.vatRatePercent = Decimal::fromInteger(6);
    const PriceLine p = l.priceLine();
    QCOMPARE(p.quantity, l.quantity);
    QCOMPARE(p.unitPrice, l.unitPrice);
    QCOMPARE(p.discountPercent, l.discountPercent);
    QCOMPARE(p.vatRatePercent, l.vatRatePercent);
}

void tst_LineItem::priceLineItems_data()
{
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<QList<LineItem>>("lines");
    QTest::addColumn<QList<qint64>>("lineGross");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("gross");

    QTest::newRow("no lines") << false << QList<LineItem>{} << QList<qint64>{}
                              << qint64(0) << qint64(0) << qint64(0);
    // Tax is rounded per line: 3 lines of 0.05 net at 13 % → tax 0.0065 → 0.01 each, 0.03 in
    // all (rounding the total 0.15 × 13 % once would give 0.02).
    QTest::newRow("exclusive, tax per line")
        << false << QList<LineItem>{item("1", "0.05", "0", 13), item("1", "0.05", "0", 13),
                                    item("1", "0.05", "0", 13)}
        << QList<qint64>{6, 6, 6} << qint64(15) << qint64(3) << qint64(18);
    // Inclusive: gross is the typed amount; net = round(gross / 1.13) per line, 0.04 each
    // (0.0442…), tax the rest; the total net is 0.12, not round(0.15 / 1.13) = 0.13.
    QTest::newRow("inclusive, net per line")
        << true << QList<LineItem>{item("1", "0.05", "0", 13), item("1", "0.05", "0", 13),
                                   item("1", "0.05", "0", 13)}
        << QList<qint64>{5, 5, 5} << qint64(12) << qint64(3) << qint64(15);
    // Mixed rates and a discount: 2 × 100 − 10 % = 180.00 + 23.40 (13 %); 1 × 50 + 3.00 (6 %).
    QTest::newRow("mixed rates")
        << false << QList<LineItem>{item("2", "100", "10", 13), item("1", "50", "0", 6)}
        << QList<qint64>{20340, 5300} << qint64(23000) << qint64(2640) << qint64(25640);
}

void tst_LineItem::priceLineItems()
{
    QFETCH(bool, inclusive);
    QFETCH(QList<LineItem>, lines);
    QFETCH(QList<qint64>, lineGross);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    QFETCH(qint64, gross);
    const TaxMode mode = inclusive ? TaxMode::Inclusive : TaxMode::Exclusive;

    QList<LineItem> priced = lines;
    const Totals totals = Huike::priceLineItems(priced, mode, u"CNY");
    QCOMPARE(totals.net.fen(), net);
    QCOMPARE(totals.tax.fen(), tax);
    QCOMPARE(totals.gross.fen(), gross);
    QCOMPARE(priced.size(), lineGross.size());
    for (qsizetype i = 0; i < priced.size(); ++i) {
        QCOMPARE(priced[i].gross.fen(), lineGross[i]);
        QCOMPARE(priced[i].net + priced[i].tax, priced[i].gross);
        QCOMPARE(LineAmounts({priced[i].net, priced[i].tax, priced[i].gross}), totals.lines[i]);
    }

    // The quote and the contract price their lines alike.
    Quote q;
    q.taxMode = mode;
    q.lines = lines;
    q.recalculate();
    QCOMPARE(q.lines, priced);
    QCOMPARE(q.gross.fen(), gross);
    Contract c;
    c.taxMode = mode;
    c.lines = lines;
    c.amount = Money::fromFen(777);
    c.recalculate();
    QCOMPARE(c.lines, priced);
    QCOMPARE(c.amount.fen(), lines.isEmpty() ? 777 : gross);
    if (!lines.isEmpty()) {
        QCOMPARE(c.net.fen(), net);
        QCOMPARE(c.tax.fen(), tax);
    }
}

void tst_LineItem::overflowLeavesTheLinesAlone()
{
    QList<LineItem> lines{item("2", "10", "0", 13), item("99999999999", "99999999999", "0", 13)};
    lines[0].gross = Money::fromFen(1);
    const QList<LineItem> before = lines;
    QVERIFY_THROWS_EXCEPTION(ArithmeticError,
                             Huike::priceLineItems(lines, TaxMode::Exclusive, u"CNY"));
    QCOMPARE(lines, before);
}

void tst_LineItem::contractWithoutLinesKeepsItsAmount()
{
    Contract c;
    c.amount = Money::fromFen(1234500);
    c.net = Money::fromFen(1);
    c.recalculate();
    QCOMPARE(c.amount, Money::fromFen(1234500));
    QCOMPARE(c.net, Money::fromFen(1));
}

QTEST_APPLESS_MAIN(tst_LineItem)
#include "tst_lineitem.moc"
