#include "core/expensecategory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class TestExpenseCategory : public QObject
{
    Q_OBJECT

private slots:
    void defaultsWhenUnset_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("unset") << QString();
        QTest::newRow("not json") << u"差旅费,餐费"_s;
        QTest::newRow("an object") << u"{\"code\":\"travel\"}"_s;
        QTest::newRow("empty list") << u"[]"_s;
        QTest::newRow("no codes") << u"[{\"label\":\"差旅费\"}]"_s;
    }
    void defaultsWhenUnset()
    {
        QFETCH(QString, value);
        const QList<ExpenseCategory> list = ExpenseCategories::fromSetting(value);
        QCOMPARE(list, ExpenseCategories::defaults());
        QCOMPARE(list.first().code, u"travel"_s);
        QVERIFY(ExpenseCategories::validate(list).isEmpty());
    }

    void roundTrip()
    {
        const QList<ExpenseCategory> list{{u"travel"_s, u"差旅费"_s}, {u"fuel"_s, u"油费"_s}};
        QCOMPARE(ExpenseCategories::fromSetting(ExpenseCategories::toSetting(list)), list);
        QCOMPARE(ExpenseCategories::label(list, u"fuel"_s), u"油费"_s);
        QCOMPARE(ExpenseCategories::label(list, u"gone"_s), u"gone"_s); // an old line's category
    }

    void labelMissingShowsCode()
    {
        const QList<ExpenseCategory> list = ExpenseCategories::fromSetting(u"[{\"code\":\"fuel\",\"label\":\"  \"}]"_s);
        QCOMPARE(list, (QList<ExpenseCategory>{{u"fuel"_s, u"fuel"_s}}));
    }

    void validate_data()
    {
        QTest::addColumn<QList<ExpenseCategory>>("list");
        QTest::addColumn<bool>("valid");
        QTest::newRow("fine") << QList<ExpenseCategory>{{u"travel"_s, u"差旅费"_s}, {u"car-hire_2"_s, u"租车"_s}} << true;
        QTest::newRow("empty") << QList<ExpenseCategory>{} << false;
        QTest::newRow("twice") << QList<ExpenseCategory>{{u"travel"_s, u"差旅费"_s}, {u"travel"_s, u"出差"_s}} << false;
        QTest::newRow("chinese code") << QList<ExpenseCategory>{{u"差旅"_s, u"差旅费"_s}} << false;
        QTest::newRow("space in code") << QList<ExpenseCategory>{{u"car hire"_s, u"租车"_s}} << false;
        QTest::newRow("dot in code") << QList<ExpenseCategory>{{u"a.b"_s, u"x"_s}} << false; // it names a setting key
        QTest::newRow("no label") << QList<ExpenseCategory>{{u"fuel"_s, u" "_s}} << false;
        QTest::newRow("long code") << QList<ExpenseCategory>{{QString(33, u'a'), u"x"_s}} << false;
    }
    void validate()
    {
        QFETCH(QList<ExpenseCategory>, list);
        QFETCH(bool, valid);
        QCOMPARE(ExpenseCategories::validate(list).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestExpenseCategory)
#include "tst_expensecategory.moc"
