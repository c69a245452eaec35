#include "core/chineseamount.h"
#include "core/money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ChineseAmount : public QObject
{
    Q_OBJECT

private slots:
    void fromFen_data();
    void fromFen();
    void fromMoney();
    void extremes();
};

void tst_ChineseAmount::fromFen_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("words");

    // The examples of the issue and of the PBOC rules.
    QTest::newRow("12345.67") << qint64(1234567) << u"壹万贰仟叁佰肆拾伍元陆角柒分"_s;
    QTest::newRow("10.05 零 for 角") << qint64(1005) << u"壹拾元零伍分"_s;
    QTest::newRow("100010000 亿 then 零壹万") << qint64(10001000000) << u"壹亿零壹万元整"_s;
    QTest::newRow("1680.32 元位零") << qint64(168032) << u"壹仟陆佰捌拾元零叁角贰分"_s;
    QTest::newRow("107000.53 万位零 absorbed") << qint64(10700053) << u"壹拾万柒仟元零伍角叁分"_s;
    QTest::newRow("1409.50") << qint64(140950) << u"壹仟肆佰零玖元伍角整"_s;
    QTest::newRow("6007.14") << qint64(600714) << u"陆仟零柒元壹角肆分"_s;
    QTest::newRow("325.04") << qint64(32504) << u"叁佰贰拾伍元零肆分"_s;

    // Zero and below one yuan.
    QTest::newRow("zero") << qint64(0) << u"零元整"_s;
    QTest::newRow("one fen") << qint64(1) << u"壹分"_s;
    QTest::newRow("five jiao") << qint64(50) << u"伍角整"_s;
    QTest::newRow("jiao and fen") << qint64(15) << u"壹角伍分"_s;
    QTest::newRow("0.05") << qint64(5) << u"伍分"_s;

    // 壹拾 at the start, and tens everywhere.
    QTest::newRow("10") << qint64(1000) << u"壹拾元整"_s;
    QTest::newRow("11") << qint64(1100) << u"壹拾壹元整"_s;
    QTest::newRow("19.9") << qint64(1990) << u"壹拾玖元玖角整"_s;
    QTest::newRow("110") << qint64(11000) << u"壹佰壹拾元整"_s;
    QTest::newRow("100000 壹拾万") << qint64(10000000) << u"壹拾万元整"_s;

    // One 零 for a run of zeros.
    QTest::newRow("1") << qint64(100) << u"壹元整"_s;
    QTest::newRow("101") << qint64(10100) << u"壹佰零壹元整"_s;
    QTest::newRow("1001") << qint64(100100) << u"壹仟零壹元整"_s;
    QTest::newRow("1010") << qint64(101000) << u"壹仟零壹拾元整"_s;
    QTest::newRow("1100") << qint64(110000) << u"壹仟壹佰元整"_s;
    QTest::newRow("10001") << qint64(1000100) << u"壹万零壹元整"_s;
    QTest::newRow("10010") << qint64(1001000) << u"壹万零壹拾元整"_s;
    QTest::newRow("100100") << qint64(10010000) << u"壹拾万零壹佰元整"_s;
    QTest::newRow("1000100 万 group then 零") << qint64(100010000) << u"壹佰万零壹佰元整"_s;
    QTest::newRow("1007000 absorbed") << qint64(100700000) << u"壹佰万柒仟元整"_s;
    QTest::newRow("201000") << qint64(20100000) << u"贰拾万壹仟元整"_s;
    QTest::newRow("200100") << qint64(20010000) << u"贰拾万零壹佰元整"_s;
    QTest::newRow("1000000") << qint64(100000000) << u"壹佰万元整"_s;

    // 亿 groups.
    QTest::newRow("100000000") << qint64(10000000000) << u"壹亿元整"_s;
    QTest::newRow("100000001") << qint64(10000000100) << u"壹亿零壹元整"_s;
    QTest::newRow("110000000") << qint64(11000000000) << u"壹亿壹仟万元整"_s;
    QTest::newRow("101000000") << qint64(10100000000) << u"壹亿零壹佰万元整"_s;
    QTest::newRow("1000000000 壹拾亿") << qint64(100000000000) << u"壹拾亿元整"_s;
    QTest::newRow("1010000000") << qint64(101000000000) << u"壹拾亿壹仟万元整"_s;
    QTest::newRow("1000000000000 万亿") << qint64(100000000000000) << u"壹万亿元整"_s;
    QTest::newRow("1000000000001") << qint64(100000000000100) << u"壹万亿零壹元整"_s;
    QTest::newRow("1000010000000") << qint64(100001000000000) << u"壹万亿零壹仟万元整"_s;
    QTest::newRow("123456789.01")
        << qint64(12345678901) << u"壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"_s;

    // 角 and 分 with a non-zero 元 digit: no 零.
    QTest::newRow("1.23") << qint64(123) << u"壹元贰角叁分"_s;
    QTest::newRow("1.03") << qint64(103) << u"壹元零叁分"_s;
    QTest::newRow("20.30") << qint64(2030) << u"贰拾元零叁角整"_s;
    QTest::newRow("9999.99") << qint64(999999) << u"玖仟玖佰玖拾玖元玖角玖分"_s;

    // Negative amounts.
    QTest::newRow("negative") << qint64(-1005) << u"负壹拾元零伍分"_s;
    QTest::newRow("negative fen") << qint64(-1) << u"负壹分"_s;
}

void tst_ChineseAmount::fromFen()
{
    QFETCH(qint64, fen);
    QFETCH(QString, words);
    QCOMPARE(ChineseAmount::fromFen(fen), words);
}

void tst_ChineseAmount::fromMoney()
{
    QCOMPARE(ChineseAmount::fromMoney(*Money::parse(u"¥12,345.67")), u"壹万贰仟叁佰肆拾伍元陆角柒分"_s);
}

void tst_ChineseAmount::extremes()
{
    // The whole 64-bit range is written out, never truncated or wrapped.
    const QString max = ChineseAmount::fromFen(std::numeric_limits<qint64>::max());
    QVERIFY(max.startsWith(u"玖亿"_s));
    QVERIFY(max.endsWith(u"元零柒分"_s));
    const QString min = ChineseAmount::fromFen(std::numeric_limits<qint64>::min());
    QVERIFY(min.startsWith(u"负玖亿"_s));
    QVERIFY(min.endsWith(u"元零捌分"_s));
}

QTEST_APPLESS_MAIN(tst_ChineseAmount)
#include "tst_chineseamount.moc"
