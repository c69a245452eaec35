#include "core/approval.h"
#include "core/quote.h"

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
    void statusFlow_data();
    void statusFlow();
    void approvalThreshold_data();
    void approvalThreshold();
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

void tst_Quote::statusFlow_data()
{
    QTest::addColumn<QuoteStatus>("from");
    QTest::addColumn<QuoteStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<QuoteStatus> all = enumValues<QuoteStatus>();
    using S = QuoteStatus;
    const QList<QPair<S, S>> allowed{{S::Draft, S::Sent}, {S::Sent, S::Accepted}, {S::Sent, S::Rejected}, {S::Sent, S::Expired}};
    for (S from : all)
        for (S to : all)
            if (from != to)
                QTest::addRow("%s→%s", qPrintable(enumCode(from)), qPrintable(enumCode(to)))
                    << from << to << allowed.contains({from, to});
}

void tst_Quote::statusFlow()
{
    QFETCH(QuoteStatus, from);
    QFETCH(QuoteStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(Quote::canChangeStatus(from, to), allowed);
}

void tst_Quote::approvalThreshold_data()
{
    QTest::addColumn<QStringList>("discounts");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("max");
    QTest::addColumn<bool>("needsApproval");
    QTest::newRow("no lines") << QStringList{} << u"10"_s << u"0"_s << false;
    QTest::newRow("at the threshold") << QStringList{u"5"_s, u"10"_s} << u"10"_s << u"10"_s << false;
    QTest::newRow("a fraction above") << QStringList{u"10.01"_s, u"0"_s} << u"10"_s << u"10.01"_s << true;
    QTest::newRow("unset → 10 %") << QStringList{u"15"_s} << u""_s << u"15"_s << true;
    QTest::newRow("garbage → 10 %") << QStringList{u"8"_s} << u"abc"_s << u"8"_s << false;
    QTest::newRow("threshold 20") << QStringList{u"15"_s} << u"20"_s << u"15"_s << false;
    QTest::newRow("threshold 0: any discount") << QStringList{u"0.5"_s} << u"0"_s << u"0.5"_s << true;
}

void tst_Quote::approvalThreshold()
{
    QFETCH(QStringList, discounts);
    QFETCH(QString, setting);
    QFETCH(QString, max);
    QFETCH(bool, needsApproval);
    Quote q;
    for (const QString &d : discounts) {
        LineItem l;
        l.discountPercent = *Decimal::parse(d);
        q.lines.append(l);
    }
    QCOMPARE(q.maxDiscount(), *Decimal::parse(max));
    QCOMPARE(q.needsApproval(discountApprovalThreshold(setting)), needsApproval);
}

QTEST_GUILESS_MAIN(tst_Quote)
#include "tst_quote.moc"
