// The main window offscreen: the customer list over a replica, filtering as you type,
// Ctrl+K, the navigation, and the sync indicator while the server cannot be reached.
#include "core/textnormalizer.h"
#include "dataset/writer.h"
#include "models/customerlistmodel.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "statementrecorder.h"
#include "syncclient/synccontroller.h"
#include "ui/customerlistpage.h"
#include "ui/helpdialogs.h"
#include "ui/mainwindow.h"
#include "ui/syncstatuswidget.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
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
    void helpMenu();
    void pinyinOrderOnceIndexed();
    void startReadsTheOtherPagesWhenShown();

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
    QCOMPARE(choices.size(), 2); // 简体中文, English: no "as the system" (Chinese first)
    QSettings().remove(u"ui/language"_s);
    choices[1]->trigger(); // English
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
    QVERIFY(choices[1]->isChecked());
    choices[0]->trigger(); // 简体中文
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
    QSettings().remove(u"ui/language"_s);
}

void tst_MainWindow::helpMenu()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:8747"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *help = window.helpMenu();
    QVERIFY(help);
    QCOMPARE(help->title(), u"&Help"_s);
    QCOMPARE(help->actions().size(), 2);

    // The shortcuts, read from the window's actions: every action with a key is listed
    // with it, so the list cannot go stale.
    const auto rows = ShortcutsDialog::shortcuts(&window);
    QStringList keys;
    for (const auto &[what, key] : rows)
        keys << what + u'=' + key;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || !a->isVisible())
            continue; // hidden actions (another role's) are not offered
        QVERIFY2(keys.filter(a->shortcut().toString(QKeySequence::NativeText)).size() >= 1, qPrintable(a->text()));
    }
    QVERIFY2(keys.contains(u"Search=Ctrl+K"_s), qPrintable(keys.join(u", "_s)));
    QVERIFY2(keys.contains(u"Sync now=F5"_s), qPrintable(keys.join(u", "_s)));
    ShortcutsDialog dialog(&window, &window);
    QCOMPARE(dialog.table()->rowCount(), int(rows.size()));
    QVERIFY2(rows.size() >= 7, qPrintable(keys.join(u", "_s)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.grab().save(m_dir.path() + u"/shortcuts.png"_s);

    // About: the version, Qt's and the server.
    const QString about = aboutText(sync.server());
    QVERIFY2(about.contains(QString::fromLatin1(qVersion())), qPrintable(about));
    QVERIFY2(about.contains(u"http://127.0.0.1:8747"_s), qPrintable(about));
    QCoreApplication::setApplicationVersion(u"1.2.3"_s);
    QVERIFY(aboutText(sync.server()).contains(u"1.2.3"_s));
}

void tst_MainWindow::pinyinOrderOnceIndexed()
{
    // A first download: the list opens in stored order and turns to pinyin order (阿… before
    // 万…) by itself once the search index has given every customer its key.
    const QString path = m_dir.path() + u"/first.sqlite"_s;
    auto replica = Replica::open(path);
    const Dataset::Generator g(7);
    Dataset::Writer w(replica->database());
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 300);
    CustomerListModel model(replica->database());
    SyncController sync(path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    QVERIFY(!model.pinyinOrder());
    SearchIndex index(replica->database());
    while (index.catchUp(1000) > 0) { }
    emit sync.searchIndexUpdated(0);
    QVERIFY(model.pinyinOrder());
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.data(model.index(row, 0)).toString();
    QStringList sorted = names;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return TextNormalizer::compare(a, b) < 0; });
    QCOMPARE(names, sorted);
}

// The cold start reads the customer list, not the pages behind the navigation: the
// contacts (a Deferred model that its page's filter used to read at once) and the
// opportunities are read when first shown. (The quotes and contracts are read once, by
// their view's sort; they were read twice.)
void tst_MainWindow::startReadsTheOtherPagesWhenShown()
{
    auto replica = Replica::open(m_path);
    Test::StatementRecorder recorder;
    replica->database().setObserver(&recorder);
    auto reads = [&recorder](const QString &table) {
        const QRegularExpression from(u"\\bFROM %1\\b"_s.arg(table));
        int n = 0;
        for (const Test::RecordedStatement &st : std::as_const(recorder.statements))
            n += st.sql.contains(from) ? 1 : 0;
        return n;
    };
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.customerPage()->view()->model()->rowCount(), 800);
    QCOMPARE(reads(u"contacts"_s), 0);
    QCOMPARE(reads(u"opportunities"_s), 0);
    window.navigation()->setCurrentRow(1);
    QVERIFY(reads(u"contacts"_s) > 0);
    window.navigation()->setCurrentRow(2);
    QVERIFY(reads(u"opportunities"_s) > 0);
    replica->database().setObserver(nullptr);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
