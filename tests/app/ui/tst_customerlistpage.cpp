// The customer list page offscreen: every filter, saved views, and the bulk owner change
// (managers only) writing one mutation per customer.
#include "customerlistmodel.h"
#include "customerlistpage.h"
#include "customerservice.h"
#include "database.h"
#include "replica.h"
#include "writer.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_CustomerListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void savedViews();
    void bulkOwnerChange();
    void salesCannotChangeOwners();

private:
    int count(const QString &where, const QVariantList &values = {})
    {
        return m_replica->database().scalar(u"SELECT count(*) FROM customers WHERE deleted = 0 AND "_s + where, values).toInt();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
};

void tst_CustomerListPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"HuikeTest"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    const Dataset::Generator g(11);
    Dataset::Writer w(m_replica->database());
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 600);
}

void tst_CustomerListPage::filters_data()
{
    QTest::addColumn<QString>("box");
    QTest::addColumn<QString>("column");
    QTest::newRow("level") << u"level"_s << u"level"_s;
    QTest::newRow("status") << u"status"_s << u"status"_s;
    QTest::newRow("type") << u"type"_s << u"type"_s;
    QTest::newRow("region") << u"region"_s << u"region"_s;
    QTest::newRow("industry") << u"industry"_s << u"industry"_s;
    QTest::newRow("owner") << u"owner"_s << u"owner_id"_s;
}

void tst_CustomerListPage::filters()
{
    QFETCH(QString, box);
    QFETCH(QString, column);
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    QComboBox *b = page.filterBox(box);
    QVERIFY(b);
    page.show();
    b->showPopup(); // regions and industries are read when the list opens
    b->hidePopup();
    QVERIFY2(b->count() > 2, qPrintable(box)); // "all" and the values in use
    // The last choice that has customers (not every colleague owns some).
    int index = b->count() - 1;
    while (index > 1 && count(column + u" = ?"_s, {b->itemData(index)}) == 0)
        --index;
    const QString value = b->itemData(index).toString();
    b->setCurrentIndex(index);
    const int expected = count(column + u" = ?"_s, {value});
    QVERIFY(expected > 0);
    QCOMPARE(model.rowCount(), expected);
    b->setCurrentIndex(0);
    QCOMPARE(model.rowCount(), 600);
}

void tst_CustomerListPage::savedViews()
{
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    page.filterBox(u"level"_s)->setCurrentIndex(1); // A
    page.filterBox(u"status"_s)->setCurrentIndex(2);
    page.view()->sortByColumn(CustomerListModel::LastActivity, Qt::DescendingOrder);
    const int filtered = model.rowCount();
    QVERIFY(filtered > 0 && filtered < 600);
    const QString firstId = model.idAt(0);
    page.saveView(u"重点客户"_s);
    QCOMPARE(page.savedViews(), QStringList{u"重点客户"_s});
    QCOMPARE(page.viewsBox()->currentText(), u"重点客户"_s);

    // Back to everything, then the view again.
    page.filterBox(u"level"_s)->setCurrentIndex(0);
    page.filterBox(u"status"_s)->setCurrentIndex(0);
    page.view()->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 600);
    page.applyView(u"重点客户"_s);
    QCOMPARE(model.rowCount(), filtered);
    QCOMPARE(model.idAt(0), firstId);
    QCOMPARE(page.view()->horizontalHeader()->sortIndicatorSection(), int(CustomerListModel::LastActivity));

    // Kept for the next start (another page reads it), and deleted.
    CustomerListPage again(model);
    again.setService(&service);
    QCOMPARE(again.savedViews(), QStringList{u"重点客户"_s});
    again.deleteView(u"重点客户"_s);
    QVERIFY(page.savedViews().isEmpty());
}

void tst_CustomerListPage::bulkOwnerChange()
{
    const QString manager = m_replica->database().scalar(u"SELECT id FROM users WHERE role = 'manager' LIMIT 1"_s).toString();
    const QString rep = m_replica->database().scalar(u"SELECT id FROM users WHERE role = 'sales' LIMIT 1"_s).toString();
    QVERIFY(!manager.isEmpty() && !rep.isEmpty());
    m_replica->setUserId(manager);
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    page.show();
    QVERIFY(page.changeOwnerButton()->isVisible());
    QVERIFY(!page.changeOwnerButton()->isEnabled()); // nothing selected

    // Three customers not yet the rep's.
    page.filterBox(u"owner"_s)->setCurrentIndex(1); // the public pool
    QVERIFY(model.rowCount() >= 3);
    QItemSelectionModel *sel = page.view()->selectionModel();
    for (int row = 0; row < 3; ++row)
        sel->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(page.changeOwnerButton()->isEnabled());
    const QStringList ids = page.selectedIds();
    QCOMPARE(ids.size(), 3);
    const int pending = m_replica->pendingCount();
    QCOMPARE(page.changeOwnerOfSelection(rep), 3);
    QCOMPARE(m_replica->pendingCount(), pending + 3);
    for (const QString &id : ids)
        QCOMPARE(m_replica->read(u"customers"_s, id)->value(u"owner_id"_s).toString(), rep);
    QCOMPARE(model.rowCount(), count(u"owner_id IS NULL"_s)); // they left the pool view
}

void tst_CustomerListPage::salesCannotChangeOwners()
{
    m_replica->setUserId(m_replica->database().scalar(u"SELECT id FROM users WHERE role = 'sales' LIMIT 1"_s).toString());
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    page.show();
    QVERIFY(!page.changeOwnerButton()->isVisible());
    // "Mine" is the second choice after the pool.
    QCOMPARE(page.filterBox(u"owner"_s)->itemData(2).toString(), m_replica->userId());
}

QTEST_MAIN(tst_CustomerListPage)
#include "tst_customerlistpage.moc"
