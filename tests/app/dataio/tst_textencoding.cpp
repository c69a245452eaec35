#include "dataio/textencoding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using TextEncoding::Encoding;

class TestTextEncoding : public QObject
{
    Q_OBJECT
private slots:
    void detect_data();
    void detect();
    void roundTrip_data();
    void roundTrip();
    void names();
    void invalidBytesAreMarked();
};

void TestTextEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("expected");
    const QString text = u"客户名称,电话\r\n北京汇客科技有限公司,010-88886666\r\n"_s;
    QTest::newRow("utf-8") << text.toUtf8() << int(Encoding::Utf8);
    QTest::newRow("utf-8 bom") << ("\xEF\xBB\xBF"_ba + text.toUtf8()) << int(Encoding::Utf8);
    QTest::newRow("gb18030") << TextEncoding::encode(text, Encoding::Gb18030, false) << int(Encoding::Gb18030);
    QTest::newRow("utf-16le bom") << TextEncoding::encode(text, Encoding::Utf16LE, true) << int(Encoding::Utf16LE);
    QTest::newRow("utf-16be bom") << TextEncoding::encode(text, Encoding::Utf16BE, true) << int(Encoding::Utf16BE);
    QTest::newRow("utf-16le no bom, ascii")
        << TextEncoding::encode(u"name,phone\r\nAcme,123\r\n"_s, Encoding::Utf16LE, false) << int(Encoding::Utf16LE);
    QTest::newRow("ascii") << "name,phone\n"_ba << int(Encoding::Utf8);
    QTest::newRow("empty") << QByteArray() << int(Encoding::Utf8);
    // A sample cut inside a three-byte character is still UTF-8.
    QTest::newRow("utf-8 cut") << text.toUtf8().left(8) << int(Encoding::Utf8);
    QTest::newRow("latin-1 bytes") << "caf\xE9 na\xEFve"_ba << int(Encoding::Gb18030);
}

void TestTextEncoding::detect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, expected);
    QCOMPARE(int(TextEncoding::detect(bytes)), expected);
}

void TestTextEncoding::roundTrip_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    for (const Encoding e : {Encoding::Utf8, Encoding::Gb18030, Encoding::Utf16LE, Encoding::Utf16BE})
        for (const bool bom : {false, true})
            QTest::addRow("%s%s", qPrintable(TextEncoding::name(e)), bom ? " bom" : "") << int(e) << bom;
}

void TestTextEncoding::roundTrip()
{
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    // 𠀀 is outside the Basic Multilingual Plane (four bytes in GB18030 and UTF-8).
    const QString text = u"汇客 CRM, 𠀀 ¥1,234.50 \"引号\"\n第二行"_s;
    const QByteArray bytes = TextEncoding::encode(text, Encoding(encoding), bom);
    QCOMPARE(TextEncoding::decode(bytes, Encoding(encoding)), text);
    QCOMPARE(TextEncoding::invalidCount(TextEncoding::decode(bytes, Encoding(encoding))), 0);
}

void TestTextEncoding::names()
{
    for (const Encoding e : {Encoding::Utf8, Encoding::Gb18030, Encoding::Utf16LE, Encoding::Utf16BE})
        QCOMPARE(TextEncoding::fromName(TextEncoding::name(e)), e);
    QCOMPARE(TextEncoding::fromName(u"gbk"_s), Encoding::Gb18030);
    QCOMPARE(TextEncoding::fromName(u"GB2312"_s), Encoding::Gb18030);
    QCOMPARE(TextEncoding::fromName(u"utf8"_s), Encoding::Utf8);
    QCOMPARE(TextEncoding::fromName(u"UTF-16"_s), Encoding::Utf16LE);
    QVERIFY(!TextEncoding::fromName(u"ebcdic"_s));
    QVERIFY(!TextEncoding::fromName(QString()));
}

void TestTextEncoding::invalidBytesAreMarked()
{
    // GBK bytes read as UTF-8: the reader can tell the user the guess looks wrong.
    const QByteArray gbk = TextEncoding::encode(u"北京汇客科技有限公司"_s, Encoding::Gb18030, false);
    QVERIFY(TextEncoding::invalidCount(TextEncoding::decode(gbk, Encoding::Utf8)) > 0);
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
