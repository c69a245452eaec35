#include "core/phonenumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

Q_DECLARE_METATYPE(Huike::PhoneNumber::Kind)

class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errorMessages();
};

void tst_PhoneNumber::parse_data()
{
    using K = PhoneNumber::Kind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("extension");

    // Mobiles.
    QTest::newRow("mobile") << u"13800138000"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();
    QTest::newRow("mobile spaced") << u"138 0013 8000"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();
    QTest::newRow("mobile dashed") << u"138-0013-8000"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();
    QTest::newRow("+86") << u"+86 138-0013-8000"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();
    QTest::newRow("0086") << u"0086 13800138000"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();
    QTest::newRow("86 glued") << u"8613800138000"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();
    QTest::newRow("(+86)") << u"(+86)19912345678"_s << K::Mobile << u"19912345678"_s << u"19912345678"_s << QString();
    QTest::newRow("full width") << u"１３８００１３８０００"_s << K::Mobile << u"13800138000"_s << u"13800138000"_s << QString();

    // Landlines.
    QTest::newRow("Beijing") << u"010-65529988"_s << K::Landline << u"010-65529988"_s << u"01065529988"_s << QString();
    QTest::newRow("Beijing brackets") << u"(010) 6552 9988"_s << K::Landline << u"010-65529988"_s << u"01065529988"_s << QString();
    QTest::newRow("Shanghai") << u"021 5888 1234"_s << K::Landline << u"021-58881234"_s << u"02158881234"_s << QString();
    QTest::newRow("Shenzhen") << u"0755-88886666"_s << K::Landline << u"0755-88886666"_s << u"075588886666"_s << QString();
    QTest::newRow("7-digit number") << u"0898-6123456"_s << K::Landline << u"0898-6123456"_s << u"08986123456"_s << QString();
    QTest::newRow("+86 landline") << u"+86 10 6552 9988"_s << K::Landline << u"010-65529988"_s << u"01065529988"_s << QString();
    QTest::newRow("+86 Shenzhen") << u"+86 755 8888 6666"_s << K::Landline << u"0755-88886666"_s << u"075588886666"_s << QString();
    QTest::newRow("local only") << u"65529988"_s << K::Landline << u"65529988"_s << u"65529988"_s << QString();
    QTest::newRow("dashed groups are not an extension") << u"0755-8888-6666"_s << K::Landline << u"0755-88886666"_s << u"075588886666"_s << QString();

    // Extensions.
    QTest::newRow("转") << u"010-65529988 转 801"_s << K::Landline << u"010-65529988-801"_s << u"01065529988"_s << u"801"_s;
    QTest::newRow("分机") << u"010-65529988分机801"_s << K::Landline << u"010-65529988-801"_s << u"01065529988"_s << u"801"_s;
    QTest::newRow("ext") << u"021-58881234 ext. 12"_s << K::Landline << u"021-58881234-12"_s << u"02158881234"_s << u"12"_s;
    QTest::newRow("x") << u"021-58881234x12"_s << K::Landline << u"021-58881234-12"_s << u"02158881234"_s << u"12"_s;
    QTest::newRow("#") << u"021-58881234#12"_s << K::Landline << u"021-58881234-12"_s << u"02158881234"_s << u"12"_s;
    QTest::newRow("dashed extension") << u"010-65529988-801"_s << K::Landline << u"010-65529988-801"_s << u"01065529988"_s << u"801"_s;
    QTest::newRow("dashed groups and extension") << u"0755-8888-6666-12"_s << K::Landline << u"0755-88886666-12"_s << u"075588886666"_s << u"12"_s;

    // Service numbers.
    QTest::newRow("400") << u"400-820-8820"_s << K::Service << u"400-820-8820"_s << u"4008208820"_s << QString();
    QTest::newRow("800") << u"800 810 8888"_s << K::Service << u"800-810-8888"_s << u"8008108888"_s << QString();
    QTest::newRow("400 with extension") << u"4008208820 转 3"_s << K::Service << u"400-820-8820"_s << u"4008208820"_s << u"3"_s;
    QTest::newRow("bank 95588") << u"95588"_s << K::Service << u"95588"_s << u"95588"_s << QString();
    QTest::newRow("hotline 12345") << u"12345"_s << K::Service << u"12345"_s << u"12345"_s << QString();
    QTest::newRow("10086") << u"10086"_s << K::Service << u"10086"_s << u"10086"_s << QString();

    // Invalid.
    QTest::newRow("empty") << QString() << K::Invalid << QString() << QString() << QString();
    QTest::newRow("letters") << u"138abc38000"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("10-digit mobile") << u"1380013800"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("12-digit mobile") << u"138001380001"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("mobile 12x") << u"12800138000"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("subscriber starts with 0") << u"010-05529988"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("subscriber starts with 1") << u"010-15529988"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("subscriber too long") << u"010-655299881"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("mobile with extension") << u"13800138000 转 8"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("too short") << u"123"_s << K::Invalid << QString() << QString() << QString();
    QTest::newRow("way too long") << QString(50, u'1') << K::Invalid << QString() << QString() << QString();
}

void tst_PhoneNumber::parse()
{
    QFETCH(QString, text);
    QFETCH(PhoneNumber::Kind, kind);
    QFETCH(QString, canonical);
    QFETCH(QString, key);
    QFETCH(QString, extension);
    const PhoneNumber p = PhoneNumber::parse(text);
    QCOMPARE(p.kind(), kind);
    QCOMPARE(p.isValid(), kind != PhoneNumber::Kind::Invalid);
    QCOMPARE(p.canonical(), canonical);
    QCOMPARE(p.normalizedKey(), key);
    QCOMPARE(PhoneNumber::normalizedKey(text), key);
    QCOMPARE(p.extension(), extension);
    if (p.isValid()) // the canonical form parses to itself
        QCOMPARE(PhoneNumber::parse(p.canonical()).canonical(), canonical);
}

void tst_PhoneNumber::errorMessages()
{
    QVERIFY(PhoneNumber::errorMessage(u"138abc").contains(u"digits"_s));
    QVERIFY(PhoneNumber::errorMessage(u"1380013800").contains(u"11"_s));
    QVERIFY(!PhoneNumber::errorMessage(u"010-0552").isEmpty());
}

QTEST_APPLESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
