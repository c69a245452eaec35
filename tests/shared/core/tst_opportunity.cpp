#include "core/opportunity.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Opportunity : public QObject
{
    Q_OBJECT

private slots:
    void weighted_data();
    void weighted();
    void validate_data();
    void validate();
};

void tst_Opportunity::weighted_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("probability");
    QTest::addColumn<qint64>("weighted");
    QTest::newRow("50 % of 1000.00") << qint64(100000) << u"50"_s << qint64(50000);
    QTest::newRow("10 % of 0.05 rounds half up") << qint64(5) << u"10"_s << qint64(1);
    QTest::newRow("70 % of 0.01 rounds to 0.01") << qint64(1) << u"70"_s << qint64(1);
    QTest::newRow("30 % of 0.01 rounds to 0") << qint64(1) << u"30"_s << qint64(0);
    QTest::newRow("33.3333 % of 300.00") << qint64(30000) << u"33.3333"_s << qint64(10000);
    QTest::newRow("0 %") << qint64(99999) << u"0"_s << qint64(0);
}

void tst_Opportunity::weighted()
{
    QFETCH(qint64, amount);
    QFETCH(QString, probability);
    QFETCH(qint64, weighted);
    Opportunity o;
    o.amount = Money::fromFen(amount);
    o.probabilityPercent = *Decimal::parse(probability);
    QCOMPARE(o.weightedAmount().fen(), weighted);
}

void tst_Opportunity::validate_data()
{
    QTest::addColumn<QString>("probability");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expectedClose");
    QTest::addColumn<QStringList>("badFields");
    QTest::newRow("ok") << u"50"_s << qint64(100) << u"2027-03-31"_s << QStringList{};
    QTest::newRow("101 %") << u"101"_s << qint64(100) << QString()
                           << QStringList{u"probabilityPercent"_s};
    QTest::newRow("negative %") << u"-1"_s << qint64(100) << QString()
                                << QStringList{u"probabilityPercent"_s};
    QTest::newRow("negative amount") << u"10"_s << qint64(-1) << QString()
                                     << QStringList{u"amount"_s};
    QTest::newRow("bad date") << u"10"_s << qint64(1) << u"2027-02-30"_s
                              << QStringList{u"expectedClose"_s};
}

void tst_Opportunity::validate()
{
    QFETCH(QString, probability);
    QFETCH(qint64, amount);
    QFETCH(QString, expectedClose);
    QFETCH(QStringList, badFields);
    Opportunity o;
    o.customerId = Id::generate();
    o.name = u"数控机床二期"_s;
    o.stage = u"proposal"_s;
    o.probabilityPercent = *Decimal::parse(probability);
    o.amount = Money::fromFen(amount);
    o.expectedClose = expectedClose;
    QCOMPARE(o.validate().fields(), badFields);
}

QTEST_GUILESS_MAIN(tst_Opportunity)
#include "tst_opportunity.moc"
