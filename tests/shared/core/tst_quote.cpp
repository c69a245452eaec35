#include "quote.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Quote : public QObject
{
    Q_OBJECT

private slots:
    void recalculate_data();
    void recalculate();
    void tamperedTotalsAreRefused();
    void sentQuoteNeedsLines();
    void lineErrorsAreNamedByIndex();
};

namespace {
LineItem line(int no, const char *qty, const char *price, const char *discount, int vat)
{
    LineItem l;
    l.lineNo = no;
    l.description = u"产品 %1"_s.arg(no);
    l.quantity = *Decimal::parse(QString::fromLatin1(qty));
    l.unitPrice = *Decimal::parse(QString::fromLatin1(price));
    l.discountPercent = *Decimal::parse(QString::fromLatin1(discount));
    l.vatRatePercent = Decimal::fromInteger(vat);
    return l;
}

Quote quote(TaxMode mode, QList<LineItem> lines)
{
    Quote q;
    q.meta = RecordMeta::created(Id::generate(), Id::generate());
    q.customerId = Id::generate();
    q.number = u"BJ-2026-0007"_s;
    q.taxMode = mode;
    q.lines = std::move(lines);
    return q;
}
} // namespace

void tst_Quote::recalculate_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<LineItem>>("lines");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("gross");

    // 10 × 9.995 = 99.95 net, tax 12.9935 → 12.99, gross 112.94
    QTest::newRow("exclusive one line") << 0 << QList<LineItem>{line(1, "10", "9.995", "0", 13)}
                                        << qint64(9995) << qint64(1299) << qint64(11294);
    // inclusive: gross 99.95; net = 99.95/1.13 = 88.4513… → 88.45; tax 11.50
    QTest::newRow("inclusive one line") << 1 << QList<LineItem>{line(1, "10", "9.995", "0", 13)}
                                        << qint64(8845) << qint64(1150) << qint64(9995);
    // Per-line rounding, then sums: three lines of 1 × 0.333 → 0.33 each → 0.99 (not 1.00)
    QTest::newRow("per line then sum")
        << 0
        << QList<LineItem>{line(1, "1", "0.333", "0", 0), line(2, "1", "0.333", "0", 0),
                           line(3, "1", "0.333", "0", 0)}
        << qint64(99) << qint64(0) << qint64(99);
    // 33.33 % off 100.00 = 66.67; 6 % tax = 4.0002 → 4.00
    QTest::newRow("discount 33.33") << 0 << QList<LineItem>{line(1, "1", "100", "33.33", 6)}
                                    << qint64(6667) << qint64(400) << qint64(7067);
}

void tst_Quote::recalculate()
{
    QFETCH(int, mode);
    QFETCH(QList<LineItem>, lines);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);
    QFETCH(qint64, gross);
    Quote q = quote(mode ? TaxMode::Inclusive : TaxMode::Exclusive, lines);
    QVERIFY(!q.totalsAreConsistent() || lines.isEmpty());
    q.recalculate();
    QCOMPARE(q.net.fen(), net);
    QCOMPARE(q.tax.fen(), tax);
    QCOMPARE(q.gross.fen(), gross);
    qint64 sum = 0;
    for (const LineItem &l : q.lines) {
        QCOMPARE(l.net + l.tax, l.gross);
        sum += l.gross.fen();
    }
    QCOMPARE(sum, gross);
    QVERIFY(q.totalsAreConsistent());
    QVERIFY(q.validate().isEmpty());
}

void tst_Quote::tamperedTotalsAreRefused()
{
    Quote q = quote(TaxMode::Exclusive, {line(1, "2", "50", "0", 13)});
    q.recalculate();
    QVERIFY(q.validate().isEmpty());
    q.lines[0].tax = q.lines[0].tax + Money::fromFen(1);
    QCOMPARE(q.validate().codeFor(u"gross"_s), u"inconsistent_totals"_s);
}

void tst_Quote::sentQuoteNeedsLines()
{
    Quote q = quote(TaxMode::Exclusive, {});
    QVERIFY(q.validate().isEmpty()); // an empty draft is fine
    q.status = QuoteStatus::Sent;
    QCOMPARE(q.validate().codeFor(u"lines"_s), u"required"_s);
}

void tst_Quote::lineErrorsAreNamedByIndex()
{
    Quote q = quote(TaxMode::Exclusive, {line(1, "1", "10", "0", 13), line(2, "1", "10", "0", 13)});
    q.lines[1].description.clear();
    q.recalculate();
    const ValidationErrors errors = q.validate();
    QVERIFY(errors.has(u"lines[1].description"_s));
    QVERIFY(!errors.has(u"lines[0].description"_s));
}

QTEST_GUILESS_MAIN(tst_Quote)
#include "tst_quote.moc"
