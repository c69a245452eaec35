// The global search over a replica (FEATURES.md C8): Chinese substrings of any length,
// pinyin in full and by initials, phone digits, contract numbers; results by kind; the
// index follows inserts, edits and deletes from any connection.
#include "database.h"
#include "domainschema.h"
#include "id.h"
#include "replica.h"
#include "searchindex.h"

#include <QTemporaryDir>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_SearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchExpression_data();
    void matchExpression();
    void search_data();
    void search();
    void followsEditsAndDeletes();
    void indexesRowsAlreadyThere();
    void insertTriggersAreRecognised();
    void ranking_data();
    void ranking();

private:
    QString add(const QString &table, Row row);
    QStringList titles(const QString &query, SearchIndex::Kind kind);

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_hengxin;
};

QString tst_SearchIndex::add(const QString &table, Row row)
{
    return m_replica->create(table, row).value(u"id"_s).toString();
}

void tst_SearchIndex::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    add(u"customers"_s, {{u"name"_s, u"北京某某科技有限公司"_s}, {u"phone"_s, u"010-65529988"_s}});
    m_hengxin = add(u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}, {u"short_name"_s, u"恒信精机"_s}});
    add(u"customers"_s, {{u"name"_s, u"华通科技（北京）有限公司"_s}, {u"short_name"_s, u"华通"_s}});
    add(u"customers"_s, {{u"name"_s, u"广州白云𠀾物流有限公司"_s}}); // a character outside the BMP
    add(u"contacts"_s, {{u"customer_id"_s, m_hengxin}, {u"name"_s, u"李明"_s}, {u"mobile"_s, u"13800138000"_s}});
    add(u"contracts"_s, {{u"customer_id"_s, m_hengxin}, {u"number"_s, u"HT-2026-0001"_s}, {u"title"_s, u"年度维保合同"_s}});
    add(u"opportunities"_s, {{u"customer_id"_s, m_hengxin}, {u"name"_s, u"数控机床采购"_s}, {u"stage"_s, u"qualify"_s}});
    SearchIndex index(m_replica->database());
    QCOMPARE(index.backlog(), 7);
    QCOMPARE(index.catchUp(), 7);
    QCOMPARE(index.catchUp(), 0);
}

QStringList tst_SearchIndex::titles(const QString &query, SearchIndex::Kind kind)
{
    QStringList out;
    for (const SearchIndex::Hit &h : SearchIndex(m_replica->database()).search(query))
        if (h.kind == kind)
            out << h.title;
    out.sort();
    return out;
}

void tst_SearchIndex::matchExpression_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one character") << u"科"_s << u"body : \"科\""_s;
    QTest::newRow("phrase") << u"科技"_s << u"body : \"科 技\""_s;
    QTest::newRow("full width") << u"ＡＢ"_s << u"\"ab\"*"_s;
    QTest::newRow("initials split") << u"bjkj"_s << u"(\"bjkj\"* OR (py : \"bj\"* AND py : \"kj\"*))"_s;
    QTest::newRow("full pinyin of two words") << u"beijingkeji"_s
        << u"(\"beijingkeji\"* OR (py : \"bei\"* AND py : \"jingkeji\"*) OR (py : \"beij\"* AND py : \"ingkeji\"*) "
           u"OR (py : \"beiji\"* AND py : \"ngkeji\"*) OR (py : \"beijin\"* AND py : \"gkeji\"*) "
           u"OR (py : \"beijing\"* AND py : \"keji\"*) OR (py : \"beijingk\"* AND py : \"eji\"*))"_s;
    QTest::newRow("digits") << u"6552"_s << u"\"6552\"*"_s;
    QTest::newRow("mixed") << u"上海 hx"_s << u"body : \"上 海\" AND \"hx\"*"_s;
    QTest::newRow("single letter") << u"x"_s << QString();
    QTest::newRow("punctuation") << u"\"-*()"_s << QString();
    QTest::newRow("quotes cannot escape") << u"a\"b"_s << QString();
}

void tst_SearchIndex::matchExpression()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QCOMPARE(SearchIndex::matchExpression(query), expected);
}

void tst_SearchIndex::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    const int customer = int(SearchIndex::Kind::Customer);
    const QString bj = u"北京某某科技有限公司"_s, hx = u"上海恒信精密机械有限公司"_s, ht = u"华通科技（北京）有限公司"_s;
    QTest::newRow("one character") << u"科"_s << customer << QStringList{bj, ht};
    QTest::newRow("two characters") << u"恒信"_s << customer << QStringList{hx};
    QTest::newRow("inner substring") << u"某科"_s << customer << QStringList{bj};
    QTest::newRow("not a substring") << u"科某"_s << customer << QStringList{};
    QTest::newRow("longer substring") << u"某某科技"_s << customer << QStringList{bj};
    QTest::newRow("short name") << u"精机"_s << customer << QStringList{hx};
    // Initials and full pinyin in the name's order only: 华通科技（北京） is kj … bj.
    QTest::newRow("initials of words") << u"bjkj"_s << customer << QStringList{bj};
    QTest::newRow("initials of words, the other order") << u"kjbj"_s << customer << QStringList{ht};
    QTest::newRow("initials of the name") << u"bjmm"_s << customer << QStringList{bj};
    QTest::newRow("full pinyin") << u"beijing"_s << customer << QStringList{bj, ht};
    QTest::newRow("full pinyin of two words") << u"beijingkeji"_s << customer << QStringList{bj};
    QTest::newRow("pinyin of the distinctive part") << u"hengxin"_s << customer << QStringList{hx};
    QTest::newRow("initials of the distinctive part") << u"hxjm"_s << customer << QStringList{hx};
    QTest::newRow("upper case pinyin") << u"HTKJ"_s << customer << QStringList{ht};
    QTest::newRow("phone digits") << u"65529988"_s << customer << QStringList{bj};
    QTest::newRow("phone with area code") << u"010-6552"_s << customer << QStringList{bj};
    QTest::newRow("last four digits") << u"9988"_s << customer << QStringList{bj};
    QTest::newRow("outside the BMP") << u"云𠀾"_s << customer << QStringList{u"广州白云𠀾物流有限公司"_s};
    QTest::newRow("contact by name") << u"李明"_s << int(SearchIndex::Kind::Contact) << QStringList{u"李明"_s};
    QTest::newRow("contact by pinyin") << u"liming"_s << int(SearchIndex::Kind::Contact) << QStringList{u"李明"_s};
    QTest::newRow("contact by mobile") << u"1380013"_s << int(SearchIndex::Kind::Contact) << QStringList{u"李明"_s};
    QTest::newRow("contract number") << u"HT-2026"_s << int(SearchIndex::Kind::Contract) << QStringList{u"HT-2026-0001"_s};
    QTest::newRow("contract title") << u"维保"_s << int(SearchIndex::Kind::Contract) << QStringList{u"HT-2026-0001"_s};
    QTest::newRow("opportunity") << u"机床"_s << int(SearchIndex::Kind::Opportunity) << QStringList{u"数控机床采购"_s};
    QTest::newRow("nothing") << u"成都"_s << customer << QStringList{};
    QTest::newRow("single letter finds nothing") << u"b"_s << customer << QStringList{};
}

void tst_SearchIndex::search()
{
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    expected.sort();
    QCOMPARE(titles(query, SearchIndex::Kind(kind)), expected);
}

void tst_SearchIndex::followsEditsAndDeletes()
{
    // Through another connection, as the sync worker writes.
    auto other = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    other->update(u"customers"_s, m_hengxin, Row{{u"name"_s, u"上海恒昌精密机械有限公司"_s}});
    SearchIndex index(m_replica->database());
    QCOMPARE(index.backlog(), 1);
    QCOMPARE(index.catchUp(), 1);
    QCOMPARE(titles(u"恒昌"_s, SearchIndex::Kind::Customer), QStringList{u"上海恒昌精密机械有限公司"_s});
    QCOMPARE(titles(u"恒信精密"_s, SearchIndex::Kind::Customer), QStringList{});
    QCOMPARE(titles(u"精机"_s, SearchIndex::Kind::Customer), QStringList{u"上海恒昌精密机械有限公司"_s}); // short name kept

    // Edited twice before indexing (the second an upsert, as a pull writes): noted once.
    other->update(u"customers"_s, m_hengxin, Row{{u"short_name"_s, u"恒昌"_s}});
    other->update(u"customers"_s, m_hengxin, Row{{u"short_name"_s, u"恒昌精机"_s}});
    QCOMPARE(index.backlog(), 1);
    QCOMPARE(index.catchUp(), 1);

    // A contact hit names its customer.
    const QList<SearchIndex::Hit> hits = index.search(u"李明"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().customerId, m_hengxin);
    QVERIFY(hits.first().detail.contains(u"上海恒昌精密机械有限公司"_s));

    // Deleted (locally, or by a pull) and gone.
    other->remove(u"customers"_s, m_hengxin);
    QCOMPARE(index.catchUp(), 1);
    QCOMPARE(titles(u"恒昌"_s, SearchIndex::Kind::Customer), QStringList{});
    other->database().exec(u"DELETE FROM contacts"_s);
    QCOMPARE(index.catchUp(), 1);
    QCOMPARE(titles(u"李明"_s, SearchIndex::Kind::Contact), QStringList{});
}

void tst_SearchIndex::indexesRowsAlreadyThere()
{
    // A replica made before the index existed: the migration marks every row.
    QTemporaryDir dir;
    Database db = Database::openSqlite(dir.path() + u"/old.sqlite"_s);
    DomainSchema::migrator().migrate(db);
    for (const QString &name : {u"苏州工业园区明辉电子有限公司"_s, u"杭州西湖茶业有限公司"_s})
        db.exec(u"INSERT INTO customers (id, created_at, updated_at, name) VALUES (?, '2026-01-01T00:00:00.000Z', "
                u"'2026-01-01T00:00:00.000Z', ?)"_s,
                {Id::generate().toString(), name});
    SearchIndex::install(db);
    SearchIndex index(db);
    QCOMPARE(index.backlog(), 2);
    QCOMPARE(index.catchUp(1), 1); // in steps
    QCOMPARE(index.catchUp(), 1);
    QCOMPARE(index.search(u"xihu"_s).size(), 1);
    QCOMPARE(index.search(u"明辉"_s).value(0).title, u"苏州工业园区明辉电子有限公司"_s);
}

// A first download drops the insert triggers with the deferred indexes (and notes the rows
// at the end); it finds them by what install() wrote — each searched table's, and nothing
// else.
void tst_SearchIndex::insertTriggersAreRecognised()
{
    QSqlQuery q = m_replica->database().exec(u"SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'"_s);
    QSet<QString> recognised;
    int others = 0;
    while (q.next()) {
        const qint64 offset = SearchIndex::insertTriggerOffset(q.value(0).toString(), q.value(2).toString());
        if (offset >= 0)
            recognised.insert(q.value(1).toString());
        else
            ++others;
        QVERIFY(SearchIndex::insertTriggerOffset(u"some_other_table"_s, q.value(2).toString()) < 0);
    }
    QCOMPARE(recognised, (QSet<QString>{u"search_customers_ins"_s, u"search_contacts_ins"_s, u"search_opportunities_ins"_s,
                                         u"search_contracts_ins"_s}));
    QVERIFY(others > 0); // the update and delete triggers stay
}

void tst_SearchIndex::ranking_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the customers, best first

    // The whole name, then its start, then the pinyin of the whole name, its start, the
    // start of its initials, then a part; shorter names first within each.
    QTest::newRow("pinyin of the exact name first") << u"lanjin"_s
        << QStringList{u"蓝金"_s, u"蓝金科技有限公司"_s, u"上海蓝金贸易有限公司"_s, u"和蓝精密"_s};
    QTest::newRow("the exact name first") << u"蓝金"_s
        << QStringList{u"蓝金"_s, u"蓝金科技有限公司"_s, u"上海蓝金贸易有限公司"_s};
    QTest::newRow("initials: start before in order") << u"ljkj"_s << QStringList{u"蓝金科技有限公司"_s};
    QTest::newRow("initials out of order match nothing") << u"kjlj"_s << QStringList{};
    QTest::newRow("name prefix, shorter first") << u"和蓝"_s << QStringList{u"和蓝精密"_s};
}

void tst_SearchIndex::ranking()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    // Many near misses first (older rows): the exact one must still be found and lead.
    for (int i = 0; i < 60; ++i)
        replica->create(u"customers"_s, {{u"name"_s, u"和蓝精密%1号厂"_s.arg(i)}});
    for (const QString &name : {u"和蓝精密"_s, u"上海蓝金贸易有限公司"_s, u"蓝金科技有限公司"_s, u"蓝金"_s})
        replica->create(u"customers"_s, {{u"name"_s, name}});
    SearchIndex index(replica->database());
    while (index.catchUp() > 0) { }
    QStringList shown;
    for (const SearchIndex::Hit &h : index.search(query, 4))
        if (h.kind == SearchIndex::Kind::Customer)
            shown << h.title;
    QCOMPARE(shown.mid(0, expected.size()), expected);
    if (expected.isEmpty())
        QCOMPARE(shown, QStringList());
}

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
