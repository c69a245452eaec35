// The invariants of DESIGN.md §3, each with a test that fails when it is broken, on
// SQLite and on PostgreSQL.
#include "core/numberseries.h"
#include "jobs/changelogpruner.h"
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "sync/protocol.h"
#include "sync/rowcodec.h"
#include "syncfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::SyncClient;

class tst_SyncInvariants : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void initialSyncAndOfflineCreate();
    void customerCardMadeOfflineSyncs();
    void differentFieldsMergeSameFieldConflicts();
    void retriesNeverDuplicate();
    void deletedRowsNeverComeBack();
    void leavingTheScopeRemovesAndRejects();
    void sharesComeAndGo_data();
    void sharesComeAndGo();
    void clientClocksChangeNothing();
    void olderProtocolStillWorks();
    void checksumMismatchRedownloads();
    void replicaAwayTooLongResyncs();
    void documentNumbersStayUniqueOffline();
    void deliveriesSyncOnceTheContractIsSigned();

private:
    QString createCustomer(const QString &login, const QString &name)
    {
        const auto r = f->call("POST", u"/api/v1/customers"_s, {{u"name"_s, name}}, f->login(login));
        return r.json.value(u"id"_s).toString();
    }
    QJsonObject serverRecord(const QString &path, const QString &id)
    {
        return f->call("GET", u"/api/v1/%1/%2"_s.arg(path, id), {}, f->login(u"zhaomin"_s)).json;
    }

};

void tst_SyncInvariants::initTestCase_data()
{
    addDialects();
}

void tst_SyncInvariants::init()
{
    HUIKE_START_SYNC_WORLD({{u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区"_s},
                            {u"lina"_s, u"sales"_s, u"销售部/华北区"_s}});
}

void tst_SyncInvariants::cleanup()
{
    stopWorld();
}

void tst_SyncInvariants::initialSyncAndOfflineCreate()
{
    const QString customer = createCustomer(u"wangfang"_s, u"杭州华通科技有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    auto r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.checksumsMatch);
    QCOMPARE(a->replica->read(u"customers"_s, customer)->value(u"name"_s).toString(), u"杭州华通科技有限公司"_s);
    QVERIFY(a->replica->read(u"users"_s, f->users().findByLogin(u"lina"_s)->id)); // colleagues, by name

    // Offline: a contact with an id made here, saved with its outbox entry.
    const Row contact = a->replica->create(u"contacts"_s, Row{{u"customer_id"_s, customer}, {u"name"_s, u"王伟"_s},
                                                            {u"mobile"_s, u"13800138000"_s}});
    const QString id = contact.value(u"id"_s).toString();
    QCOMPARE(a->replica->pendingCount(), 1);
    a->reopen(); // the client restarts before syncing: nothing typed is lost
    QCOMPARE(a->replica->pendingCount(), 1);
    r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QVERIFY(r.checksumsMatch);
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(serverRecord(u"contacts"_s, id).value(u"name"_s).toString(), u"王伟"_s); // the same id on the server
    QVERIFY(a->replica->read(u"contacts"_s, id)->value(u"version"_s).toLongLong() > 0);
}

void tst_SyncInvariants::customerCardMadeOfflineSyncs()
{
    // A rep creates a customer with two contacts on the card while offline: it is theirs
    // at once on the laptop, and the server takes it as it is (owner, department, ids).
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    CustomerService service(*a->replica);
    CustomerService::Card card;
    card.customer.name = u"宁波港城物流有限公司"_s;
    card.customer.phone = u"0574-8765 4321"_s;
    Contact c1, c2;
    c1.name = u"周杰"_s;
    c1.mobile = u"13912345678"_s;
    c1.isPrimary = true;
    c2.name = u"吴敏"_s;
    card.contacts << c1 << c2;
    QVERIFY(service.save(card, {}).isEmpty());
    const QString id = card.customer.meta.id.toString();
    const QString me = f->users().findByLogin(u"wangfang"_s)->id;
    QCOMPARE(a->replica->read(u"customers"_s, id)->value(u"owner_id"_s).toString(), me);

    const auto r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 3);
    QVERIFY(r.checksumsMatch);
    QCOMPARE(a->replica->openConflictCount(), 0); // nothing refused
    const QJsonObject onServer = serverRecord(u"customers"_s, id);
    QCOMPARE(onServer.value(u"ownerId"_s).toString(), me);
    QCOMPARE(onServer.value(u"phone"_s).toString(), u"0574-87654321"_s);
    QVERIFY(!onServer.value(u"departmentId"_s).toString().isEmpty());
    QCOMPARE(serverRecord(u"contacts"_s, card.contacts.first().meta.id.toString()).value(u"name"_s).toString(), u"周杰"_s);
    const auto local = a->replica->read(u"customers"_s, id);
    QVERIFY(local->value(u"version"_s).toLongLong() > 0);
    QCOMPARE(local->value(u"department_id"_s).toString(), onServer.value(u"departmentId"_s).toString());
    QCOMPARE(local->value(u"name_norm"_s).toString(), u"港城物流"_s);
    // Another rep's replica does not get it.
    auto b = client(u"lina"_s, u"b"_s);
    QVERIFY(b->sync().ok);
    QVERIFY(!b->replica->read(u"customers"_s, id));
}

void tst_SyncInvariants::deliveriesSyncOnceTheContractIsSigned()
{
    // Deliveries (schema 4) travel like invoices; the server's rule — only on a signed
    // contract — applies to a push too, and a refusal does not jam the queue.
    const QString customer = createCustomer(u"wangfang"_s, u"发货测试有限公司"_s);
    const QString token = f->login(u"wangfang"_s);
    const QString contract = f->call("POST", u"/api/v1/contracts"_s,
                                     {{u"customerId"_s, customer}, {u"number"_s, u"HT-2026-0100"_s}, {u"title"_s, u"设备合同"_s},
                                      {u"amount"_s, u"1000.00"_s}, {u"net"_s, u"1000.00"_s}}, token)
                                 .json.value(u"id"_s).toString();
    QVERIFY(!contract.isEmpty());
    QCOMPARE(f->call("POST", u"/api/v1/payment-plans"_s,
                     {{u"customerId"_s, customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1}, {u"dueDate"_s, u"2027-01-15"_s},
                      {u"amount"_s, u"1000.00"_s}, {u"isBalance"_s, true}}, token).status, 201);
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    // Written offline against the draft (as if it had been signed on another laptop).
    const QString early = a->replica->create(u"deliveries"_s, Row{{u"customer_id"_s, customer}, {u"contract_id"_s, contract},
                                                                  {u"delivered_on"_s, u"2026-12-01"_s}, {u"description"_s, u"样机 1 台"_s}})
                              .value(u"id"_s).toString();
    auto r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(a->replica->openConflictCount(), 1);
    QCOMPARE(a->replica->conflicts().first().kind, u"rejection"_s);
    QCOMPARE(a->replica->conflicts().first().code, u"document_locked"_s);
    QCOMPARE(f->call("GET", u"/api/v1/deliveries/"_s + early, {}, token).status, 404);

    QCOMPARE(f->call("PATCH", u"/api/v1/contracts/"_s + contract, {{u"status"_s, u"in_approval"_s}}, token).status, 200);
    QCOMPARE(f->call("PATCH", u"/api/v1/contracts/"_s + contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-02"_s}},
                     f->login(u"zhaomin"_s)).status, 200);
    QVERIFY(a->sync().ok);
    ContractService service(*a->replica);
    const auto signedContract = service.load(contract);
    QVERIFY(signedContract);
    QCOMPARE(signedContract->status, ContractStatus::Signed);
    DeliveryRecord d;
    d.deliveredOn = u"2026-12-03"_s;
    d.description = u"机架式服务器 2 台"_s;
    d.trackingNumber = u"SF1234567890123"_s;
    QVERIFY(service.addDelivery(*signedContract, d).isEmpty());
    r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.pushed, 1);
    QVERIFY(r.checksumsMatch);
    QCOMPARE(a->replica->openConflictCount(), 1); // still only the early one
    const QJsonObject onServer = serverRecord(u"deliveries"_s, d.meta.id.toString());
    QCOMPARE(onServer.value(u"trackingNumber"_s).toString(), u"SF1234567890123"_s);
    QCOMPARE(onServer.value(u"ownerId"_s).toString(), f->users().findByLogin(u"wangfang"_s)->id);
    // A second laptop of the same rep gets it; another rep's does not.
    auto b = client(u"wangfang"_s, u"b"_s);
    QVERIFY(b->sync().ok);
    QCOMPARE(ContractService(*b->replica).deliveries(contract).size(), 1);
    auto l = client(u"lina"_s, u"l"_s);
    QVERIFY(l->sync().ok);
    QCOMPARE(l->replica->database().scalar(u"SELECT count(*) FROM deliveries"_s).toInt(), 0);
}

void tst_SyncInvariants::documentNumbersStayUniqueOffline()
{
    // Two laptops sync: each holds its own block of reserved numbers, none shared.
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"wangfang"_s, u"b"_s);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    const int year = QDate::currentDate().year();
    QCOMPARE(a->replica->pooledNumbers(u"contract"_s, year), SyncEngine::NumberBlock);
    QCOMPARE(b->replica->pooledNumbers(u"quote"_s, year), SyncEngine::NumberBlock);
    QSet<QString> seen;
    for (auto *c : {a.get(), b.get()}) {
        QSqlQuery q = c->replica->database().exec(u"SELECT number FROM number_pool"_s);
        while (q.next()) {
            QVERIFY2(!seen.contains(q.value(0).toString()), qPrintable(q.value(0).toString()));
            seen.insert(q.value(0).toString());
        }
    }
    // Two laptops, a block of each series (quotes, contracts, tickets…) each.
    QCOMPARE(seen.size(), 2 * int(NumberSeries::names().size()) * SyncEngine::NumberBlock);
    // Offline, both use up their blocks and go on in their device forms: still no
    // number twice, and the server takes every one of them.
    QStringList numbers;
    for (auto *c : {a.get(), b.get()}) {
        for (int i = 0; i < SyncEngine::NumberBlock + 2; ++i) {
            const QString n = c->replica->nextNumber(u"quote"_s, year, u"quotes"_s);
            numbers << n;
            Row q{{u"id"_s, Id::generate().toString()}, {u"customer_id"_s, createCustomer(u"wangfang"_s, u"编号测试%1有限公司"_s.arg(numbers.size()))},
                  {u"number"_s, n}, {u"revision"_s, 1}, {u"status"_s, u"draft"_s}, {u"tax_mode"_s, u"exclusive"_s},
                  {u"currency"_s, u"CNY"_s}, {u"net_fen"_s, 0}, {u"tax_fen"_s, 0}, {u"gross_fen"_s, 0}};
            Replica::Batch batch(*c->replica);
            c->replica->usePooledNumber(n);
            c->replica->create(u"quotes"_s, q);
            batch.commit();
        }
    }
    QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size());
    QVERIFY(numbers.last().count(u'-') == 3); // BJ-YEAR-DEVICE-NN once the block ran out
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QCOMPARE(f->store().database().scalar(u"SELECT count(DISTINCT number) FROM quotes"_s).toInt(), numbers.size());
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM sync_outcomes"_s).toInt(), 0); // nothing refused
}

void tst_SyncInvariants::differentFieldsMergeSameFieldConflicts()
{
    const QString customer = createCustomer(u"wangfang"_s, u"杭州华通科技有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"wangfang"_s, u"b"_s); // the same rep on a laptop and a desktop
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);

    // Both offline: different fields.
    a->replica->update(u"customers"_s, customer, Row{{u"phone"_s, u"0571-88886666"_s}});
    b->replica->update(u"customers"_s, customer, Row{{u"level"_s, u"a"_s}});
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    QVERIFY(a->sync().ok);
    for (SyncClient *c : {a.get(), b.get()}) {
        const Row row = *c->replica->read(u"customers"_s, customer);
        QCOMPARE(row.value(u"phone"_s).toString(), u"0571-88886666"_s);
        QCOMPARE(row.value(u"level"_s).toString(), u"a"_s);
        QCOMPARE(c->replica->openConflictCount(), 0);
    }

    // The same field: the second to arrive gets a conflict, the first value stays.
    a->replica->update(u"customers"_s, customer, Row{{u"address"_s, u"杭州市西湖区文三路 1 号"_s}});
    b->replica->update(u"customers"_s, customer, Row{{u"address"_s, u"杭州市滨江区江南大道 9 号"_s}});
    QVERIFY(a->sync().ok);
    auto rb = b->sync();
    QVERIFY(rb.ok);
    QVERIFY(rb.checksumsMatch);
    QCOMPARE(serverRecord(u"customers"_s, customer).value(u"address"_s).toString(), u"杭州市西湖区文三路 1 号"_s);
    QCOMPARE(b->replica->openConflictCount(), 1);
    const Replica::Conflict c = b->replica->conflicts().first();
    QCOMPARE(c.kind, u"conflict"_s);
    QCOMPARE(c.field, u"address"_s);
    QCOMPARE(c.mine, u"\"杭州市滨江区江南大道 9 号\""_s);
    QCOMPARE(c.theirs, u"\"杭州市西湖区文三路 1 号\""_s);
    QVERIFY(c.base.contains(u"null"_s));
    // B now shows the server's value; its own is in the conflict for a person to decide.
    QCOMPARE(b->replica->read(u"customers"_s, customer)->value(u"address"_s).toString(), u"杭州市西湖区文三路 1 号"_s);
    // "Keep mine": an ordinary edit on top of theirs, which applies.
    b->replica->update(u"customers"_s, customer, Row{{u"address"_s, u"杭州市滨江区江南大道 9 号"_s}});
    b->replica->resolveConflict(c.id);
    QVERIFY(b->sync().ok);
    QCOMPARE(serverRecord(u"customers"_s, customer).value(u"address"_s).toString(), u"杭州市滨江区江南大道 9 号"_s);
    QCOMPARE(b->replica->openConflictCount(), 0);
}

void tst_SyncInvariants::retriesNeverDuplicate()
{
    const QString customer = createCustomer(u"wangfang"_s, u"重试测试有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    for (int i = 0; i < 3; ++i)
        a->replica->create(u"activities"_s, Row{{u"customer_id"_s, customer}, {u"kind"_s, u"call"_s},
                                                {u"occurred_at"_s, u"2026-11-24T01:00:00.000Z"_s},
                                                {u"subject"_s, u"电话 %1"_s.arg(i)}});
    QJsonArray mutations;
    for (const auto &m : a->replica->pendingMutations(100))
        mutations.append(m.toJson());
    const QJsonObject body{{u"protocol"_s, Protocol::Version}, {u"clientId"_s, a->replica->clientId()}, {u"mutations"_s, mutations}};
    const QString token = a->token;
    // The push arrives, its reply is lost; the client sends it again — twice.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto r = f->call("POST", u"/api/v1/sync/push"_s, body, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"lastMutationId"_s).toInt(), 3);
        const QString expected = attempt == 0 ? u"applied"_s : u"duplicate"_s;
        for (const QJsonValue &v : r.json.value(u"results"_s).toArray())
            QCOMPARE(v.toObject().value(u"status"_s).toString(), expected);
    }
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM activities"_s).toInt(), 3);
    // A batch with a hole is refused whole.
    QJsonObject gap = body;
    QJsonArray one{mutations[0].toObject()};
    QJsonObject m = one[0].toObject();
    m.insert(u"id"_s, 5);
    gap.insert(u"mutations"_s, QJsonArray{m});
    const auto refused = f->call("POST", u"/api/v1/sync/push"_s, gap, token);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), u"mutation_gap"_s);
    // The client learns on its next sync that they were applied, and sends nothing twice.
    const auto r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(a->replica->pendingCount(), 0);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM activities"_s).toInt(), 3);
    QVERIFY(r.checksumsMatch);
}

void tst_SyncInvariants::deletedRowsNeverComeBack()
{
    const QString customer = createCustomer(u"wangfang"_s, u"删除测试有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"wangfang"_s, u"b"_s);
    QVERIFY(a->sync().ok);
    const QString contact = a->replica->create(u"contacts"_s, Row{{u"customer_id"_s, customer}, {u"name"_s, u"赵磊"_s}})
                                .value(u"id"_s).toString();
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    a->replica->remove(u"contacts"_s, contact);
    b->replica->update(u"contacts"_s, contact, Row{{u"title"_s, u"采购经理"_s}}); // offline, stale
    QVERIFY(a->sync().ok);
    const auto rb = b->sync();
    QVERIFY(rb.ok);
    QVERIFY(rb.checksumsMatch);
    QVERIFY(!b->replica->read(u"contacts"_s, contact).has_value());
    QCOMPARE(serverRecord(u"contacts"_s, contact).value(u"error"_s).toObject().value(u"code"_s).toString(), u"not_found"_s);
    QCOMPARE(f->store().database().scalar(u"SELECT deleted FROM contacts WHERE id = ?"_s, {contact}).toInt(), 1);
    QCOMPARE(b->replica->openConflictCount(), 1);
    QCOMPARE(b->replica->conflicts().first().code, u"deleted"_s);
    QVERIFY(a->sync().ok);
    QVERIFY(!a->replica->read(u"contacts"_s, contact).has_value() || a->replica->read(u"contacts"_s, contact)->value(u"deleted"_s).toInt() == 1);
}

void tst_SyncInvariants::leavingTheScopeRemovesAndRejects()
{
    const QString customer = createCustomer(u"wangfang"_s, u"转移测试有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    auto l = client(u"lina"_s, u"l"_s);
    QVERIFY(a->sync().ok);
    const QString contact = a->replica->create(u"contacts"_s, Row{{u"customer_id"_s, customer}, {u"name"_s, u"钱进"_s}})
                                .value(u"id"_s).toString();
    QVERIFY(a->sync().ok);
    QVERIFY(l->sync().ok);
    QVERIFY(!l->replica->read(u"customers"_s, customer)); // not hers
    // A edits offline while the director gives the customer to lina.
    a->replica->update(u"contacts"_s, contact, Row{{u"title"_s, u"总经理"_s}});
    const auto moved = f->call("PATCH", u"/api/v1/customers/"_s + customer,
                               {{u"ownerId"_s, f->users().findByLogin(u"lina"_s)->id}}, f->login(u"zhaomin"_s));
    QCOMPARE(moved.status, 200);
    const auto ra = a->sync();
    QVERIFY2(ra.ok, qPrintable(ra.error));
    QVERIFY(ra.checksumsMatch);
    QVERIFY(!a->replica->read(u"customers"_s, customer)); // after one pull A holds neither it
    QVERIFY(!a->replica->read(u"contacts"_s, contact));   // nor its children
    QCOMPARE(a->replica->pendingCount(), 0);             // and its queue is not jammed
    QCOMPARE(a->replica->openConflictCount(), 1);
    QCOMPARE(a->replica->conflicts().first().kind, u"rejection"_s);
    QCOMPARE(a->replica->conflicts().first().code, u"out_of_scope"_s);
    QVERIFY(l->sync().ok);
    QVERIFY(l->replica->read(u"customers"_s, customer));
    QCOMPARE(l->replica->read(u"contacts"_s, contact)->value(u"title"_s).toString(), QString()); // the rejected edit never landed
}

// A share with lina, or with a department at or above hers, read-only or editable: her
// replica gets the customer with the pull (checksums agree), an edit of hers lands only
// with an edit share (a read share's is a rejection she sees), and the revoke takes it away.
void tst_SyncInvariants::sharesComeAndGo_data()
{
    QTest::addColumn<QString>("target"); // "lina", or a department path
    QTest::addColumn<QString>("mode");
    QTest::newRow("user, edit") << u"lina"_s << u"edit"_s;
    QTest::newRow("user, read") << u"lina"_s << u"read"_s;
    QTest::newRow("department, read") << u"销售部/华北区"_s << u"read"_s;
    QTest::newRow("department above, edit") << u"销售部"_s << u"edit"_s;
}

void tst_SyncInvariants::sharesComeAndGo()
{
    QFETCH(QString, target);
    QFETCH(QString, mode);
    const QString customer = createCustomer(u"wangfang"_s, u"共享测试有限公司"_s);
    auto l = client(u"lina"_s, u"l"_s);
    QVERIFY(l->sync().ok);
    QVERIFY(!l->replica->read(u"customers"_s, customer));
    const bool department = target.contains(u'部');
    const QString targetId = department
        ? f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {target}).toString()
        : f->users().findByLogin(target)->id;
    QVERIFY(!targetId.isEmpty());
    QCOMPARE(f->call("POST", u"/api/v1/customers/%1/shares"_s.arg(customer),
                     {{department ? u"departmentId"_s : u"userId"_s, targetId}, {u"mode"_s, mode}}, f->login(u"wangfang"_s))
                 .status,
             204);
    auto r = l->sync();
    QVERIFY(r.ok);
    QVERIFY(r.checksumsMatch);
    QVERIFY(l->replica->read(u"customers"_s, customer));
    // Her edit: applied with an edit share, a rejection with a read share.
    l->replica->update(u"customers"_s, customer, Row{{u"source"_s, u"同事共享"_s}});
    r = l->sync();
    QVERIFY(r.ok);
    const bool edit = mode == u"edit";
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + customer).json.value(u"source"_s).toString(),
             edit ? u"同事共享"_s : QString());
    QCOMPARE(l->replica->pendingCount(), 0);
    QCOMPARE(l->replica->openConflictCount(), edit ? 0 : 1);
    QCOMPARE(f->call("DELETE", u"/api/v1/customers/%1/shares/%2"_s.arg(customer, targetId), {}, f->login(u"wangfang"_s)).status, 204);
    r = l->sync();
    QVERIFY(r.ok);
    QVERIFY(r.checksumsMatch);
    QVERIFY(!l->replica->read(u"customers"_s, customer));
}

void tst_SyncInvariants::clientClocksChangeNothing()
{
    const QString customer = createCustomer(u"wangfang"_s, u"时钟测试有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    auto b = client(u"wangfang"_s, u"b"_s);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    // A's clock is a day ahead, B's a day behind: the timestamps they write are ignored
    // by the server, and the order of changes is the order they reached it.
    a->replica->database().exec(u"UPDATE customers SET updated_at = '2026-11-25T23:00:00.000Z'"_s);
    a->replica->update(u"customers"_s, customer, Row{{u"source"_s, u"展会"_s}, {u"updated_at"_s, u"2099-01-01T00:00:00.000Z"_s}});
    b->replica->update(u"customers"_s, customer, Row{{u"background"_s, u"老客户"_s}, {u"updated_at"_s, u"2000-01-01T00:00:00.000Z"_s}});
    QVERIFY(b->sync().ok);
    QVERIFY(a->sync().ok);
    QVERIFY(b->sync().ok);
    const QJsonObject server = serverRecord(u"customers"_s, customer);
    QCOMPARE(server.value(u"source"_s).toString(), u"展会"_s);
    QCOMPARE(server.value(u"background"_s).toString(), u"老客户"_s);
    QVERIFY(server.value(u"updatedAt"_s).toString() < u"2099"_s);
    QVERIFY(server.value(u"updatedAt"_s).toString() > u"2000-01-02"_s);
    QCOMPARE(b->replica->read(u"customers"_s, customer)->value(u"updated_at"_s).toString(), server.value(u"updatedAt"_s).toString());
}

void tst_SyncInvariants::olderProtocolStillWorks()
{
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    const QJsonObject old{{u"protocol"_s, Protocol::OldestSupported}, {u"clientId"_s, a->replica->clientId()}, {u"mutations"_s, QJsonArray()}};
    QCOMPARE(f->call("POST", u"/api/v1/sync/push"_s, old, a->token).status, 200);
    const QJsonObject future{{u"protocol"_s, Protocol::Version + 1}, {u"clientId"_s, a->replica->clientId()}, {u"mutations"_s, QJsonArray()}};
    const auto r = f->call("POST", u"/api/v1/sync/push"_s, future, a->token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"unsupported_protocol"_s);
    // A client one schema version behind: it does not know a column the server sends.
    Row row;
    const TableDef &def = DomainSchema::table(u"customers"_s);
    QVERIFY(RowCodec::decode(def, {u"id"_s, u"name"_s, u"a_column_from_the_future"_s},
                             QJsonArray{u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s, u"华通"_s, 42}, &row));
    QCOMPARE(row.value(u"name"_s).toString(), u"华通"_s);
    QVERIFY(!row.contains(u"a_column_from_the_future"_s));
}

void tst_SyncInvariants::checksumMismatchRedownloads()
{
    const QString customer = createCustomer(u"wangfang"_s, u"校验测试有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    // Damage the replica behind the engine's back: a row lost, a row that should not be.
    a->replica->database().exec(u"DELETE FROM customers WHERE id = ?"_s, {customer});
    a->replica->database().exec(u"INSERT INTO contacts (id, version, deleted, created_at, updated_at, customer_id, name) "
                                u"VALUES ('0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b', 7, 0, 'x', 'x', 'y', '幽灵')"_s);
    const auto r = a->sync();
    QVERIFY(r.ok);
    QVERIFY(r.checksumsMatch);
    QCOMPARE(r.redownloadedTables, 2);
    QVERIFY(a->replica->read(u"customers"_s, customer));
    QVERIFY(!a->replica->read(u"contacts"_s, u"0190f3a2-7c1e-7b3a-9f00-1c2d3e4f5a6b"_s));
}

void tst_SyncInvariants::replicaAwayTooLongResyncs()
{
    const QString kept = createCustomer(u"wangfang"_s, u"保留客户有限公司"_s);
    const QString gone = createCustomer(u"wangfang"_s, u"已删除客户有限公司"_s);
    auto a = client(u"wangfang"_s, u"a"_s);
    QVERIFY(a->sync().ok);
    // A goes away for a long time with an edit; meanwhile a customer is deleted and the
    // server prunes its change log and tombstones.
    const QString offline = a->replica->create(u"contacts"_s, Row{{u"customer_id"_s, kept}, {u"name"_s, u"出差时录入"_s}})
                                .value(u"id"_s).toString();
    QCOMPARE(f->call("DELETE", u"/api/v1/customers/"_s + gone, {}, f->login(u"wangfang"_s)).status, 204);
    createCustomer(u"wangfang"_s, u"新客户有限公司"_s);
    Database &db = f->store().database();
    db.exec(u"UPDATE changes SET at = '2020-01-01T00:00:00.000Z'"_s);
    db.exec(u"UPDATE customers SET updated_at = '2020-01-01T00:00:00.000Z' WHERE deleted = 1"_s);
    QVERIFY(ChangeLogPruner(db).run(180, u"2026-11-24T00:00:00.000Z"_s) > 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE id = ?"_s, {gone}).toInt(), 0); // the tombstone is gone
    const auto r = a->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.checksumsMatch);
    QVERIFY(r.redownloadedTables >= 1);
    QVERIFY(!a->replica->read(u"customers"_s, gone));                    // learnt without the tombstone
    QVERIFY(a->replica->read(u"customers"_s, kept));
    QCOMPARE(serverRecord(u"contacts"_s, offline).value(u"name"_s).toString(), u"出差时录入"_s); // pushed first
    QCOMPARE(a->replica->read(u"customers"_s, kept)->value(u"name"_s).toString(), u"保留客户有限公司"_s);
}

QTEST_GUILESS_MAIN(tst_SyncInvariants)
#include "tst_syncinvariants.moc"
