// The main window offscreen: the customer list over a replica, filtering as you type,
// Ctrl+K, the navigation, and the sync indicator while the server cannot be reached.
#include "customerlistmodel.h"
#include "customerlistpage.h"
#include "database.h"
#include "domainschema.h"
#include "mainwindow.h"
#include "replica.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"
#include "writer.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listFiltersAndNavigates();
    void offlineIndicator();
    void languageChoice();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    auto replica = Replica::open(m_path);
    const Dataset::Generator g(7);
    Dataset::Writer w(replica->database());
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 800);
}

void tst_MainWindow::listFiltersAndNavigates()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CustomerListPage *page = window.customerPage();
    QCOMPARE(page->view()->model()->rowCount(), 800);

    // Typing filters the list (debounced), in Chinese.
    page->searchBox()->setFocus();
    page->searchBox()->insert(u"科技"_s); // as an input method commits it
    const int expected = replica->database().scalar(
        u"SELECT count(*) FROM customers WHERE deleted = 0 AND (name LIKE '%科技%' OR short_name LIKE '%科技%' OR phone LIKE '%科技%')"_s).toInt();
    QVERIFY(expected > 0 && expected < 800);
    QTRY_COMPARE(model.rowCount(), expected);
    QVERIFY(model.data(model.index(0, 0)).toString().contains(u"科技"_s) || model.data(model.index(0, 1)).toString().contains(u"科技"_s));

    // Ctrl+K from another area comes back to the search box.
    window.navigation()->setCurrentRow(3);
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(window.navigation()->currentRow(), 0);
    QTRY_VERIFY(page->searchBox()->hasFocus());
    QCOMPARE(page->searchBox()->selectedText(), u"科技"_s);
    window.grab().save(m_dir.path() + u"/mainwindow.png"_s);
}

void tst_MainWindow::offlineIndicator()
{
    auto replica = Replica::open(m_path);
    replica->update(u"customers"_s, replica->database().scalar(u"SELECT id FROM customers LIMIT 1"_s).toString(),
                    Row{{u"level"_s, u"a"_s}});
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s);
    window.show();
    sync.start();
    QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::State::Offline, 10000);
    QTRY_VERIFY(window.syncStatus()->text().contains(u"Offline"_s));
    QVERIFY(window.syncStatus()->text().contains(u"1 change(s) waiting"_s));
}

void tst_MainWindow::languageChoice()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    QMenu *language = window.languageMenu();
    QVERIFY(language);
    const QList<QAction *> choices = language->actions();
    QCOMPARE(choices.size(), 3);
    QSettings().remove(u"ui/language"_s);
    choices[1]->trigger(); // 简体中文
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
    QVERIFY(choices[1]->isChecked());
    choices[0]->trigger(); // back to the system's
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), QString());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
