// The "done when", end to end on both stores: two laptops and the server. 王芳's
// laptop goes offline; she changes a customer's address and phone and adds a customer;
// meanwhile her manager 陈静, online, changes the same customer's address and its
// industry. When 王芳's laptop is back: the industry and the phone are merged, the new
// customer arrives, and the address is a conflict she reviews in the conflict dialog
// (field, before, mine, theirs, who) — she keeps hers, and both laptops end with the same
// rows as the server and matching checksums. Nothing typed is lost.
// With HUIKE_SCREENSHOT_DIR set, the dialog is saved there as a PNG.
#include "models/conflictservice.h"
#include "models/customerservice.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "syncfixture.h"
#include "ui/conflictdialog.h"

#include <QApplication>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;

class tst_TwoLaptops : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void offlineEditsMergeAndConflictIsReviewed();

private:
};

void tst_TwoLaptops::initTestCase_data()
{
    addDialects();
}

void tst_TwoLaptops::init()
{
    HUIKE_START_SYNC_WORLD({{u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s}});
}

void tst_TwoLaptops::cleanup()
{
    stopWorld();
}

void tst_TwoLaptops::offlineEditsMergeAndConflictIsReviewed()
{
    const QString customer = f->call("POST", u"/api/v1/customers"_s,
                                     {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"address"_s, u"文一路 1 号"_s},
                                      {u"phone"_s, u"0571-88880001"_s}},
                                     f->login(u"wangfang"_s))
                                 .json.value(u"id"_s).toString();
    QVERIFY(!customer.isEmpty());
    auto a = client(u"wangfang"_s, u"laptop-a"_s);
    auto b = client(u"chenjing"_s, u"laptop-b"_s);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);

    // On the train: 王芳's edits stay on her laptop.
    a->replica->update(u"customers"_s, customer, Row{{u"address"_s, u"江南大道 9 号"_s}, {u"phone"_s, u"0571-88886666"_s}});
    CustomerService::Card card;
    card.customer.name = u"宁波海曙贸易有限公司"_s;
    QVERIFY(CustomerService(*a->replica).save(card, {}).isEmpty());
    const QString added = card.customer.meta.id.toString();
    {
        SyncEngine offline(*a->replica, QUrl(u"http://127.0.0.1:1"_s), a->token);
        const SyncEngine::Result r = offline.sync();
        QVERIFY(!r.ok && r.offline);
    }
    QCOMPARE(a->replica->pendingCount(), 2);

    // In the office: 陈静 changes the same address, and the industry.
    b->replica->update(u"customers"_s, customer, Row{{u"address"_s, u"文三路 1 号"_s}, {u"industry"_s, u"制造业"_s}});
    QVERIFY(b->sync().ok);

    // Back online.
    SyncEngine::Result r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.checksumsMatch);
    Row mine = *a->replica->read(u"customers"_s, customer);
    QCOMPARE(mine.value(u"industry"_s).toString(), u"制造业"_s);        // hers merged
    QCOMPARE(mine.value(u"phone"_s).toString(), u"0571-88886666"_s);   // mine kept
    QCOMPARE(mine.value(u"address"_s).toString(), u"文三路 1 号"_s);    // the server's, until decided
    QCOMPARE(a->replica->openConflictCount(), 1);

    // The conflict as 王芳 sees it.
    ConflictService conflicts(*a->replica);
    ConflictDialog dialog(conflicts);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *t = dialog.table();
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->item(0, 0)->text(), u"杭州华通科技有限公司"_s);
    QCOMPARE(t->item(0, 2)->text(), u"文一路 1 号"_s); // before
    QCOMPARE(t->item(0, 3)->text(), u"江南大道 9 号"_s); // mine
    QCOMPARE(t->item(0, 1)->text(), u"Address"_s);
    QCOMPARE(t->item(0, 4)->text(), u"文三路 1 号"_s); // theirs…
    const QString chenjing = a->replica->database()
                                 .scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {f->users().findByLogin(u"chenjing"_s)->id})
                                 .toString();
    QVERIFY(!chenjing.isEmpty());
    QCOMPARE(t->item(0, 5)->text(), chenjing); // …and who
    const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QApplication::processEvents();
        dialog.grab().save(dir + u"/conflict-review.png"_s);
    }
    t->selectRow(0);
    dialog.keepMine();
    QCOMPARE(a->replica->openConflictCount(), 0);

    r = a->sync();
    QVERIFY2(r.ok && r.checksumsMatch, qPrintable(r.error));
    r = b->sync();
    QVERIFY2(r.ok && r.checksumsMatch, qPrintable(r.error));
    for (auto *c : {a.get(), b.get()}) {
        const Row row = *c->replica->read(u"customers"_s, customer);
        QCOMPARE(row.value(u"address"_s).toString(), u"江南大道 9 号"_s);
        QCOMPARE(row.value(u"phone"_s).toString(), u"0571-88886666"_s);
        QCOMPARE(row.value(u"industry"_s).toString(), u"制造业"_s);
        QCOMPARE(c->replica->read(u"customers"_s, added)->value(u"name"_s).toString(), u"宁波海曙贸易有限公司"_s);
        QCOMPARE(c->replica->pendingCount(), 0);
    }
    const QJsonObject server = f->call("GET", u"/api/v1/customers/"_s + customer, {}, f->login(u"chenjing"_s)).json;
    QCOMPARE(server.value(u"address"_s).toString(), u"江南大道 9 号"_s);
    QCOMPARE(server.value(u"industry"_s).toString(), u"制造业"_s);
}

QTEST_MAIN(tst_TwoLaptops)
#include "tst_twolaptops.moc"
