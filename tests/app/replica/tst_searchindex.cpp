// The global search over a replica (FEATURES.md C8): Chinese substrings of any length,
// pinyin in full and by initials, phone digits, contract numbers; results by kind; the
// index follows inserts, edits and deletes from any connection.
#include "core/id.h"
#include "replica/replica.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"

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
    void document_data();
    void document();
    void rangeAndOneByOneAgree();
    void searchWhileBuilding();
    void migrationRebuildsTheIndex();

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
                                         u"search_contracts_ins"_s, u"search_assets_ins"_s}));
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

// What a document holds, as the index had it before catchUp() read rows by range (these
// are documents of a generated replica, indexed then).
void tst_SearchIndex::document_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("py");
    QTest::newRow("customer") << int(SearchIndex::Kind::Customer)
        << QStringList{u"宁波市诺佳食品有限责任公司"_s, u"诺佳食品"_s, u"0574-27258873"_s}
        << u"宁 波 市 诺 佳 食 品 有 限 责 任 公 司 057427258873 27258873 8873"_s
        << u"ningbo nb shi nuo jia shipin sp youxian yx zeren zr gongsi gs nbsnjspyxzrgs njsp nuojiashipin"_s;
    QTest::newRow("customer without a short name") << int(SearchIndex::Kind::Customer)
        << QStringList{u"凯亚物流有限责任公司"_s, QString(), u"0771-44719737"_s}
        << u"凯 亚 物 流 有 限 责 任 公 司 077144719737 44719737 9737"_s
        << u"kai ya wuliu wl youxian yx zeren zr gongsi gs kywlyxzrgs kywl"_s;
    QTest::newRow("contact") << int(SearchIndex::Kind::Contact)
        << QStringList{u"潘平伟"_s, u"0574-27258873-828"_s, u"13982608637"_s}
        << u"潘 平 伟 057427258873 27258873 3828 13982608637 8637"_s << u"pan ping wei ppw panpingwei"_s;
    QTest::newRow("contact without a phone") << int(SearchIndex::Kind::Contact)
        << QStringList{u"陈雪海"_s, QString(), u"13160906362"_s} << u"陈 雪 海 13160906362 6362"_s
        << u"chen xue hai cxh chenxuehai"_s;
    QTest::newRow("opportunity") << int(SearchIndex::Kind::Opportunity)
        << QStringList{u"隆聚科技协同办公软件采购项目"_s, QString(), QString()}
        << u"隆 聚 科 技 协 同 办 公 软 件 采 购 项 目"_s
        << u"long ju keji kj xietong xt bangong bg ruanjian rj caigou cg xiangmu xm ljkjxtbgrjcgxm "
           u"longjukejixietongbangongruanjiancaigouxiangmu"_s;
    QTest::newRow("contract") << int(SearchIndex::Kind::Contract)
        << QStringList{u"HT-2026-000025"_s, u"鼎泰科技采购合同"_s, QString()}
        << u"ht 2026 000025 鼎 泰 科 技 采 购 合 同"_s << u"ding tai keji kj caigou cg hetong ht dtkjcght dingtaikejicaigouhetong"_s;
    QTest::newRow("full width and outside the BMP") << int(SearchIndex::Kind::Customer)
        << QStringList{u"ＡＢＣ广州白云𠀾物流有限公司"_s, QString(), QString()}
        << u"abc 广 州 白 云 𠀾 物 流 有 限 公 司"_s << SearchIndex::document(SearchIndex::Kind::Customer, u"ABC广州白云𠀾物流有限公司"_s).py;
}

void tst_SearchIndex::document()
{
    QFETCH(int, kind);
    QFETCH(QStringList, texts);
    QFETCH(QString, body);
    QFETCH(QString, py);
    const SearchIndex::Document d = SearchIndex::document(SearchIndex::Kind(kind), texts.value(0), texts.value(1), texts.value(2));
    QCOMPARE(d.body, body);
    QCOMPARE(d.py, py);
}

namespace {

struct Indexed
{
    qint64 rowid;
    QString body;
    QString py;
    bool operator==(const Indexed &) const = default;
};

QList<Indexed> indexContents(Database &db)
{
    QList<Indexed> out;
    QSqlQuery q = db.exec(u"SELECT rowid, body, py FROM search_fts ORDER BY rowid"_s);
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

// A replica with rows of every kind, some deleted, some without the optional texts; 240
// customers and contacts, so that catchUp() builds their documents on its second thread.
std::unique_ptr<Replica> mixedReplica(const QString &path)
{
    auto replica = Replica::open(path);
    for (int i = 0; i < 240; ++i) {
        const QString customer = replica->create(u"customers"_s, {{u"name"_s, u"杭州西湖%1号茶业有限公司"_s.arg(i)},
                                                                  {u"short_name"_s, i % 3 ? u"西湖茶业"_s : QString()},
                                                                  {u"phone"_s, i % 2 ? u"0571-8765%1"_s.arg(1000 + i) : QString()}})
                                     .value(u"id"_s).toString();
        replica->create(u"contacts"_s, {{u"customer_id"_s, customer}, {u"name"_s, i % 2 ? u"王建国"_s : u"李明"_s},
                                        {u"mobile"_s, u"1390000%1"_s.arg(1000 + i)}});
        if (i % 4 == 0) {
            replica->create(u"opportunities"_s, {{u"customer_id"_s, customer}, {u"name"_s, u"龙井采购%1"_s.arg(i)},
                                                 {u"stage"_s, u"qualify"_s}});
            replica->create(u"contracts"_s, {{u"customer_id"_s, customer}, {u"number"_s, u"HT-2026-%1"_s.arg(i, 4, 10, QChar(u'0'))},
                                             {u"title"_s, u"年度采购合同"_s}});
        }
        if (i % 7 == 0)
            replica->remove(u"customers"_s, customer);
    }
    return replica;
}

} // namespace

// The bulk path (a range of noted rows per statement) and the smallest steps make the same
// index; both hold the documents document() makes of the rows.
void tst_SearchIndex::rangeAndOneByOneAgree()
{
    QTemporaryDir dir;
    auto replica = mixedReplica(dir.path() + u"/replica.sqlite"_s);
    Database &db = replica->database();
    SearchIndex index(db);
    const int rows = index.backlog();
    QCOMPARE(index.catchUp(100000), rows);
    QCOMPARE(index.backlog(), 0);
    const QList<Indexed> bulk = indexContents(db);

    SearchIndex::rebuild(db);
    QCOMPARE(index.backlog(), rows);
    QCOMPARE(indexContents(db).size(), 0);
    int steps = 0;
    while (index.catchUp(1) > 0)
        ++steps;
    QCOMPARE(steps, rows);
    const QList<Indexed> single = indexContents(db);
    QCOMPARE(single.size(), bulk.size());
    QVERIFY(single == bulk);

    // Each one as document() makes it; deleted rows are out.
    QCOMPARE(bulk.size(), rows - 35); // customers 0, 7, …, 238
    QSqlQuery q = db.exec(u"SELECT f.body, f.py, c.name, c.short_name, c.phone FROM search_fts f "
                          u"JOIN customers c ON c.rowid = f.rowid WHERE f.rowid < ?"_s,
                          {qint64(1) << 40});
    int customers = 0;
    while (q.next()) {
        const SearchIndex::Document d = SearchIndex::document(SearchIndex::Kind::Customer, q.value(2).toString(),
                                                              q.value(3).toString(), q.value(4).toString());
        QCOMPARE(q.value(0).toString(), d.body);
        QCOMPARE(q.value(1).toString(), d.py);
        ++customers;
    }
    QCOMPARE(customers, 205);
    // Found through the bulk path.
    QCOMPARE(index.search(u"西湖1号"_s).value(0).title, u"杭州西湖1号茶业有限公司"_s);
    QVERIFY(!index.search(u"wangjianguo"_s).isEmpty());
    QVERIFY(!index.search(u"87651001"_s).isEmpty());

    // An edit after the build: the row's old document goes, the new one comes.
    const QString id = db.scalar(u"SELECT id FROM customers WHERE deleted = 0 ORDER BY rowid LIMIT 1"_s).toString();
    replica->update(u"customers"_s, id, Row{{u"name"_s, u"宁波东海渔业有限公司"_s}});
    QCOMPARE(index.catchUp(100000), 1);
    QCOMPARE(indexContents(db).size(), bulk.size());
    QCOMPARE(index.search(u"东海渔业"_s).value(0).title, u"宁波东海渔业有限公司"_s);
}

// While the index is being built, search answers from what is indexed so far (the window
// says it is still indexing: GlobalSearch::setBacklog).
void tst_SearchIndex::searchWhileBuilding()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/replica.sqlite"_s);
    for (int i = 0; i < 30; ++i)
        replica->create(u"customers"_s, {{u"name"_s, u"苏州明辉%1电子有限公司"_s.arg(QChar(u'甲' + i))}});
    SearchIndex index(replica->database());
    QCOMPARE(index.catchUp(10), 10);
    QCOMPARE(index.backlog(), 20);
    // Through another connection, as the window searches while the sync thread indexes.
    auto window = Replica::open(dir.path() + u"/replica.sqlite"_s);
    SearchIndex shown(window->database());
    QCOMPARE(shown.search(u"明辉"_s, 100).size(), 10);
    QCOMPARE(shown.search(u"mh"_s, 100).size(), 10);
    QVERIFY(!SearchIndex::customersCaughtUp(window->database()));
    while (index.catchUp(7) > 0) { }
    QCOMPARE(shown.search(u"明辉"_s, 100).size(), 30);
    QCOMPARE(shown.search(u"mh"_s, 100).size(), 30);
    QVERIFY(SearchIndex::customersCaughtUp(window->database()));
}

// Replica migration 8: a replica whose index has the earlier table (a prefix index of six
// letters too) gets the new one, every row noted for indexing again, and finds them once built.
void tst_SearchIndex::migrationRebuildsTheIndex()
{
    QTemporaryDir dir;
    const QString path = dir.path() + u"/replica.sqlite"_s;
    {
        auto replica = mixedReplica(path);
        Database &db = replica->database();
        // As migration 2 made the table, indexed, and migration 8 not applied yet.
        db.exec(u"DROP TABLE search_fts"_s);
        db.exec(u"CREATE VIRTUAL TABLE search_fts USING fts5(body, py, tokenize = 'unicode61 remove_diacritics 0', "
                u"prefix = '2 3 4 5 6', columnsize = 0)"_s);
        SearchIndex index(db);
        while (index.catchUp() > 0) { }
        QVERIFY(index.search(u"西湖"_s).size() > 0);
        // Migrations 8 and after run again (those after it are safe to repeat).
        db.exec(u"DELETE FROM schema_migrations WHERE component = 'replica' AND version >= 8"_s);
    }
    auto replica = Replica::open(path);
    Database &db = replica->database();
    QVERIFY(db.scalar(u"SELECT sql FROM sqlite_master WHERE name = 'search_fts'"_s).toString().contains(u"prefix = '2 3 4 5',"_s));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM search_fts"_s).toInt(), 0);
    SearchIndex index(db);
    const int rows = db.scalar(u"SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts) "
                               u"+ (SELECT count(*) FROM opportunities) + (SELECT count(*) FROM contracts)"_s).toInt();
    QCOMPARE(index.backlog(), rows);
    QVERIFY(!SearchIndex::customersCaughtUp(db));
    while (index.catchUp() > 0) { }
    QCOMPARE(index.search(u"西湖1号"_s).value(0).title, u"杭州西湖1号茶业有限公司"_s);
    QVERIFY(!index.search(u"xhcy"_s).isEmpty());
    QVERIFY(!index.search(u"李明"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SearchIndex)
#include "tst_searchindex.moc"
