#include "database.h"
#include "poolreclaimer.h"
#include "recordwriter.h"
#include "store.h"
#include "transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_PoolReclaimer : public QObject
{
    Q_OBJECT

private slots:
    void reclaim_data();
    void reclaim();
};

void tst_PoolReclaimer::reclaim_data()
{
    QTest::addColumn<QVariant>("lastActivity");
    QTest::addColumn<QString>("createdAt");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("returned");
    const QString now = u"2026-11-24T00:00:00.000Z"_s;
    QTest::newRow("recent activity") << QVariant(u"2026-11-01T00:00:00.000Z"_s) << u"2025-01-01T00:00:00.000Z"_s << 90 << false;
    QTest::newRow("stale activity") << QVariant(u"2026-08-01T00:00:00.000Z"_s) << u"2025-01-01T00:00:00.000Z"_s << 90 << true;
    QTest::newRow("never contacted, new") << QVariant() << u"2026-11-20T00:00:00.000Z"_s << 90 << false;
    QTest::newRow("never contacted, old") << QVariant() << u"2026-01-01T00:00:00.000Z"_s << 90 << true;
    QTest::newRow("switched off") << QVariant() << u"2020-01-01T00:00:00.000Z"_s << 0 << false;
}

void tst_PoolReclaimer::reclaim()
{
    QFETCH(QVariant, lastActivity);
    QFETCH(QString, createdAt);
    QFETCH(int, days);
    QFETCH(bool, returned);
    QTemporaryDir dir;
    QString error;
    auto store = Store::open({dir.path(), {}}, &error);
    QVERIFY(store);
    Database &db = store->database();
    RecordWriter w(db);
    const QString owner = Id::generate().toString();
    QString customer, contact;
    {
        Transaction t(db);
        customer = w.insert(u"customers"_s, Row{{u"name"_s, u"华通科技"_s}, {u"owner_id"_s, owner}, {u"last_activity_at"_s, lastActivity}}, owner)
                       .value(u"id"_s).toString();
        contact = w.insert(u"contacts"_s, Row{{u"customer_id"_s, customer}, {u"name"_s, u"王伟"_s}, {u"owner_id"_s, owner}}, owner)
                      .value(u"id"_s).toString();
        db.exec(u"UPDATE customers SET created_at = ?"_s, {createdAt});
        t.commit();
    }
    QCOMPARE(PoolReclaimer(db).run(days, u"2026-11-24T00:00:00.000Z"_s), returned ? 1 : 0);
    QCOMPARE(w.read(u"customers"_s, customer)->value(u"owner_id"_s).isNull(), returned);
    QCOMPARE(w.read(u"contacts"_s, contact)->value(u"owner_id"_s).isNull(), returned);
    if (returned) // audited as a system change
        QVERIFY(db.scalar(u"SELECT user_id FROM audit_log ORDER BY seq DESC LIMIT 1"_s).isNull());
}

QTEST_GUILESS_MAIN(tst_PoolReclaimer)
#include "tst_poolreclaimer.moc"
