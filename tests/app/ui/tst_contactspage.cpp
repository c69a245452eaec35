// 联系人 offscreen, in the main window: the page in the navigation (and no 服务
// placeholder), the list with its columns, search as you type, the scope filter, a
// double-click opening the customer's card, Enter with one contact found, and the vCard
// export of the selection or the whole filtered list.
#include "models/contactlistmodel.h"
#include "models/customerlistmodel.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "syncclient/synccontroller.h"
#include "ui/contactspage.h"
#include "ui/customercard.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Other = u"0192b6c8-0000-7000-8000-000000000002"_s;
} // namespace

class tst_ContactsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigation();
    void searchFilterAndOpen();
    void exportVCard();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_mine;
};

void tst_ContactsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    auto replica = Replica::open(m_path);
    replica->setUserId(Me);
    Database &db = replica->database();
    for (const auto &[id, login, name] : {std::tuple{Me, "wangfang", "王芳"}, std::tuple{Other, "liqiang", "李强"}})
        db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, 'sales', 0)"_s,
                {id, QString::fromLatin1(login), QString::fromUtf8(name)});
    auto customer = [&](const QString &name, const QString &owner) {
        const QString id = replica->create(u"customers"_s, Row{{u"name"_s, name}}).value(u"id"_s).toString();
        db.exec(u"UPDATE customers SET owner_id = ? WHERE id = ?"_s, {owner, id});
        return id;
    };
    m_mine = customer(u"杭州蓝金精密机械有限公司"_s, Me);
    const QString theirs = customer(u"上海和信贸易有限公司"_s, Other);
    replica->create(u"contacts"_s, Row{{u"customer_id"_s, m_mine}, {u"name"_s, u"张伟"_s}, {u"title"_s, u"总经理"_s},
                                       {u"mobile"_s, u"13812345678"_s}, {u"email"_s, u"zhang.wei@lanjin.example"_s}});
    replica->create(u"contacts"_s, Row{{u"customer_id"_s, m_mine}, {u"name"_s, u"王丽"_s}, {u"department"_s, u"采购部"_s}});
    replica->create(u"contacts"_s, Row{{u"customer_id"_s, theirs}, {u"name"_s, u"李娜"_s}, {u"title"_s, u"经理; 华东, 华南"_s}});
}

void tst_ContactsPage::navigation()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList areas;
    for (int row = 0; row < window.navigation()->count(); ++row)
        areas << window.navigation()->item(row)->text();
    QVERIFY2(areas.contains(u"Contacts"_s), qPrintable(areas.join(u", "_s)));
    QVERIFY2(areas.contains(u"Service"_s), qPrintable(areas.join(u", "_s))); // the service tickets' page
    QVERIFY(window.servicePage());
    QVERIFY(window.contactsPage());
    window.navigation()->setCurrentRow(int(areas.indexOf(u"Contacts"_s)));
    QTRY_VERIFY(window.contactsPage()->isVisible());
    // No area is a "will be here" placeholder any more.
    for (QLabel *label : window.findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"will be"_s), qPrintable(label->text()));
    window.grab().save(m_dir.path() + u"/contacts.png"_s);
}

void tst_ContactsPage::searchFilterAndOpen()
{
    auto replica = Replica::open(m_path);
    CustomerListModel model(replica->database());
    SyncController sync(m_path, QUrl(u"http://127.0.0.1:1"_s), u"x"_s);
    MainWindow window(model, sync, u"王芳"_s, replica.get());
    window.show();
    ContactsPage *page = window.contactsPage();
    window.showPage(page);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAbstractItemModel *list = page->view()->model();

    // First the contacts of my own customers; then all I can see.
    QCOMPARE(page->scopeBox()->currentText(), u"Contacts of my customers"_s);
    QCOMPARE(list->rowCount(), 2);
    QVERIFY(page->countLabel()->text().contains(u"2 contact"_s));
    page->scopeBox()->setCurrentIndex(1);
    QCOMPARE(list->rowCount(), 3);
    QCOMPARE(list->index(0, ContactListModel::Name).data().toString(), u"李娜"_s); // pinyin order
    QCOMPARE(list->index(0, ContactListModel::Owner).data().toString(), u"李强"_s);

    // Search as you type.
    page->searchBox()->setFocus();
    QTest::keyClicks(page->searchBox(), u"1381234"_s);
    QTRY_COMPARE(list->rowCount(), 1);
    QCOMPARE(list->index(0, ContactListModel::Name).data().toString(), u"张伟"_s);
    QCOMPARE(list->index(0, ContactListModel::Customer).data().toString(), u"杭州蓝金精密机械有限公司"_s);

    // Enter with one contact found opens its customer.
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    CustomerCard *card = nullptr;
    QTRY_VERIFY((card = window.findChild<CustomerCard *>()) != nullptr);
    QCOMPARE(card->customerId(), m_mine);
    card->close();
    QTRY_VERIFY(window.findChild<CustomerCard *>() == nullptr);

    // A double-click on a row opens the customer too.
    page->searchBox()->clear();
    page->applyFilter();
    QCOMPARE(list->rowCount(), 3);
    const QModelIndex li = list->index(0, ContactListModel::Name);
    const QRect rect = page->view()->visualRect(li);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY((card = window.findChild<CustomerCard *>()) != nullptr);
    QCOMPARE(card->customerId(), li.data(ContactListModel::CustomerIdRole).toString());
    card->close();
}

void tst_ContactsPage::exportVCard()
{
    auto replica = Replica::open(m_path);
    ContactListModel model(replica->database(), Me);
    ContactsPage page(model);
    page.scopeBox()->setCurrentIndex(1);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Nothing selected: the whole (filtered) list.
    const QString all = m_dir.path() + u"/all.vcf"_s;
    QCOMPARE(page.exportTo(all), 3);
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(u"BEGIN:VCARD\r\n"_s), 3);
    QVERIFY(text.contains(u"FN:张伟\r\n"_s));
    QVERIFY(text.contains(u"N:张;伟;;;\r\n"_s));
    QVERIFY(text.contains(u"ORG:杭州蓝金精密机械有限公司\r\n"_s));
    QVERIFY(text.contains(u"ORG:杭州蓝金精密机械有限公司;采购部\r\n"_s)); // 王丽's department
    QVERIFY(text.contains(u"TITLE:经理\\; 华东\\, 华南\r\n"_s));
    QVERIFY(text.contains(u"TEL;TYPE=CELL,VOICE:13812345678\r\n"_s));
    QVERIFY(text.contains(u"EMAIL;TYPE=INTERNET:zhang.wei@lanjin.example\r\n"_s));

    // The selection only.
    page.view()->selectRow(2);
    QVERIFY(page.countLabel()->text().contains(u"1 selected"_s));
    const QString one = m_dir.path() + u"/one.vcf"_s;
    QCOMPARE(page.exportTo(one), 1);
    QFile oneFile(one);
    QVERIFY(oneFile.open(QIODevice::ReadOnly));
    const QString oneText = QString::fromUtf8(oneFile.readAll());
    QCOMPARE(oneText.count(u"BEGIN:VCARD"_s), 1);
    QVERIFY(oneText.contains(u"FN:" + model.entryAt(2).name));

    // A search narrows what is exported.
    page.view()->clearSelection();
    page.searchBox()->setText(u"李"_s);
    page.applyFilter();
    QCOMPARE(QString::fromUtf8(page.vCards()).count(u"BEGIN:VCARD"_s), 1);
    QVERIFY(page.exportTo(m_dir.path() + u"/no/such/dir/x.vcf"_s) < 0);
}

QTEST_MAIN(tst_ContactsPage)
#include "tst_contactspage.moc"
