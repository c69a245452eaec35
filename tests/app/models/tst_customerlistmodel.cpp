#include "customerlistmodel.h"
#include "database.h"
#include "domainschema.h"
#include "replica.h"
#include "searchindex.h"
#include "writer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_CustomerListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsAndPages();
    void sortsInSqlite();
    void filters_data();
    void filters();
    void reloadShowsNewRows();
    void textFilterUsesTheSearchIndex();
    void keysetPagesMatchOffsets_data();
    void keysetPagesMatchOffsets();
    void deepPagesLoadInTheBackground();
    void anchorsMakeEveryPageASeek_data();
    void anchorsMakeEveryPageASeek();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_CustomerListModel::initTestCase()
{
    m_db = std::make_unique<Database>(Database::openSqlite(m_dir.path() + u"/replica.sqlite"_s));
    DomainSchema::migrator().migrate(*m_db);
    const Dataset::Generator g(2026);
    Dataset::Writer w(*m_db);
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 1500);
}

void tst_CustomerListModel::countsAndPages()
{
    CustomerListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1500);
    QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));
    // Rows from several pages, all distinct.
    QSet<QString> ids;
    for (int row : {0, 199, 200, 777, 1499})
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 5);
    QVERIFY(!model.data(model.index(1499, CustomerListModel::Name)).toString().isEmpty());
    QVERIFY(!model.data(model.index(0, CustomerListModel::Owner)).toString().isEmpty()); // a name or 公海
    QCOMPARE(model.headerData(CustomerListModel::Name, Qt::Horizontal).toString(), u"Customer"_s);
}

void tst_CustomerListModel::sortsInSqlite()
{
    CustomerListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    for (int row = 1; row < 450; ++row) // across page boundaries
        QVERIFY(model.data(model.index(row - 1, 0)).toString() <= model.data(model.index(row, 0)).toString());
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    QVERIFY(model.data(model.index(0, 0)).toString() >= model.data(model.index(1, 0)).toString());
}

void tst_CustomerListModel::filters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("sql");
    QTest::newRow("level a") << u"level"_s << u"a"_s << u"level = 'a'"_s;
    QTest::newRow("status active") << u"status"_s << u"active"_s << u"status = 'active'"_s;
    QTest::newRow("pool") << u"owner"_s << u"pool"_s << u"owner_id IS NULL"_s;
    QTest::newRow("region") << u"region"_s << u"华东"_s << u"region = '华东'"_s;
    QTest::newRow("text") << u"text"_s << u"科技"_s << u"(name LIKE '%科技%' OR short_name LIKE '%科技%' OR phone LIKE '%科技%')"_s;
    QTest::newRow("tag") << u"tag"_s << u"重点客户"_s << u"(',' || COALESCE(tags, '') || ',') LIKE '%,重点客户,%'"_s;
    QTest::newRow("percent is literal") << u"text"_s << u"%"_s << u"0"_s;
}

void tst_CustomerListModel::filters()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, sql);
    CustomerListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerListModel::Filter f;
    if (field == u"level") f.level = value;
    if (field == u"status") f.status = value;
    if (field == u"owner") f.ownerId = value;
    if (field == u"region") f.region = value;
    if (field == u"text") f.text = value;
    if (field == u"tag") f.tag = value;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setFilter(f);
    QCOMPARE(reset.count(), 1);
    const int expected = m_db->scalar(u"SELECT count(*) FROM customers WHERE deleted = 0 AND "_s + sql).toInt();
    QCOMPARE(model.rowCount(), expected);
    if (field != u"text" || value != u"%")
        QVERIFY(expected > 0);
    model.setFilter(f); // the same filter: nothing happens
    QCOMPARE(reset.count(), 1);
}

void tst_CustomerListModel::reloadShowsNewRows()
{
    CustomerListModel model(*m_db);
    const int before = model.rowCount();
    m_db->exec(u"UPDATE customers SET deleted = 1 WHERE id = ?"_s, {model.idAt(0)});
    model.reload();
    QCOMPARE(model.rowCount(), before - 1);
}

void tst_CustomerListModel::textFilterUsesTheSearchIndex()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    replica->create(u"customers"_s, {{u"name"_s, u"北京某某科技有限公司"_s}, {u"phone"_s, u"010-65529988"_s}});
    replica->create(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}});
    SearchIndex index(replica->database());
    while (index.catchUp() > 0) { }
    CustomerListModel model(replica->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerListModel::Filter f;
    f.text = u"bjkj"_s; // pinyin initials, only the index knows them
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Name)).toString(), u"北京某某科技有限公司"_s);
    f.text = u"9988"_s;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    f.text = u"恒信"_s;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);

    // A customer not yet indexed: the filter falls back to matching the text itself, so
    // nothing is hidden while the index catches up.
    replica->create(u"customers"_s, {{u"name"_s, u"恒信物流有限公司"_s}});
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    f.text = u"bjkj"_s;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
    while (index.catchUp() > 0) { }
    model.reload();
    QCOMPARE(model.rowCount(), 1);
}

void tst_CustomerListModel::keysetPagesMatchOffsets_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    for (int c : {int(CustomerListModel::Name), int(CustomerListModel::Level), int(CustomerListModel::Owner),
                  int(CustomerListModel::LastActivity), int(CustomerListModel::Region)}) {
        QTest::addRow("column %d up", c) << c << true;
        QTest::addRow("column %d down", c) << c << false;
    }
}

void tst_CustomerListModel::keysetPagesMatchOffsets()
{
    // Pages read from a neighbour's key (forwards and backwards) are exactly the pages an
    // offset reads — NULLs (pool customers, no level, never contacted) included.
    QFETCH(int, column);
    QFETCH(bool, ascending);
    const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    QStringList reference;
    {
        QSqlQuery q = m_db->exec(u"SELECT count(*) FROM customers"_s);
    }
    CustomerListModel byOffset(*m_db);
    byOffset.sort(column, order);
    const int n = byOffset.rowCount();
    for (int page = 0; page * CustomerListModel::PageSize < n; ++page) {
        CustomerListModel fresh(*m_db); // no neighbours: every page by offset
        fresh.sort(column, order);
        for (int r = page * CustomerListModel::PageSize; r < std::min(n, (page + 1) * CustomerListModel::PageSize); ++r)
            reference << fresh.idAt(r);
    }
    QCOMPARE(reference.size(), n);
    QCOMPARE(QSet<QString>(reference.begin(), reference.end()).size(), n);

    CustomerListModel forwards(*m_db);
    forwards.sort(column, order);
    for (int r = 0; r < n; ++r)
        QCOMPARE(forwards.idAt(r), reference[r]);
    CustomerListModel backwards(*m_db);
    backwards.sort(column, order);
    for (int r = n - 1; r >= 0; --r)
        QCOMPARE(backwards.idAt(r), reference[r]);
}

void tst_CustomerListModel::deepPagesLoadInTheBackground()
{
    CustomerListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CustomerListModel reference(*m_db);
    const QString expected = reference.idAt(1234);
    model.setSyncOffsetLimit(0); // every page without a neighbour is "deep"
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.data(model.index(1234, CustomerListModel::Name)).toString(), u"…"_s); // not there yet
    QTRY_VERIFY(changed.count() > 0);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1200); // the whole page
    QCOMPARE(model.idAt(1234), expected);
    QCOMPARE(model.data(model.index(1234, CustomerListModel::Name)), reference.data(reference.index(1234, CustomerListModel::Name)));
    // Its neighbours come by key, at once.
    QCOMPARE(model.idAt(1000), reference.idAt(1000));
    QCOMPARE(model.idAt(1499), reference.idAt(1499));
    // A reload drops what was still on its way.
    model.data(model.index(10, 0));
    model.reload();
    QTRY_COMPARE(model.idAt(10), reference.idAt(10));
}

void tst_CustomerListModel::anchorsMakeEveryPageASeek_data()
{
    keysetPagesMatchOffsets_data();
}

void tst_CustomerListModel::anchorsMakeEveryPageASeek()
{
    QFETCH(int, column);
    QFETCH(bool, ascending);
    const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    CustomerListModel reference(*m_db);
    reference.sort(column, order);
    const int n = reference.rowCount();
    QStringList ids;
    for (int r = 0; r < n; ++r)
        ids << reference.idAt(r);
    for (int start : {1400, 700, 1000, 250}) {
        // A model with no page loaded near `start`: read by the anchors, at once.
        CustomerListModel model(*m_db);
        model.setSyncOffsetLimit(100);
        model.sort(column, order);
        QTRY_VERIFY(model.anchorsReady());
        QCOMPARE(model.data(model.index(start, 0)).toString() == u"…"_s, false);
        for (int r = start; r < std::min(n, start + 250); ++r)
            QCOMPARE(model.idAt(r), ids[r]);
    }
}

QTEST_GUILESS_MAIN(tst_CustomerListModel)
#include "tst_customerlistmodel.moc"
