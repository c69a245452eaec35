// The 报价 and 合同 pages offscreen, as a salesperson uses them: a quote and a contract made
// through QuoteService and ContractService are listed, the filters narrow the list, Ctrl+F
// and Tab reach the filters, Enter opens the record in its editor and what the editor
// saves shows in the list; "New quote…" asks for the customer first.
#include "dataset/generator.h"
#include "dataset/writer.h"
#include "models/contractservice.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "models/quoteservice.h"
#include "models/services.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "syncclient/synccontroller.h"
#include "ui/contracteditor.h"
#include "ui/documentlistpage.h"
#include "ui/mainwindow.h"
#include "ui/quoteeditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;

template<typename T>
T *openEditor(QWidget *page)
{
    for (T *e : page->findChildren<T *>())
        if (e->isVisible())
            return e;
    return nullptr;
}

QString cell(const DocumentListPage &page, int row, DocumentList::Column column)
{
    const DocumentList *m = page.model();
    return m->data(m->index(row, m->section(column))).toString();
}
} // namespace

class tst_DocumentListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsQuoteAndContract();
    void filters();
    void keyboard();
    void enterOpensQuoteAndSavedEditShows();
    void enterOpensContractAndSavedEditShows();
    void newQuoteAsksForTheCustomer();
    void inTheMainWindow();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Services> m_services;
    QString m_huatong, m_haitian;
    QString m_quoteNumber, m_contractNumber;
};

void tst_DocumentListPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path()); // the window's geometry
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    m_services = std::make_unique<Services>(*m_replica);
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                               u"VALUES (?, 1, 0, ?, ?, 'wangfang', '王芳', 'sales', 0)"_s,
                               {Me, ts, ts});
    CustomerService customers(*m_replica);
    for (const auto &[name, id] : {std::pair{u"杭州华通科技有限公司"_s, &m_huatong}, std::pair{u"宁波海天塑机集团有限公司"_s, &m_haitian}}) {
        CustomerService::Card card;
        card.customer.name = name;
        QVERIFY(customers.save(card, {}).isEmpty());
        *id = card.customer.meta.id.toString();
    }
    // A quote with one free line: 2 × ¥1,000.00 + 13 % VAT.
    QuoteService quotes(*m_replica);
    Quote q = quotes.newQuote(m_huatong, {}, QDate::currentDate().toString(Qt::ISODate));
    q.title = u"服务器扩容"_s;
    LineItem line;
    line.description = u"机架式服务器"_s;
    line.unit = u"台"_s;
    line.quantity = *Decimal::parse(u"2"_s);
    line.unitPrice = *Decimal::parse(u"1000"_s);
    line.vatRatePercent = *Decimal::parse(u"13"_s);
    q.lines << line;
    QVERIFY(quotes.save(q).isEmpty());
    m_quoteNumber = q.number;
    // A contract from scratch: ¥5,000.00 in one instalment.
    ContractService contracts(*m_replica);
    Contract c = contracts.newContract(m_haitian, QDate::currentDate().toString(Qt::ISODate));
    c.title = u"注塑机维保合同"_s;
    c.amount = c.net = *Money::parse(u"5000.00"_s);
    c.paymentPlan = Contract::splitPlan(c.amount, {100}, {QDate::currentDate().addDays(30).toString(Qt::ISODate)});
    QVERIFY(contracts.save(c).isEmpty());
    m_contractNumber = c.number;
}

void tst_DocumentListPage::listsQuoteAndContract()
{
    DocumentListPage quotes(DocumentList::Kind::Quotes, *m_services);
    QCOMPARE(quotes.model()->rowCount(), 1);
    QCOMPARE(cell(quotes, 0, DocumentList::Number), m_quoteNumber);
    QCOMPARE(cell(quotes, 0, DocumentList::Customer), u"杭州华通科技有限公司"_s);
    QCOMPARE(cell(quotes, 0, DocumentList::Title), u"服务器扩容"_s);
    QCOMPARE(cell(quotes, 0, DocumentList::Status), u"Draft"_s);
    QCOMPARE(cell(quotes, 0, DocumentList::Amount), u"¥2,260.00"_s);
    QCOMPARE(cell(quotes, 0, DocumentList::Owner), u"王芳"_s);
    QCOMPARE(quotes.countLabel()->text(), u"1 quote(s)"_s); // no English catalogue: the source text
    QVERIFY(!quotes.dueBox());
    QCOMPARE(quotes.statusBox()->count(), 6); // all + five statuses

    DocumentListPage contracts(DocumentList::Kind::Contracts, *m_services);
    QCOMPARE(contracts.model()->rowCount(), 1);
    QCOMPARE(cell(contracts, 0, DocumentList::Number), m_contractNumber);
    QCOMPARE(cell(contracts, 0, DocumentList::Customer), u"宁波海天塑机集团有限公司"_s);
    QCOMPARE(cell(contracts, 0, DocumentList::Amount), u"¥5,000.00"_s);
    QCOMPARE(cell(contracts, 0, DocumentList::Received), u"¥0.00"_s);
    QCOMPARE(cell(contracts, 0, DocumentList::Outstanding), u"¥5,000.00"_s);
    QVERIFY(contracts.dueBox());
    QCOMPARE(contracts.statusBox()->count(), 7);
    QCOMPARE(contracts.view()->model()->headerData(contracts.model()->section(DocumentList::Received), Qt::Horizontal).toString(),
             u"Received"_s);
}

void tst_DocumentListPage::filters()
{
    DocumentListPage page(DocumentList::Kind::Quotes, *m_services);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.filterBox()->insert(u"华通"_s); // typed (keyClicks takes Latin-1 only)
    QTRY_COMPARE(page.model()->filter().text, u"华通"_s); // after the typing pause
    QCOMPARE(page.model()->rowCount(), 1);
    page.filterBox()->clear();
    page.filterBox()->insert(u"海天"_s);
    QTRY_COMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.countLabel()->text().startsWith(u"0 "_s));
    QVERIFY(!page.view()->isVisible()); // "no quote matches" instead of an empty table
    page.filterBox()->clear();
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.view()->isVisible());
    page.statusBox()->setCurrentIndex(page.statusBox()->findData(u"sent"_s));
    QCOMPARE(page.model()->rowCount(), 0);
    page.statusBox()->setCurrentIndex(page.statusBox()->findData(u"draft"_s));
    QCOMPARE(page.model()->rowCount(), 1);

    // A draft contract owes nothing yet: not "due or overdue".
    DocumentListPage contracts(DocumentList::Kind::Contracts, *m_services);
    contracts.dueBox()->setChecked(true);
    QCOMPARE(contracts.model()->rowCount(), 0);
    contracts.dueBox()->setChecked(false);
    QCOMPARE(contracts.model()->rowCount(), 1);
    // Sorting by a header.
    contracts.view()->sortByColumn(contracts.model()->section(DocumentList::Outstanding), Qt::DescendingOrder);
    QCOMPARE(contracts.model()->rowCount(), 1);
}

void tst_DocumentListPage::keyboard()
{
    DocumentListPage page(DocumentList::Kind::Contracts, *m_services);
    page.resize(1200, 500);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTRY_VERIFY(page.view()->hasFocus());
    // Ctrl+F: the text filter.
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(page.filterBox()->hasFocus());
    // Tab: status, "due or overdue", "New contract…", the table.
    const QList<QWidget *> chain{page.statusBox(), page.dueBox(), page.newButton(), page.view()};
    for (QWidget *next : chain) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), next);
    }
    // Down from the filter goes to the first row.
    page.filterBox()->setFocus();
    QTest::keyClick(page.filterBox(), Qt::Key_Down);
    QTRY_VERIFY(page.view()->hasFocus());
    QCOMPARE(page.view()->currentIndex().row(), 0);
    // Mnemonics on the labels and buttons.
    QCOMPARE(page.newButton()->text(), u"&New contract…"_s);
    QVERIFY(page.dueBox()->text().contains(u'&'));
    const auto labels = page.findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->buddy() == page.filterBox() && l->text().contains(u'&'); }));
    QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *l) { return l->buddy() == page.statusBox() && l->text().contains(u'&'); }));
}

void tst_DocumentListPage::enterOpensQuoteAndSavedEditShows()
{
    DocumentListPage page(DocumentList::Kind::Quotes, *m_services);
    QSignalSpy saved(&page, &DocumentListPage::documentSaved);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    QuoteEditor *editor = openEditor<QuoteEditor>(&page);
    QVERIFY(editor);
    QCOMPARE(editor->quote().number, m_quoteNumber);
    // Enter again brings the same editor to the front, no second one.
    QTest::keyClick(page.view(), Qt::Key_Return);
    QCOMPARE(page.findChildren<QuoteEditor *>().size(), 1);

    editor->setQuantity(0, u"3"_s);
    QVERIFY(editor->save());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(cell(page, 0, DocumentList::Amount), u"¥3,390.00"_s);
    QCOMPARE(page.view()->currentIndex().row(), 0);
    QVERIFY(page.closeEditors());
    QTRY_COMPARE(page.findChildren<QuoteEditor *>().size(), 0);
}

void tst_DocumentListPage::enterOpensContractAndSavedEditShows()
{
    DocumentListPage page(DocumentList::Kind::Contracts, *m_services);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // A double click opens it too.
    const QModelIndex first = page.model()->index(0, page.model()->section(DocumentList::Customer));
    const QPoint at = page.view()->visualRect(first).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    ContractEditor *editor = openEditor<ContractEditor>(&page);
    QVERIFY(editor);
    QCOMPARE(editor->contract().number, m_contractNumber);
    editor->setAmount(u"6000.50"_s);
    QVERIFY(editor->save());
    QCOMPARE(cell(page, 0, DocumentList::Amount), u"¥6,000.50"_s);
    QCOMPARE(cell(page, 0, DocumentList::Outstanding), u"¥6,000.50"_s);
    QVERIFY(page.closeEditors());
}

void tst_DocumentListPage::newQuoteAsksForTheCustomer()
{
    DocumentListPage page(DocumentList::Kind::Quotes, *m_services);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    bool picked = false;
    QTimer::singleShot(0, this, [&picked] {
        auto *picker = qobject_cast<CustomerPicker *>(QApplication::activeModalWidget());
        if (!picker)
            return;
        picker->searchBox()->insert(u"海天塑机"_s);
        QTRY_COMPARE(picker->model()->rowCount(), 1);
        QTest::keyClick(picker->searchBox(), Qt::Key_Return);
        picked = true;
    });
    page.newButton()->click();
    QVERIFY(picked);
    QuoteEditor *editor = openEditor<QuoteEditor>(&page);
    QVERIFY(editor);
    QCOMPARE(editor->quote().customerId.toString(), m_haitian);
    QVERIFY(editor->quote().meta.id.isNull()); // new, not saved yet
    editor->addFreeLine();
    QVERIFY(editor->save());
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->item(page.view()->currentIndex().row()).customerId, m_haitian); // the new one is selected

    // Cancel chooses nothing.
    QTimer::singleShot(0, this, [] {
        if (auto *picker = qobject_cast<CustomerPicker *>(QApplication::activeModalWidget()))
            picker->reject();
    });
    page.newButton()->click();
    QCOMPARE(page.findChildren<QuoteEditor *>().size(), 1);
    page.closeEditors();
}

void tst_DocumentListPage::inTheMainWindow()
{
    // The navigation's 报价 and 合同 are these pages now; Ctrl+F reaches the shown one's filter.
    CustomerListModel customers(m_replica->database());
    SyncController sync(m_dir.path() + u"/replica.sqlite"_s, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(customers, sync, u"王芳"_s, m_replica.get());
    window.resize(1400, 700);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.quotesPage() && window.contractsPage());
    QCOMPARE(window.navigation()->item(3)->text(), u"Quotes"_s);
    window.navigation()->setCurrentRow(3);
    QVERIFY(window.quotesPage()->isVisible());
    QVERIFY(!window.contractsPage()->isVisible());
    QCOMPARE(window.quotesPage()->model()->rowCount(), 2);
    window.navigation()->setFocus();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.quotesPage()->filterBox()->hasFocus());
    window.navigation()->setCurrentRow(4);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.contractsPage()->filterBox()->hasFocus());
    QVERIFY(window.grab().save(qEnvironmentVariable("HUIKE_SCREENSHOT_DIR", m_dir.path()) + u"/main-contracts.png"_s));
}

void tst_DocumentListPage::screenshot()
{
    // How it looks with a realistic data set, for a person to check:
    // HUIKE_SCREENSHOT_DIR=/tmp/shots keeps the PNGs.
    auto demo = Replica::open(m_dir.path() + u"/demo.sqlite"_s);
    const Dataset::Generator g(2026);
    Dataset::Writer w(demo->database());
    w.writeOrganisation(g);
    QVERIFY(w.writeCustomers(g, 0, 300) > 300);
    const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR", m_dir.path());
    for (const auto kind : {DocumentList::Kind::Quotes, DocumentList::Kind::Contracts}) {
        Services demoServices(*demo);
        DocumentListPage page(kind, demoServices);
        page.resize(1400, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.model()->rowCount() > 10);
        const bool quotes = kind == DocumentList::Kind::Quotes;
        QVERIFY(page.grab().save(dir + (quotes ? u"/quotes-page.png"_s : u"/contracts-page.png"_s)));
        if (!quotes) {
            page.dueBox()->setChecked(true);
            QVERIFY(page.grab().save(dir + u"/contracts-due.png"_s));
        }
    }
}

QTEST_MAIN(tst_DocumentListPage)
#include "tst_documentlistpage.moc"
