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
#include "schema/rows.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/store.h"
#include "syncclient/ownershipclient.h"
#include "syncclient/synccontroller.h"
#include "ui/customercard.h"
#include "ui/customerlistpage.h"
#include "ui/mainwindow.h"
#include "ui/poolpage.h"
#include "ui/sharedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableWidget>
#include <QTimer>
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
    void shareComesAndGoesWithThePull();
    void daysLeft_data();
    void daysLeft();
    void daysLeftOnTheCardAndTheList();

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
    QVERIFY(!replica->read(u"customers"_s, released)->value(u"owner_since"_s).isNull()); // the claim starts the clock
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

// 共享… from the card: wangfang shares a customer read-only with lina (another region);
// lina's replica gets the card with its next pull, and loses it when the share is revoked;
// the dialog lists the share with whom and how. Offline it says it needs the server.
void tst_PoolPage::shareComesAndGoesWithThePull()
{
    const QString customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"绍兴越城纺织有限公司"_s}});
    f->create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, customer}, {u"name"_s, u"周敏"_s}});
    QVERIFY(!customer.isEmpty());
    {
        // The reclaim rule as the server publishes it: 90 days from long ago.
        Database &db = f->store().database();
        Transaction t(db);
        RecordWriter w(db);
        for (const auto &[key, value] : {std::pair{u"pool.reclaim_days"_s, u"90"_s}, std::pair{u"pool.reclaim_since"_s, u"2025-01-01T00:00:00.000Z"_s}})
            if (db.scalar(u"SELECT count(*) FROM app_settings WHERE key = ?"_s, {key}).toInt() == 0)
                w.insert(u"app_settings"_s, Row{{u"key"_s, key}, {u"value"_s, value}}, QString());
        t.commit();
    }
    QTemporaryDir dir;
    // lina's replica, syncing on its own.
    const QString linaPath = dir.path() + u"/lina.sqlite"_s;
    auto linaReplica = Replica::open(linaPath);
    linaReplica->setUserId(f->users().findByLogin(u"lina"_s)->id);
    SyncController linaSync(linaPath, f->url(), f->login(u"lina"_s));
    linaSync.start();
    // wangfang's window.
    const QString path = dir.path() + u"/wangfang.sqlite"_s;
    auto replica = Replica::open(path);
    replica->setUserId(m_wangfang);
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"wangfang"_s));
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, customer), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!Rows::setting(replica->database(), u"pool.reclaim_days").isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(linaReplica->read(u"users"_s, m_wangfang).has_value(), 15000);
    QVERIFY(!linaReplica->read(u"customers"_s, customer));

    CustomerCard *card = window.openCustomer(customer);
    QVERIFY(card);
    // Created today: the whole period is left.
    QVERIFY2(card->poolClockLabel()->text().contains(u"day(s) left before it goes back to the pool"_s), qPrintable(card->poolClockLabel()->text()));
    QVERIFY2(card->poolClockLabel()->text().startsWith(u"90 "_s) || card->poolClockLabel()->text().startsWith(u"89 "_s),
             qPrintable(card->poolClockLabel()->text()));
    auto *shareButton = card->findChild<QPushButton *>(u"share"_s);
    QVERIFY(shareButton && shareButton->isVisible());

    // The dialog (opened by the button; driven here while it is up).
    bool checked = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, card, [&] {
        auto *dialog = qobject_cast<ShareDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        [&] {
            QCOMPARE(dialog->list()->rowCount(), 0);
            const int lina = dialog->target()->findText(u"Colleague: "_s + f->users().findByLogin(u"lina"_s)->displayName);
            QVERIFY(lina >= 0);
            QVERIFY(dialog->target()->findText(u"Department: 销售部/华北区 (and the departments below)"_s) >= 0);
            dialog->target()->setCurrentIndex(lina);
            dialog->mode()->setCurrentIndex(dialog->mode()->findData(false)); // read-only
            QVERIFY(dialog->shareChosen());
            QCOMPARE(dialog->list()->rowCount(), 1);
            QCOMPARE(dialog->list()->item(0, 1)->text(), u"Read-only"_s);
            dialog->grab().save(dir.path() + u"/share.png"_s);
            checked = true;
        }();
        dialog->reject();
    });
    poll.start();
    shareButton->click();
    QVERIFY(checked);
    // lina's replica gets the card and its contact with the pull.
    QTRY_VERIFY_WITH_TIMEOUT(linaReplica->read(u"customers"_s, customer).has_value(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(linaReplica->database().scalar(u"SELECT count(*) FROM contacts WHERE customer_id = ? AND deleted = 0"_s, {customer}).toInt(), 1, 20000);
    // A read share: lina's edit is refused by the server (REST here).
    QCOMPARE(f->as(u"lina"_s, "PATCH", u"/api/v1/customers/"_s + customer, {{u"level"_s, u"b"_s}}).status, 403);

    // Revoke: it leaves lina's replica.
    PoolService directory(*replica);
    {
        ShareDialog dialog(window.findChild<CustomerListPage *>()->ownership(), directory, customer, u"绍兴越城纺织有限公司"_s, m_wangfang);
        QCOMPARE(dialog.list()->rowCount(), 1);
        dialog.list()->selectRow(0);
        QVERIFY(dialog.revokeSelected());
        QCOMPARE(dialog.list()->rowCount(), 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!linaReplica->read(u"customers"_s, customer).has_value(), 20000);

    // Offline: the dialog says it needs the server, and tries nothing.
    window.findChild<CustomerListPage *>()->ownership()->setOnline(false);
    {
        ShareDialog dialog(window.findChild<CustomerListPage *>()->ownership(), directory, customer, u"绍兴越城纺织有限公司"_s, m_wangfang);
        QVERIFY(!dialog.shareButton()->isEnabled());
        QVERIFY2(dialog.shareButton()->text().contains(u"needs the server"_s), qPrintable(dialog.shareButton()->text()));
        QVERIFY(!dialog.shareChosen());
        QVERIFY2(dialog.statusLabel()->text().contains(u"connection to the server"_s), qPrintable(dialog.statusLabel()->text()));
    }
    card->close();
}

// The days left before the server's run returns a customer: from the latest of its
// creation, its last activity, its arrival with its owner and the rule's start
// (server/jobs/poolreclaimer.cpp).
void tst_PoolPage::daysLeft_data()
{
    QTest::addColumn<QString>("ruleSince");
    QTest::addColumn<QString>("createdAt");
    QTest::addColumn<QString>("lastActivity");
    QTest::addColumn<QString>("ownerSince");
    QTest::addColumn<int>("left");
    const QString old = u"2025-01-01T00:00:00.000Z"_s;
    QTest::newRow("new customer") << old << u"2026-12-01T00:00:00.000Z"_s << QString() << u"2026-12-01T00:00:00.000Z"_s << 85;
    QTest::newRow("activity counts") << old << old << u"2026-11-06T12:00:00.000Z"_s << old << 61;
    QTest::newRow("old activity, old creation") << old << old << u"2025-06-01T00:00:00.000Z"_s << old << 0;
    QTest::newRow("claimed yesterday, old activity") << old << old << u"2025-06-01T00:00:00.000Z"_s << u"2026-12-05T08:00:00.000Z"_s << 89;
    QTest::newRow("assigned 30 days ago") << old << old << QString() << u"2026-11-06T08:00:00.000Z"_s << 60;
    QTest::newRow("rule just started") << u"2026-12-05T00:00:00.000Z"_s << u"2020-01-01T00:00:00.000Z"_s << QString() << QString() << 89;
    QTest::newRow("unreadable dates") << u"x"_s << u"y"_s << u"z"_s << u"w"_s << 90;
}

void tst_PoolPage::daysLeft()
{
    QFETCH(QString, ruleSince);
    QFETCH(QString, createdAt);
    QFETCH(QString, lastActivity);
    QFETCH(QString, ownerSince);
    QFETCH(int, left);
    const QDateTime now = QDateTime::fromString(u"2026-12-06T08:00:00.000Z"_s, Qt::ISODateWithMs);
    QCOMPARE(PoolService::daysLeft(90, ruleSince, createdAt, lastActivity, ownerSince, now), left);
    QCOMPARE(PoolService::reasonText(u"reclaimed:30"_s), u"No follow-up for 30 day(s): returned automatically"_s);
    QCOMPARE(PoolService::reasonText(u"reassigned"_s), u"Put back in the pool by a manager"_s);
    QCOMPARE(PoolService::reasonText(QString()), u"Not recorded"_s);
    QCOMPARE(PoolService::reasonText(u"reclaimed:x"_s), u"reclaimed:x"_s);
}

// The days left, exact on the client: a customer given to wangfang just now has the whole
// period whatever its old last contact (the server's owner_since travels with the pull);
// one she has had for long without a follow-up none; a pool customer no days. The card
// says so, the list's 剩余天数 column shows and sorts them, and its export has them. A
// replica cannot move the clock: the server keeps its owner_since.
void tst_PoolPage::daysLeftOnTheCardAndTheList()
{
    const QString given = f->create(u"lina"_s, u"customers"_s, {{u"name"_s, u"嘉兴南湖电子有限公司"_s}});
    const QString stale = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"湖州吴兴丝绸有限公司"_s}});
    const QString pooled = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"金华婺城五金有限公司"_s}});
    QVERIFY(!given.isEmpty() && !stale.isEmpty() && !pooled.isEmpty());
    QString givenSince;
    {
        Database &db = f->store().database();
        Transaction t(db);
        // Old customers, last contacted long ago (as an older store holds them).
        for (const QString &id : {given, stale, pooled})
            db.exec(u"UPDATE customers SET created_at = '2024-01-01T00:00:00.000Z', last_activity_at = '2025-02-01T00:00:00.000Z', "
                    u"owner_since = '2024-01-01T00:00:00.000Z' WHERE id = ?"_s, {id});
        RecordWriter w(db);
        givenSince = w.setCustomerOwner(given, m_wangfang, QVariant(), QString()).value(u"owner_since"_s).toString(); // as a claim does
        w.setCustomerOwner(pooled, QVariant(), QVariant(), m_wangfang, Row{{u"pool_reason"_s, u"联系不上"_s}, {u"pooled_at"_s, Timestamp::now()}});
        for (const auto &[key, value] : {std::pair{u"pool.reclaim_days"_s, u"90"_s}, std::pair{u"pool.reclaim_since"_s, u"2025-01-01T00:00:00.000Z"_s}}) {
            const QList<Row> rows = Rows::select(db, u"app_settings"_s, u"key = ? AND deleted = 0"_s, {key});
            if (rows.isEmpty())
                w.insert(u"app_settings"_s, Row{{u"key"_s, key}, {u"value"_s, value}}, QString());
            else
                w.update(u"app_settings"_s, rows.first().value(u"id"_s).toString(), Row{{u"value"_s, value}}, QString());
        }
        t.commit();
    }
    QVERIFY(!givenSince.isEmpty());

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
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, given) && replica->read(u"customers"_s, pooled), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(Rows::setting(replica->database(), u"pool.reclaim_since"), u"2025-01-01T00:00:00.000Z"_s, 15000);
    QCOMPARE(replica->read(u"customers"_s, given)->value(u"owner_since"_s).toString(), givenSince);
    // The sort's index is back after the first download (which builds the indexes at its end).
    QTRY_COMPARE_WITH_TIMEOUT(replica->database().scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'ix_customers_list_clock'"_s).toInt(), 1, 15000);

    // The card.
    for (const auto &[id, left] : {std::pair{given, u"90 "_s}, std::pair{stale, u"0 "_s}}) {
        CustomerCard *card = window.openCustomer(id);
        QVERIFY(card);
        QVERIFY2(card->poolClockLabel()->text().startsWith(left), qPrintable(card->poolClockLabel()->text()));
        card->close();
    }

    // The list: the column, sorted by it (the pool, without days, first going up).
    auto *list = window.findChild<CustomerListPage *>();
    QVERIFY(list);
    model.reload();
    list->view()->sortByColumn(CustomerListModel::DaysLeft, Qt::AscendingOrder);
    QHash<QString, int> rowOf;
    for (int r = 0; r < model.rowCount(); ++r)
        rowOf.insert(model.idAt(r), r);
    QVERIFY(rowOf.contains(given) && rowOf.contains(stale) && rowOf.contains(pooled));
    const auto cellOf = [&](const QString &id) { return model.index(rowOf.value(id), CustomerListModel::DaysLeft).data(); };
    QCOMPARE(cellOf(given), QVariant(90));
    QCOMPARE(cellOf(stale), QVariant(0));
    QVERIFY(!cellOf(pooled).isValid());
    QVERIFY(rowOf.value(pooled) < rowOf.value(stale) && rowOf.value(stale) < rowOf.value(given));
    QCOMPARE(model.headerData(CustomerListModel::DaysLeft, Qt::Horizontal).toString(), u"Days left"_s);
    window.grab().save(dir.path() + u"/daysleft.png"_s);

    // The export takes the column as the list shows it.
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        list->view()->setColumnHidden(c, c != CustomerListModel::Name && c != CustomerListModel::DaysLeft);
    const QString csv = dir.path() + u"/days.csv"_s;
    QCOMPARE(list->exportTo(csv), qint64(model.rowCount()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xfeff)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"Customer,Days left"_s);
    QVERIFY(lines.contains(u"嘉兴南湖电子有限公司,90"_s));
    QVERIFY(lines.contains(u"湖州吴兴丝绸有限公司,0"_s));
    QVERIFY(lines.contains(u"金华婺城五金有限公司,"_s));

    // In the pool, no owner's clock. A client cannot write it: REST refuses it (422
    // read_only), and a replica that writes it itself does not move it on the server.
    QVERIFY(replica->read(u"customers"_s, pooled)->value(u"owner_since"_s).isNull());
    QCOMPARE(f->as(u"wangfang"_s, "PATCH", u"/api/v1/customers/"_s + given, {{u"ownerSince"_s, u"2020-01-01T00:00:00.000Z"_s}}).status, 422);
    replica->update(u"customers"_s, given, Row{{u"owner_since"_s, u"2020-01-01T00:00:00.000Z"_s}});
    sync.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(replica->pendingCount(), 0, 15000);
    QCOMPARE(RecordWriter(f->store().database()).read(u"customers"_s, given)->value(u"owner_since"_s).toString(), givenSince);
}

QTEST_MAIN(tst_PoolPage)
#include "tst_poolpage.moc"
