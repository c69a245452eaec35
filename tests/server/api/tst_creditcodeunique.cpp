// One live customer per unified social credit code (统一社会信用代码, issue 16), on SQLite
// and PostgreSQL: REST create and change, sync pushes (a rejection naming the customer
// that has the code when its author may see it), the code stored normalised, a deleted
// customer freeing its code, and the unique index as a backstop — which a store already
// holding duplicates does without, its migration still succeeding.
#include "apifixture.h"
#include "core/id.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "store/recordwriter.h"
#include "store/servermigrations.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

namespace {

// Valid codes (check characters per GB 32100-2015), the first in a form people type.
const QString CodeTyped = u" 91350100m000100y43 "_s;
const QString Code = u"91350100M000100Y43"_s;
const QString OtherCode = u"91110000802100433B"_s;
const QString ThirdCode = u"91310000MA1FL8L971"_s;

bool hasCreditCodeIndex(Database &db)
{
    const QString sql = db.dialect() == Dialect::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ux_customers_credit_code'"_s
        : u"SELECT count(*) FROM pg_indexes WHERE indexname = 'ux_customers_credit_code'"_s;
    return db.scalar(sql).toInt() == 1;
}

} // namespace

class tst_CreditCodeUnique : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void restCreate();
    void restChange();
    void deletedCustomerFreesItsCode();
    void push();
    void indexIsTheBackstop();
    void migrationKeepsExistingDuplicates();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, path, body);
    }
    Reply createCustomer(const QString &login, const QString &name, const QString &code)
    {
        return as(login, "POST", u"/api/v1/customers"_s, {{u"name"_s, name}, {u"creditCode"_s, code}});
    }
    static QJsonObject errorFields(const Reply &r) { return r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject(); }
    // A new customer pushed by `login`'s client; returns the push's result for it.
    QJsonObject pushCustomer(const QString &login, const QString &name, const QString &code)
    {
        if (!m_clients.contains(login))
            m_clients.insert(login, {Id::generate().toString(), 0});
        auto &client = m_clients[login];
        const QJsonObject m{{u"id"_s, double(++client.second)}, {u"table"_s, u"customers"_s},
                            {u"recordId"_s, Id::generate().toString()}, {u"op"_s, u"upsert"_s},
                            {u"columns"_s, QJsonArray{u"name"_s, u"credit_code"_s}}, {u"base"_s, QJsonValue::Null},
                            {u"values"_s, QJsonArray{name, code}}};
        const Reply r = as(login, "POST", u"/api/v1/sync/push"_s,
                           {{u"protocol"_s, 1}, {u"clientId"_s, client.first}, {u"mutations"_s, QJsonArray{m}}});
        if (r.status != 200)
            qWarning() << "push" << r.status << r.body;
        return r.json.value(u"results"_s).toArray().first().toObject();
    }
    // `login`'s rejections as their client pulls them.
    QList<QJsonObject> rejections(const QString &login)
    {
        QList<QJsonObject> out;
        const Reply r = as(login, "GET", u"/api/v1/sync/pull?clientId=%1&cursor=0&limit=5000"_s.arg(m_clients.value(login).first));
        for (const QJsonValue &o : r.json.value(u"outcomes"_s).toArray())
            if (o.toObject().value(u"kind"_s).toString() == u"rejection")
                out << o.toObject();
        return out;
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, std::pair<QString, qint64>> m_clients; // login → client id, last mutation id
    QString m_customer;                                  // wangfang's, with Code
};

void tst_CreditCodeUnique::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_CreditCodeUnique::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    m_clients.clear();
    f->addUser(u"admin"_s, u"admin"_s, {});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"liqiang"_s, u"sales"_s, {u"销售部/华南区"_s});
    const Reply r = createCustomer(u"wangfang"_s, u"杭州华通科技有限公司"_s, CodeTyped);
    QCOMPARE(r.status, 201);
    m_customer = r.json.value(u"id"_s).toString();
    QCOMPARE(r.json.value(u"creditCode"_s).toString(), Code); // stored normalised
}

void tst_CreditCodeUnique::cleanup()
{
    f.reset();
}

void tst_CreditCodeUnique::restCreate()
{
    // Whoever may see the customer that has the code is told which it is…
    for (const QString &code : {Code, CodeTyped, u"９１３５０１００Ｍ０００１００Ｙ４３"_s}) {
        const Reply r = createCustomer(u"chenjing"_s, u"华通科技（杭州）有限公司"_s, code);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"duplicate_credit_code"_s);
        QCOMPARE(errorFields(r).value(u"creditCode"_s).toObject().value(u"code"_s).toString(), u"duplicate_credit_code"_s);
        QCOMPARE(errorFields(r).value(u"existingId"_s).toString(), m_customer);
    }
    // …who may not, only that it exists.
    Reply r = createCustomer(u"liqiang"_s, u"华通科技（广州）有限公司"_s, Code);
    QCOMPARE(r.errorCode(), u"duplicate_credit_code"_s);
    QVERIFY(!errorFields(r).contains(u"existingId"_s));
    QVERIFY(!r.body.contains(m_customer.toUtf8()));
    // A pool customer is everyone's to see (and claim).
    r = as(u"admin"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"宁波港城贸易有限公司"_s}, {u"creditCode"_s, OtherCode}});
    QCOMPARE(r.status, 201);
    const QString pooled = r.json.value(u"id"_s).toString();
    QVERIFY(r.json.value(u"ownerId"_s).isNull());
    r = createCustomer(u"liqiang"_s, u"港城贸易有限公司"_s, OtherCode);
    QCOMPARE(r.errorCode(), u"duplicate_credit_code"_s);
    QCOMPARE(errorFields(r).value(u"existingId"_s).toString(), pooled);
    // Another code, or none, is fine; so are two customers without one.
    QCOMPARE(createCustomer(u"liqiang"_s, u"广州天河电子有限公司"_s, ThirdCode).status, 201);
    QCOMPARE(as(u"liqiang"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"佛山顺德家具有限公司"_s}}).status, 201);
    QCOMPARE(as(u"liqiang"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"东莞长安五金有限公司"_s}}).status, 201);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM customers WHERE credit_code = ?"_s, {Code}).toInt(), 1);
}

void tst_CreditCodeUnique::restChange()
{
    const QString second = createCustomer(u"wangfang"_s, u"杭州西溪软件有限公司"_s, OtherCode).json.value(u"id"_s).toString();
    QVERIFY(!second.isEmpty());
    Reply r = f->patch(u"wangfang"_s, u"customers"_s, second, {{u"creditCode"_s, CodeTyped}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"duplicate_credit_code"_s);
    QCOMPARE(errorFields(r).value(u"existingId"_s).toString(), m_customer);
    QCOMPARE(f->store().database().scalar(u"SELECT credit_code FROM customers WHERE id = ?"_s, {second}).toString(), OtherCode);
    // Its own code again, in another form, or other fields: no refusal.
    r = f->patch(u"wangfang"_s, u"customers"_s, m_customer, {{u"creditCode"_s, u"91350100-m000100-y43"_s}, {u"level"_s, u"a"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"creditCode"_s).toString(), Code);
    QCOMPARE(f->patch(u"wangfang"_s, u"customers"_s, second, {{u"creditCode"_s, ThirdCode}}).status, 200);
    // A code given up is free again.
    QCOMPARE(f->patch(u"wangfang"_s, u"customers"_s, second, {{u"creditCode"_s, QJsonValue::Null}}).status, 200);
    QCOMPARE(createCustomer(u"wangfang"_s, u"上海浦东信息技术有限公司"_s, ThirdCode).status, 201);
}

void tst_CreditCodeUnique::deletedCustomerFreesItsCode()
{
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/customers/"_s + m_customer).status, 204);
    const Reply r = createCustomer(u"liqiang"_s, u"华通科技（广州）有限公司"_s, Code);
    QCOMPARE(r.status, 201);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM customers WHERE credit_code = ?"_s, {Code}).toInt(), 2);
}

void tst_CreditCodeUnique::push()
{
    // A rejection with a stable code; the existing customer for whoever may see it, on the
    // push's result and on the outcome their client pulls (field and "theirs").
    QJsonObject result = pushCustomer(u"chenjing"_s, u"华通科技（杭州）有限公司"_s, u"91350100m000100y43"_s);
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(result.value(u"code"_s).toString(), u"duplicate_credit_code"_s);
    QCOMPARE(result.value(u"existingId"_s).toString(), m_customer);
    QList<QJsonObject> outcomes = rejections(u"chenjing"_s);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().value(u"code"_s).toString(), u"duplicate_credit_code"_s);
    QCOMPARE(outcomes.first().value(u"field"_s).toString(), u"credit_code"_s);
    QCOMPARE(outcomes.first().value(u"theirs"_s).toString(), m_customer);
    QVERIFY(outcomes.first().value(u"mine"_s).toString().contains(u"华通科技（杭州）"_s)); // what was typed is kept

    result = pushCustomer(u"liqiang"_s, u"华通科技（广州）有限公司"_s, Code);
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(result.value(u"code"_s).toString(), u"duplicate_credit_code"_s);
    QVERIFY(!result.contains(u"existingId"_s));
    outcomes = rejections(u"liqiang"_s);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().value(u"theirs"_s).toString().isEmpty());
    QVERIFY(!outcomes.first().value(u"message"_s).toString().contains(m_customer));

    // The queue moves on: the next mutation with a new code is applied.
    result = pushCustomer(u"liqiang"_s, u"广州天河电子有限公司"_s, OtherCode);
    QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM customers WHERE credit_code = ?"_s, {Code}).toInt(), 1);
}

// The index refuses what slips past the check (two writes racing), answered as the same
// refusal; it is there on a store without duplicates.
void tst_CreditCodeUnique::indexIsTheBackstop()
{
    Database &db = f->store().database();
    QVERIFY(hasCreditCodeIndex(db));
    QVERIFY(ServerSchema::ensureCreditCodeIndex(db));
    RecordWriter writer(db);
    QVERIFY_THROWS_EXCEPTION(std::exception, writer.insert(u"customers"_s, Row{{u"name"_s, u"重复公司"_s}, {u"credit_code"_s, Code}}, QString()));
    // A deleted customer's code is not held.
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/customers/"_s + m_customer).status, 204);
    writer.insert(u"customers"_s, Row{{u"name"_s, u"重复公司"_s}, {u"credit_code"_s, Code}}, QString());
}

// A store from before the rule holding duplicates (one typed in another form): the
// migration succeeds, normalises the codes (new versions, so replicas take them) and
// leaves the index out; the server still refuses a new duplicate; once the duplicates are
// gone, the index comes.
void tst_CreditCodeUnique::migrationKeepsExistingDuplicates()
{
    QFETCH_GLOBAL(QString, dialect);
    QTemporaryDir dir;
    static int counter = 0;
    Database db = dialect == u"sqlite" ? Database::openSqlite(dir.filePath(u"old.sqlite"_s))
                                       : Database::openPostgres(Test::PgCluster::shared().createDatabase(
                                             u"ccu_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter)));
    DomainSchema::migrator().migrate(db);
    Migrator(u"server"_s, ServerSchema::migrations().mid(0, 8)).migrate(db);
    RecordWriter writer(db);
    const QString a = writer.insert(u"customers"_s, Row{{u"name"_s, u"华通科技"_s}, {u"credit_code"_s, Code}}, QString()).value(u"id"_s).toString();
    const QString b = writer.insert(u"customers"_s, Row{{u"name"_s, u"华通科技分公司"_s}, {u"credit_code"_s, u"9135 0100 m000 100y43"_s}}, QString())
                          .value(u"id"_s)
                          .toString();
    const qint64 versionBefore = writer.read(u"customers"_s, b)->value(u"version"_s).toLongLong();
    ServerSchema::migrator().migrate(db);
    QCOMPARE(writer.read(u"customers"_s, b)->value(u"credit_code"_s).toString(), Code);
    QVERIFY(writer.read(u"customers"_s, b)->value(u"version"_s).toLongLong() > versionBefore);
    QVERIFY(!hasCreditCodeIndex(db));
    QVERIFY(!ServerSchema::ensureCreditCodeIndex(db));
    writer.remove(u"customers"_s, a, QString());
    QVERIFY(ServerSchema::ensureCreditCodeIndex(db));
    QVERIFY(hasCreditCodeIndex(db));
}

QTEST_GUILESS_MAIN(tst_CreditCodeUnique)
#include "tst_creditcodeunique.moc"
