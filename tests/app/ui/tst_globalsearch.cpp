// The global search box offscreen: Ctrl+K, pinyin initials, a Chinese substring typed
// through the input method, keyboard navigation across the kinds, Enter opening the
// customer card, Escape.
#include "models/customerlistmodel.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "syncclient/synccontroller.h"
#include "ui/customercard.h"
#include "ui/globalsearch.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_GlobalSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinyinInitialsOpenTheCard();
    void chineseAndKinds();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_beijing, m_hengxin;
};

void tst_GlobalSearch::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    auto replica = Replica::open(m_path);
    m_beijing = replica->create(u"customers"_s, {{u"name"_s, u"北京某某科技有限公司"_s}}).value(u"id"_s).toString();
    m_hengxin = replica->create(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}}).value(u"id"_s).toString();
    replica->create(u"contacts"_s, {{u"customer_id"_s, m_hengxin}, {u"name"_s, u"赵科"_s}, {u"mobile"_s, u"13800138000"_s}});
    SearchIndex index(replica->database());
    while (index.catchUp() > 0) { }
}

void tst_GlobalSearch::pinyinInitialsOpenTheCard()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    GlobalSearch *search = window.globalSearch();
    QVERIFY(search);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"bjkj"_s);
    QTRY_VERIFY(search->results() && search->results()->isVisible());
    QTreeWidget *results = search->results();
    QCOMPARE(results->topLevelItem(0)->text(0), u"Customers"_s); // the heading
    QVERIFY(results->currentItem());
    QCOMPARE(results->currentItem()->text(0).trimmed(), u"北京某某科技有限公司"_s);
    QVERIFY(search->hasFocus()); // the list never takes the focus
    window.grab().save(m_dir.path() + u"/search.png"_s);

    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!results->isVisible());
    CustomerCard *card = window.findChild<CustomerCard *>();
    QVERIFY(card);
    QCOMPARE(card->customerId(), m_beijing);
    card->close();
}

void tst_GlobalSearch::chineseAndKinds()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    GlobalSearch *search = window.globalSearch();
    search->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(u"科"_s); // one character, as the input method commits it
    QApplication::sendEvent(search, &commit);
    QTRY_VERIFY(search->results() && search->results()->isVisible());
    QTreeWidget *results = search->results();
    // A customer (科技) and a contact (赵科), each under its heading.
    QStringList texts;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        texts << results->topLevelItem(i)->text(0).trimmed();
    QCOMPARE(texts, (QStringList{u"Customers"_s, u"北京某某科技有限公司"_s, u"Contacts"_s, u"赵科"_s}));
    QVERIFY(results->topLevelItem(3)->text(1).contains(u"上海恒信精密机械有限公司"_s)); // its customer

    // Down skips the heading; Enter on the contact opens its customer.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(results->currentItem()->text(0).trimmed(), u"赵科"_s);
    QTest::keyClick(search, Qt::Key_Down); // the end: stays
    QCOMPARE(results->currentItem()->text(0).trimmed(), u"赵科"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CustomerCard *card = window.findChild<CustomerCard *>();
    QVERIFY(card);
    QCOMPARE(card->customerId(), m_hengxin);
    card->close();

    // Nothing found says so; Escape closes the list, a second Escape clears the box.
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, u"zzzz"_s);
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->topLevelItem(0)->text(0), u"No matches"_s);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!results->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
}

QTEST_MAIN(tst_GlobalSearch)
#include "tst_globalsearch.moc"
