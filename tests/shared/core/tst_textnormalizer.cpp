#include "core/textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_TextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void toHalfWidth_data();
    void toHalfWidth();
    void searchKey_data();
    void searchKey();
    void pinyin_data();
    void pinyin();
    void pinyinWords_data();
    void pinyinWords();
};

void tst_TextNormalizer::toHalfWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("half");
    QTest::newRow("letters and digits") << u"ＡＢＣ１２３"_s << u"ABC123"_s;
    QTest::newRow("brackets") << u"（北京）"_s << u"(北京)"_s;
    QTest::newRow("ideographic space") << u"华通　科技"_s << u"华通 科技"_s;
    QTest::newRow("Chinese unchanged") << u"汇客客户管理"_s << u"汇客客户管理"_s;
}

void tst_TextNormalizer::toHalfWidth()
{
    QFETCH(QString, text);
    QFETCH(QString, half);
    QCOMPARE(TextNormalizer::toHalfWidth(text), half);
}

void tst_TextNormalizer::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("mixed") << u"ＡＢＣ 科技-（北京）"_s << u"abc科技北京"_s;
    QTest::newRow("case folded") << u"HuiKe CRM"_s << u"huikecrm"_s;
    QTest::newRow("punctuation dropped") << u"华通·科技，有限公司。"_s << u"华通科技有限公司"_s;
    QTest::newRow("symbols dropped") << u"¥100 + 50%"_s << u"10050"_s;
    QTest::newRow("supplementary Han kept") << u"𠀀字"_s << u"𠀀字"_s;
    QTest::newRow("emoji dropped") << u"好😀"_s << u"好"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_TextNormalizer::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(TextNormalizer::searchKey(text), key);
}

void tst_TextNormalizer::pinyin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");
    QTest::newRow("北京") << u"北京"_s << u"beijing"_s << u"bj"_s;
    QTest::newRow("company") << u"北京某某科技有限公司"_s << u"beijingmoumoukejiyouxiangongsi"_s
                             << u"bjmmkjyxgs"_s;
    QTest::newRow("person") << u"王芳"_s << u"wangfang"_s << u"wf"_s;
    QTest::newRow("latin and digits kept") << u"ABC科技2号"_s << u"abckeji2hao"_s << u"abckj2h"_s;
    QTest::newRow("punctuation dropped") << u"（上海）"_s << u"shanghai"_s << u"sh"_s;
    QTest::newRow("full width latin") << u"ＩＴ服务"_s << u"itfuwu"_s << u"itfw"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_TextNormalizer::pinyin()
{
    QFETCH(QString, text);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    const TextNormalizer::Pinyin p = TextNormalizer::pinyin(text);
    QCOMPARE(p.full, full);
    QCOMPARE(p.initials, initials);
}

void tst_TextNormalizer::pinyinWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("initials"); // the words' initials, in order

    QTest::newRow("company") << u"北京华通科技有限公司"_s << QStringList{u"bj"_s, u"ht"_s, u"kj"_s, u"yxgs"_s};
    QTest::newRow("placeholder name") << u"北京某某科技有限公司"_s << QStringList{u"bj"_s, u"mm"_s, u"kj"_s, u"yxgs"_s};
    QTest::newRow("punctuation and latin") << u"华通（ABC）科技"_s << QStringList{u"ht"_s, u"abc"_s, u"kj"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void tst_TextNormalizer::pinyinWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, initials);
    const QList<TextNormalizer::Pinyin> words = TextNormalizer::pinyinWords(text);
    QStringList got;
    QString full;
    for (const TextNormalizer::Pinyin &w : words) {
        got << w.initials;
        full += w.full;
    }
    // ICU's dictionary may split a word more finely (华 | 通); the readings stay the same.
    QCOMPARE(got.join(QString()), initials.join(QString()));
    QCOMPARE(full, TextNormalizer::pinyin(text).full);
    if (text == u"北京某某科技有限公司")
        QVERIFY(got.contains(u"bj"_s) && got.contains(u"kj"_s));
}

QTEST_APPLESS_MAIN(tst_TextNormalizer)
#include "tst_textnormalizer.moc"
