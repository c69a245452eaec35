// Query plans as tests, not timings: the replica's hot queries must seek, not walk, on a
// replica without statistics (as a first download leaves it) and on one with them
// (ANALYZE). The SQL comes from the code that runs it where it is exposed (the duplicate
// check, the list pages), so the test cannot drift from it. And the guard itself is tested:
// with an index a query relies on dropped, the check reports the query.
#include "core/id.h"
#include "models/customer360.h"
#include "models/customerimport.h"
#include "models/customerlistmodel.h"
#include "models/customerservice.h"
#include "models/poolservice.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "statementrecorder.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// What a query must not do besides scanning a table.
enum Kind {
    Lookup, // a point or range lookup: no walk of a list index by `deleted` alone
    Page,   // a list page: the ORDER BY is an index walk, no sort
};

constexpr int Customers = 3000;

QStringList plan(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = db.exec(u"EXPLAIN QUERY PLAN "_s + sql, values);
    QStringList lines;
    while (q.next())
        lines << q.value(3).toString();
    return lines;
}

// The lines of the plan that walk where they should seek; empty when the plan is good.
QStringList problems(const QStringList &lines, Kind kind)
{
    static const QRegularExpression scan(u"^SCAN (\\S+)"_s);
    static const QRegularExpression listWalk(u"USING (COVERING )?INDEX ix_customers_list_\\w+ \\(deleted=\\?\\)$"_s);
    QStringList bad;
    for (const QString &line : lines) {
        if (scan.match(line).hasMatch() && !line.contains(u"VIRTUAL TABLE"_s))
            bad << line;
        else if (kind == Lookup && listWalk.match(line).hasMatch())
            bad << line;
        else if (kind == Page && line.contains(u"TEMP B-TREE FOR ORDER BY"_s))
            bad << line;
    }
    return bad;
}

// The screens' statements: problems() with what a screen may walk — this machine's own small
// tables, the subquery it just built, the rows of a partial index (CREATE INDEX … WHERE:
// the open next steps, the running contracts; a sort of them is bounded by them too) — and
// the list's row count, one covering-index count per opening of the list.
QStringList screenProblems(Database &db, const QString &sql, const QStringList &lines)
{
    static const QSet<QString> local{u"sqlite_master"_s, u"users"_s, u"departments"_s, u"sync_state"_s,
                                     u"search_dirty"_s, u"number_pool"_s, u"sales_stages"_s, u"app_settings"_s};
    static const QRegularExpression scan(u"^SCAN (\\S+)(?: USING (?:COVERING )?INDEX (\\w+))?"_s);
    auto partial = [&](const QString &index) {
        return !index.isEmpty()
            && db.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = ? AND sql LIKE '% WHERE %'"_s, {index}).toInt() > 0;
    };
    if (sql == u"SELECT count(*) FROM customers c WHERE c.deleted = 0")
        return {};
    bool boundedInput = true;
    QStringList bad;
    for (const QString &line : lines) {
        const auto m = scan.match(line);
        if (!m.hasMatch())
            continue;
        // A full-text MATCH ("VIRTUAL TABLE INDEX 0:M…") is the index's own lookup.
        const bool match = line.contains(u"VIRTUAL TABLE INDEX"_s) && line.contains(u":M"_s);
        const bool fine = local.contains(m.captured(1)) || m.captured(1).startsWith(u'(') || m.captured(1) == u"CONSTANT"
            || partial(m.captured(2)) || match;
        if (!fine)
            bad << line;
        if (!partial(m.captured(2)) && !match && m.captured(1) != u"CONSTANT")
            boundedInput = false;
    }
    for (const QString &line : problems(lines, sql.contains(u" LIMIT "_s) ? Page : Lookup))
        if (!line.startsWith(u"SCAN "_s) && !(boundedInput && line.contains(u"TEMP B-TREE"_s)))
            bad << line;
    return bad;
}

void fill(Database &db)
{
    db.exec(u"BEGIN"_s);
    const QString owners[]{Id::generate().toString(), Id::generate().toString(), Id::generate().toString()};
    for (int i = 0; i < Customers; ++i) {
        const QString id = Id::generate().toString();
        db.exec(u"INSERT INTO customers (id, version, deleted, created_at, updated_at, name, status, type, owner_id, "
                u"credit_code, name_norm, phone_norm, name_sort, last_activity_at) "
                u"VALUES (?, 1, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, 'potential', 'end', ?, "
                u"?, ?, ?, ?, ?)"_s,
                {id, i % 50 == 0 ? 1 : 0, u"客户%1"_s.arg(i), i % 4 == 3 ? QVariant() : QVariant(owners[i % 3]),
                 u"91110000%1X"_s.arg(i, 9, 10, QChar(u'0')), u"客户%1"_s.arg(i), u"1380000%1"_s.arg(i, 4, 10, QChar(u'0')),
                 QByteArray::number(i), u"2026-01-%1T08:00:00.000Z"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))});
        db.exec(u"INSERT INTO activities (id, version, deleted, created_at, updated_at, customer_id, kind, occurred_at) "
                u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, 'call', "
                u"'2026-01-01T00:00:00.000Z')"_s,
                {Id::generate().toString(), id});
    }
    db.exec(u"COMMIT"_s);
}

} // namespace

class tst_QueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hotQueriesSeek_data();
    void hotQueriesSeek();
    void aDroppedIndexIsReported_data();
    void aDroppedIndexIsReported();
    void whatTheScreensRunSeeks_data();
    void whatTheScreensRunSeeks();
    void daysLeftSeeksItsIndex_data();
    void daysLeftSeeksItsIndex();

private:
    Database &store(bool analyzed) { return (analyzed ? m_analyzed : m_plain)->database(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_plain;
    std::unique_ptr<Replica> m_analyzed;
};

void tst_QueryPlans::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plain = Replica::open(m_dir.path() + u"/plain.sqlite"_s);
    m_analyzed = Replica::open(m_dir.path() + u"/analyzed.sqlite"_s);
    fill(m_plain->database());
    fill(m_analyzed->database());
    m_analyzed->database().exec(u"ANALYZE"_s);
    QCOMPARE(m_plain->database().scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s).toInt(), 0);
}

void tst_QueryPlans::cleanupTestCase()
{
    m_plain.reset();
    m_analyzed.reset();
}

void tst_QueryPlans::hotQueriesSeek_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("analyzed");

    struct Query
    {
        QByteArray name;
        QString sql;
        QVariantList values;
        Kind kind;
    };
    QList<Query> queries;
    auto duplicates = [&](const char *name, const QString &n, const QString &phone, const QString &code) {
        QVariantList values;
        queries << Query{name, CustomerService::duplicatesQuery(n, phone, code, Id::generate().toString(), &values),
                         values, Lookup};
    };
    duplicates("duplicates: name, phone and code", u"北京客户12科技有限公司"_s, u"13800001234"_s, u"91110000000000012X"_s);
    duplicates("duplicates: name and phone", u"北京客户12科技有限公司"_s, u"13800001234"_s, {});
    duplicates("duplicates: name", u"客户12"_s, {}, {});
    duplicates("duplicates: phone", {}, u"13800001234"_s, {});
    // The import's look-up of each row's company (CustomerImport::plan): keys it lacks are NULL.
    queries << Query{"import: a row's company", CustomerImport::duplicateQuery(),
                     {u"91110000000000012X"_s, u"客户12"_s, u"13800001234"_s}, Lookup};
    queries << Query{"import: a row's company by name", CustomerImport::duplicateQuery(), {QVariant(), u"客户12"_s, QVariant()}, Lookup};
    queries << Query{"credit code taken",
                     CustomerService::creditCodeTakenQuery(),
                     {u"91110000000000012X"_s, u""_s}, Lookup};

    // The list pages per sort and filter (CustomerListModel::offsetQuery).
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/list.sqlite"_s);
    CustomerListModel model(replica->database());
    auto page = [&](const char *name, int column, Qt::SortOrder order, const CustomerListModel::Filter &filter,
                    Kind kind) {
        model.setFilter(filter);
        model.sort(column, order);
        QVariantList values;
        const QString sql = model.offsetQuery(0, &values);
        // The pinyin key once the search index has keyed every customer (it has, in the filled stores).
        queries << Query{name, QString(sql).replace(u"c.name ASC"_s, u"c.name_sort ASC"_s)
                                   .replace(u"c.name DESC"_s, u"c.name_sort DESC"_s)
                                   .replace(u"NULL FROM"_s, u"c.name_sort FROM"_s),
                         values, kind};
    };
    page("list: by name", CustomerListModel::Name, Qt::AscendingOrder, {}, Page);
    page("list: by name, down", CustomerListModel::Name, Qt::DescendingOrder, {}, Page);
    page("list: by last activity", CustomerListModel::LastActivity, Qt::DescendingOrder, {}, Page);
    page("list: by owner", CustomerListModel::Owner, Qt::AscendingOrder, {}, Page);
    page("list: by days left", CustomerListModel::DaysLeft, Qt::AscendingOrder, {}, Page);
    page("list: by days left, down", CustomerListModel::DaysLeft, Qt::DescendingOrder, {}, Page);
    CustomerListModel::Filter mine;
    mine.ownerId = Id::generate().toString();
    page("list: an owner's, by name", CustomerListModel::Name, Qt::AscendingOrder, mine, Page);
    CustomerListModel::Filter pool;
    pool.ownerId = u"pool"_s;
    page("list: the pool, by last activity", CustomerListModel::LastActivity, Qt::DescendingOrder, pool, Page);
    // The 公海 page (PoolService): the pool in id order, through the owner index.
    queries << Query{"pool page", PoolService::poolQuery(), {}, Page};
    // Keyset pages (CustomerListModel::fetchAfter): (col, id) row values after the last row.
    queries << Query{"list: by name, after a key",
                     u"SELECT c.id FROM customers c WHERE c.deleted = 0 AND (c.name_sort, c.id) > (?, ?) "
                     u"ORDER BY c.name_sort ASC, c.id ASC LIMIT ?"_s,
                     {QByteArray("12"), u""_s, 200}, Page};
    queries << Query{"list: by last activity, after a key",
                     u"SELECT c.id FROM customers c WHERE c.deleted = 0 AND (c.last_activity_at, c.id) < (?, ?) "
                     u"ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?"_s,
                     {u"2026-01-10T08:00:00.000Z"_s, u""_s, 200}, Page};

    // With an owner filter the page walks the sort's index and skips the others' customers
    // (a page stops after PageSize rows); no sort.
    // The 360° view (Customer360): a customer's records by customer_id.
    for (const char *table : {"activities", "contacts", "opportunities", "quotes", "contracts", "payments"})
        queries << Query{QByteArray("360: ") + table,
                         u"SELECT id FROM %1 WHERE customer_id = ? AND deleted = 0"_s.arg(QLatin1StringView(table)),
                         {u"x"_s}, Lookup};
    // Global search (SearchIndex::search): names that start with what was typed, then the index.
    queries << Query{"search: names typed",
                     u"SELECT rowid FROM customers WHERE deleted = 0 AND name >= ? AND name < ? ORDER BY name LIMIT ?"_s,
                     {u"客户1"_s, QString(u"客户1"_s + QChar(0xffff)), 20}, Page};
    queries << Query{"search: index",
                     u"SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid >= ? AND rowid < ? LIMIT ?"_s,
                     {u"kehu"_s, 0, qint64(1) << 40, 20}, Lookup};

    for (bool analyzed : {false, true})
        for (const Query &q : std::as_const(queries))
            QTest::addRow("%s, %s", q.name.constData(), analyzed ? "with statistics" : "without statistics")
                << q.sql << q.values << int(q.kind) << analyzed;
}

void tst_QueryPlans::hotQueriesSeek()
{
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(int, kind);
    QFETCH(bool, analyzed);
    const QStringList lines = plan(store(analyzed), sql, values);
    QVERIFY2(!lines.isEmpty(), qPrintable(sql));
    const QStringList bad = problems(lines, Kind(kind));
    QVERIFY2(bad.isEmpty(), qPrintable(u"%1\nplan:\n  %2"_s.arg(sql, lines.join(u"\n  "_s))));
}

void tst_QueryPlans::aDroppedIndexIsReported_data()
{
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("values");
    QTest::addColumn<int>("kind");

    QVariantList values;
    const QString dup = CustomerService::duplicatesQuery(u"客户12"_s, u"13800001234"_s, u"91110000000000012X"_s, {}, &values);
    QTest::newRow("duplicates without the phone index")
        << u"DROP INDEX ix_customers_phone_norm"_s << dup << values << int(Lookup);
    QTest::newRow("duplicates without the name index")
        << u"DROP INDEX ix_customers_name_norm"_s << dup << values << int(Lookup);
    // The duplicate check as it was before `+deleted`: a walk of a list index.
    QTest::newRow("duplicates filtering on deleted by index") << QString() << QString(dup).replace(u"+deleted"_s, u"deleted"_s)
                                                              << values << int(Lookup);
    QTest::newRow("credit code taken filtering on deleted by index")
        << QString() << CustomerService::creditCodeTakenQuery().replace(u"+deleted"_s, u"deleted"_s)
        << QVariantList{u"91110000000000012X"_s, u""_s} << int(Lookup);
    QTest::newRow("list by last activity without its index")
        << u"DROP INDEX ix_customers_list_last_activity_at"_s
        << u"SELECT c.id FROM customers c WHERE c.deleted = 0 ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 200"_s
        << QVariantList() << int(Page);
    QTest::newRow("360 without the customer index")
        << u"DROP INDEX ix_activities_customer_id_occurred_at"_s
        << u"SELECT id FROM activities WHERE customer_id = ? AND deleted = 0"_s << QVariantList{u"x"_s} << int(Lookup);
}

void tst_QueryPlans::aDroppedIndexIsReported()
{
    QFETCH(QString, drop);
    QFETCH(QString, sql);
    QFETCH(QVariantList, values);
    QFETCH(int, kind);
    Database &db = store(false);
    db.exec(u"BEGIN"_s);
    if (!drop.isEmpty())
        db.exec(drop);
    const QStringList lines = plan(db, sql, values);
    db.exec(u"ROLLBACK"_s);
    QVERIFY2(!problems(lines, Kind(kind)).isEmpty(), qPrintable(u"not reported:\n  "_s + lines.join(u"\n  "_s)));
    // And the index is back for the other cases.
    QVERIFY(problems(plan(db, sql, values), Kind(kind)).isEmpty() || drop.isEmpty());
}

void tst_QueryPlans::whatTheScreensRunSeeks_data()
{
    QTest::addColumn<bool>("analyzed");
    QTest::newRow("without statistics") << false;
    QTest::newRow("with statistics") << true;
}

// The SQL the customer list, the 360° view, the reminders and the global search run, read
// from them as they run rather than copied here: the list in every sort (its first page,
// the next by key, a page deep in the list), filtered by owner and to the pool; a
// customer's 360° view and figures; the reminders; a search of each kind.
void tst_QueryPlans::whatTheScreensRunSeeks()
{
    QFETCH(bool, analyzed);
    Database &db = store(analyzed);
    const QString anyOwner = db.scalar(u"SELECT owner_id FROM customers WHERE owner_id IS NOT NULL LIMIT 1"_s).toString();
    const QString customerId = db.scalar(u"SELECT id FROM customers WHERE deleted = 0 LIMIT 1"_s).toString();
    Test::StatementRecorder recorder;
    db.setObserver(&recorder);
    {
        recorder.context = u"list opened"_s;
        CustomerListModel model(db);
        model.setSyncOffsetLimit(1000000); // every page read here, on this connection
        CustomerListModel::Filter mine, pool;
        mine.ownerId = anyOwner;
        pool.ownerId = u"pool"_s;
        for (const CustomerListModel::Filter &filter : {CustomerListModel::Filter(), mine, pool}) {
            model.setFilter(filter);
            for (int column : {int(CustomerListModel::Name), int(CustomerListModel::LastActivity), int(CustomerListModel::Owner),
                               int(CustomerListModel::DaysLeft)})
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    recorder.context = u"list sorted by %1 %2"_s.arg(column).arg(order == Qt::AscendingOrder ? u"up"_s : u"down"_s);
                    model.sort(column, order);
                    const int rows = model.rowCount();
                    for (int row : {0, CustomerListModel::PageSize + 5, rows - 3})
                        if (row >= 0 && row < rows)
                            model.data(model.index(row, 0));
                }
        }
    }
    Replica *replica = analyzed ? m_analyzed.get() : m_plain.get();
    Customer360 view(*replica);
    recorder.context = u"360° view"_s;
    view.figures(customerId);
    view.timeline(customerId);
    recorder.context = u"reminders"_s;
    view.reminders(QDate(2026, 1, 15));
    SearchIndex search(db);
    while (search.catchUp(5000) > 0) { }
    for (const QString &typed : {u"客户12"_s, u"客"_s, u"kh"_s, u"kehu"_s, u"13800001234"_s, u"1234"_s}) {
        recorder.context = u"search "_s + typed;
        search.search(typed);
    }
    db.setObserver(nullptr);

    QVERIFY2(recorder.statements.size() > 20, qPrintable(QString::number(recorder.statements.size())));
    QStringList failures;
    for (const Test::RecordedStatement &st : std::as_const(recorder.statements)) {
        const QStringList lines = plan(db, st.sql, st.values);
        if (!screenProblems(db, st.sql, lines).isEmpty()) {
            failures << u"%1\n  %2\n  plan:\n    %3"_s.arg(st.context, st.sql, lines.join(u"\n    "_s));
            qWarning().noquote() << failures.last();
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 of %2 statements walk (above)"_s.arg(failures.size()).arg(recorder.statements.size())));
}

void tst_QueryPlans::daysLeftSeeksItsIndex_data()
{
    QTest::addColumn<bool>("analyzed");
    QTest::addColumn<int>("order");
    for (bool analyzed : {false, true})
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("%s, %s", analyzed ? "with statistics" : "without statistics", order == Qt::AscendingOrder ? "up" : "down")
                << analyzed << int(order);
}

// The list sorted by 剩余天数 on an expression (the reclaim clock's start): every page it
// reads — by offset, after a neighbour's key, after an anchor deep in the list — walks or
// seeks replica migration 13's index on that expression, without a sort; a page after a key
// seeks to the key's value rather than walking from the top (a row value would).
void tst_QueryPlans::daysLeftSeeksItsIndex()
{
    QFETCH(bool, analyzed);
    QFETCH(int, order);
    Database &db = store(analyzed);
    Test::StatementRecorder recorder;
    db.setObserver(&recorder);
    {
        CustomerListModel model(db);
        model.setSyncOffsetLimit(CustomerListModel::PageSize); // deeper pages by key
        model.sort(CustomerListModel::DaysLeft, Qt::SortOrder(order));
        QTRY_VERIFY(model.anchorsReady());
        const int rows = model.rowCount();
        for (int row : {0, CustomerListModel::PageSize + 5, 2 * CustomerListModel::PageSize + 5, rows - 3, rows / 2})
            QVERIFY(!model.idAt(row).isEmpty());
    }
    db.setObserver(nullptr);
    int pages = 0, seeks = 0;
    for (const Test::RecordedStatement &st : std::as_const(recorder.statements)) {
        if (!st.sql.contains(u" LIMIT "_s) || !st.sql.contains(u"WHERE c.deleted = 0"_s)
            || !st.sql.section(u" WHERE "_s, 1).contains(u"CASE WHEN c.owner_id IS NULL"_s))
            continue;
        ++pages;
        const QString lines = plan(db, st.sql, st.values).join(u'\n');
        QVERIFY2(lines.contains(u"ix_customers_list_clock"_s) && !lines.contains(u"TEMP B-TREE"_s),
                 qPrintable(st.sql + u"\n"_s + lines));
        if (st.sql.contains(u"c.id >"_s) || st.sql.contains(u"c.id <"_s)) {
            ++seeks;
            QVERIFY2(lines.contains(u"<expr>"_s), qPrintable(st.sql + u"\n"_s + lines));
        }
    }
    QVERIFY2(pages >= 3 && seeks >= 2, qPrintable(u"%1 pages, %2 by key"_s.arg(pages).arg(seeks)));
}

QTEST_GUILESS_MAIN(tst_QueryPlans)
#include "tst_queryplans.moc"
