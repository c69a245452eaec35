#include "database.h"
#include "demoseeder.h"
#include "store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_DemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsAnEmptyStore();
};

void tst_DemoSeeder::seedsAnEmptyStore()
{
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path(), {}}, &error);
    QVERIFY(store);
    DemoSeeder seeder(*store);
    qint64 lastDone = 0;
    QVERIFY2(seeder.seed(120, 2026, u"huike2026"_s, &error, [&](qint64 done, qint64) { lastDone = done; }),
             qPrintable(error));
    QCOMPARE(lastDone, 120);
    QCOMPARE(store->customerCount(), 120);
    QVERIFY(store->database().scalar(u"SELECT count(*) FROM contacts"_s).toInt() >= 120);
    QCOMPARE(store->database().scalar(u"SELECT count(*) FROM users WHERE login = 'wangfang'"_s).toInt(), 1);
    // Every row has a version from the change log, and demo users can log in.
    QCOMPARE(store->database().scalar(u"SELECT count(*) FROM customers WHERE version = 0"_s).toInt(), 0);
    QCOMPARE(store->database().scalar(u"SELECT count(*) FROM contacts WHERE version = 0"_s).toInt(), 0);
    QCOMPARE(store->database().scalar(u"SELECT count(*) FROM credentials"_s).toInt(),
             store->database().scalar(u"SELECT count(*) FROM users"_s).toInt());
    // A second run does not add to a store that has data.
    QVERIFY(!seeder.seed(10, 1, u"x"_s, &error));
    QVERIFY(error.contains(u"empty"_s));
    QCOMPARE(store->customerCount(), 120);
}

QTEST_GUILESS_MAIN(tst_DemoSeeder)
#include "tst_demoseeder.moc"
