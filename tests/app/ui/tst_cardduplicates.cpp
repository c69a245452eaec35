// The duplicate check against the server: a rep typing a customer that another rep owns
// sees it, masked (name and owner, not openable), though it is not in their replica.
#include "apifixture.h"
#include "models/customerlistmodel.h"
#include "replica/replica.h"
#include "syncclient/synccontroller.h"
#include "ui/customercard.h"
#include "ui/mainwindow.h"
#include "ui/syncstatuswidget.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_CardDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void maskedMatchFromTheServer();
    void editedOfflineDrainsWhenBack();
    void creditCodeKnownToTheServerRefused();
};

void tst_CardDuplicates::maskedMatchFromTheServer()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
    const auto created = f->call("POST", u"/api/v1/customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}}, f->login(u"wangfang"_s));
    QCOMPARE(created.status, 201);

    QTemporaryDir dir;
    const QString path = dir.path() + u"/lina.sqlite"_s;
    auto replica = Replica::open(path); // lina's: wangfang's customer is not in it
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"lina"_s));
    MainWindow window(model, sync, u"李娜"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomerCard *card = window.openCustomer(QString());
    QVERIFY(card);
    QLineEdit *name = card->field(u"name"_s);
    name->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(u"华通科技（杭州）有限公司"_s);
    QApplication::sendEvent(name, &commit);

    QListWidget *list = card->duplicateList();
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->count() == 1, 10000);
    QListWidgetItem *item = list->item(0);
    QVERIFY(item->text().contains(u"杭州华通科技有限公司"_s));
    QVERIFY(item->text().contains(u"not shared with you"_s));
    QVERIFY(item->data(Qt::UserRole).toString().isEmpty()); // masked: nothing to open
    QVERIFY(item->toolTip().contains(f->users().findByLogin(u"wangfang"_s)->displayName));
    card->undoStack()->clear();
    card->close();
}

void tst_CardDuplicates::editedOfflineDrainsWhenBack()
{
    // The whole loop a travelling rep lives: the server is unreachable, a customer is
    // saved on the card, the status bar says it waits; the server comes back, it drains,
    // and the server has it.
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    const QString me = f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    QTemporaryDir dir;
    const QString path = dir.path() + u"/wangfang.sqlite"_s;
    auto replica = Replica::open(path);
    replica->setUserId(me);
    CustomerListModel model(replica->database());
    SyncController sync(path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::Offline, 10000);

    CustomerCard *card = window.openCustomer(QString());
    QInputMethodEvent commit;
    commit.setCommitString(u"温州瓯江电器有限公司"_s);
    card->field(u"name"_s)->setFocus();
    QApplication::sendEvent(card->field(u"name"_s), &commit);
    QVERIFY(card->save());
    const QString id = card->customerId();
    card->close();
    QTRY_VERIFY_WITH_TIMEOUT(window.syncStatus()->text().contains(u"1 change(s) waiting"_s), 10000);
    QVERIFY(window.syncStatus()->text().contains(u"Offline"_s));

    sync.setServer(f->url(), f->login(u"wangfang"_s));
    QTRY_VERIFY_WITH_TIMEOUT(window.syncStatus()->text().startsWith(u"Synced"_s), 10000);
    QVERIFY2(!window.syncStatus()->text().contains(u"waiting"_s), qPrintable(window.syncStatus()->text()));
    const auto onServer = f->call("GET", u"/api/v1/customers/"_s + id, {}, f->login(u"wangfang"_s));
    QCOMPARE(onServer.status, 200);
    QCOMPARE(onServer.json.value(u"ownerId"_s).toString(), me);
    QTRY_VERIFY(replica->read(u"customers"_s, id)->value(u"version"_s).toLongLong() > 0);
}

void tst_CardDuplicates::creditCodeKnownToTheServerRefused()
{
    // The credit code belongs to a customer this rep cannot see (not in her replica): the
    // server's check while typing knows it, and the card refuses to save a second one.
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
    QVERIFY(!f->create(u"wangfang"_s, u"customers"_s,
                       {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"creditCode"_s, u"91310000MA1FL8L971"_s}})
                 .isEmpty());

    QTemporaryDir dir;
    const QString path = dir.path() + u"/lina.sqlite"_s;
    auto replica = Replica::open(path);
    CustomerListModel model(replica->database());
    SyncController sync(path, f->url(), f->login(u"lina"_s));
    MainWindow window(model, sync, u"李娜"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomerCard *card = window.openCustomer(QString());
    QVERIFY(card);
    QInputMethodEvent commit;
    commit.setCommitString(u"北京蓝金贸易有限公司"_s);
    card->field(u"name"_s)->setFocus();
    QApplication::sendEvent(card->field(u"name"_s), &commit);
    QTest::keyClicks(card->field(u"creditCode"_s), u"91310000ma1fl8l971"_s);
    QListWidget *list = card->duplicateList();
    QTRY_VERIFY_WITH_TIMEOUT(list->isVisible() && list->count() == 1, 10000);

    QString said;
    int buttons = 0;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        said = box->text() + u' ' + box->informativeText();
        buttons = int(box->buttons().size());
        box->reject();
    });
    QVERIFY(!card->save());
    QVERIFY2(said.contains(u"杭州华通科技有限公司"_s), qPrintable(said));
    QVERIFY2(said.contains(u"not shared with you"_s), qPrintable(said));
    QCOMPARE(buttons, 1); // masked: nothing to open, only Cancel
    QVERIFY(card->customerId().isEmpty());
    QCOMPARE(replica->pendingCount(), 0);
    card->undoStack()->clear();
    card->close();
}

QTEST_MAIN(tst_CardDuplicates)
#include "tst_cardduplicates.moc"
