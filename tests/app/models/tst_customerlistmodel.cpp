#include "core/approval.h"
#include "core/id.h"
#include "core/textnormalizer.h"
#include "core/timestamp.h"
#include "dataset/writer.h"
#include "models/customerlistmodel.h"
#include "models/poolservice.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"

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
    void namesSortByPinyin_data();
    void namesSortByPinyin();
    void pinyinOrderWalksAnIndex();
    void daysLeft_data();
    void daysLeft();
    void daysLeftSortsAndSaysNothingWhenOff();

private:
    Database &db(bool pinyin) { return pinyin ? m_replica->database() : *m_db; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Replica> m_replica; // the same customers in a replica: names by their pinyin key
};

void tst_CustomerListModel::initTestCase()
{
    m_db = std::make_unique<Database>(Database::openSqlite(m_dir.path() + u"/replica.sqlite"_s));
    DomainSchema::migrator().migrate(*m_db);
    const Dataset::Generator g(2026);
    Dataset::Writer w(*m_db);
    w.writeOrganisation(g);
    w.writeCustomers(g, 0, 1500);

    m_replica = Replica::open(m_dir.path() + u"/pinyin.sqlite"_s);
    Dataset::Writer pw(m_replica->database());
    pw.writeOrganisation(g);
    pw.writeCustomers(g, 0, 1500);
    SearchIndex index(m_replica->database());
    while (index.catchUp() > 0) { }
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
    QTest::addColumn<bool>("pinyin");
    for (int c : {int(CustomerListModel::Name), int(CustomerListModel::Level), int(CustomerListModel::Owner),
                  int(CustomerListModel::LastActivity), int(CustomerListModel::Region), int(CustomerListModel::DaysLeft)}) {
        QTest::addRow("column %d up", c) << c << true << false;
        QTest::addRow("column %d down", c) << c << false << false;
    }
    // Names by their pinyin key (a BLOB) page by key as well.
    QTest::addRow("pinyin names up") << int(CustomerListModel::Name) << true << true;
    QTest::addRow("pinyin names down") << int(CustomerListModel::Name) << false << true;
}

void tst_CustomerListModel::keysetPagesMatchOffsets()
{
    // Pages read from a neighbour's key (forwards and backwards) are exactly the pages an
    // offset reads — NULLs (pool customers, no level, never contacted) included.
    QFETCH(int, column);
    QFETCH(bool, ascending);
    QFETCH(bool, pinyin);
    Database &database = db(pinyin);
    const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    QStringList reference;
    {
        QSqlQuery q = database.exec(u"SELECT count(*) FROM customers"_s);
    }
    CustomerListModel byOffset(database);
    byOffset.sort(column, order);
    const int n = byOffset.rowCount();
    for (int page = 0; page * CustomerListModel::PageSize < n; ++page) {
        CustomerListModel fresh(database); // no neighbours: every page by offset
        fresh.sort(column, order);
        for (int r = page * CustomerListModel::PageSize; r < std::min(n, (page + 1) * CustomerListModel::PageSize); ++r)
            reference << fresh.idAt(r);
    }
    QCOMPARE(reference.size(), n);
    QCOMPARE(QSet<QString>(reference.begin(), reference.end()).size(), n);

    CustomerListModel forwards(database);
    forwards.sort(column, order);
    for (int r = 0; r < n; ++r)
        QCOMPARE(forwards.idAt(r), reference[r]);
    CustomerListModel backwards(database);
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
    QFETCH(bool, pinyin);
    Database &database = db(pinyin);
    const Qt::SortOrder order = ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    CustomerListModel reference(database);
    reference.sort(column, order);
    const int n = reference.rowCount();
    QStringList ids;
    for (int r = 0; r < n; ++r)
        ids << reference.idAt(r);
    for (int start : {1400, 700, 1000, 250}) {
        // A model with no page loaded near `start`: read by the anchors, at once.
        CustomerListModel model(database);
        model.setSyncOffsetLimit(100);
        model.sort(column, order);
        QTRY_VERIFY(model.anchorsReady());
        QCOMPARE(model.data(model.index(start, 0)).toString() == u"…"_s, false);
        for (int r = start; r < std::min(n, start + 250); ++r)
            QCOMPARE(model.idAt(r), ids[r]);
    }
}

void tst_CustomerListModel::namesSortByPinyin_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expected");
    // By code point 万 (4E07) < 上 (4E0A) < 东 (4E1C) < 张 (5F20) < 阿 (963F).
    QTest::newRow("single characters") << QStringList{u"万"_s, u"上"_s, u"东"_s, u"阿"_s, u"张"_s}
                                       << QStringList{u"阿"_s, u"东"_s, u"上"_s, u"万"_s, u"张"_s};
    QTest::newRow("company names") << QStringList{u"上海恒信精密机械有限公司"_s, u"杭州西湖茶业有限公司"_s, u"北京某某科技有限公司"_s,
                                                  u"万达物流有限公司"_s}
                                   << QStringList{u"北京某某科技有限公司"_s, u"杭州西湖茶业有限公司"_s, u"上海恒信精密机械有限公司"_s,
                                                  u"万达物流有限公司"_s};
}

void tst_CustomerListModel::namesSortByPinyin()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    for (const QString &name : std::as_const(names))
        replica->create(u"customers"_s, {{u"name"_s, name}});
    SearchIndex index(replica->database());
    while (index.catchUp() > 0) { }
    CustomerListModel model(replica->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.data(model.index(r, CustomerListModel::Name)).toString();
    QCOMPARE(shown, expected);
    model.sort(CustomerListModel::Name, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, CustomerListModel::Name)).toString(), expected.last());

    // A name edited here moves with its new key: the last one renamed 爱 (ai) goes up.
    replica->update(u"customers"_s, model.idAt(0), {{u"name"_s, u"爱"_s}});
    while (index.catchUp() > 0) { }
    model.sort(CustomerListModel::Name, Qt::AscendingOrder);
    QStringList renamed = expected;
    renamed.last() = u"爱"_s;
    std::stable_sort(renamed.begin(), renamed.end(), [](const QString &a, const QString &b) { return TextNormalizer::compare(a, b) < 0; });
    QCOMPARE(renamed.first(), names.contains(u"阿"_s) ? u"阿"_s : u"爱"_s);
    shown.clear();
    for (int r = 0; r < model.rowCount(); ++r)
        shown << model.data(model.index(r, CustomerListModel::Name)).toString();
    QCOMPARE(shown, renamed);
}

void tst_CustomerListModel::pinyinOrderWalksAnIndex()
{
    // The sort by name stays an index walk on a million customers: no sorting step for
    // the page queries (offset and keyset), up and down.
    Database &d = m_replica->database();
    const QStringList queries{
        u"SELECT c.id FROM customers c WHERE c.deleted = 0 ORDER BY c.name_sort ASC, c.id ASC LIMIT 200 OFFSET 400"_s,
        u"SELECT c.id FROM customers c WHERE c.deleted = 0 ORDER BY c.name_sort DESC, c.id DESC LIMIT 200 OFFSET 0"_s,
        u"SELECT c.id FROM customers c WHERE c.deleted = 0 AND (c.name_sort, c.id) > (x'00', '') "
        u"ORDER BY c.name_sort ASC, c.id ASC LIMIT 200"_s};
    for (const QString &sql : queries) {
        QSqlQuery q = d.exec(u"EXPLAIN QUERY PLAN "_s + sql);
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY2(!plan.join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(plan.join(u'\n')));
        QVERIFY2(plan.join(u'\n').contains(u"ix_customers_list_name_sort"_s), qPrintable(plan.join(u'\n')));
    }
    // And the model's pages come in that order: by pinyin, as QCollator for zh_CN sorts.
    CustomerListModel model(d);
    QVERIFY(model.rowCount() > 400);
    for (int row = 1; row < 450; ++row) {
        const QString a = model.data(model.index(row - 1, 0)).toString(), b = model.data(model.index(row, 0)).toString();
        QVERIFY2(TextNormalizer::compare(a, b) <= 0, qPrintable(a + u" > "_s + b));
    }
}

namespace {

QString ago(qint64 days)
{
    return Timestamp::toText(QDateTime::currentDateTimeUtc().addDays(-days));
}

// A customer as the server wrote it: created, last contacted and with its owner since
// (null: never, the pool).
QString addCustomer(Database &db, const QString &name, const QVariant &owner, const QString &createdAt,
                    const QVariant &lastActivity, const QVariant &ownerSince)
{
    const QString id = Id::generate().toString();
    db.exec(u"INSERT INTO customers (id, version, deleted, created_at, updated_at, name, status, type, owner_id, "
            u"last_activity_at, owner_since) VALUES (?, 1, 0, ?, ?, ?, 'potential', 'end', ?, ?, ?)"_s,
            {id, createdAt, createdAt, name, owner, lastActivity, ownerSince});
    return id;
}

void setRule(Database &db, const QString &days, const QString &since)
{
    db.exec(u"DELETE FROM app_settings"_s);
    for (const auto &[key, value] : {std::pair{SettingKeys::PoolReclaimDays.toString(), days},
                                     std::pair{SettingKeys::PoolReclaimSince.toString(), since}})
        db.exec(u"INSERT INTO app_settings (id, version, deleted, created_at, updated_at, key, value) "
                u"VALUES (?, 1, 0, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', ?, ?)"_s,
                {Id::generate().toString(), key, value});
}

} // namespace

// 剩余天数: the days an owned customer has before the server's pool reclaim returns it,
// from the latest of its creation, last activity, arrival with its owner and the rule's
// start (PoolService::daysLeft); nothing for a pool customer.
void tst_CustomerListModel::daysLeft_data()
{
    QTest::addColumn<bool>("owned");
    QTest::addColumn<QString>("createdAt");
    QTest::addColumn<QVariant>("lastActivity");
    QTest::addColumn<QVariant>("ownerSince");
    QTest::addColumn<QVariant>("left");
    const QString old = u"2020-01-01T00:00:00.000Z"_s;
    QTest::newRow("claimed yesterday, activity long ago") << true << old << QVariant(u"2021-03-01T00:00:00.000Z"_s) << QVariant(ago(1)) << QVariant(89);
    QTest::newRow("activity long ago") << true << old << QVariant(u"2021-03-01T00:00:00.000Z"_s) << QVariant(old) << QVariant(0);
    QTest::newRow("contacted ten days ago") << true << old << QVariant(ago(10)) << QVariant(old) << QVariant(80);
    QTest::newRow("created today, owner not yet known") << true << ago(0) << QVariant() << QVariant() << QVariant(90);
    QTest::newRow("pool customer") << false << old << QVariant(ago(1)) << QVariant() << QVariant();
}

void tst_CustomerListModel::daysLeft()
{
    QFETCH(bool, owned);
    QFETCH(QString, createdAt);
    QFETCH(QVariant, lastActivity);
    QFETCH(QVariant, ownerSince);
    QFETCH(QVariant, left);
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    Database &db = replica->database();
    setRule(db, u"90"_s, u"2020-01-01T00:00:00.000Z"_s);
    addCustomer(db, u"杭州华通科技有限公司"_s, owned ? QVariant(Id::generate().toString()) : QVariant(), createdAt, lastActivity, ownerSince);
    CustomerListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, CustomerListModel::DaysLeft)), left);
    QCOMPARE(model.headerData(CustomerListModel::DaysLeft, Qt::Horizontal).toString(), u"Days left"_s);
    // The card says the same (PoolService reads the stored columns).
    const PoolService pool(*replica);
    const std::optional<int> card = pool.daysLeft(model.idAt(0));
    QCOMPARE(card ? QVariant(*card) : QVariant(), left);
}

void tst_CustomerListModel::daysLeftSortsAndSaysNothingWhenOff()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    Database &db = replica->database();
    setRule(db, u"90"_s, u"2020-01-01T00:00:00.000Z"_s);
    const QString old = u"2020-01-01T00:00:00.000Z"_s;
    const QString owner = Id::generate().toString();
    const QString claimed = addCustomer(db, u"昨天领取"_s, owner, old, u"2021-03-01T00:00:00.000Z"_s, ago(1));
    const QString stale = addCustomer(db, u"久未联系"_s, owner, old, u"2021-03-01T00:00:00.000Z"_s, old);
    const QString contacted = addCustomer(db, u"十天前联系"_s, owner, old, ago(10), old);
    const QString pool = addCustomer(db, u"公海客户"_s, QVariant(), old, ago(1), QVariant());
    CustomerListModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto order = [&] {
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.idAt(r);
        return ids;
    };
    // Fewest days first, the pool (none) before them; the other way round going down.
    model.sort(CustomerListModel::DaysLeft, Qt::AscendingOrder);
    QCOMPARE(order(), (QStringList{pool, stale, contacted, claimed}));
    model.sort(CustomerListModel::DaysLeft, Qt::DescendingOrder);
    QCOMPARE(order(), (QStringList{claimed, contacted, stale, pool}));
    QCOMPARE(model.data(model.index(0, CustomerListModel::DaysLeft)).toInt(), 89);
    // The rule switched off on the server: no days, the sort still by the clock.
    setRule(db, u"0"_s, QString());
    model.reload();
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.data(model.index(r, CustomerListModel::DaysLeft)).isValid());
    QCOMPARE(order(), (QStringList{claimed, contacted, stale, pool}));
}

QTEST_GUILESS_MAIN(tst_CustomerListModel)
#include "tst_customerlistmodel.moc"
