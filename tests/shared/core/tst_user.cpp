#include "core/user.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_User : public QObject
{
    Q_OBJECT

private slots:
    void login_data();
    void login();
    void selfManager();
};

void tst_User::login_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("code");
    QTest::newRow("pinyin") << u"zhangwei"_s << QString();
    QTest::newRow("with dot and digits") << u"li.na2"_s << QString();
    QTest::newRow("two chars") << u"ab"_s << QString();
    QTest::newRow("one char") << u"a"_s << u"invalid_login"_s;
    QTest::newRow("upper case") << u"ZhangWei"_s << u"invalid_login"_s;
    QTest::newRow("chinese") << u"张伟"_s << u"invalid_login"_s;
    QTest::newRow("space") << u"zhang wei"_s << u"invalid_login"_s;
    QTest::newRow("leading dot") << u".zhang"_s << u"invalid_login"_s;
    QTest::newRow("empty") << QString() << u"required"_s;
    QTest::newRow("33 chars") << u"a"_s.repeated(33) << u"too_long"_s;
}

void tst_User::login()
{
    QFETCH(QString, login);
    QFETCH(QString, code);
    User u;
    u.login = login;
    u.displayName = u"张伟"_s;
    QCOMPARE(u.validate().codeFor(u"login"_s), code);
    QCOMPARE(User::normalizeLogin(u"  ZhangWei "), u"zhangwei"_s);
}

void tst_User::selfManager()
{
    User u;
    u.meta.id = Id::generate();
    u.login = u"wangfang"_s;
    u.displayName = u"王芳"_s;
    QVERIFY(u.validate().isEmpty());
    u.managerId = u.meta.id;
    QCOMPARE(u.validate().codeFor(u"managerId"_s), u"self_manager"_s);
}

QTEST_GUILESS_MAIN(tst_User)
#include "tst_user.moc"
