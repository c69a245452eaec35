// Query plans as tests, not timings (issue 17): every statement the server runs to answer
// the hot paths — the REST list pages (each resource, first and next page, the duplicate
// check), a record by id, the sync snapshot pages of every table (the scope kinds: the
// organisation, the catalogue, customers, customer children), the checkpoint's counts and
// checksums and the pull (from the start and at the head) — is captured as it runs
// (Database::setObserver) for a user of every role over the demo data, and explained:
// SQLite's EXPLAIN QUERY PLAN on the store without planner statistics (as a new store has
// it) and with them (ANALYZE), PostgreSQL's EXPLAIN with sequential scans priced out (so
// the plan shows whether an index can answer at all, whatever the table sizes). A
// statement fails when it walks a large table it should seek: a table scan, or (a page)
// a sort of what it reads. The SQL is never copied here, so the test follows the code.
// And the guard is tested: with an index the paths rely on dropped, it reports them.
// An owned table (ScopeKind::Owned, issue 18) and a members table with its records
// (ScopeKind::Members, MemberChild) are declared here alone, with rows for every user, so
// their pages are explained with the others.
#include "apifixture.h"
#include "core/enums.h"
#include "dataset/generator.h"
#include "jobs/demoseeder.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/tabledef.h"
#include "statementrecorder.h"
#include "store/recordwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <map>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

namespace {

constexpr qint64 Customers = 1500;
const QString Password = u"huike2026"_s;

// The marks on a recorded statement.
enum Flag {
    WholeScope = 1, // reads a whole scope by design (a checkpoint of everything)
    Everything = 2, // for a user who sees every customer
};
using Statement = Test::RecordedStatement;
bool wholeScope(const Statement &s)
{
    return s.flags & WholeScope;
}
bool everything(const Statement &s)
{
    return s.flags & Everything;
}

// Tables a walk of which is fine: a few rows per person or per product.
bool isSmall(const QString &table)
{
    static const QSet<QString> small{u"credentials"_s, u"login_failures"_s, u"number_series"_s, u"settings"_s,
                                     u"client_mutations"_s, u"schema_migrations"_s};
    return small.contains(table) || DomainSchema::isGlobal(table);
}

// PostgreSQL cannot PREPARE an EXPLAIN: the values go in as literals (of unknown type, so
// the column decides, as a bound value would).
QString withLiterals(const QString &sql, const QVariantList &values)
{
    QString out;
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted;
        if (c != u'?' || quoted) {
            out += c;
            continue;
        }
        const QVariant v = values.value(next++);
        if (v.isNull())
            out += u"NULL"_s;
        else
            out += u'\'' + v.toString().replace(u"'"_s, u"''"_s) + u'\'';
    }
    return out;
}

// A plan: one line per step, and what is wrong with it (empty when it seeks).
struct Plan
{
    QStringList lines;
    QStringList bad;
};

// The table an alias of the statement stands for ("c" in "FROM customers c"); itself when
// it is a table; empty for a subquery's name.
QString tableOf(const QString &sql, const QString &name)
{
    if (DomainSchema::find(name) || !name.contains(QRegularExpression(u"^[a-z]\\d*$"_s)))
        return name;
    const QRegularExpression alias(u"(?:FROM|JOIN)\\s+(\\w+)\\s+(?:AS\\s+)?%1\\b"_s.arg(name),
                                   QRegularExpression::CaseInsensitiveOption);
    return alias.match(sql).captured(1);
}

// Whether an index is partial (CREATE INDEX … WHERE …): a walk of it reads only the rows
// its condition names (the deleted customers, the pool), never the table.
bool isPartialIndex(Database &db, const QString &index)
{
    if (index.isEmpty())
        return false;
    const QString sql = db.dialect() == Dialect::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ? AND sql LIKE '% WHERE %'"_s
        : u"SELECT count(*) FROM pg_indexes WHERE indexname = ? AND indexdef LIKE '% WHERE %'"_s;
    return db.scalar(sql, {index}).toInt() > 0;
}

bool isPage(const Statement &s)
{
    return s.sql.contains(u" LIMIT "_s, Qt::CaseInsensitive);
}

// Whether reading `table` whole is what the statement is for, or cheap whatever the data.
bool mayWalk(Database &db, const Statement &s, const QString &table, bool orderedIndexWalk)
{
    if (table.isEmpty() || isSmall(table) || wholeScope(s))
        return true;
    // A page that walks an index in its ORDER BY stops after LIMIT rows: fine for someone
    // who sees every row it passes.
    if (orderedIndexWalk && isPage(s) && everything(s))
        return true;
    // An integrator's "changed since" page of an owned (or members) table: no index serves updated_at
    // within an owner's rows, so the rows are filtered either way; with statistics
    // PostgreSQL walks the primary key (in the order the rows were written, as UUIDv7 ids
    // are) rather than the owner's index when the owner holds a good share of the table,
    // and stops after `limit` matches. Any other page of an owned table must seek.
    if (orderedIndexWalk && isPage(s)
        && (DomainSchema::scopeOf(table) == ScopeKind::Owned || DomainSchema::scopeOf(table) == ScopeKind::Members)
        && s.sql.contains(u"t.updated_at > ?"_s) && db.dialect() == Dialect::Postgres)
        return true;
    // Rows by a list of ids (the pull): a walk is the cheaper plan when the list is a good
    // part of a small table, as in this test's data — a seek at any real size.
    static const QRegularExpression byIds(u"WHERE id IN \\(\\?"_s);
    if (byIds.match(s.sql).hasMatch()) {
        const qint64 rows = db.scalar(u"SELECT count(*) FROM "_s + table).toLongLong();
        return s.values.size() * 4 >= rows;
    }
    return false;
}

// Whether a page's sort is bounded by something small: one customer's records (the 360°
// view's lists over REST), a merged page, a batch of customers.
bool sortIsBounded(const Statement &s)
{
    static const QRegularExpression oneCustomer(u"\\b\\w+\\.customer_id = \\?"_s);
    // A merged keyset page of the customers (Visibility::readableCustomerPage) sorts at most
    // branches × limit ids.
    const bool mergedPage = s.sql.contains(u") u ORDER BY id LIMIT ?"_s);
    // A page of a customer's records by customer (Visibility::readableChildPage): the
    // records of a batch of customers, read through (customer_id, id).
    // A Members record's records by record likewise, through (<parent>, id).
    static const QRegularExpression parentBatch(u"\\bt\\.(\\w+) IN \\(\\?.*ORDER BY t\\.\\1, t\\.id LIMIT \\?"_s);
    const bool customerBatch = parentBatch.match(s.sql).hasMatch();
    // One Members record's records (?<parent>=…): a record's few rows.
    bool oneRecord = false;
    for (const TableDef &t : DomainSchema::tables())
        if (t.scope() == ScopeKind::MemberChild && s.sql.contains(u"FROM %1 t "_s.arg(t.name()))
            && s.sql.contains(u"t.%1 = ?"_s.arg(t.parentColumn())))
            oneRecord = true;
    return oneCustomer.match(s.sql).hasMatch() || mergedPage || customerBatch || oneRecord;
}

// Whether a node's subtree reads a large table whole (not below a Limit, which stops it).
bool readsUnbounded(Database &db, const QJsonObject &node)
{
    const QString type = node.value(u"Node Type"_s).toString();
    if (type == u"Limit")
        return false;
    const QString table = node.value(u"Relation Name"_s).toString();
    if (!table.isEmpty() && !isSmall(table) && !node.contains(u"Index Cond"_s) && type != u"Bitmap Heap Scan"
        && !isPartialIndex(db, node.value(u"Index Name"_s).toString()))
        return true;
    for (const QJsonValue &child : node.value(u"Plans"_s).toArray())
        if (readsUnbounded(db, child.toObject()))
            return true;
    return false;
}

// Whether a page must sort what a large table gives whole: PostgreSQL prices a sort of a
// small table below an ordered index walk, so the plan is asked again with sorts priced
// out; a sort that stays has no index to give the order.
QStringList unavoidableSorts(Database &db, const Statement &s, const QJsonObject &node)
{
    QStringList out;
    const QString type = node.value(u"Node Type"_s).toString();
    if (type == u"Sort" && readsUnbounded(db, node))
        out << u"Sort (no index gives the order) of "_s + node.value(u"Sort Key"_s).toVariant().toStringList().join(u", "_s);
    for (const QJsonValue &child : node.value(u"Plans"_s).toArray())
        out << unavoidableSorts(db, s, child.toObject());
    return out;
}

void walkPg(Database &db, const Statement &s, const QJsonObject &node, int depth, Plan &plan)
{
    const QString type = node.value(u"Node Type"_s).toString();
    const QString table = node.value(u"Relation Name"_s).toString();
    const QString index = node.value(u"Index Name"_s).toString();
    const QString cond = node.value(u"Index Cond"_s).toString();
    QString line = QString(depth * 2, u' ') + type;
    if (!table.isEmpty())
        line += u" on "_s + table;
    if (!index.isEmpty())
        line += u" using "_s + index;
    if (!cond.isEmpty())
        line += u" ("_s + cond + u')';
    if (node.contains(u"Filter"_s))
        line += u" filter "_s + node.value(u"Filter"_s).toString();
    plan.lines << line;
    const bool seqScan = type == u"Seq Scan";
    const bool indexWalk = (type == u"Index Scan" || type == u"Index Only Scan") && cond.isEmpty()
        && !isPartialIndex(db, index);
    if ((seqScan || indexWalk) && !mayWalk(db, s, table, indexWalk))
        plan.bad << line;
    for (const QJsonValue &child : node.value(u"Plans"_s).toArray())
        walkPg(db, s, child.toObject(), depth + 1, plan);
}

Plan explain(Database &db, const Statement &s)
{
    Plan plan;
    if (db.dialect() == Dialect::Postgres) {
        // PostgreSQL cannot PREPARE an EXPLAIN: the values go in as literals.
        const QString json = db.scalar(u"EXPLAIN (FORMAT JSON) "_s + withLiterals(s.sql, s.values)).toString();
        const QJsonArray top = QJsonDocument::fromJson(json.toUtf8()).array();
        walkPg(db, s, top.first().toObject().value(u"Plan"_s).toObject(), 0, plan);
        if (isPage(s) && !sortIsBounded(s)) {
            db.exec(u"SET enable_sort = off"_s);
            const QString unsorted = db.scalar(u"EXPLAIN (FORMAT JSON) "_s + withLiterals(s.sql, s.values)).toString();
            db.exec(u"SET enable_sort = on"_s);
            plan.bad << unavoidableSorts(
                db, s, QJsonDocument::fromJson(unsorted.toUtf8()).array().first().toObject().value(u"Plan"_s).toObject());
        }
        return plan;
    }
    static const QRegularExpression scan(u"^SCAN (\\w+)( USING (?:COVERING )?INDEX (\\w+))?"_s);
    QSqlQuery q = db.exec(u"EXPLAIN QUERY PLAN "_s + s.sql, s.values);
    while (q.next()) {
        const QString line = q.value(3).toString();
        plan.lines << line;
        const auto m = scan.match(line);
        if (m.hasMatch() && m.captured(1) != u"CONSTANT" && !isPartialIndex(db, m.captured(3))) {
            if (!mayWalk(db, s, tableOf(s.sql, m.captured(1)), !m.captured(2).isEmpty()))
                plan.bad << line;
        } else if (line.contains(u"TEMP B-TREE FOR ORDER BY"_s) && isPage(s) && !sortIsBounded(s)) {
            plan.bad << line;
        }
    }
    return plan;
}

} // namespace

class tst_ServerQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanupTestCase();

    void everyStatementSeeks_data();
    void everyStatementSeeks();
    void aDroppedIndexIsReported_data();
    void aDroppedIndexIsReported();

private:
    struct World
    {
        std::unique_ptr<ApiFixture> f;
        Test::StatementRecorder recorder;
        QStringList setupErrors;
    };
    void build(World &w, const QString &dialect);
    void walk(World &w, const QString &login);
    Reply as(World &w, const QString &login, const QByteArray &method, const QString &path,
             const QJsonObject &body = {});
    // Explains every captured statement; the failures, one line each with its plan.
    QStringList check(Database &db, const QList<Statement> &statements);

    std::map<QString, std::unique_ptr<World>> m_worlds;
    World *w = nullptr;
    QHash<QString, QString> m_tokens;
};

void tst_ServerQueryPlans::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_ServerQueryPlans::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    auto &world = m_worlds[dialect];
    if (!world) {
        world = std::make_unique<World>();
        build(*world, dialect);
    }
    w = world.get();
    QVERIFY2(w->f, "no server");
    QVERIFY2(w->setupErrors.isEmpty(), qPrintable(w->setupErrors.join(u"\n"_s)));
}

void tst_ServerQueryPlans::cleanupTestCase()
{
    w = nullptr;
    m_worlds.clear();
}

Reply tst_ServerQueryPlans::as(World &world, const QString &login, const QByteArray &method, const QString &path,
                               const QJsonObject &body)
{
    const QString key = QString::number(quintptr(&world)) + login;
    if (!m_tokens.contains(key))
        m_tokens.insert(key, world.f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, login}, {u"password"_s, Password}})
                                 .json.value(u"token"_s)
                                 .toString());
    world.recorder.context = u"%1 %2 %3"_s.arg(login, QString::fromLatin1(method), path.section(u'?', 0, 0));
    const Reply r = world.f->call(method, path, body, m_tokens.value(key));
    if (r.status >= 400 && r.status != 404)
        world.setupErrors << u"%1 → %2 %3"_s.arg(world.recorder.context).arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
    return r;
}

void tst_ServerQueryPlans::build(World &world, const QString &dialect)
{
    QString error;
    world.f = ApiFixture::start(dialect, &error);
    if (!world.f) {
        world.setupErrors << error;
        return;
    }
    if (!DemoSeeder(world.f->store()).seed(Customers, 2026, Password, &error)) {
        world.setupErrors << error;
        return;
    }
    {
        // Notes as the server writes them (owner, department), one per owned customer and
        // owned by its owner: spread over people and departments as customers are.
        Database &db = world.f->store().database();
        RecordWriter writer(db);
        QStringList owners;
        QSqlQuery q = db.exec(u"SELECT owner_id FROM customers WHERE owner_id IS NOT NULL ORDER BY id"_s);
        while (q.next())
            owners << q.value(0).toString();
        // As wide as a real record (a lead or a task has twenty-odd columns): on a table of
        // narrow rows PostgreSQL rightly prefers walking a few pages to an index.
        const QString body = QString(400, u'备');
        db.exec(u"BEGIN"_s);
        int n = 0;
        for (const QString &owner : std::as_const(owners)) {
            const auto user = world.f->users().findById(owner);
            writer.insert(u"plan_notes"_s,
                          Row{{u"subject"_s, u"备忘 %1"_s.arg(++n)}, {u"body"_s, body}, {u"owner_id"_s, owner},
                              {u"department_id"_s, user->departmentIds.isEmpty() ? QVariant() : QVariant(user->departmentIds.first())}},
                          owner);
        }
        db.exec(u"COMMIT"_s);
        // Projects (ScopeKind::Members), one per three owned customers, each with two
        // other people on its list and three notes, as wide as real records.
        QStringList users;
        QSqlQuery u = db.exec(u"SELECT id FROM users ORDER BY id"_s);
        while (u.next())
            users << u.value(0).toString();
        db.exec(u"BEGIN"_s);
        for (qsizetype i = 0; i < owners.size(); i += 3) {
            const QString &owner = owners[i];
            const auto user = world.f->users().findById(owner);
            const QString project = writer
                                        .insert(u"plan_projects"_s,
                                                Row{{u"name"_s, u"项目 %1"_s.arg(i)}, {u"body"_s, body}, {u"owner_id"_s, owner},
                                                    {u"department_id"_s, user->departmentIds.isEmpty() ? QVariant() : QVariant(user->departmentIds.first())}},
                                                owner)
                                        .value(u"id"_s)
                                        .toString();
            for (const qsizetype k : {i * 7 + 1, i * 13 + 5})
                writer.insert(u"plan_projects_members"_s, Row{{u"record_id"_s, project}, {u"user_id"_s, users[k % users.size()]}}, owner);
            for (int k = 0; k < 3; ++k)
                writer.insert(u"plan_project_notes"_s, Row{{u"project_id"_s, project}, {u"body"_s, body}, {u"owner_id"_s, owner}}, owner);
        }
        db.exec(u"COMMIT"_s);
        // Expenses (the built-in Members table), one per three owned customers as well, with
        // two lines, a step, an invoice attached, and two people on the list.
        db.exec(u"BEGIN"_s);
        for (qsizetype i = 1; i < owners.size(); i += 3) {
            const QString &owner = owners[i];
            const auto user = world.f->users().findById(owner);
            const QString expense = writer
                                        .insert(u"expenses"_s,
                                                Row{{u"kind"_s, u"claim"_s}, {u"title"_s, u"差旅 %1"_s.arg(i)}, {u"status"_s, u"pending"_s},
                                                    {u"spent_on"_s, u"2026-11-20"_s}, {u"amount_fen"_s, 30000}, {u"reason"_s, body},
                                                    {u"owner_id"_s, owner},
                                                    {u"department_id"_s, user->departmentIds.isEmpty() ? QVariant() : QVariant(user->departmentIds.first())}},
                                                owner)
                                        .value(u"id"_s)
                                        .toString();
            for (const qsizetype k : {i * 7 + 1, i * 13 + 5})
                writer.insert(u"expenses_members"_s, Row{{u"record_id"_s, expense}, {u"user_id"_s, users[k % users.size()]}, {u"owner_id"_s, owner}}, owner);
            for (int k = 0; k < 2; ++k)
                writer.insert(u"expense_lines"_s, Row{{u"expense_id"_s, expense}, {u"line_no"_s, k + 1}, {u"spent_on"_s, u"2026-11-20"_s},
                                                      {u"category"_s, u"travel"_s}, {u"amount_fen"_s, 15000}, {u"description"_s, body},
                                                      {u"owner_id"_s, owner}},
                              owner);
            writer.insert(u"expense_steps"_s, Row{{u"expense_id"_s, expense}, {u"step_no"_s, 1}, {u"status"_s, u"pending"_s},
                                                  {u"approver_roles"_s, u"manager,director,admin"_s}, {u"owner_id"_s, owner}},
                          owner);
            writer.insert(u"expense_attachments"_s, Row{{u"expense_id"_s, expense}, {u"file_name"_s, u"发票 %1.jpg"_s.arg(i)},
                                                        {u"mime_type"_s, u"image/jpeg"_s}, {u"size_bytes"_s, 48213},
                                                        {u"sha256"_s, QString(u"%1"_s.arg(i, 64, 16, QChar(u'0')))}, {u"owner_id"_s, owner}},
                          owner);
        }
        db.exec(u"COMMIT"_s);
    }
    world.f->store().database().setObserver(&world.recorder);
    // One person of every role, as the demo has them.
    QSet<QString> roles;
    for (const auto &[login, role] : Dataset::Generator(2026).users())
        if (!roles.contains(role)) {
            roles.insert(role);
            walk(world, login);
        }
    world.f->store().database().setObserver(nullptr);
}

// Everything a client and an integrator do at volume, as this user.
void tst_ServerQueryPlans::walk(World &world, const QString &login)
{
    const UserRole role = world.f->users().findByLogin(login)->role;
    const bool seesAll = role == UserRole::Admin || role == UserRole::Director || role == UserRole::Service;
    world.recorder.flags = seesAll ? Everything : 0;
    // The REST lists: a first page, the next one, a search, one customer's records; a record.
    QString customerId;
    QHash<QString, QString> recordOf; // a members table → a record of it the user sees
    for (const auto &spec : ResourceHandler::standardResources()) {
        const QString base = u"/api/v1/"_s + spec.path;
        const Reply first = as(world, login, "GET", base + u"?limit=20"_s);
        const QJsonArray items = first.json.value(u"items"_s).toArray();
        const QString cursor = first.json.value(u"nextCursor"_s).toString();
        if (!cursor.isEmpty())
            as(world, login, "GET", base + u"?limit=20&cursor="_s + cursor);
        if (!items.isEmpty()) {
            const QString id = items.first().toObject().value(u"id"_s).toString();
            as(world, login, "GET", base + u'/' + id);
            as(world, login, "GET", base + u'/' + id + u"/history"_s);
            if (spec.table == u"customers")
                customerId = id;
        }
        as(world, login, "GET", base + u"?limit=20&q="_s + QString::fromLatin1(QUrl::toPercentEncoding(u"华"_s)));
        if (!customerId.isEmpty() && spec.table != u"customers")
            as(world, login, "GET", base + u"?limit=20&customer_id="_s + customerId);
        // A members record's: its records by record (a list, notes).
        if (!items.isEmpty() && DomainSchema::scopeOf(spec.table) == ScopeKind::Members)
            recordOf.insert(spec.table, items.first().toObject().value(u"id"_s).toString());
        if (const TableDef &def = DomainSchema::table(spec.table); def.scope() == ScopeKind::MemberChild
            && recordOf.contains(def.parentTable()))
            as(world, login, "GET", base + u"?limit=20&%1=%2"_s.arg(def.parentColumn(), recordOf.value(def.parentTable())));
        as(world, login, "GET", base + u"?limit=20&updated_since=2026-01-01T00:00:00.000Z"_s);
    }
    as(world, login, "GET",
       u"/api/v1/customers/duplicates?name=%1&phone=13800138000&creditCode=91330100MA27XYZ12K"_s.arg(
           QString::fromLatin1(QUrl::toPercentEncoding(u"杭州华通科技有限公司"_s))));
    // The first download: every table's first page and the next.
    for (const QString &table : DomainSchema::syncedTables()) {
        const Reply page = as(world, login, "GET", u"/api/v1/sync/snapshot?table=%1&limit=50"_s.arg(table));
        const QString next = page.json.value(u"next"_s).toString();
        if (!next.isEmpty())
            as(world, login, "GET", u"/api/v1/sync/snapshot?table=%1&limit=50&after=%2"_s.arg(table, next));
    }
    // The pull: from the start, with the checkpoint (counts and checksums of the whole
    // scope: a walk of everything for a user who sees everything), and at the head.
    world.recorder.flags |= seesAll ? WholeScope : 0;
    const Reply start = as(world, login, "GET", u"/api/v1/sync/pull?cursor=0&limit=500&checkpoint=1&clientId=plans"_s);
    world.recorder.flags &= ~WholeScope;
    const qint64 head = qint64(as(world, login, "GET", u"/api/v1/sync/head"_s).json.value(u"seq"_s).toDouble());
    as(world, login, "GET", u"/api/v1/sync/pull?cursor=%1&limit=500&clientId=plans"_s.arg(qMax<qint64>(0, head - 200)));
    Q_UNUSED(start);
}

QStringList tst_ServerQueryPlans::check(Database &db, const QList<Statement> &statements)
{
    QStringList failures;
    const bool dump = qEnvironmentVariableIntValue("HUIKE_PLANS_DUMP") != 0;
    for (const Statement &s : statements) {
        const Plan p = explain(db, s);
        const QStringList &plan = p.lines;
        const QStringList &bad = p.bad;
        if (dump)
            qInfo().noquote() << (bad.isEmpty() ? "GOOD" : "BAD") << s.context << "|" << s.sql << "|" << plan.join(u" / "_s);
        if (!bad.isEmpty())
            failures << u"%1\n  %2\n  plan:\n    %3"_s.arg(s.context, s.sql, plan.join(u"\n    "_s));
    }
    return failures;
}

void tst_ServerQueryPlans::everyStatementSeeks_data()
{
    QTest::addColumn<bool>("statistics");
    QTest::newRow("without statistics") << false;
    QTest::newRow("with statistics") << true;
}

void tst_ServerQueryPlans::everyStatementSeeks()
{
    QFETCH(bool, statistics);
    Database &db = w->f->store().database();
    // What the paths ran, and that it is what they run: every kind of table and path.
    QVERIFY2(w->recorder.statements.size() > 50, qPrintable(QString::number(w->recorder.statements.size())));
    if (db.dialect() == Dialect::Sqlite) {
        if (statistics) {
            db.exec(u"ANALYZE"_s);
        } else {
            db.exec(u"DROP TABLE IF EXISTS sqlite_stat1"_s);
            db.exec(u"DROP TABLE IF EXISTS sqlite_stat4"_s);
        }
        // Statistics are read with the schema: make every connection read it again.
        db.exec(u"CREATE TABLE plans_schema_poke (x)"_s);
        db.exec(u"DROP TABLE plans_schema_poke"_s);
        QCOMPARE(db.tableExists(u"sqlite_stat1"_s), statistics);
    } else {
        // Without: the column statistics of this database's tables dropped (the test
        // cluster's user is a superuser), as a store has them before its first ANALYZE.
        // With: as autovacuum leaves a live store (statistics, and the visibility map that
        // makes an index-only scan cheap: without it a small, freshly written table looks
        // cheaper to walk by its primary key than to read through an index).
        if (statistics)
            db.exec(u"VACUUM ANALYZE"_s);
        else
            db.exec(u"DELETE FROM pg_statistic WHERE starelid IN (SELECT c.oid FROM pg_class c JOIN pg_namespace n "
                    u"ON n.oid = c.relnamespace WHERE n.nspname = current_schema())"_s);
        QCOMPARE(db.scalar(u"SELECT count(*) > 0 FROM pg_stats WHERE schemaname = current_schema()"_s).toBool(),
                 statistics);
        // Whether an index can answer, whatever the table sizes: a sequential scan is then
        // chosen only when no index serves the condition.
        db.exec(u"SET enable_seqscan = off"_s);
    }
    const QStringList failures = check(db, w->recorder.statements);
    if (db.dialect() == Dialect::Postgres) {
        db.exec(u"SET enable_seqscan = on"_s);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 of %2 statements walk a large table:\n"_s.arg(failures.size())
                                                .arg(w->recorder.statements.size())
                                            + failures.join(u"\n"_s)));
}

void tst_ServerQueryPlans::aDroppedIndexIsReported_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<QString>("table");
    // A customer child's customer index, which every scoped page uses.
    QTest::newRow("contacts by customer") << u"ix_contacts_customer_page"_s << u"contacts"_s;
    // The customers' owner index, which a rep's list and snapshot use.
    QTest::newRow("customers by owner") << u"ix_customers_owner_page"_s << u"customers"_s;
    // An owned table's owner index, which every scoped page of it uses.
    QTest::newRow("owned by owner") << u"ix_plan_notes_owner_id_deleted_id"_s << u"plan_notes"_s;
    // A members table's list by user, which every scoped page of it uses; its records'
    // index of their record, which their pages by record use.
    QTest::newRow("members by user") << u"ix_plan_projects_members_user_id_deleted_record_id"_s << u"plan_projects"_s;
    QTest::newRow("member records by record") << u"ix_plan_project_notes_project_id_id"_s << u"plan_project_notes"_s;
}

void tst_ServerQueryPlans::aDroppedIndexIsReported()
{
    QFETCH(QString, index);
    QFETCH(QString, table);
    Database &db = w->f->store().database();
    QList<Statement> touching;
    for (const Statement &s : std::as_const(w->recorder.statements))
        if (s.sql.contains(u' ' + table + u' ') && !wholeScope(s))
            touching << s;
    QVERIFY(!touching.isEmpty());
    db.exec(u"BEGIN"_s);
    if (db.dialect() == Dialect::Postgres) {
        db.exec(u"SET LOCAL enable_seqscan = off"_s);
    }
    if (!db.tableExists(table) || !db.scalar(db.dialect() == Dialect::Sqlite
                                                 ? u"SELECT count(*) FROM sqlite_master WHERE name = ?"_s
                                                 : u"SELECT count(*) FROM pg_indexes WHERE indexname = ?"_s,
                                             {index})
                                          .toInt()) {
        db.exec(u"ROLLBACK"_s);
        QFAIL(qPrintable(u"no index "_s + index));
    }
    db.exec(u"DROP INDEX "_s + index);
    const QStringList failures = check(db, touching);
    db.exec(u"ROLLBACK"_s);
    QVERIFY2(!failures.isEmpty(), qPrintable(u"dropping %1 went unnoticed"_s.arg(index)));
}

int main(int argc, char **argv)
{
    // Before any store opens (DomainSchema::declare).
    DomainSchema::declare(TableDef(u"plan_notes"_s, TableDef::Kind::Synced)
                              .resource(u"plan-notes"_s)
                              .text(u"subject"_s, true)
                              .text(u"body"_s)
                              .scope(ScopeKind::Owned),
                          DomainSchema::BuiltInVersion + 1);
    DomainSchema::declare(TableDef(u"plan_projects"_s, TableDef::Kind::Synced)
                              .resource(u"plan-projects"_s)
                              .text(u"name"_s, true)
                              .text(u"body"_s)
                              .scope(ScopeKind::Members),
                          DomainSchema::BuiltInVersion + 1);
    DomainSchema::declare(TableDef(u"plan_project_notes"_s, TableDef::Kind::Synced)
                              .resource(u"plan-project-notes"_s)
                              .text(u"body"_s)
                              .partOf(u"project_id"_s, u"plan_projects"_s),
                          DomainSchema::BuiltInVersion + 1);
    QCoreApplication app(argc, argv);
    tst_ServerQueryPlans test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_serverqueryplans.moc"
