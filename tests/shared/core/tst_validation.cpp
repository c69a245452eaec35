#include "core/validation.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Validation : public QObject
{
    Q_OBJECT

private slots:
    void email_data();
    void email();
    void dates_data();
    void dates();
    void mobile_data();
    void mobile();
    void json();
};

void tst_Validation::email_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty is fine (optional)") << QString() << true;
    QTest::newRow("plain") << u"li.na@example.com.cn"_s << true;
    QTest::newRow("plus") << u"sales+crm@example.cn"_s << true;
    QTest::newRow("no at") << u"example.com"_s << false;
    QTest::newRow("no domain dot") << u"a@localhost"_s << false;
    QTest::newRow("space") << u"a @b.cn"_s << false;
    QTest::newRow("full-width at") << u"a＠b.cn"_s << false;
    QTest::newRow("chinese local part") << u"李娜@b.cn"_s << false;
    QTest::newRow("trailing dot") << u"a@b.cn."_s << false;
    QTest::newRow("hyphen domain") << u"a@my-company.cn"_s << true;
}

void tst_Validation::email()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    ValidationErrors e;
    QCOMPARE(e.checkEmail(u"email"_s, value), ok);
    QCOMPARE(e.isEmpty(), ok);
}

void tst_Validation::dates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("code");
    QTest::newRow("ok") << u"2026-11-24"_s << true << QString();
    QTest::newRow("optional empty") << QString() << false << QString();
    QTest::newRow("required empty") << QString() << true << u"required"_s;
    QTest::newRow("bad") << u"2026-11-31"_s << false << u"invalid_date"_s;
    QTest::newRow("chinese form") << u"2026年11月24日"_s << false << u"invalid_date"_s;
}

void tst_Validation::dates()
{
    QFETCH(QString, value);
    QFETCH(bool, required);
    QFETCH(QString, code);
    ValidationErrors e;
    e.checkDate(u"d"_s, value, required);
    QCOMPARE(e.codeFor(u"d"_s), code);
}

void tst_Validation::mobile_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("mobile") << u"13812345678"_s << true;
    QTest::newRow("mobile +86") << u"+86 138-1234-5678"_s << true;
    QTest::newRow("landline is not a mobile") << u"010-62345678"_s << false;
    QTest::newRow("too short") << u"1381234567"_s << false;
}

void tst_Validation::mobile()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    ValidationErrors e;
    QCOMPARE(e.checkMobile(u"mobile"_s, value), ok);
}

void tst_Validation::json()
{
    ValidationErrors e;
    e.requireText(u"name"_s, QString(), 10);
    e.limitText(u"name"_s, u"x"_s.repeated(11), 10); // a second error on the same field
    e.limitText(u"note"_s, u"x"_s.repeated(11), 10);
    const QJsonObject fields = e.toJson();
    QCOMPARE(fields.keys(), (QStringList{u"name"_s, u"note"_s}));
    QCOMPARE(fields.value(u"name"_s).toObject().value(u"code"_s).toString(), u"required"_s);
    QCOMPARE(fields.value(u"note"_s).toObject().value(u"code"_s).toString(), u"too_long"_s);
    QCOMPARE(e.size(), 3);
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
