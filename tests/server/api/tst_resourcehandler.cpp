#include "apifixture.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "store/recordwriter.h"
#include "store/store.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

namespace {
struct Record
{
    QString path;
    QString id;
};
} // namespace

class tst_ResourceHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void ownerSeesEverything();
    void outOfScopeIsNotFoundEverywhere();
    void managerSeesTheSubtree();
    void directorAndServiceAndClerk();
    void pool();
    void releaseSaysWhy_data();
    void releaseSaysWhy();
    void claimLimit_data();
    void claimLimit();
    void reassignmentMovesTheScope();
    void validationChangesNothing();
    void versionConflict();
    void textRoundTrips();
    void historyRecordsChanges();
    void pagingAndSearch();
    void pagesMergeEveryScope();
    void badRequests();
    void sharesOpenTheScope();
    void shareModesAndDepartments_data();
    void shareModesAndDepartments();
    void usersList();
    void duplicatesAreMaskedOutOfScope();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->call(method, path, body, m_tokens.value(login));
    }
    // Takes the contract through approval to signed (payments need a signed contract).
    void signContract(const QString &contract)
    {
        if (as(u"wangfang"_s, "PATCH", u"/api/v1/contracts/"_s + contract, {{u"status"_s, u"in_approval"_s}}).status != 200
            || as(u"chenjing"_s, "PATCH", u"/api/v1/contracts/"_s + contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-11-20"_s}}).status != 200)
            qWarning() << "could not sign the contract";
    }
    QString create(const QString &login, const QString &path, const QJsonObject &body)
    {
        const Reply r = as(login, "POST", u"/api/v1/"_s + path, body);
        if (r.status != 201)
            qWarning() << "create" << path << r.status << r.body;
        return r.json.value(u"id"_s).toString();
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
    QString m_customer;       // wangfang's
    QList<Record> m_records;  // the customer and one record of every child kind
};

void tst_ResourceHandler::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_ResourceHandler::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"zhaomin"_s, u"director"_s, {u"销售部"_s});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"liuyang"_s, u"manager"_s, {u"销售部/华北区"_s});
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s}, u"liuyang"_s);
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    f->addUser(u"wuhao"_s, u"service"_s, {u"客服部"_s});
    m_tokens.clear();
    for (const QString &l : {u"zhaomin"_s, u"chenjing"_s, u"wangfang"_s, u"liuyang"_s, u"lina"_s, u"sunli"_s, u"wuhao"_s})
        m_tokens.insert(l, f->login(l));

    m_customer = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"phone"_s, u"0571-88886666"_s}});
    QVERIFY(!m_customer.isEmpty());
    const QString quote = create(u"wangfang"_s, u"quotes"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"BJ-2026-0001"_s}});
    const QString contract = create(u"wangfang"_s, u"contracts"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0001"_s}, {u"title"_s, u"服务器采购合同"_s},
                                                                   {u"net"_s, u"77000.00"_s}, {u"tax"_s, u"10010.00"_s}, {u"amount"_s, u"87010.00"_s}});
    m_records = {
        {u"customers"_s, m_customer},
        {u"contacts"_s, create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"王伟"_s}, {u"mobile"_s, u"13800138000"_s}})},
        {u"opportunities"_s, create(u"wangfang"_s, u"opportunities"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"服务器采购"_s}, {u"stage"_s, u"proposal"_s}, {u"amount"_s, u"120000.00"_s}, {u"probabilityPercent"_s, u"50"_s}})},
        {u"quotes"_s, quote},
        {u"quote-lines"_s, create(u"wangfang"_s, u"quote-lines"_s, {{u"customerId"_s, m_customer}, {u"quoteId"_s, quote}, {u"lineNo"_s, 1}, {u"description"_s, u"机架式服务器"_s}, {u"quantity"_s, u"2"_s}, {u"unitPrice"_s, u"38500"_s}, {u"vatRatePercent"_s, u"13"_s}})},
        {u"contracts"_s, contract},
        {u"contract-lines"_s, create(u"wangfang"_s, u"contract-lines"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1}, {u"description"_s, u"机架式服务器"_s}, {u"quantity"_s, u"2"_s}, {u"unitPrice"_s, u"38500"_s}, {u"vatRatePercent"_s, u"13"_s},
                                                                                   {u"net"_s, u"77000.00"_s}, {u"tax"_s, u"10010.00"_s}, {u"gross"_s, u"87010.00"_s}})},
        {u"payment-plans"_s, create(u"wangfang"_s, u"payment-plans"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1}, {u"dueDate"_s, u"2026-12-31"_s}, {u"amount"_s, u"87010.00"_s}, {u"isBalance"_s, true}})},
        {u"payments"_s, [&] { signContract(contract); return create(u"wangfang"_s, u"payments"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"paidOn"_s, u"2026-11-20"_s}, {u"amount"_s, u"26103.00"_s}, {u"method"_s, u"bank"_s}}); }()},
        {u"invoices"_s, create(u"wangfang"_s, u"invoices"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"number"_s, u"12345678"_s}, {u"issuedOn"_s, u"2026-11-21"_s}, {u"kind"_s, u"special"_s}, {u"amount"_s, u"26103.00"_s}, {u"tax"_s, u"3003.00"_s}})},
        {u"deliveries"_s, create(u"wangfang"_s, u"deliveries"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"deliveredOn"_s, u"2026-11-22"_s}, {u"description"_s, u"机架式服务器 2 台"_s}, {u"carrier"_s, u"顺丰速运"_s}, {u"trackingNumber"_s, u"SF1234567890123"_s}, {u"receiver"_s, u"王伟"_s}})},
        {u"activities"_s, create(u"wangfang"_s, u"activities"_s, {{u"customerId"_s, m_customer}, {u"kind"_s, u"visit"_s}, {u"occurredAt"_s, u"2026-11-24T10:00:00+08:00"_s}, {u"subject"_s, u"上门拜访"_s}})},
    };
    for (const Record &r : m_records)
        QVERIFY2(!r.id.isEmpty(), qPrintable(u"could not create "_s + r.path));
}

void tst_ResourceHandler::cleanup()
{
    f.reset();
}

void tst_ResourceHandler::ownerSeesEverything()
{
    for (const Record &r : m_records) {
        QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/%1/%2"_s.arg(r.path, r.id)).status, 200);
        const Reply list = as(u"wangfang"_s, "GET", u"/api/v1/"_s + r.path);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(u"items"_s).toArray().size(), 1);
    }
    const Reply c = as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_customer);
    QCOMPARE(c.json.value(u"ownerId"_s).toString(), m_tokens.isEmpty() ? QString() : f->users().findByLogin(u"wangfang"_s)->id);
    QCOMPARE(c.json.value(u"nameNorm"_s).toString(), u"华通科技"_s);
    QCOMPARE(c.json.value(u"phoneNorm"_s).toString(), u"057188886666"_s);
    // Logging the visit moved the customer's last-activity clock (stored in UTC).
    QCOMPARE(c.json.value(u"lastActivityAt"_s).toString(), u"2026-11-24T02:00:00.000Z"_s);
}

void tst_ResourceHandler::outOfScopeIsNotFoundEverywhere()
{
    for (const QString &outsider : {u"lina"_s, u"liuyang"_s}) {
        for (const Record &r : m_records) {
            const QString path = u"/api/v1/%1/%2"_s.arg(r.path, r.id);
            const qint64 version = f->store().database().scalar(u"SELECT max(seq) FROM changes"_s).toLongLong();
            QCOMPARE(as(outsider, "GET", path).status, 404);
            QCOMPARE(as(outsider, "PATCH", path, {{u"notes"_s, u"x"_s}}).status, 404);
            QCOMPARE(as(outsider, "DELETE", path).status, 404);
            QCOMPARE(as(outsider, "GET", u"/api/v1/"_s + r.path).json.value(u"items"_s).toArray().size(), 0);
            QCOMPARE(f->store().database().scalar(u"SELECT max(seq) FROM changes"_s).toLongLong(), version); // nothing changed
        }
        QCOMPARE(as(outsider, "GET", u"/api/v1/customers/%1/history"_s.arg(m_customer)).status, 404);
        // Nor can they add records to the customer.
        QCOMPARE(as(outsider, "POST", u"/api/v1/contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"X"_s}}).status, 404);
    }
}

void tst_ResourceHandler::managerSeesTheSubtree()
{
    for (const Record &r : m_records)
        QCOMPARE(as(u"chenjing"_s, "GET", u"/api/v1/%1/%2"_s.arg(r.path, r.id)).status, 200);
    QCOMPARE(as(u"chenjing"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"a"_s}}).status, 200);
}

void tst_ResourceHandler::directorAndServiceAndClerk()
{
    for (const Record &r : m_records)
        QCOMPARE(as(u"zhaomin"_s, "GET", u"/api/v1/%1/%2"_s.arg(r.path, r.id)).status, 200);
    // Service: reads, logs activities, changes nothing else.
    QCOMPARE(as(u"wuhao"_s, "GET", u"/api/v1/customers/"_s + m_customer).status, 200);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"a"_s}}).status, 403);
    QCOMPARE(as(u"wuhao"_s, "POST", u"/api/v1/activities"_s, {{u"customerId"_s, m_customer}, {u"kind"_s, u"call"_s}, {u"occurredAt"_s, u"2026-11-24T11:00:00Z"_s}, {u"subject"_s, u"售后回访"_s}}).status, 201);
    QCOMPARE(as(u"wuhao"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"新客户"_s}}).status, 403);
    // Clerk: customers of the departments served are read-only; contracts are theirs.
    QCOMPARE(as(u"sunli"_s, "GET", u"/api/v1/customers/"_s + m_customer).status, 200);
    QCOMPARE(as(u"sunli"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"a"_s}}).status, 403);
    QCOMPARE(as(u"sunli"_s, "POST", u"/api/v1/contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"X"_s}}).status, 403);
    QCOMPARE(as(u"sunli"_s, "POST", u"/api/v1/contracts"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0002"_s}, {u"title"_s, u"补充协议"_s}}).status, 201);
    // A clerk of another department does not see it at all.
    f->addUser(u"zhouli"_s, u"clerk"_s, {u"销售部/华北区"_s});
    m_tokens.insert(u"zhouli"_s, f->login(u"zhouli"_s));
    QCOMPARE(as(u"zhouli"_s, "GET", u"/api/v1/customers/"_s + m_customer).status, 404);
}

void tst_ResourceHandler::pool()
{
    const QString pooled = create(u"zhaomin"_s, u"customers"_s, {{u"name"_s, u"公海客户贸易有限公司"_s}});
    QVERIFY(!pooled.isEmpty());
    QVERIFY(as(u"zhaomin"_s, "GET", u"/api/v1/customers/"_s + pooled).json.value(u"ownerId"_s).isNull());
    QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/customers/"_s + pooled).status, 200);
    QCOMPARE(as(u"lina"_s, "PATCH", u"/api/v1/customers/"_s + pooled, {{u"level"_s, u"a"_s}}).status, 403);
    QCOMPARE(as(u"lina"_s, "POST", u"/api/v1/customers/%1/claim"_s.arg(pooled)).status, 200);
    // First claim wins; the customer left wangfang's view with the pool.
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/claim"_s.arg(pooled)).status, 404);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + pooled).status, 404);
    QCOMPARE(as(u"lina"_s, "PATCH", u"/api/v1/customers/"_s + pooled, {{u"level"_s, u"a"_s}}).status, 200);
    QCOMPARE(as(u"lina"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(pooled), {{u"reason"_s, u"暂无需求"_s}}).status, 200);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + pooled).status, 200);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/release"_s.arg(pooled), {{u"reason"_s, u"暂无需求"_s}}).status, 409);
}

// POST …/release {"reason"}: required, at most 200 characters; kept with the date on the
// customer until someone claims it (who may release: the owner, managers above, directors).
void tst_ResourceHandler::releaseSaysWhy_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QJsonValue>("reason");
    QTest::addColumn<int>("status");
    const QJsonValue fine(u"客户暂无采购计划"_s);
    QTest::newRow("owner, reason") << u"wangfang"_s << fine << 200;
    QTest::newRow("owner, none") << u"wangfang"_s << QJsonValue() << 422;
    QTest::newRow("owner, blank") << u"wangfang"_s << QJsonValue(u"   "_s) << 422;
    QTest::newRow("owner, a number") << u"wangfang"_s << QJsonValue(42) << 422;
    QTest::newRow("owner, 200 chars") << u"wangfang"_s << QJsonValue(QString(200, u'因')) << 200;
    QTest::newRow("owner, 201 chars") << u"wangfang"_s << QJsonValue(QString(201, u'因')) << 422;
    QTest::newRow("manager above") << u"chenjing"_s << fine << 200;
    QTest::newRow("director") << u"zhaomin"_s << fine << 200;
    QTest::newRow("other rep") << u"lina"_s << fine << 404;
    QTest::newRow("other manager") << u"liuyang"_s << fine << 404;
    QTest::newRow("service") << u"wuhao"_s << fine << 403;
}

void tst_ResourceHandler::releaseSaysWhy()
{
    QFETCH(QString, login);
    QFETCH(QJsonValue, reason);
    QFETCH(int, status);
    QJsonObject body;
    if (!reason.isNull())
        body.insert(u"reason"_s, reason);
    const Reply r = as(login, "POST", u"/api/v1/customers/%1/release"_s.arg(m_customer), body);
    QCOMPARE(r.status, status);
    const QJsonObject now = as(u"zhaomin"_s, "GET", u"/api/v1/customers/"_s + m_customer).json;
    if (status == 422)
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().contains(u"reason"_s), true);
    if (status != 200) {
        QVERIFY(!now.value(u"ownerId"_s).isNull());
        QVERIFY(now.value(u"poolReason"_s).isNull());
        return;
    }
    QVERIFY(now.value(u"ownerId"_s).isNull());
    QCOMPARE(now.value(u"poolReason"_s).toString(), reason.toString().trimmed());
    QVERIFY(!now.value(u"pooledAt"_s).toString().isEmpty());
    // A claim takes it out of the pool with its reason and date.
    QCOMPARE(as(u"lina"_s, "POST", u"/api/v1/customers/%1/claim"_s.arg(m_customer)).status, 200);
    const QJsonObject claimed = as(u"lina"_s, "GET", u"/api/v1/customers/"_s + m_customer).json;
    QVERIFY(claimed.value(u"poolReason"_s).isNull());
    QVERIFY(claimed.value(u"pooledAt"_s).isNull());
    // The fields are the server's: a client cannot write them.
    QCOMPARE(as(u"lina"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"poolReason"_s, u"x"_s}}).status, 422);
}

// pool.max_customers_per_rep: a rep (or manager) holding that many live customers claims
// no more (409 limit_reached); 0 or unset is no limit.
void tst_ResourceHandler::claimLimit_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    // wangfang holds one customer (m_customer), chenjing none.
    QTest::newRow("rep, unset") << u"wangfang"_s << QString() << 200;
    QTest::newRow("rep, 0") << u"wangfang"_s << u"0"_s << 200;
    QTest::newRow("rep, 2") << u"wangfang"_s << u"2"_s << 200;
    QTest::newRow("rep, 1") << u"wangfang"_s << u"1"_s << 409;
    QTest::newRow("manager, 1") << u"chenjing"_s << u"1"_s << 200;
    QTest::newRow("other rep, 1") << u"lina"_s << u"1"_s << 200;
    QTest::newRow("rep, not a number") << u"wangfang"_s << u"many"_s << 200;
}

void tst_ResourceHandler::claimLimit()
{
    QFETCH(QString, login);
    QFETCH(QString, limit);
    QFETCH(int, status);
    if (!limit.isNull()) // an administrator's setting (app_settings)
        RecordWriter(f->store().database()).insert(u"app_settings"_s, Row{{u"key"_s, u"pool.max_customers_per_rep"_s}, {u"value"_s, limit}}, QString());
    const QString pooled = create(u"zhaomin"_s, u"customers"_s, {{u"name"_s, u"公海客户贸易有限公司"_s}});
    const Reply r = as(login, "POST", u"/api/v1/customers/%1/claim"_s.arg(pooled));
    QCOMPARE(r.status, status);
    if (status == 409) {
        QCOMPARE(r.errorCode(), u"limit_reached"_s);
        QVERIFY2(r.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"release one"_s), r.body.constData());
        QVERIFY(as(u"zhaomin"_s, "GET", u"/api/v1/customers/"_s + pooled).json.value(u"ownerId"_s).isNull());
    }
}

void tst_ResourceHandler::reassignmentMovesTheScope()
{
    const QString lina = f->users().findByLogin(u"lina"_s)->id;
    // A rep cannot give a customer away; the director can.
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"ownerId"_s, lina}}).status, 403);
    // Nor create one for someone else; naming themselves (as the desktop client does) is fine.
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"宁波港城物流有限公司"_s}, {u"ownerId"_s, lina}}).status, 403);
    const QString me = f->users().findByLogin(u"wangfang"_s)->id;
    const Reply mine = as(u"wangfang"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"宁波港城物流有限公司"_s}, {u"ownerId"_s, me}});
    QCOMPARE(mine.status, 201);
    QCOMPARE(mine.json.value(u"ownerId"_s).toString(), me);
    const Reply r = as(u"zhaomin"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"ownerId"_s, lina}});
    QCOMPARE(r.status, 200);
    for (const Record &rec : m_records) {
        QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/%1/%2"_s.arg(rec.path, rec.id)).status, 200);
        QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/%1/%2"_s.arg(rec.path, rec.id)).status, 404);
        QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/%1/%2"_s.arg(rec.path, rec.id)).json.value(u"ownerId"_s).toString(), lina);
    }
    // The customer now belongs to lina's department.
    QCOMPARE(r.json.value(u"departmentId"_s).toString(), f->users().findByLogin(u"lina"_s)->departmentIds.first());
}

void tst_ResourceHandler::validationChangesNothing()
{
    const int before = f->store().database().scalar(u"SELECT count(*) FROM customers"_s).toInt();
    Reply r = as(u"wangfang"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"华通"_s}, {u"creditCode"_s, u"91350100M000100Y44"_s}, {u"phone"_s, u"12"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"validation_failed"_s);
    const QJsonObject fields = r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject();
    QCOMPARE(fields.value(u"creditCode"_s).toObject().value(u"code"_s).toString(), u"invalid_credit_code"_s);
    QCOMPARE(fields.value(u"phone"_s).toObject().value(u"code"_s).toString(), u"invalid_phone"_s);
    r = as(u"wangfang"_s, "POST", u"/api/v1/customers"_s, {{u"name"_s, u"华通"_s}, {u"colour"_s, u"red"_s}, {u"version"_s, 9}});
    QCOMPARE(r.status, 422);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM customers"_s).toInt(), before);

    r = as(u"wangfang"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"name"_s, QString()}});
    QCOMPARE(r.status, 422);
    r = as(u"wangfang"_s, "PATCH", u"/api/v1/opportunities/"_s + m_records[2].id, {{u"amount"_s, 99.5}});
    QCOMPARE(r.status, 422); // money is never a JSON number
    r = as(u"wangfang"_s, "PATCH", u"/api/v1/opportunities/"_s + m_records[2].id, {{u"probabilityPercent"_s, u"150"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_customer).json.value(u"name"_s).toString(), u"杭州华通科技有限公司"_s);
    // A child cannot move to another customer.
    const QString other = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"另一家公司"_s}});
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"/api/v1/contacts/"_s + m_records[1].id, {{u"customerId"_s, other}}).status, 422);
}

void tst_ResourceHandler::versionConflict()
{
    const qint64 v = as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_customer).json.value(u"version"_s).toInteger();
    QCOMPARE(as(u"chenjing"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"b"_s}, {u"version"_s, v}}).status, 200);
    const Reply stale = as(u"wangfang"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"c"_s}, {u"version"_s, v}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), u"conflict"_s);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_customer).json.value(u"level"_s).toString(), u"b"_s);
}

void tst_ResourceHandler::textRoundTrips()
{
    const QString name = u"O'Brien \"引号\" 😀 𠀀 '); DROP TABLE customers; --"_s;
    const QString id = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, name}, {u"background"_s, u"第一行\n第二行\t制表"_s}});
    const Reply r = as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + id);
    QCOMPARE(r.json.value(u"name"_s).toString(), name);
    QCOMPARE(r.json.value(u"background"_s).toString(), u"第一行\n第二行\t制表"_s);
}

void tst_ResourceHandler::historyRecordsChanges()
{
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"phone"_s, u"0571-88886667"_s}}).status, 200);
    const Reply h = as(u"wangfang"_s, "GET", u"/api/v1/customers/%1/history"_s.arg(m_customer));
    QCOMPARE(h.status, 200);
    const QJsonObject last = h.json.value(u"items"_s).toArray().first().toObject();
    QCOMPARE(last.value(u"action"_s).toString(), u"update"_s);
    QCOMPARE(last.value(u"login"_s).toString(), u"wangfang"_s);
    const QJsonObject phone = last.value(u"changes"_s).toObject().value(u"phone"_s).toObject();
    QCOMPARE(phone.value(u"old"_s).toString(), u"0571-88886666"_s);
    QCOMPARE(phone.value(u"new"_s).toString(), u"0571-88886667"_s);
    // Every child's creation is in the customer's history too.
    // + the lastActivityAt the visit set, + the contract's approval and signing, + the
    // phone change, + the engine's: the request, its step, the step decided, the request decided
    QCOMPARE(h.json.value(u"items"_s).toArray().size(), m_records.size() + 8);
}

void tst_ResourceHandler::pagingAndSearch()
{
    for (int i = 0; i < 5; ++i)
        create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"分页测试%1号有限公司"_s.arg(i)}});
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const Reply r = as(u"wangfang"_s, "GET", u"/api/v1/customers?limit=2"_s + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json.value(u"items"_s).toArray())
            seen << v.toObject().value(u"id"_s).toString();
        cursor = r.json.value(u"nextCursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(seen.size(), 6);
    QCOMPARE(seen.size(), QSet<QString>(seen.begin(), seen.end()).size());
    QCOMPARE(pages, 3);
    const Reply found = as(u"wangfang"_s, "GET", u"/api/v1/customers?q=%E5%88%86%E9%A1%B5"_s); // 分页
    QCOMPARE(found.json.value(u"items"_s).toArray().size(), 5);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers?q=%25"_s).json.value(u"items"_s).toArray().size(), 0); // % is literal
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/contacts?customer_id="_s + m_customer).json.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers?updated_since=2999-01-01T00:00:00Z"_s).json.value(u"items"_s).toArray().size(), 0);
}

// A scoped user's list is a merge of keyset pages (own, shared, each subtree user, the
// pool, or a clerk's departments): small pages through it must give exactly the customers
// the single-record check lets them read, in id order, each once.
void tst_ResourceHandler::pagesMergeEveryScope()
{
    QStringList linas;
    for (int i = 0; i < 3; ++i) {
        create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"王芳客户%1有限公司"_s.arg(i)}});
        create(u"chenjing"_s, u"customers"_s, {{u"name"_s, u"陈静客户%1有限公司"_s.arg(i)}});
        linas << create(u"lina"_s, u"customers"_s, {{u"name"_s, u"李娜客户%1有限公司"_s.arg(i)}});
        create(u"zhaomin"_s, u"customers"_s, {{u"name"_s, u"公海客户%1有限公司"_s.arg(i)}});
    }
    const QString gone = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"已删除客户有限公司"_s}});
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/customers/"_s + gone).status, 204);
    for (const QString &login : {u"wangfang"_s, u"chenjing"_s})
        QCOMPARE(as(u"lina"_s, "POST", u"/api/v1/customers/%1/shares"_s.arg(linas[1]),
                    {{u"userId"_s, f->users().findByLogin(login)->id}}).status, 204);

    const auto page = [&](const QString &login, int limit) {
        QStringList ids;
        QString cursor;
        for (int pages = 0; pages < 100; ++pages) {
            const Reply r = as(login, "GET", u"/api/v1/customers?limit=%1"_s.arg(limit) + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
            if (r.status != 200)
                return QStringList{u"status %1"_s.arg(r.status)};
            for (const QJsonValue &v : r.json.value(u"items"_s).toArray())
                ids << v.toObject().value(u"id"_s).toString();
            cursor = r.json.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        return ids;
    };
    const QStringList all = page(u"zhaomin"_s, 500);
    QCOMPARE(all.size(), 1 + 12); // the fixture's customer and these twelve
    QVERIFY(!all.contains(gone));
    for (const QString &login : {u"wangfang"_s, u"chenjing"_s, u"lina"_s, u"sunli"_s, u"liuyang"_s}) {
        QStringList expected;
        for (const QString &id : all)
            if (as(login, "GET", u"/api/v1/customers/"_s + id).status == 200)
                expected << id;
        QVERIFY2(!expected.isEmpty(), qPrintable(login));
        for (int limit : {1, 2, 5}) {
            const QStringList got = page(login, limit);
            QVERIFY2(got == expected, qPrintable(u"%1, limit %2: %3 vs %4"_s.arg(login).arg(limit).arg(got.join(u' ')).arg(expected.join(u' '))));
        }
    }
}

void tst_ResourceHandler::badRequests()
{
    QCOMPARE(f->callRaw("POST", u"/api/v1/customers"_s, "{not json", m_tokens.value(u"wangfang"_s)).status, 400);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/not-an-id"_s).status, 404);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers?limit=0"_s).status, 422);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers?limit=100000"_s).status, 422);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers?cursor=xyz"_s).status, 422);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers?updated_since=yesterday"_s).status, 422);
    QCOMPARE(as(u"wangfang"_s, "PUT", u"/api/v1/customers/"_s + m_customer).status, 405);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers"_s, {{u"id"_s, m_customer}, {u"name"_s, u"重复"_s}}).status, 409);
}

void tst_ResourceHandler::sharesOpenTheScope()
{
    const QString lina = f->users().findByLogin(u"lina"_s)->id;
    const QString path = u"/api/v1/customers/%1/shares"_s.arg(m_customer);
    QCOMPARE(as(u"lina"_s, "POST", path, {{u"userId"_s, lina}}).status, 404); // not hers to share
    QCOMPARE(as(u"wuhao"_s, "POST", path, {{u"userId"_s, lina}}).status, 403); // sees, may not change
    QCOMPARE(as(u"wangfang"_s, "POST", path, {{u"userId"_s, u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s}}).status, 422);
    QCOMPARE(as(u"wangfang"_s, "POST", path, {{u"userId"_s, lina}}).status, 204);
    for (const Record &r : m_records)
        QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/%1/%2"_s.arg(r.path, r.id)).status, 200);
    QCOMPARE(as(u"lina"_s, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"b"_s}}).status, 200);
    QCOMPARE(as(u"wangfang"_s, "GET", path).json.value(u"items"_s).toArray().first().toObject().value(u"login"_s).toString(), u"lina"_s);
    QCOMPARE(as(u"wangfang"_s, "DELETE", path + u"/"_s + lina).status, 204);
    QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/customers/"_s + m_customer).status, 404);
    QCOMPARE(as(u"wangfang"_s, "DELETE", path + u"/"_s + lina).status, 404);
    const Reply h = as(u"wangfang"_s, "GET", u"/api/v1/customers/%1/history"_s.arg(m_customer));
    QCOMPARE(h.json.value(u"items"_s).toArray().first().toObject().value(u"action"_s).toString(), u"unshare"_s);
}

// A share with a user or a department (its users and those below), read or edit: a read
// share sees the customer and its records and writes nothing (403); GET lists the shares
// with names and modes; DELETE by user or department revokes.
void tst_ResourceHandler::shareModesAndDepartments_data()
{
    QTest::addColumn<QString>("target"); // a login, or a department path
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("viewer");
    QTest::addColumn<bool>("reads");
    QTest::addColumn<bool>("writes");
    QTest::newRow("user, read") << u"lina"_s << u"read"_s << u"lina"_s << true << false;
    QTest::newRow("user, edit") << u"lina"_s << u"edit"_s << u"lina"_s << true << true;
    QTest::newRow("user, read, her manager") << u"lina"_s << u"read"_s << u"liuyang"_s << false << false;
    QTest::newRow("department, read, member") << u"销售部/华北区"_s << u"read"_s << u"lina"_s << true << false;
    QTest::newRow("department, read, manager") << u"销售部/华北区"_s << u"read"_s << u"liuyang"_s << true << false;
    QTest::newRow("department, edit, member") << u"销售部/华北区"_s << u"edit"_s << u"lina"_s << true << true;
    QTest::newRow("department above, edit") << u"销售部"_s << u"edit"_s << u"lina"_s << true << true;
    QTest::newRow("other department") << u"客服部"_s << u"edit"_s << u"lina"_s << false << false;
    QTest::newRow("department, read, service") << u"客服部"_s << u"read"_s << u"wuhao"_s << true << false;
}

void tst_ResourceHandler::shareModesAndDepartments()
{
    QFETCH(QString, target);
    QFETCH(QString, mode);
    QFETCH(QString, viewer);
    QFETCH(bool, reads);
    QFETCH(bool, writes);
    const bool department = target.contains(u'部');
    const QString targetId = department
        ? f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {target}).toString()
        : f->users().findByLogin(target)->id;
    QVERIFY(!targetId.isEmpty());
    const QString path = u"/api/v1/customers/%1/shares"_s.arg(m_customer);
    QCOMPARE(as(u"wangfang"_s, "POST", path, {{department ? u"departmentId"_s : u"userId"_s, targetId}, {u"mode"_s, u"sometimes"_s}}).status, 422);
    QCOMPARE(as(u"wangfang"_s, "POST", path, {{u"mode"_s, mode}}).status, 422);
    QCOMPARE(as(u"wangfang"_s, "POST", path, {{department ? u"departmentId"_s : u"userId"_s, targetId}, {u"mode"_s, mode}}).status, 204);
    const QJsonArray listed = as(u"wangfang"_s, "GET", path).json.value(u"items"_s).toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(u"mode"_s).toString(), mode);
    QCOMPARE(listed.first().toObject().value(department ? u"departmentPath"_s : u"login"_s).toString(), target);
    for (const Record &r : m_records)
        QCOMPARE(as(viewer, "GET", u"/api/v1/%1/%2"_s.arg(r.path, r.id)).status, reads ? 200 : 404);
    const int write = writes ? 200 : reads ? 403 : 404;
    QCOMPARE(as(viewer, "PATCH", u"/api/v1/customers/"_s + m_customer, {{u"level"_s, u"b"_s}}).status, write);
    for (const Record &r : m_records)
        if (r.path == u"contacts")
            QCOMPARE(as(viewer, "PATCH", u"/api/v1/contacts/"_s + r.id, {{u"title"_s, u"采购经理"_s}}).status, write);
    const Reply created = as(viewer, "POST", u"/api/v1/contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"李娜"_s}});
    QCOMPARE(created.status, writes ? 201 : reads ? 403 : 404);
    // Only who may change it shares it on.
    QCOMPARE(as(viewer, "POST", path, {{u"userId"_s, f->users().findByLogin(u"zhaomin"_s)->id}}).status, writes ? 204 : reads ? 403 : 404);
    // The mode changes in place; revoking by the user's or the department's id.
    QCOMPARE(as(u"wangfang"_s, "POST", path, {{department ? u"departmentId"_s : u"userId"_s, targetId}, {u"mode"_s, u"edit"_s}}).status, 204);
    QCOMPARE(as(u"wangfang"_s, "GET", path).json.value(u"items"_s).toArray().size(), writes ? 2 : 1);
    QCOMPARE(as(u"wangfang"_s, "DELETE", path + u"/"_s + targetId).status, 204);
    QCOMPARE(as(u"wangfang"_s, "DELETE", path + u"/"_s + targetId).status, 404);
    if (viewer != u"wuhao")
        QCOMPARE(as(viewer, "GET", u"/api/v1/customers/"_s + m_customer).status, 404);
}

void tst_ResourceHandler::usersList()
{
    const Reply r = as(u"lina"_s, "GET", u"/api/v1/users"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"items"_s).toArray().size(), 7);
    QCOMPARE(f->call("GET", u"/api/v1/users"_s).status, 401);
    for (const QJsonValue &u : r.json.value(u"items"_s).toArray())
        QVERIFY(!u.toObject().contains(u"passwordHash"_s));
}

void tst_ResourceHandler::duplicatesAreMaskedOutOfScope()
{
    // wangfang's 杭州华通科技有限公司 as lina (another region) types a similar name: she
    // learns it exists and whose it is, nothing more.
    const QString query = u"/api/v1/customers/duplicates?name=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(u"华通科技（杭州）有限公司"_s)));
    Reply r = as(u"lina"_s, "GET", query);
    QCOMPARE(r.status, 200);
    QJsonArray items = r.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"visible"_s).toBool(), false);
    QVERIFY(!item.contains(u"id"_s));
    QCOMPARE(item.value(u"name"_s).toString(), u"杭州华通科技有限公司"_s);
    QCOMPARE(item.value(u"ownerName"_s).toString(), f->users().findByLogin(u"wangfang"_s)->displayName);
    QCOMPARE(item.value(u"reason"_s).toString(), u"name"_s);
    QCOMPARE(item.value(u"score"_s).toInt(), 100);
    QCOMPARE(item.keys(), (QStringList{u"name"_s, u"ownerName"_s, u"reason"_s, u"score"_s, u"visible"_s}));

    // Its owner sees it with its id; the same phone in another format finds it too.
    r = as(u"wangfang"_s, "GET", u"/api/v1/customers/duplicates?phone=%2B86%20571%208888%206666"_s);
    items = r.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"id"_s).toString(), m_customer);
    QCOMPARE(items.first().toObject().value(u"reason"_s).toString(), u"phone"_s);
    // …except itself while editing it.
    r = as(u"wangfang"_s, "GET", u"/api/v1/customers/duplicates?phone=0571-88886666&exclude="_s + m_customer);
    QCOMPARE(r.json.value(u"items"_s).toArray().size(), 0);

    // A pool customer is visible to everyone who may claim it.
    const QString pooled = create(u"zhaomin"_s, u"customers"_s, {{u"name"_s, u"宁波港城物流有限公司"_s}}); // a director's: unowned
    r = as(u"lina"_s, "GET", u"/api/v1/customers/duplicates?name=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(u"港城物流"_s))));
    items = r.json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(u"id"_s).toString(), pooled);

    // Nothing to match, wildcards typed, no session.
    QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/customers/duplicates"_s).json.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(as(u"lina"_s, "GET", u"/api/v1/customers/duplicates?name=%25%25"_s).json.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(f->call("GET", u"/api/v1/customers/duplicates?name=x"_s, {}, QString()).status, 401);
}

QTEST_GUILESS_MAIN(tst_ResourceHandler)
#include "tst_resourcehandler.moc"
