#include "core/numberseries.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_NumberSeries : public QObject
{
    Q_OBJECT

private slots:
    void format_data();
    void format();
    void sequenceOf_data();
    void sequenceOf();
    void nextSequence_data();
    void nextSequence();
    void offline();
};

void tst_NumberSeries::format_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("number");
    // One width for every number (six digits), on the server, the client and in the demo.
    QTest::newRow("first quote") << u"quote"_s << qint64(1) << u"BJ-2026-000001"_s;
    QTest::newRow("contract") << u"contract"_s << qint64(7933) << u"HT-2026-007933"_s;
    QTest::newRow("six digits") << u"contract"_s << qint64(999999) << u"HT-2026-999999"_s;
    QTest::newRow("beyond: more digits") << u"quote"_s << qint64(1234567) << u"BJ-2026-1234567"_s;
}

void tst_NumberSeries::format()
{
    QFETCH(QString, series);
    QFETCH(qint64, sequence);
    QFETCH(QString, number);
    QCOMPARE(NumberSeries::format(series, 2026, sequence), number);
    QCOMPARE(NumberSeries::sequenceOf(series, 2026, number).value_or(0), sequence);
}

void tst_NumberSeries::sequenceOf_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<qint64>("sequence"); // 0: not a number of HT 2026
    QTest::newRow("four digits (before)") << u"HT-2026-7933"_s << qint64(7933);
    QTest::newRow("seven digits (first demo data)") << u"HT-2026-0006532"_s << qint64(6532);
    QTest::newRow("six digits") << u"HT-2026-006533"_s << qint64(6533);
    QTest::newRow("another year") << u"HT-2025-006533"_s << qint64(0);
    QTest::newRow("another series") << u"BJ-2026-006533"_s << qint64(0);
    QTest::newRow("offline form") << u"HT-2026-7F3A9C-01"_s << qint64(0);
    QTest::newRow("offline form, digits only") << u"HT-2026-123456-01"_s << qint64(0);
    QTest::newRow("zero") << u"HT-2026-000000"_s << qint64(0);
    QTest::newRow("sign") << u"HT-2026-+12"_s << qint64(0);
    QTest::newRow("space") << u"HT-2026- 12"_s << qint64(0);
    QTest::newRow("nothing after") << u"HT-2026-"_s << qint64(0);
    QTest::newRow("too long") << u"HT-2026-99999999999999999999"_s << qint64(0);
}

void tst_NumberSeries::sequenceOf()
{
    QFETCH(QString, number);
    QFETCH(qint64, sequence);
    const std::optional<qint64> n = NumberSeries::sequenceOf(u"contract", 2026, number);
    QCOMPARE(n.value_or(0), sequence);
}

void tst_NumberSeries::nextSequence_data()
{
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<qint64>("next");
    QTest::newRow("none") << QStringList() << qint64(1);
    QTest::newRow("old width only") << QStringList{u"HT-2026-0017"_s, u"HT-2026-0003"_s} << qint64(18);
    // As text HT-2026-7933 sorts after HT-2026-0006532; as a sequence it is smaller.
    QTest::newRow("mixed widths") << QStringList{u"HT-2026-7933"_s, u"HT-2026-0006532"_s, u"HT-2026-000120"_s} << qint64(7934);
    QTest::newRow("the longest is the largest") << QStringList{u"HT-2026-9999"_s, u"HT-2026-0010000"_s} << qint64(10001);
    QTest::newRow("others ignored") << QStringList{u"HT-2025-9999"_s, u"BJ-2026-9999"_s, u"HT-2026-7F3A9C-01"_s, u"HT-2026-0002"_s}
                                    << qint64(3);
}

void tst_NumberSeries::nextSequence()
{
    QFETCH(QStringList, used);
    QFETCH(qint64, next);
    QCOMPARE(NumberSeries::nextSequence(u"contract", 2026, used), next);
    // The number it makes is new, as text and as a sequence.
    const QString number = NumberSeries::format(u"contract", 2026, next);
    QVERIFY(!used.contains(number));
    for (const QString &u : std::as_const(used))
        QVERIFY(NumberSeries::sequenceOf(u"contract", 2026, u).value_or(0) < next);
}

void tst_NumberSeries::offline()
{
    QCOMPARE(NumberSeries::offline(u"quote", 2026, u"7F3A9C", 1), u"BJ-2026-7F3A9C-01"_s);
    QCOMPARE(NumberSeries::deviceCode(u"0193a1b2-0000-7000-8000-00000a7f3a9c"), u"7F3A9C"_s);
    QVERIFY(NumberSeries::prefix(u"invoice").isEmpty());
}

QTEST_APPLESS_MAIN(tst_NumberSeries)
#include "tst_numberseries.moc"
