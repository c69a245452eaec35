// A customer merge seen by two replicas (issue 19, C3), on SQLite and PostgreSQL: a rep's
// laptop edits card X offline and adds a contact to it, their manager merges X into Y on
// the server, the laptop syncs — the edit and the contact land on Y, the laptop shows Y
// with them and X gone, every checksum matches. The undo comes back the same way.
#include "syncfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;

class tst_MergeSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void offlineEditOfAMergedCardLandsOnTheSurvivor();

private:
    QString createCustomer(const QString &login, const QJsonObject &body)
    {
        return f->call("POST", u"/api/v1/customers"_s, body, f->login(login)).json.value(u"id"_s).toString();
    }
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        QCOMPARE(c.replica->pendingCount(), 0);
    }
    static bool gone(SyncClient &c, const QString &table, const QString &id)
    {
        const std::optional<Row> row = c.replica->read(table, id);
        return !row || row->value(u"deleted"_s).toInt() != 0;
    }
};

void tst_MergeSync::initTestCase_data()
{
    addDialects();
}

void tst_MergeSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s}});
}

void tst_MergeSync::cleanup()
{
    stopWorld();
}

void tst_MergeSync::offlineEditOfAMergedCardLandsOnTheSurvivor()
{
    const QString x = createCustomer(u"wangfang"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"phone"_s, u"0571-88880001"_s}});
    const QString y = createCustomer(u"wangfang"_s, {{u"name"_s, u"杭州华通科技"_s}});
    QVERIFY(!x.isEmpty() && !y.isEmpty());
    const QString oldContact = f->create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, x}, {u"name"_s, u"王伟"_s}});
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"chenjing"_s, u"b"_s);
    syncOk(*a);
    syncOk(*b);
    QVERIFY(a->replica->read(u"customers"_s, x));

    // A, offline: X's address typed in, a contact added to X.
    a->replica->update(u"customers"_s, x, Row{{u"address"_s, u"杭州市滨江区江南大道 1 号"_s}});
    const QString newContact = a->replica->create(u"contacts"_s, Row{{u"customer_id"_s, x}, {u"name"_s, u"赵六"_s}})
                                   .value(u"id"_s).toString();
    QCOMPARE(a->replica->pendingCount(), 2);

    // B's user, the rep's manager, merges X into Y on the server (taking X's phone).
    const Test::Reply merged = f->as(u"chenjing"_s, "POST", u"/api/v1/customers/merge"_s,
                                     {{u"survivorId"_s, y}, {u"mergedIds"_s, QJsonArray{x}}, {u"fields"_s, QJsonObject{{u"phone"_s, x}}}});
    QCOMPARE(merged.status, 200);
    syncOk(*b);
    QVERIFY(gone(*b, u"customers"_s, x));
    QCOMPARE(b->replica->read(u"contacts"_s, oldContact)->value(u"customer_id"_s).toString(), y);

    // A syncs: its edit and its contact land on Y; X is gone from the laptop.
    syncOk(*a);
    QCOMPARE(a->replica->openConflictCount(), 0);
    QVERIFY(gone(*a, u"customers"_s, x));
    const Row onA = *a->replica->read(u"customers"_s, y);
    QCOMPARE(onA.value(u"address"_s).toString(), u"杭州市滨江区江南大道 1 号"_s);
    QCOMPARE(onA.value(u"phone"_s).toString(), u"0571-88880001"_s);
    QCOMPARE(a->replica->read(u"contacts"_s, newContact)->value(u"customer_id"_s).toString(), y);
    QCOMPARE(a->replica->read(u"contacts"_s, oldContact)->value(u"customer_id"_s).toString(), y);
    const QJsonObject onServer = f->as(u"chenjing"_s, "GET", u"/api/v1/customers/"_s + y).json;
    QCOMPARE(onServer.value(u"address"_s).toString(), u"杭州市滨江区江南大道 1 号"_s);
    syncOk(*b);
    QCOMPARE(b->replica->read(u"customers"_s, y)->value(u"address"_s).toString(), u"杭州市滨江区江南大道 1 号"_s);
    QCOMPARE(b->replica->read(u"contacts"_s, newContact)->value(u"customer_id"_s).toString(), y);

    // 撤销合并: X comes back on both laptops with the records that moved; the contact added
    // to Y meanwhile (through the redirect) stays on Y.
    const QString mergeId = merged.json.value(u"mergeId"_s).toString();
    QCOMPARE(f->as(u"chenjing"_s, "POST", u"/api/v1/customers/merges/%1/undo"_s.arg(mergeId)).status, 200);
    for (SyncClient *c : {a.get(), b.get()}) {
        syncOk(*c);
        QVERIFY(!gone(*c, u"customers"_s, x));
        QVERIFY(c->replica->read(u"customers"_s, x)->value(u"merged_into"_s).isNull());
        QCOMPARE(c->replica->read(u"contacts"_s, oldContact)->value(u"customer_id"_s).toString(), x);
        QCOMPARE(c->replica->read(u"contacts"_s, newContact)->value(u"customer_id"_s).toString(), y);
        QCOMPARE(c->replica->read(u"customers"_s, y)->value(u"phone"_s).isNull(), true);
    }
}

QTEST_GUILESS_MAIN(tst_MergeSync)
#include "tst_mergesync.moc"
