// 导出… on the customer list and the quote and contract lists (issue 19), offscreen: the
// button (Alt+E) asks for a file in the save dialog — filled in here, as a user would — and
// writes the list as shown: the filter, the sort, the visible columns in their order; the
// count goes to the main window's status bar. exportTo() runs the same without the dialog.
#include "dataio/textencoding.h"
#include "dataset/writer.h"
#include "models/customerlistmodel.h"
#include "models/services.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "ui/customerlistpage.h"
#include "ui/documentlistpage.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMainWindow>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;

QStringList csvLines(const QString &path, TextEncoding::Encoding encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return TextEncoding::decode(f.readAll(), encoding).trimmed().split(u"\r\n"_s);
}

// Fills in the save dialog once it shows: the file name and the type chosen.
void answerSaveDialog(const QString &path, const QString &filterStart)
{
    QTimer::singleShot(50, [path, filterStart] {
        QFileDialog *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible())
                dialog = d;
        if (!dialog) {
            answerSaveDialog(path, filterStart);
            return;
        }
        for (const QString &filter : dialog->nameFilters())
            if (filter.startsWith(filterStart))
                dialog->selectNameFilter(filter);
        // Typed into the name box, as a user does.
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            return;
        name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's, through QDialog's public slot
    });
}
// Closes the message box once it shows; *text gets what it said.
void closeMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        QMessageBox *box = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *b = qobject_cast<QMessageBox *>(w); b && b->isVisible())
                box = b;
        if (!box) {
            closeMessageBox(text);
            return;
        }
        *text = box->text();
        box->close();
    });
}
} // namespace

class tst_ListExportPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void customerListAsShown();
    void customerButtonAsksForTheFile();
    void documentLists();
    void cancelInTheProgressDialog();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Services> m_services;
};

void tst_ListExportPages::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                               u"VALUES (?, 1, 0, ?, ?, 'wangfang', 'Wang Fang', 'sales', 0)"_s,
                               {Me, ts, ts});
    QString first;
    for (const auto &[name, level, phone] : {std::tuple{"Hengxin Machinery", "a", "13900000003"}, std::tuple{"Xihu Tea", "a", "13700000001"},
                                             std::tuple{"Suzhou Gardens", "b", "13800000002"}}) {
        const QString id = m_replica->create(u"customers"_s, {{u"name"_s, QString::fromLatin1(name)}, {u"level"_s, QString::fromLatin1(level)},
                                                              {u"phone"_s, QString::fromLatin1(phone)}, {u"owner_id"_s, Me}})
                               .value(u"id"_s)
                               .toString();
        if (first.isEmpty())
            first = id;
    }
    for (const auto &[number, status, fen] : {std::tuple{"BJ-2026-0001", "draft", 123450}, std::tuple{"BJ-2026-0002", "sent", 99},
                                              std::tuple{"BJ-2026-0003", "draft", 7}})
        m_replica->create(u"quotes"_s, {{u"customer_id"_s, first}, {u"number"_s, QString::fromLatin1(number)},
                                        {u"status"_s, QString::fromLatin1(status)}, {u"gross_fen"_s, fen}, {u"title"_s, u"Servers"_s}});
    m_replica->create(u"contracts"_s, {{u"customer_id"_s, first}, {u"number"_s, u"HT-2026-0001"_s}, {u"status"_s, u"signed"_s},
                                       {u"amount_fen"_s, 500000}, {u"title"_s, u"Equipment"_s}, {u"sign_date"_s, u"2026-01-10"_s}});
    m_services = std::make_unique<Services>(*m_replica);
}

void tst_ListExportPages::customerListAsShown()
{
    CustomerListModel model(m_replica->database());
    QMainWindow window;
    auto *page = new CustomerListPage(model);
    window.setCentralWidget(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    page->filterBox(u"level"_s)->setCurrentIndex(page->filterBox(u"level"_s)->findData(u"a"_s));
    page->view()->sortByColumn(CustomerListModel::Phone, Qt::DescendingOrder);
    // Only name and phone shown, the phone first.
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        page->view()->setColumnHidden(c, c != CustomerListModel::Name && c != CustomerListModel::Phone);
    page->view()->horizontalHeader()->moveSection(page->view()->horizontalHeader()->visualIndex(CustomerListModel::Phone), 0);
    QCOMPARE(page->shownColumns(), (QList<int>{CustomerListModel::Phone, CustomerListModel::Name}));

    const QString path = m_dir.path() + u"/shown.csv"_s;
    QCOMPARE(page->exportTo(path), 2);
    QCOMPARE(csvLines(path, TextEncoding::Encoding::Utf8),
             (QStringList{u"Phone,Customer"_s, u"13900000003,Hengxin Machinery"_s, u"13700000001,Xihu Tea"_s}));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"2"_s) && window.statusBar()->currentMessage().contains(path),
             qPrintable(window.statusBar()->currentMessage()));
    // A folder that does not exist: said in a message box, no file.
    QString said;
    closeMessageBox(&said);
    QCOMPARE(page->exportTo(m_dir.path() + u"/none/x.xlsx"_s), -1);
    QVERIFY2(said.contains(u"/none/x.xlsx"_s), qPrintable(said));
    QVERIFY(!QFile::exists(m_dir.path() + u"/none/x.xlsx"_s));
}

void tst_ListExportPages::customerButtonAsksForTheFile()
{
    CustomerListModel model(m_replica->database());
    QMainWindow window;
    auto *page = new CustomerListPage(model);
    window.setCentralWidget(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(page->exportButton()->text(), u"&Export…"_s); // Alt+E
    // CSV for older Excel: GB18030, no BOM; ".csv" added to the name typed.
    const QString path = m_dir.path() + u"/gbk"_s;
    answerSaveDialog(path, u"CSV, GB18030"_s);
    QTest::mouseClick(page->exportButton(), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(path + u".csv"_s));
    const QStringList lines = csvLines(path + u".csv"_s, TextEncoding::Encoding::Gb18030);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(u"Customer,Short name,Level"_s), qPrintable(lines[0]));
    QFile f(path + u".csv"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().startsWith("\xEF\xBB\xBF"));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"3"_s));

    // The keyboard: Alt+E, then the workbook.
    const QString xlsx = m_dir.path() + u"/keyboard.xlsx"_s;
    answerSaveDialog(xlsx, u"Excel"_s);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(xlsx));
}

void tst_ListExportPages::documentLists()
{
    for (const auto kind : {DocumentList::Kind::Quotes, DocumentList::Kind::Contracts}) {
        QMainWindow window;
        auto *page = new DocumentListPage(kind, *m_services);
        window.setCentralWidget(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const bool quotes = kind == DocumentList::Kind::Quotes;
        if (quotes) {
            page->statusBox()->setCurrentIndex(page->statusBox()->findData(u"draft"_s));
            page->view()->sortByColumn(page->model()->section(DocumentList::Amount), Qt::AscendingOrder);
        }
        const QString path = m_dir.path() + (quotes ? u"/quotes.csv"_s : u"/contracts.csv"_s);
        QCOMPARE(page->exportTo(path), quotes ? 2 : 1);
        const QStringList lines = csvLines(path, TextEncoding::Encoding::Utf8);
        QVERIFY2(lines[0].startsWith(u"Number,Customer,Subject,Status,Amount"_s), qPrintable(lines[0]));
        if (quotes) {
            QVERIFY2(lines[1].startsWith(u"BJ-2026-0003,Hengxin Machinery,Servers,"_s) && lines[1].contains(u",0.07,"_s), qPrintable(lines[1]));
            QVERIFY2(lines[2].startsWith(u"BJ-2026-0001,"_s) && lines[2].contains(u",1234.50,"_s), qPrintable(lines[2]));
        } else {
            QVERIFY2(lines[1].startsWith(u"HT-2026-0001,Hengxin Machinery,Equipment,"_s) && lines[1].contains(u",5000.00,0.00,5000.00,"_s),
                     qPrintable(lines[1]));
        }
        QCOMPARE(page->exportButton()->text(), u"&Export…"_s);
    }
}

void tst_ListExportPages::cancelInTheProgressDialog()
{
    // 12,000 customers; Cancel in the progress dialog as soon as the export runs: no file,
    // and the status bar says so.
    QTemporaryDir dir;
    Database db = Database::openSqlite(dir.path() + u"/big.sqlite"_s);
    DomainSchema::migrator().migrate(db);
    const Dataset::Generator g(2026);
    Dataset::Writer w(db);
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 12000);
    CustomerListModel model(db);
    QMainWindow window;
    auto *page = new CustomerListPage(model);
    window.setCentralWidget(page);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool cancelled = false;
    std::function<void()> cancelSoon = [&] {
        if (auto *progress = page->findChild<QProgressDialog *>()) {
            if (auto *button = progress->findChild<QPushButton *>()) {
                button->click(); // its Cancel button
                cancelled = true;
                return;
            }
        }
        QTimer::singleShot(0, page, cancelSoon);
    };
    QTimer::singleShot(0, page, cancelSoon);
    const QString path = dir.path() + u"/cancelled.xlsx"_s;
    QCOMPARE(page->exportTo(path), -1);
    QVERIFY(cancelled);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(window.statusBar()->currentMessage(), u"Export cancelled; no file was written."_s);
}

QTEST_MAIN(tst_ListExportPages)
#include "tst_listexportpages.moc"
