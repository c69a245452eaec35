// vCard 3.0 export: the text values escaped (\ ; , and line breaks), Chinese names split
// into family and given name (two-character surnames too), UTF-8, CRLF, lines folded at
// 75 octets without splitting a character, empty properties left out.
#include "models/vcard.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_VCard : public QObject
{
    Q_OBJECT

private slots:
    void escapeText_data();
    void escapeText();
    void splitName_data();
    void splitName();
    void wholeCard();
    void folding();
};

void tst_VCard::escapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"蓝金精密"_s << u"蓝金精密"_s;
    QTest::newRow("comma") << u"Sales, East"_s << u"Sales\\, East"_s;
    QTest::newRow("semicolon") << u"A;B"_s << u"A\\;B"_s;
    QTest::newRow("backslash") << u"C:\\x"_s << u"C:\\\\x"_s;
    QTest::newRow("newline") << u"一\n二"_s << u"一\\n二"_s;
    QTest::newRow("crlf") << u"一\r\n二"_s << u"一\\n二"_s;
    QTest::newRow("fullwidth comma stays") << u"华东，华南"_s << u"华东，华南"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a b"_s;
}

void tst_VCard::escapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(VCard::escapeText(text), expected);
}

void tst_VCard::splitName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::newRow("two characters") << u"张伟"_s << u"张"_s << u"伟"_s;
    QTest::newRow("three characters") << u"王晓明"_s << u"王"_s << u"晓明"_s;
    QTest::newRow("compound surname") << u"欧阳修"_s << u"欧阳"_s << u"修"_s;
    QTest::newRow("with a space") << u"张 伟"_s << u"张"_s << u"伟"_s;
    QTest::newRow("one character") << u"张"_s << u"张"_s << QString();
    QTest::newRow("western") << u"Anna Maria Müller"_s << u"Müller"_s << u"Anna Maria"_s;
    QTest::newRow("one word") << u"Madonna"_s << u"Madonna"_s << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_VCard::splitName()
{
    QFETCH(QString, name);
    QFETCH(QString, family);
    QFETCH(QString, given);
    const auto [f, g] = VCard::splitName(name);
    QCOMPARE(f, family);
    QCOMPARE(g, given);
}

void tst_VCard::wholeCard()
{
    VCard::Card a{u"张伟"_s, u"杭州蓝金精密机械有限公司"_s, u"采购部"_s, u"总经理, 采购"_s, u"0571-8888 1234"_s,
                  u"138 1234 5678"_s, u"zhang.wei@lanjin.example"_s};
    VCard::Card b{u"李娜"_s, u"A;B 贸易\n有限公司"_s, {}, {}, {}, {}, {}};
    const QByteArray out = VCard::write({a, b});
    const QString text = QString::fromUtf8(out);
    QCOMPARE(text,
             u"BEGIN:VCARD\r\n"
             "VERSION:3.0\r\n"
             "N:张;伟;;;\r\n"
             "FN:张伟\r\n"
             "ORG:杭州蓝金精密机械有限公司;采购部\r\n"
             "TITLE:总经理\\, 采购\r\n"
             "TEL;TYPE=CELL,VOICE:138 1234 5678\r\n"
             "TEL;TYPE=WORK,VOICE:0571-8888 1234\r\n"
             "EMAIL;TYPE=INTERNET:zhang.wei@lanjin.example\r\n"
             "END:VCARD\r\n"
             "BEGIN:VCARD\r\n"
             "VERSION:3.0\r\n"
             "N:李;娜;;;\r\n"
             "FN:李娜\r\n"
             "ORG:A\\;B 贸易\\n有限公司\r\n"
             "END:VCARD\r\n"_s);
    QVERIFY(VCard::write({}).isEmpty());
}

void tst_VCard::folding()
{
    // 40 Chinese characters: 120 octets, more than a line may hold.
    const QString org = QString(u"汇客科技有限公司"_s).repeated(5);
    const QByteArray out = VCard::write({VCard::Card{u"张伟"_s, org, {}, {}, {}, {}, {}}});
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the \r
        QVERIFY(QString::fromUtf8(line).toUtf8() == line); // whole characters on each line
    }
    // Unfolded, the value is whole again.
    QByteArray unfolded = out;
    unfolded.replace("\r\n ", "");
    QVERIFY(QString::fromUtf8(unfolded).contains(u"ORG:"_s + org + u"\r\n"_s));
}

QTEST_GUILESS_MAIN(tst_VCard)
#include "tst_vcard.moc"
