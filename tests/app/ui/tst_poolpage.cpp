// 公海 offscreen against a live server: the pool page in the navigation lists the pool's
// customers with why (translated codes, a rep's own words) and when they came back, the
// user's holding against the per-rep limit; a claim goes to the server and the customer
// leaves the pool at once; at the limit the button stops and the server's refusal is
// said; offline the button says it needs the server.
#include "apifixture.h"
#include "core/timestamp.h"
#include "models/customerlistmodel.h"
#include "models/poolservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/store.h"
#include "syncclient/ownershipclient.h"
#include "syncclient/synccontroller.h"
#include "ui/customerlistpage.h"
#include "ui/mainwindow.h"
#include "ui/poolpage.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_PoolPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listClaimAndLimit();

private:
    int rowOf(PoolPage *page, const QString &name)
    {
        QAbstractItemModel *m = page->view()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->index(row, PoolService::Name).data().toString() == name)
                return row;
        return -1;
    }
    QString cell(PoolPage *page, const QString &name, int column)
    {
        const int row = rowOf(page, name);
        return row < 0 ? QString() : page->view()->model()->index(row, column).data().toString();
    }

    std::unique_ptr<Test::ApiFixture> f;
    QString m_wangfang;
};

void tst_PoolPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    m_wangfang = f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s}, u"chenjing"_s);
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
}

void tst_PoolPage::listClaimAndLimit()
{
    const QString released = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"宁波甬江机电有限公司"_s}, {u"region"_s, u"浙江"_s}, {u"industry"_s, u"机械"_s}});
    const QString reclaimed = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"台州椒江塑业有限公司"_s}});
    const QString second = f->create(u"lina"_s, u"customers"_s, {{u"name"_s, u"石家庄华北制药有限公司"_s}});
    const QString mine = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州西湖茶业有限公司"_s}});
    QVERIFY(!released.isEmpty() && !reclaimed.isEmpty() && !second.isEmpty() && !mine.isEmpty());
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(released), {{u"reason"_s, u"客户暂无采购计划"_s}}).status, 200);
    QCOMPARE(f->as(u"lina"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(second), {{u"reason"_s, u"联系不上"_s}}).status, 200);
    {
        // As the server's daily run returns one (server/jobs/poolreclaimer), and the limit.
        Database &db = f->store().database();
        Transaction t(db);
        RecordWriter w(db);
        w.setCustomerOwner(reclaimed, QVariant(), QVariant(), {},
                           Row{{u"pool_reason"_s, u"reclaimed:90"_s}, {u"pooled_at"_s, u"2026-11-20T01:00:00.000Z"_s}});
        w.insert(u"app_settings"_s, Row{{u"key"_s, u"pool.max_customers_per_rep"_s}, {u"value"_s, u"2"_s}}, QString());
        t.commit();
    }

    QTemporaryDir dir;
    const QString path = dir.path() + u"/wangfang.sqlite"_s;
    auto replica = Replica::open(path);
    replica->setUserId(m_wangfang);
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"wangfang"_s));
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, second) && replica->read(u"customers"_s, reclaimed), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!replica->read(u"customers"_s, reclaimed)->value(u"pool_reason"_s).isNull(), 15000);

    // In the navigation, after the others; read when shown.
    auto *page = window.findChild<PoolPage *>();
    QVERIFY(page);
    QListWidget *nav = window.navigation();
    QCOMPARE(nav->item(nav->count() - 1)->text(), u"Public pool"_s);
    nav->setCurrentRow(nav->count() - 1);
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE(page->view()->model()->rowCount(), 3);
    QCOMPARE(cell(page, u"宁波甬江机电有限公司"_s, PoolService::Reason), u"客户暂无采购计划"_s);
    QCOMPARE(cell(page, u"宁波甬江机电有限公司"_s, PoolService::Region), u"浙江"_s);
    QCOMPARE(cell(page, u"宁波甬江机电有限公司"_s, PoolService::Industry), u"机械"_s);
    QVERIFY(!cell(page, u"宁波甬江机电有限公司"_s, PoolService::ReturnedAt).isEmpty());
    QCOMPARE(cell(page, u"台州椒江塑业有限公司"_s, PoolService::Reason), u"No follow-up for 90 day(s): returned automatically"_s);
    QCOMPARE(cell(page, u"台州椒江塑业有限公司"_s, PoolService::ReturnedAt), u"2026-11-20"_s);
    QCOMPARE(cell(page, u"石家庄华北制药有限公司"_s, PoolService::Reason), u"联系不上"_s);
    QVERIFY2(page->holdingLabel()->text().contains(u"You hold 1 of at most 2 customers"_s), qPrintable(page->holdingLabel()->text()));
    // Search.
    page->searchBox()->setText(u"椒江"_s);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    page->searchBox()->clear();
    window.grab().save(dir.path() + u"/pool.png"_s);

    // Claim: the server gives it, the replica has it at once, it leaves the pool.
    QVERIFY(!page->claimButton()->isEnabled()); // nothing selected
    page->view()->selectRow(rowOf(page, u"宁波甬江机电有限公司"_s));
    QVERIFY(page->claimButton()->isEnabled());
    QVERIFY(page->claimSelected());
    QCOMPARE(replica->read(u"customers"_s, released)->value(u"owner_id"_s).toString(), m_wangfang);
    QVERIFY(replica->read(u"customers"_s, released)->value(u"pool_reason"_s).isNull());
    QCOMPARE(page->view()->model()->rowCount(), 2);
    QVERIFY2(page->holdingLabel()->text().contains(u"You hold 2 of at most 2 customers"_s), qPrintable(page->holdingLabel()->text()));

    // At the limit: the button stops; the server refuses all the same, and says why.
    page->view()->selectRow(rowOf(page, u"台州椒江塑业有限公司"_s));
    QVERIFY(!page->claimButton()->isEnabled());
    QVERIFY(!page->claimSelected());
    QVERIFY2(page->statusLabel()->text().contains(u"the most a sales rep may hold"_s), qPrintable(page->statusLabel()->text()));
    QVERIFY(replica->read(u"customers"_s, reclaimed)->value(u"owner_id"_s).isNull());

    // Someone else was quicker: said, and the pool follows.
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(mine), {{u"reason"_s, u"转给同事跟进"_s}}).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, mine)->value(u"owner_id"_s).isNull(), 15000);
    QCOMPARE(f->as(u"lina"_s, "POST", u"/api/v1/customers/%1/claim"_s.arg(second)).status, 200);
    page->reload();
    if (const int row = rowOf(page, u"石家庄华北制药有限公司"_s); row >= 0) { // the replica has not heard yet
        page->view()->selectRow(row);
        QVERIFY(page->claimButton()->isEnabled());
        QVERIFY(!page->claimSelected());
        QVERIFY2(page->statusLabel()->text().contains(u"no longer within your reach"_s)
                     || page->statusLabel()->text().contains(u"claimed this customer first"_s),
                 qPrintable(page->statusLabel()->text()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(page, u"石家庄华北制药有限公司"_s), -1, 15000);

    // Offline: the button says it needs the server; nothing is tried.
    page->view()->selectRow(rowOf(page, u"台州椒江塑业有限公司"_s));
    window.findChild<CustomerListPage *>()->ownership()->setOnline(false);
    QVERIFY2(page->claimButton()->text().contains(u"needs the server"_s), qPrintable(page->claimButton()->text()));
    QVERIFY(!page->claimButton()->isEnabled());
    QVERIFY(!page->claimSelected());
    QVERIFY2(page->statusLabel()->text().contains(u"connection to the server"_s), qPrintable(page->statusLabel()->text()));
}

QTEST_MAIN(tst_PoolPage)
#include "tst_poolpage.moc"
