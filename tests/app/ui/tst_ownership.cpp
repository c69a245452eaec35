// Claim, release and reassign from the client against a live server: the list's actions
// and the card's buttons go to the server's ownership rules (not through sync, which
// drops an owner change), ask first, report a refusal, and the list and card show the new
// owner at once — once, and not flickering back after the next sync. A manager's actions
// appear after the first sync brings the users (the role), without a restart.
#include "apifixture.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "syncclient/ownershipclient.h"
#include "syncclient/synccontroller.h"
#include "ui/customercard.h"
#include "ui/customerlistpage.h"
#include "ui/mainwindow.h"
#include "ui/releasereasondialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// Answers every message box shown while it lives: Yes to a question, OK otherwise; keeps
// what they said.
class MessageBoxes : public QObject
{
public:
    QStringList texts;
    MessageBoxes()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (auto *reason = qobject_cast<ReleaseReasonDialog *>(QApplication::activeModalWidget())) {
                texts << reason->question(); // a release asks why instead
                reason->setReason(u"暂无采购计划"_s);
                reason->accept();
                return;
            }
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            texts << box->text();
            if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

int rowOf(const CustomerListModel &model, const QString &id)
{
    int found = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.idAt(row) == id) {
            if (found >= 0)
                return -2; // twice
            found = row;
        }
    return found;
}

void selectOnly(CustomerListPage *page, const CustomerListModel &model, const QString &id)
{
    page->view()->selectionModel()->clearSelection();
    const int row = rowOf(model, id);
    QVERIFY2(row >= 0, qPrintable(id));
    page->view()->selectionModel()->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

} // namespace

class tst_Ownership : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void repClaimsAndReleases();
    void managerReassignsFromTheCard();

private:
    std::unique_ptr<Test::ApiFixture> f;
    QString m_wangfang, m_lina, m_chenjing, m_zhangwei;
};

void tst_Ownership::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    m_chenjing = f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    m_wangfang = f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s}, u"chenjing"_s);
    m_zhangwei = f->addUser(u"zhangwei"_s, u"sales"_s, {u"销售部/华东区/杭州"_s}, u"chenjing"_s);
    m_lina = f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
}

void tst_Ownership::repClaimsAndReleases()
{
    const QString pooled = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"宁波甬江机电有限公司"_s}});
    const QString raced = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"台州椒江塑业有限公司"_s}});
    QVERIFY(!pooled.isEmpty() && !raced.isEmpty());
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(pooled), {{u"reason"_s, u"暂无需求"_s}}).status, 200);
    QCOMPARE(f->as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(raced), {{u"reason"_s, u"暂无需求"_s}}).status, 200);

    QTemporaryDir dir;
    const QString path = dir.path() + u"/wangfang.sqlite"_s;
    auto replica = Replica::open(path);
    replica->setUserId(m_wangfang);
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"wangfang"_s));
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<CustomerListPage *>();
    QVERIFY(page && page->ownership());
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, pooled) && replica->read(u"customers"_s, raced), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->claimButton()->isVisible(), 10000); // a rep: claim and release
    QVERIFY(!page->changeOwnerButton()->isVisible());

    // Claim: asked first, then the server's answer is in the list at once, no sync edit.
    selectOnly(page, model, pooled);
    QVERIFY(page->claimButton()->isEnabled());
    QVERIFY(!page->releaseButton()->isEnabled());
    {
        MessageBoxes boxes;
        QCOMPARE(page->claimSelection(), 1);
        QCOMPARE(boxes.texts.size(), 1);
        QVERIFY2(boxes.texts.first().contains(u"Claim 1 customer"_s), qPrintable(boxes.texts.first()));
    }
    QCOMPARE(replica->read(u"customers"_s, pooled)->value(u"owner_id"_s).toString(), m_wangfang);
    QCOMPARE(replica->pendingCount(), 0);
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + pooled).json.value(u"ownerId"_s).toString(), m_wangfang);
    QComboBox *owner = page->filterBox(u"owner"_s);
    owner->setCurrentIndex(owner->findData(m_wangfang)); // 我的客户
    QVERIFY(rowOf(model, pooled) >= 0);
    // The next sync brings the same row: still hers, listed once.
    QSignalSpy synced(&sync, &SyncController::synced);
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > 0, 10000);
    QTest::qWait(200);
    QCOMPARE(replica->read(u"customers"_s, pooled)->value(u"owner_id"_s).toString(), m_wangfang);
    QVERIFY(rowOf(model, pooled) >= 0);
    QCOMPARE(owner->currentData().toString(), m_wangfang);

    // Release it again.
    selectOnly(page, model, pooled);
    QVERIFY(page->releaseButton()->isEnabled());
    QVERIFY(!page->claimButton()->isEnabled());
    {
        MessageBoxes boxes;
        QCOMPARE(page->releaseSelection(), 1);
        QCOMPARE(boxes.texts.size(), 1);
    }
    QVERIFY(replica->read(u"customers"_s, pooled)->value(u"owner_id"_s).isNull());
    QCOMPARE(rowOf(model, pooled), -1); // left 我的客户
    QVERIFY(f->as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + pooled).json.value(u"ownerId"_s).isNull());
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + pooled).json.value(u"poolReason"_s).toString(), u"暂无采购计划"_s);

    // Someone was quicker: the refusal is said, the replica unchanged.
    QCOMPARE(f->as(u"lina"_s, "POST", u"/api/v1/customers/%1/claim"_s.arg(raced)).status, 200);
    owner->setCurrentIndex(1); // the pool
    selectOnly(page, model, raced);
    {
        MessageBoxes boxes;
        QCOMPARE(page->claimSelection(), 0);
        QCOMPARE(boxes.texts.size(), 2); // the question, then why not
        QVERIFY2(boxes.texts.last().contains(u"claimed it first"_s), qPrintable(boxes.texts.last()));
    }

    // The card: claim from the pool there.
    CustomerCard *card = window.openCustomer(pooled);
    QVERIFY(card);
    card->tabs()->setCurrentIndex(1);
    auto *claim = card->findChild<QPushButton *>(u"claim"_s);
    QVERIFY(claim && claim->isVisible());
    QVERIFY(!card->findChild<QPushButton *>(u"changeOwner"_s)->isVisible());
    {
        MessageBoxes boxes;
        QVERIFY(card->claim());
    }
    QCOMPARE(card->findChild<QLabel *>(u"owner"_s)->text(), f->users().findByLogin(u"wangfang"_s)->displayName);
    QVERIFY(!claim->isVisible());
    QVERIFY(card->findChild<QPushButton *>(u"release"_s)->isVisible());
    QCOMPARE(rowOf(model, pooled), -1); // the list (showing the pool) followed
    card->close();

    // Offline: nothing is tried, the user is told.
    page->ownership()->setOnline(false);
    owner->setCurrentIndex(owner->findData(m_wangfang));
    selectOnly(page, model, pooled);
    {
        MessageBoxes boxes;
        QCOMPARE(page->releaseSelection(), 0);
        QCOMPARE(boxes.texts.size(), 1);
        QVERIFY2(boxes.texts.first().contains(u"connection to the server"_s), qPrintable(boxes.texts.first()));
    }
    QCOMPARE(replica->read(u"customers"_s, pooled)->value(u"owner_id"_s).toString(), m_wangfang);
}

void tst_Ownership::managerReassignsFromTheCard()
{
    const QString customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"绍兴越城纺织有限公司"_s}});
    QVERIFY(!customer.isEmpty());

    // First login: an empty replica, the role unknown until the first sync.
    QTemporaryDir dir;
    const QString path = dir.path() + u"/chenjing.sqlite"_s;
    auto replica = Replica::open(path);
    replica->setUserId(m_chenjing);
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"chenjing"_s));
    MainWindow window(model, sync, u"陈静"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<CustomerListPage *>();
    QVERIFY(!page->changeOwnerButton()->isVisible());
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, customer), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->changeOwnerButton()->isVisible(), 10000);

    // Whom to: the team's reps (华东区 and below), by pinyin; not 华北区's 李娜.
    CustomerService service(*replica);
    QStringList ids;
    for (const auto &[id, name] : service.assignableUsers())
        ids << id;
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), (QSet<QString>{m_wangfang, m_zhangwei}));

    CustomerCard *card = window.openCustomer(customer);
    QVERIFY(card);
    card->tabs()->setCurrentIndex(1);
    QVERIFY(card->findChild<QPushButton *>(u"changeOwner"_s)->isVisible());
    // Outside the team: the server refuses, the card says so.
    {
        MessageBoxes boxes;
        QVERIFY(!card->changeOwner(m_lina));
        QCOMPARE(boxes.texts.size(), 2);
        QVERIFY2(boxes.texts.last().contains(u"You may not give this customer"_s), qPrintable(boxes.texts.last()));
    }
    QCOMPARE(replica->read(u"customers"_s, customer)->value(u"owner_id"_s).toString(), m_wangfang);
    {
        MessageBoxes boxes;
        QVERIFY(card->changeOwner(m_zhangwei));
    }
    const QString zhangwei = f->users().findByLogin(u"zhangwei"_s)->displayName;
    QCOMPARE(card->findChild<QLabel *>(u"owner"_s)->text(), zhangwei);
    QCOMPARE(replica->read(u"customers"_s, customer)->value(u"owner_id"_s).toString(), m_zhangwei);
    QCOMPARE(f->as(u"chenjing"_s, "GET", u"/api/v1/customers/"_s + customer).json.value(u"ownerId"_s).toString(), m_zhangwei);
    const int row = rowOf(model, customer);
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, CustomerListModel::Owner)).toString(), zhangwei);

    // An edit saved afterwards on the same card does not carry the old owner back.
    card->tabs()->setCurrentIndex(0);
    QTest::keyClicks(card->field(u"website"_s), u"www.yuecheng.cn"_s);
    QVERIFY(card->save());
    QSignalSpy synced(&sync, &SyncController::synced);
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > 0 && replica->pendingCount() == 0, 10000);
    const auto onServer = f->as(u"chenjing"_s, "GET", u"/api/v1/customers/"_s + customer);
    QCOMPARE(onServer.json.value(u"ownerId"_s).toString(), m_zhangwei);
    QCOMPARE(onServer.json.value(u"website"_s).toString(), u"www.yuecheng.cn"_s);
    QCOMPARE(replica->openConflictCount(), 0);
    card->close();
}

QTEST_MAIN(tst_Ownership)
#include "tst_ownership.moc"
