// 合并客户 from the client against a live server (issue 19, C3): the dialog shows the cards
// side by side with the fields that differ and the records that follow, chooses a value
// per field, says offline that the server is needed, merges, and undoes; the customer list
// offers it to a manager for two or more selected cards.
#include "apifixture.h"
#include "models/customerlistmodel.h"
#include "models/customermerge.h"
#include "replica/replica.h"
#include "syncclient/mergeclient.h"
#include "syncclient/synccontroller.h"
#include "syncclient/syncengine.h"
#include "ui/customercard.h"
#include "ui/customerlistpage.h"
#include "ui/mainwindow.h"
#include "ui/mergedialog.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QMessageBox>
#include <QTimer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_MergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void previewChooseMergeUndo();
    void listOffersItToAManager();

private:
    std::unique_ptr<Test::ApiFixture> f;
    QString m_chenjing, m_wangfang;
    QString m_x, m_y, m_contact;
};

void tst_MergeDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    m_chenjing = f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    m_wangfang = f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s}, u"chenjing"_s);
}

void tst_MergeDialog::init()
{
    m_x = f->create(u"wangfang"_s, u"customers"_s,
                    {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"phone"_s, u"0571-88880001"_s}, {u"email"_s, u"sales@huatong.cn"_s}});
    m_y = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技"_s}, {u"phone"_s, u"0571-88880002"_s}});
    m_contact = f->create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_x}, {u"name"_s, u"王伟"_s}});
    QVERIFY(!m_x.isEmpty() && !m_y.isEmpty() && !m_contact.isEmpty());
}

void tst_MergeDialog::previewChooseMergeUndo()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/chenjing.sqlite"_s);
    replica->setUserId(m_chenjing);
    const QString token = f->login(u"chenjing"_s);
    QVERIFY(SyncEngine(*replica, f->url(), token).sync().ok);

    const CustomerMergePreview preview = CustomerMergePreview::read(*replica, {m_y, m_x});
    QCOMPARE(preview.cards().size(), 2);
    QStringList differing;
    for (const CustomerMergePreview::Field &field : preview.differingFields())
        differing << field.column;
    QVERIFY(differing.contains(u"name"_s) && differing.contains(u"phone"_s) && differing.contains(u"email"_s));
    QVERIFY(!differing.contains(u"status"_s)); // the same on both
    QCOMPARE(preview.cards().at(1).counts.value(u"contacts"_s), 1);

    MergeClient client(*replica);
    client.setServer(f->url(), token);
    MergeDialog dialog(preview, client);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The first card stays; each field keeps its value, or the other's where it has none.
    QCOMPARE(dialog.survivor(), 0);
    QCOMPARE(dialog.choiceFor(u"phone"_s), 0);
    QCOMPARE(dialog.choiceFor(u"email"_s), 1);
    QVERIFY2(dialog.followingText().contains(u"1"_s), qPrintable(dialog.followingText()));
    QCOMPARE(dialog.table()->columnCount(), 2);
    dialog.setSurvivor(1);
    QCOMPARE(dialog.choiceFor(u"phone"_s), 1);
    QVERIFY2(!dialog.followingText().contains(u"1"_s), qPrintable(dialog.followingText())); // Y has no records
    dialog.setSurvivor(0);

    // Offline: the merge needs the server, and says so.
    client.setOnline(false);
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QCOMPARE(dialog.message(), MergeClient::offlineMessage());
    client.setOnline(true);
    QVERIFY(dialog.mergeButton()->isEnabled());

    dialog.choose(u"phone"_s, 1); // X's phone
    QVERIFY2(dialog.mergeNow(), qPrintable(dialog.message()));
    QVERIFY(!dialog.mergeId().isEmpty());
    QVERIFY(!dialog.mergeButton()->isEnabled());
    QVERIFY(dialog.undoButton()->isVisible());
    const QJsonObject onServer = f->as(u"chenjing"_s, "GET", u"/api/v1/customers/"_s + m_y).json;
    QCOMPARE(onServer.value(u"phone"_s).toString(), u"0571-88880001"_s);
    QCOMPARE(onServer.value(u"email"_s).toString(), u"sales@huatong.cn"_s);
    QCOMPARE(onServer.value(u"name"_s).toString(), u"杭州华通科技"_s);
    QCOMPARE(replica->read(u"customers"_s, m_y)->value(u"phone"_s).toString(), u"0571-88880001"_s); // at once
    QVERIFY(SyncEngine(*replica, f->url(), token).sync().ok);
    const std::optional<Row> x = replica->read(u"customers"_s, m_x);
    QVERIFY(!x || x->value(u"deleted"_s).toInt() == 1);
    QCOMPARE(replica->read(u"contacts"_s, m_contact)->value(u"customer_id"_s).toString(), m_y);

    QVERIFY2(dialog.undoNow(), qPrintable(dialog.message()));
    QVERIFY(!dialog.undoButton()->isEnabled());
    QVERIFY(SyncEngine(*replica, f->url(), token).sync().ok);
    QCOMPARE(replica->read(u"customers"_s, m_x)->value(u"deleted"_s).toInt(), 0);
    QCOMPARE(replica->read(u"contacts"_s, m_contact)->value(u"customer_id"_s).toString(), m_x);
    QCOMPARE(replica->read(u"customers"_s, m_y)->value(u"phone"_s).toString(), u"0571-88880002"_s);
    // Undone once only: the server's refusal, in words.
    QVERIFY(!client.undo(dialog.mergeId()).ok);
}

void tst_MergeDialog::listOffersItToAManager()
{
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
    QVERIFY(page);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, m_x) && replica->read(u"customers"_s, m_y), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->mergeButton()->isVisible(), 10000);
    model.reload();
    QTRY_VERIFY(model.rowCount() >= 2);
    auto select = [&](const QStringList &ids) {
        page->view()->selectionModel()->clearSelection();
        for (int row = 0; row < model.rowCount(); ++row)
            if (ids.contains(model.idAt(row)))
                page->view()->selectionModel()->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    select({m_x});
    QVERIFY(!page->mergeButton()->isEnabled());
    QVERIFY(page->undoMergeAction()->isEnabled());
    select({m_x, m_y});
    QCOMPARE(page->selectedIds().size(), 2);
    QVERIFY(page->mergeButton()->isEnabled());
    QVERIFY(!page->undoMergeAction()->isEnabled());

    // Merged on the server: the next sync takes the merged card off the list, and the
    // selection left is one card.
    QCOMPARE(f->as(u"chenjing"_s, "POST", u"/api/v1/customers/merge"_s,
                   {{u"survivorId"_s, m_y}, {u"mergedIds"_s, QJsonArray{m_x}}})
                 .status,
             200);
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!replica->read(u"customers"_s, m_x), 15000);
    model.reload();
    QTRY_VERIFY(!page->mergeButton()->isEnabled());

    // 撤销合并 from the survivor's card: asked first, then both cards are back.
    CustomerCard *card = window.openCustomer(m_y);
    QVERIFY(card);
    auto *undoMerge = card->findChild<QPushButton *>(u"undoMerge"_s);
    QVERIFY(undoMerge);
    QStringList asked;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked << box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    undoMerge->click();
    answer.stop();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(u"杭州华通科技有限公司"_s), qPrintable(asked.first()));
    QCOMPARE(f->as(u"chenjing"_s, "GET", u"/api/v1/customers/"_s + m_x).status, 200);
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(replica->read(u"customers"_s, m_x).has_value(), 15000);
    card->close();
}

QTEST_MAIN(tst_MergeDialog)
#include "tst_mergedialog.moc"
