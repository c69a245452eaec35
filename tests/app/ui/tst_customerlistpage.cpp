// The customer list page offscreen: every filter, saved views, and the bulk owner change
// (managers only) writing one mutation per customer.
#include "dataset/writer.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/customerlistpage.h"

#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QTimer>

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
    void assignableUsersByPinyin();
    void ownerFilterKeepsMineAfterRefill();
    void enterOpensTheOnlyMatch();
    void roleActionsFollowTheFirstSync();
    void anUnreadableListSaysWhy();

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
    QVERIFY(page.claimButton()->isVisible());        // a manager claims as a rep does
    QVERIFY(!page.claimButton()->isEnabled());

    // Three pool customers.
    page.filterBox(u"owner"_s)->setCurrentIndex(1); // the public pool
    QVERIFY(model.rowCount() >= 3);
    QItemSelectionModel *sel = page.view()->selectionModel();
    for (int row = 0; row < 3; ++row)
        sel->select(model.index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(page.changeOwnerButton()->isEnabled());
    QVERIFY(page.claimButton()->isEnabled());
    QVERIFY(!page.releaseButton()->isEnabled()); // already in the pool
    const QStringList ids = page.selectedIds();
    QCOMPARE(ids.size(), 3);
    // Without the server nothing changes, and the user is told why; an owner change
    // never travels as a sync edit (the server would drop it).
    const int pending = m_replica->pendingCount();
    QString said;
    auto closeNextMessage = [this, &said] {
        QTimer::singleShot(0, this, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
    };
    closeNextMessage();
    QCOMPARE(page.changeOwnerOfSelection(rep), 0);
    QVERIFY2(said.contains(u"connection to the server"_s), qPrintable(said));
    said.clear();
    closeNextMessage();
    QCOMPARE(page.claimSelection(), 0);
    QVERIFY2(said.contains(u"connection to the server"_s), qPrintable(said));
    QCOMPARE(m_replica->pendingCount(), pending);
    for (const QString &id : ids)
        QVERIFY(m_replica->read(u"customers"_s, id)->value(u"owner_id"_s).isNull());
}

void tst_CustomerListPage::assignableUsersByPinyin()
{
    // A manager gives customers to the sales reps of their team only; a director to every
    // rep; a rep to nobody. Sorted by pinyin (陈 chen < 李 li < 王 wang), not code point.
    Database &db = m_replica->database();
    const QString manager = db.scalar(u"SELECT id FROM users WHERE role = 'manager' LIMIT 1"_s).toString();
    const QString director = db.scalar(u"SELECT id FROM users WHERE role = 'director' LIMIT 1"_s).toString();
    QVERIFY(!manager.isEmpty() && !director.isEmpty());
    CustomerService service(*m_replica);
    auto sortedByPinyin = [](const QList<QPair<QString, QString>> &users) {
        QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
        for (qsizetype i = 1; i < users.size(); ++i)
            if (collator.compare(users[i - 1].second, users[i].second) > 0)
                return false;
        return true;
    };
    m_replica->setUserId(director);
    const auto everyone = service.assignableUsers();
    QCOMPARE(everyone.size(), db.scalar(u"SELECT count(*) FROM users WHERE role = 'sales' AND deleted = 0 AND disabled = 0"_s).toInt());
    QVERIFY(sortedByPinyin(everyone));
    m_replica->setUserId(manager);
    const auto team = service.assignableUsers();
    QVERIFY(!team.isEmpty());
    QVERIFY(team.size() < everyone.size());
    QVERIFY(sortedByPinyin(team));
    // Each is in one of the manager's departments or below.
    for (const auto &[id, name] : team)
        QVERIFY2(db.scalar(u"SELECT count(*) FROM user_departments ud JOIN departments d ON d.id = ud.department_id "
                           u"JOIN user_departments md ON md.user_id = ? JOIN departments m ON m.id = md.department_id "
                           u"WHERE ud.user_id = ? AND (d.path = m.path OR d.path LIKE m.path || '/%')"_s,
                           {manager, id}).toInt() > 0, qPrintable(name));
    const QStringList chinese{u"王芳"_s, u"陈静"_s, u"李娜"_s};
    QStringList sorted = chinese;
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(sorted.begin(), sorted.end(), [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(sorted, (QStringList{u"陈静"_s, u"李娜"_s, u"王芳"_s})); // the collator really sorts by pinyin
    m_replica->setUserId(db.scalar(u"SELECT id FROM users WHERE role = 'sales' LIMIT 1"_s).toString());
    QVERIFY(service.assignableUsers().isEmpty());
}

void tst_CustomerListPage::ownerFilterKeepsMineAfterRefill()
{
    // 我的客户 stays 我的客户 when a sync refills the choices (it used to jump to the pool
    // while the combo still said 我的客户).
    const QString rep = m_replica->database().scalar(u"SELECT owner_id FROM customers WHERE owner_id IS NOT NULL "
                                                      u"GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"_s).toString();
    m_replica->setUserId(rep);
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    QComboBox *owner = page.filterBox(u"owner"_s);
    owner->setCurrentIndex(owner->findData(rep));
    QCOMPARE(owner->currentIndex(), 2);
    const int mine = count(u"owner_id = ?"_s, {rep});
    QVERIFY(mine > 0);
    QCOMPARE(model.rowCount(), mine);
    page.fillChoices(); // as after a background sync
    QCOMPARE(owner->currentData().toString(), rep);
    QCOMPARE(model.filter().ownerId, rep);
    QCOMPARE(model.rowCount(), mine);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(m_replica->read(u"customers"_s, model.idAt(row))->value(u"owner_id"_s).toString(), rep);
}

void tst_CustomerListPage::enterOpensTheOnlyMatch()
{
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy opened(&page, &CustomerListPage::customerActivated);
    const auto [id, name] = [this] {
        QSqlQuery q = m_replica->database().exec(u"SELECT id, name FROM customers c WHERE deleted = 0 AND NOT EXISTS (SELECT 1 FROM customers o "
                                                         u"WHERE o.id <> c.id AND instr(o.name, c.name) > 0) ORDER BY name LIMIT 1"_s);
        q.next();
        return std::pair{q.value(0).toString(), q.value(1).toString()};
    }();
    // Several match: Enter only filters.
    page.searchBox()->setFocus();
    page.searchBox()->setText(u"有限公司"_s);
    QTest::keyClick(page.searchBox(), Qt::Key_Return);
    QVERIFY(model.rowCount() > 1);
    QCOMPARE(opened.size(), 0);
    // One matches: Enter opens it, without waiting for the filter's pause.
    page.searchBox()->setText(name);
    QTest::keyClick(page.searchBox(), Qt::Key_Return);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), id);
}

void tst_CustomerListPage::roleActionsFollowTheFirstSync()
{
    // A manager's first login: the users (and so the role) arrive with the first sync,
    // after the page was built. The page follows (fillChoices runs after every sync).
    const QString newcomer = u"0192b6c8-0000-7000-8000-00000000abcd"_s;
    m_replica->setUserId(newcomer);
    CustomerListModel model(m_replica->database());
    CustomerService service(*m_replica);
    CustomerListPage page(model);
    page.setService(&service);
    page.show();
    QVERIFY(!page.changeOwnerButton()->isVisible());
    QVERIFY(!page.claimButton()->isVisible());
    m_replica->database().exec(
        u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
        u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'newmanager', '新经理', 'manager', 0)"_s,
        {newcomer});
    page.fillChoices();
    QVERIFY(page.changeOwnerButton()->isVisible());
    QVERIFY(page.claimButton()->isVisible());
    QVERIFY(page.releaseButton()->isVisible());
    m_replica->database().exec(u"DELETE FROM users WHERE id = ?"_s, {newcomer});
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

void tst_CustomerListPage::anUnreadableListSaysWhy()
{
    CustomerListModel model(m_replica->database());
    CustomerListPage page(model);
    auto labelSaying = [&](const QString &text) {
        for (const QLabel *l : page.findChildren<QLabel *>())
            if (l->text().contains(text))
                return true;
        return false;
    };
    QVERIFY(labelSaying(u"customer"_s));
    m_replica->database().exec(u"ALTER TABLE customers RENAME TO customers_gone"_s);
    model.reload(); // as after a sync: no exception into the event loop
    QVERIFY(labelSaying(u"Could not read the list: "_s));
    QCOMPARE(page.view()->model()->rowCount(), 0);
    m_replica->database().exec(u"ALTER TABLE customers_gone RENAME TO customers"_s);
    model.reload();
    QVERIFY(!labelSaying(u"Could not read the list"_s));
    QVERIFY(model.rowCount() > 0);
}

QTEST_MAIN(tst_CustomerListPage)
#include "tst_customerlistpage.moc"
