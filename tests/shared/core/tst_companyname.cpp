#include "core/companyname.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_CompanyName : public QObject
{
    Q_OBJECT

private slots:
    void normalizedKey_data();
    void normalizedKey();
    void similarity_data();
    void similarity();
};

void tst_CompanyName::normalizedKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("city prefix with 市") << u"北京市华通科技有限公司"_s << u"华通科技"_s;
    QTest::newRow("bracketed city") << u"华通科技（北京）有限公司"_s << u"华通科技"_s;
    QTest::newRow("half-width brackets") << u"华通科技(北京)有限公司"_s << u"华通科技"_s;
    QTest::newRow("city without 市") << u"北京华通科技有限公司"_s << u"华通科技"_s;
    QTest::newRow("有限责任公司") << u"上海恒泰贸易有限责任公司"_s << u"恒泰贸易"_s;
    QTest::newRow("股份有限公司") << u"深圳市鑫瑞电子股份有限公司"_s << u"鑫瑞电子"_s;
    QTest::newRow("集团有限公司") << u"浙江恒泰机械集团有限公司"_s << u"恒泰机械"_s;
    QTest::newRow("集团 alone") << u"海尔集团"_s << u"海尔"_s;
    QTest::newRow("branch office") << u"华通科技（上海）有限公司分公司"_s << u"华通科技"_s;
    QTest::newRow("named branch") << u"华通科技有限公司上海分公司"_s << u"华通科技有限公司上海"_s;
    QTest::newRow("province and city") << u"广东省深圳市鑫瑞电子有限公司"_s << u"鑫瑞电子"_s;
    QTest::newRow("autonomous region") << u"新疆维吾尔自治区天山物流有限公司"_s << u"天山物流"_s;
    QTest::newRow("full-width latin") << u"ＡＢＣ科技有限公司"_s << u"abc科技"_s;
    QTest::newRow("case") << u"abc科技有限公司"_s << u"abc科技"_s;
    QTest::newRow("punctuation and spaces") << u"华通·科技 有限公司。"_s << u"华通科技"_s;
    QTest::newRow("non-place bracket kept") << u"华通（国际）贸易有限公司"_s << u"华通国际贸易"_s;
    QTest::newRow("english legal form") << u"Huawei Technologies Co., Ltd."_s << u"huaweitechnologies"_s;
    QTest::newRow("english limited") << u"Lenovo Group Limited"_s << u"lenovo"_s;
    QTest::newRow("only a place and a form") << u"北京有限公司"_s << u"北京"_s;
    QTest::newRow("place name is the brand") << u"上海有限公司"_s << u"上海"_s;
    QTest::newRow("short brand after city keeps the city") << u"北京华有限公司"_s << u"北京华"_s;
}

void tst_CompanyName::normalizedKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(CompanyName::normalizedKey(name), key);
}

void tst_CompanyName::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("min");
    QTest::addColumn<int>("max");
    QTest::newRow("same key") << u"北京市华通科技有限公司"_s << u"华通科技（北京）有限公司"_s << 100 << 100;
    QTest::newRow("one character differs") << u"华通科技有限公司"_s << u"华通电子有限公司"_s << 30 << 70;
    QTest::newRow("extra word") << u"华通信息科技有限公司"_s << u"华通科技有限公司"_s << 40 << 99; // Dice: 2·2/(5+3)
    QTest::newRow("unrelated") << u"华通科技有限公司"_s << u"恒泰贸易有限公司"_s << 0 << 10;
    QTest::newRow("empty") << QString() << u"华通科技"_s << 0 << 0;
}

void tst_CompanyName::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, min);
    QFETCH(int, max);
    const int s = CompanyName::similarity(a, b);
    QVERIFY2(s >= min && s <= max, qPrintable(QString::number(s)));
    QCOMPARE(CompanyName::similarity(b, a), s); // symmetric
}

QTEST_APPLESS_MAIN(tst_CompanyName)
#include "tst_companyname.moc"
