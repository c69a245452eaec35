// An entity declared in this file alone (issue 18: DomainSchema::declare before any replica
// opens) with TableDef::searchable and TableDef::timeline: its rows are found by the
// global search — by their words, their pinyin and their phone digits, under the kind
// the declaration names, with their customer — and listed in the customer's 360°
// timeline; a replica made before the declaration gains the index's triggers when it
// opens; and a declaration that names what the table does not have is refused.
#include "models/customer360.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Huike::TableDef)

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

constexpr auto VisitKind = SearchIndex::Kind(40);

// A site visit of a customer's: nothing else in the code base knows this table.
void declareThrowawayEntity()
{
    using Text = TableDef::SearchText;
    DomainSchema::declare(
        TableDef(u"test_visits"_s, TableDef::Kind::Synced)
            .resource(u"test-visits"_s)
            .ref(u"customer_id"_s, u"customers"_s, true)
            .text(u"subject"_s, true)
            .text(u"mobile"_s)
            .text(u"code"_s)
            .date(u"visited_on"_s, true)
            .money(u"cost_fen"_s, false)
            .index({u"customer_id"_s})
            .searchable({int(VisitKind), "Site visits", {{u"subject"_s}, {u"mobile"_s, Text::Phone}}, u"customer_id"_s})
            .timeline(TableDef::Timeline(35, "Site visit", {u"visited_on"_s, u"created_at"_s})
                          .titled({u"subject"_s}, "Visit: %1")
                          .detailed({{u"code"_s, "code %1"}, {u"mobile"_s}})
                          .withAmount(u"cost_fen"_s))
            .scope(ScopeKind::CustomerChild),
        DomainSchema::BuiltInVersion + 1);
}

} // namespace

class tst_SearchIndexDeclared : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void foundByTheGlobalSearch();
    void inTheTimeline();
    void olderReplicaGainsItsTriggers();
    void declarationsAreChecked_data();
    void declarationsAreChecked();

private:
    QList<SearchIndex::Hit> visits(const QString &query)
    {
        QList<SearchIndex::Hit> out;
        for (const SearchIndex::Hit &h : SearchIndex(m_replica->database()).search(query))
            if (h.kind == VisitKind)
                out << h;
        return out;
    }
    void catchUp()
    {
        SearchIndex index(m_replica->database());
        while (index.catchUp() > 0) { }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer, m_visit;
};

void tst_SearchIndexDeclared::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_customer = m_replica->create(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}}).value(u"id"_s).toString();
    m_visit = m_replica->create(u"test_visits"_s, {{u"customer_id"_s, m_customer}, {u"subject"_s, u"季度设备巡检"_s},
                                                   {u"mobile"_s, u"139 1234 5678"_s}, {u"code"_s, u"XJ-07"_s},
                                                   {u"visited_on"_s, u"2026-05-01"_s}, {u"cost_fen"_s, 12345}})
                  .value(u"id"_s).toString();
}

void tst_SearchIndexDeclared::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_SearchIndexDeclared::foundByTheGlobalSearch()
{
    catchUp();
    for (const QString &query : {u"巡检"_s, u"设备"_s, u"xunjian"_s, u"jdsbxj"_s, u"5678"_s, u"13912345678"_s}) {
        const QList<SearchIndex::Hit> hits = visits(query);
        QVERIFY2(hits.size() == 1, qPrintable(query));
        QCOMPARE(hits[0].id, m_visit);
        QCOMPARE(hits[0].title, u"季度设备巡检"_s);
        QCOMPARE(hits[0].customerId, m_customer);
        QCOMPARE(hits[0].detail, u"上海恒信精密机械有限公司 · 139 1234 5678"_s); // its customer, then its texts
    }
    QCOMPARE(SearchIndex::kindName(VisitKind), u"Site visits"_s);
    QVERIFY(visits(u"XJ"_s).isEmpty()); // not declared searchable
    QVERIFY(visits(u"恒信"_s).isEmpty()); // the customer's words are the customer's

    // The declared columns re-index the row; a removed one leaves the index.
    m_replica->update(u"test_visits"_s, m_visit, {{u"subject"_s, u"年度安全检查"_s}});
    catchUp();
    QVERIFY(visits(u"巡检"_s).isEmpty());
    QCOMPARE(visits(u"安全"_s).size(), 1);
    m_replica->remove(u"test_visits"_s, m_visit);
    catchUp();
    QVERIFY(visits(u"安全"_s).isEmpty());
}

void tst_SearchIndexDeclared::inTheTimeline()
{
    // Its place: after opportunities (30), before quotes (40).
    const QStringList kinds = Customer360::kinds();
    QCOMPARE(kinds.indexOf(u"test_visits"_s), kinds.indexOf(u"opportunities"_s) + 1);
    QCOMPARE(kinds.indexOf(u"quotes"_s), kinds.indexOf(u"test_visits"_s) + 1);
    QCOMPARE(Customer360::kindLabel(u"test_visits"_s), u"Site visit"_s);

    m_replica->create(u"activities"_s, {{u"customer_id"_s, m_customer}, {u"kind"_s, u"call"_s},
                                        {u"occurred_at"_s, u"2026-06-01T08:00:00.000Z"_s}, {u"subject"_s, u"回访"_s}});
    Customer360 c(*m_replica);
    const QList<Customer360::Entry> t = c.timeline(m_customer);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t[0].table, u"activities"_s); // newest first
    const Customer360::Entry &e = t[1];
    QCOMPARE(e.table, u"test_visits"_s);
    QCOMPARE(e.id, m_visit);
    QCOMPARE(e.when, u"2026-05-01"_s);
    QCOMPARE(e.title, u"Visit: 季度设备巡检"_s);
    QCOMPARE(e.detail, u"code XJ-07 · 139 1234 5678"_s);
    QCOMPARE(e.amountFen, std::optional<qint64>(12345));
    QVERIFY(c.record(u"test_visits"_s, m_visit).has_value());

    // Without a date, code or amount: the next date column, the pieces left out, no amount.
    m_replica->update(u"test_visits"_s, m_visit, {{u"code"_s, QVariant()}, {u"cost_fen"_s, QVariant()}});
    const Customer360::Entry f = c.timeline(m_customer).at(1);
    QCOMPARE(f.detail, u"139 1234 5678"_s);
    QCOMPARE(f.amountFen, std::nullopt);
}

void tst_SearchIndexDeclared::olderReplicaGainsItsTriggers()
{
    // A replica whose index was made before the table was declared: no triggers for it,
    // its rows not noted.
    catchUp();
    Database &db = m_replica->database();
    for (const char *suffix : {"ins", "upd", "del"})
        db.exec(u"DROP TRIGGER search_test_visits_%1"_s.arg(QLatin1StringView(suffix)));
    db.exec(u"DELETE FROM search_fts WHERE rowid >= ?"_s, {qint64(int(VisitKind)) << 40});
    QVERIFY(visits(u"巡检"_s).isEmpty());
    m_replica.reset();

    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    QCOMPARE(SearchIndex(m_replica->database()).backlog(), 1);
    catchUp();
    QCOMPARE(visits(u"巡检"_s).size(), 1);
    m_replica->update(u"test_visits"_s, m_visit, {{u"subject"_s, u"年度安全检查"_s}}); // its triggers are back
    catchUp();
    QCOMPARE(visits(u"安全"_s).size(), 1);
    // Opening again changes nothing.
    m_replica.reset();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    QCOMPARE(SearchIndex(m_replica->database()).backlog(), 0);
}

void tst_SearchIndexDeclared::declarationsAreChecked_data()
{
    QTest::addColumn<TableDef>("table");
    const auto base = [](const QString &name) {
        return TableDef(name, TableDef::Kind::Synced)
            .ref(u"customer_id"_s, u"customers"_s, true)
            .text(u"subject"_s)
            .scope(ScopeKind::CustomerChild);
    };
    QTest::newRow("search kind taken") << base(u"test_a"_s).searchable({1, "Contacts too", {{u"subject"_s}}, u"customer_id"_s});
    QTest::newRow("search column missing") << base(u"test_b"_s).searchable({41, "B", {{u"title"_s}}, u"customer_id"_s});
    QTest::newRow("no search text") << base(u"test_c"_s).searchable({42, "C", {}, u"customer_id"_s});
    QTest::newRow("four search texts") << base(u"test_d"_s).searchable(
        {43, "D", {{u"subject"_s}, {u"subject"_s}, {u"subject"_s}, {u"subject"_s}}, u"customer_id"_s});
    QTest::newRow("timeline column missing") << base(u"test_e"_s).timeline(
        TableDef::Timeline(1, "E", {u"created_at"_s}).titled({u"title"_s}));
    QTest::newRow("timeline through no reference") << base(u"test_f"_s).timeline(
        TableDef::Timeline(1, "F", {u"created_at"_s}).titled({u"subject.number"_s}));
    QTest::newRow("timeline without a title") << base(u"test_i"_s).timeline(TableDef::Timeline(1, "I", {u"created_at"_s}));
    QTest::newRow("title pattern of three pieces") << base(u"test_j"_s).timeline(
        TableDef::Timeline(1, "J", {u"created_at"_s}).titled({u"subject"_s, u"subject"_s, u"subject"_s}, "%1 %2 %3"));
    QTest::newRow("timeline without a date") << base(u"test_g"_s).timeline(TableDef::Timeline(1, "G", {}).titled({u"subject"_s}));
    QTest::newRow("timeline of no customer's") << TableDef(u"test_h"_s, TableDef::Kind::Synced)
                                                      .text(u"subject"_s)
                                                      .scope(ScopeKind::Catalogue)
                                                      .timeline(TableDef::Timeline(1, "H", {u"created_at"_s}).titled({u"subject"_s}));
}

void tst_SearchIndexDeclared::declarationsAreChecked()
{
    QFETCH(TableDef, table);
    QVERIFY_THROWS_EXCEPTION(SchemaError, DomainSchema::declare(table, DomainSchema::BuiltInVersion + 1));
    QVERIFY(!DomainSchema::find(table.name()));
}

int main(int argc, char **argv)
{
    declareThrowawayEntity(); // before any replica exists
    QCoreApplication app(argc, argv);
    tst_SearchIndexDeclared test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_searchindexdeclared.moc"
