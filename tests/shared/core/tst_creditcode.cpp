#include "core/creditcode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

Q_DECLARE_METATYPE(Huike::CreditCode::Error)

class tst_CreditCode : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void normalize_data();
    void normalize();
    void checkCharacter_data();
    void checkCharacter();
    void everyErrorHasAMessage();
};

void tst_CreditCode::validate_data()
{
    using E = CreditCode::Error;
    QTest::addColumn<QString>("code");
    QTest::addColumn<E>("error");

    // Check characters computed independently (GB 32100-2015 weights 3^i mod 31).
    QTest::newRow("sample from the standard") << u"91350100M000100Y43"_s << E::None;
    QTest::newRow("company in Beijing") << u"91110000802100433B"_s << E::None;
    QTest::newRow("letters inside") << u"91310000MA1FL8L971"_s << E::None;
    QTest::newRow("public institution") << u"12100000400010398P"_s << E::None;
    QTest::newRow("individual business") << u"92440300MA5FUK0M3D"_s << E::None;
    QTest::newRow("lower case") << u"91310000ma1fl8l971"_s << E::None;
    QTest::newRow("full width") << u"９１３５０１００Ｍ０００１００Ｙ４３"_s << E::None;
    QTest::newRow("spaces and dashes") << u" 9135 0100-M000 100Y 43 "_s << E::None;

    QTest::newRow("empty") << QString() << E::Empty;
    QTest::newRow("blank") << u"   "_s << E::Empty;
    QTest::newRow("17 characters") << u"91350100M000100Y4"_s << E::WrongLength;
    QTest::newRow("19 characters") << u"91350100M000100Y431"_s << E::WrongLength;
    QTest::newRow("old 15-digit registration number") << u"110108000000016"_s << E::WrongLength;
    QTest::newRow("letter I") << u"91350100I000100Y43"_s << E::InvalidCharacter;
    QTest::newRow("letter O") << u"91350100O000100Y43"_s << E::InvalidCharacter;
    QTest::newRow("letter Z") << u"91350100Z000100Y43"_s << E::InvalidCharacter;
    QTest::newRow("letter S") << u"91350100S000100Y43"_s << E::InvalidCharacter;
    QTest::newRow("letter V") << u"91350100V000100Y43"_s << E::InvalidCharacter;
    QTest::newRow("Chinese character") << u"91350100中000100Y43"_s << E::InvalidCharacter;
    QTest::newRow("wrong check character") << u"91350100M000100Y44"_s << E::WrongCheckCharacter;
    QTest::newRow("one digit mistyped") << u"91350100M000101Y43"_s << E::WrongCheckCharacter;
    QTest::newRow("two digits swapped") << u"19350100M000100Y43"_s << E::WrongCheckCharacter;
}

void tst_CreditCode::validate()
{
    QFETCH(QString, code);
    QFETCH(CreditCode::Error, error);
    QCOMPARE(CreditCode::validate(code), error);
    QCOMPARE(CreditCode::isValid(code), error == CreditCode::Error::None);
}

void tst_CreditCode::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("already") << u"91350100M000100Y43"_s << u"91350100M000100Y43"_s;
    QTest::newRow("lower") << u"91310000ma1fl8l971"_s << u"91310000MA1FL8L971"_s;
    QTest::newRow("full width") << u"９１ＡＢ"_s << u"91AB"_s;
    QTest::newRow("separators") << u"9135-0100 M000"_s << u"91350100M000"_s;
    QTest::newRow("ideographic space") << u"91　35"_s << u"9135"_s;
}

void tst_CreditCode::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(CreditCode::normalize(input), normalized);
}

void tst_CreditCode::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QString>("check");
    QTest::newRow("Y43 → 3") << u"91350100M000100Y4"_s << u"3"_s;
    QTest::newRow("→ B") << u"91110000802100433"_s << u"B"_s;
    QTest::newRow("→ P") << u"12100000400010398"_s << u"P"_s;
    QTest::newRow("→ 0 (31 maps to 0)") << u"00000000000000000"_s << u"0"_s;
    QTest::newRow("too short") << u"9135"_s << QString();
    QTest::newRow("bad character") << u"91350100I000100Y4"_s << QString();
}

void tst_CreditCode::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QString, check);
    const QChar c = CreditCode::checkCharacter(first17);
    QCOMPARE(c.isNull() ? QString() : QString(c), check);
}

void tst_CreditCode::everyErrorHasAMessage()
{
    using E = CreditCode::Error;
    QVERIFY(CreditCode::errorMessage(E::None).isEmpty());
    for (E e : {E::Empty, E::WrongLength, E::InvalidCharacter, E::WrongCheckCharacter})
        QVERIFY(!CreditCode::errorMessage(e).isEmpty());
}

QTEST_APPLESS_MAIN(tst_CreditCode)
#include "tst_creditcode.moc"
