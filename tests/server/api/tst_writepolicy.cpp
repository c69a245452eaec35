// Who may write what (DESIGN.md §4, server/API.md "Who may write what"), over REST and
// sync pushes, on SQLite and PostgreSQL: one test per hole a black-box probe found
// (issue 15) — a record's owner is its customer's and decides nothing on its own, no
// self-approval by moving a record first, departments move only by those above both,
// decisions are stamped by the server, four eyes for administrators too, one identity
// per record whatever the case of its id, a cursor never moves back, links stay within
// the customer, and content is attached only by who has it.
#include "apifixture.h"
#include "core/id.h"
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_WritePolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void declarationsAreComplete();
    void childOwnerIsTheCustomers();
    void childOwnerInAPushIsRecomputedOrRejected();
    void pullDecidesByTheCustomer();
    void noSelfApprovalThroughReassignment();
    void departmentMovesOnlyFromAbove();
    void approvalDecisionIsTheServers();
    void fourEyesForAdministrators();
    void idsAreCanonical_data();
    void idsAreCanonical();
    void restIdsAreCanonical();
    void cursorPastTheHeadIsRefused();
    void linksStayWithinTheCustomer();
    void contentIsAttachedOnlyByWhoHasIt();
    void readSharesRefuseWrites_data();
    void readSharesRefuseWrites();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, path, body);
    }
    QString create(const QString &login, const QString &path, const QJsonObject &body) { return f->create(login, path, body); }
    Reply patch(const QString &login, const QString &path, const QString &id, const QJsonObject &body)
    {
        return f->patch(login, path, id, body);
    }
    QString fieldCode(const Reply &r, const QString &field) const
    {
        return r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(field).toObject().value(u"code"_s).toString();
    }
    // One mutation pushed by `login`'s client (a client id per login); returns its result.
    QJsonObject push(const QString &login, const QString &table, const QString &recordId, const QStringList &columns,
                     const QJsonArray &values, const QJsonValue &base = QJsonValue::Null)
    {
        if (!m_clients.contains(login))
            m_clients.insert(login, {Id::generate().toString(), 0});
        auto &client = m_clients[login];
        const QJsonObject m{{u"id"_s, double(++client.second)}, {u"table"_s, table}, {u"recordId"_s, recordId},
                            {u"op"_s, u"upsert"_s}, {u"columns"_s, QJsonArray::fromStringList(columns)},
                            {u"base"_s, base}, {u"values"_s, values}};
        const Reply r = as(login, "POST", u"/api/v1/sync/push"_s,
                           {{u"protocol"_s, 1}, {u"clientId"_s, client.first}, {u"mutations"_s, QJsonArray{m}}});
        if (r.status != 200)
            qWarning() << "push" << r.status << r.body;
        return r.json.value(u"results"_s).toArray().first().toObject();
    }
    // The ids of `table` in `login`'s pull from the start (live rows only).
    QSet<QString> pulled(const QString &login, const QString &table, QJsonObject *checkpoint = nullptr)
    {
        QSet<QString> ids;
        qint64 cursor = 0;
        const QString clientId = Id::generate().toString();
        for (;;) {
            const Reply r = as(login, "GET", u"/api/v1/sync/pull?clientId=%1&cursor=%2&limit=5000&checkpoint=1"_s.arg(clientId).arg(cursor));
            if (r.status != 200) {
                qWarning() << "pull" << r.status << r.body;
                return ids;
            }
            for (const QJsonValue &u : r.json.value(u"upserts"_s).toArray()) {
                const QJsonObject t = u.toObject();
                if (t.value(u"table"_s).toString() != table)
                    continue;
                const QJsonArray cols = t.value(u"columns"_s).toArray();
                qsizetype idAt = -1, deletedAt = -1;
                for (qsizetype i = 0; i < cols.size(); ++i) {
                    if (cols[i].toString() == u"id")
                        idAt = i;
                    if (cols[i].toString() == u"deleted")
                        deletedAt = i;
                }
                for (const QJsonValue &row : t.value(u"rows"_s).toArray())
                    if (row.toArray().at(deletedAt).toInt() == 0)
                        ids.insert(row.toArray().at(idAt).toString());
            }
            for (const QJsonValue &rm : r.json.value(u"removes"_s).toArray())
                if (rm.toObject().value(u"table"_s).toString() == table)
                    ids.remove(rm.toObject().value(u"id"_s).toString());
            cursor = qint64(r.json.value(u"cursor"_s).toDouble());
            if (!r.json.value(u"hasMore"_s).toBool()) {
                if (checkpoint)
                    *checkpoint = r.json.value(u"checkpoint"_s).toObject();
                return ids;
            }
        }
    }
    QSet<QString> listed(const QString &login, const QString &path)
    {
        QSet<QString> ids;
        for (const QJsonValue &v : as(login, "GET", u"/api/v1/%1?limit=500"_s.arg(path)).json.value(u"items"_s).toArray())
            ids.insert(v.toObject().value(u"id"_s).toString());
        return ids;
    }
    // A draft contract of `login` for `customer` with a payment plan that adds up, so it
    // may go into approval.
    QString contract(const QString &login, const QString &customer, const QString &number)
    {
        const QString id = create(login, u"contracts"_s,
                                  {{u"customerId"_s, customer}, {u"number"_s, number}, {u"title"_s, u"维保合同"_s},
                                   {u"amount"_s, u"1000.00"_s}, {u"net"_s, u"1000.00"_s}});
        create(login, u"payment-plans"_s, {{u"customerId"_s, customer}, {u"contractId"_s, id}, {u"lineNo"_s, 1},
                                           {u"dueDate"_s, u"2027-01-15"_s}, {u"amount"_s, u"1000.00"_s}, {u"isBalance"_s, true}});
        return id;
    }
    QString quote(const QString &login, const QString &customer, const QString &number)
    {
        return create(login, u"quotes"_s, {{u"customerId"_s, customer}, {u"number"_s, number}, {u"title"_s, u"报价"_s}});
    }
    QJsonObject approvalRequest(const QString &customer, const QString &quoteId) const
    {
        return {{u"customerId"_s, customer}, {u"tableName"_s, u"quotes"_s}, {u"recordId"_s, quoteId}, {u"kind"_s, u"discount"_s},
                {u"discountPercent"_s, u"15"_s}, {u"amount"_s, u"1000.00"_s}, {u"reason"_s, u"老客户"_s}, {u"status"_s, u"pending"_s}};
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
    QHash<QString, QString> m_ids;                       // login → user id
    QHash<QString, std::pair<QString, qint64>> m_clients; // login → client id, last mutation id
    QString m_customer;                                  // wangfang's
    QString m_contact;
    QString m_activity;
};

void tst_WritePolicy::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_WritePolicy::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    m_ids.clear();
    m_ids.insert(u"admin"_s, f->addUser(u"admin"_s, u"admin"_s, {}));
    m_ids.insert(u"admin2"_s, f->addUser(u"admin2"_s, u"admin"_s, {}));
    m_ids.insert(u"director"_s, f->addUser(u"director"_s, u"director"_s, {}));
    m_ids.insert(u"chenjing"_s, f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s}));
    m_ids.insert(u"zhaolei"_s, f->addUser(u"zhaolei"_s, u"manager"_s, {u"销售部/华南区"_s}));
    m_ids.insert(u"wangfang"_s, f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s));
    m_ids.insert(u"liqiang"_s, f->addUser(u"liqiang"_s, u"sales"_s, {u"销售部/华南区"_s}, u"zhaolei"_s));
    m_ids.insert(u"sunli"_s, f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s}));
    m_tokens.clear();
    m_clients.clear();
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        m_tokens.insert(it.key(), f->login(it.key()));
    m_customer = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}});
    m_contact = create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"王伟"_s}});
    m_activity = create(u"wangfang"_s, u"activities"_s,
                        {{u"customerId"_s, m_customer}, {u"kind"_s, u"call"_s}, {u"occurredAt"_s, u"2026-12-01T02:00:00.000Z"_s},
                         {u"subject"_s, u"机密内容"_s}});
    QVERIFY(!m_customer.isEmpty() && !m_contact.isEmpty() && !m_activity.isEmpty());
}

void tst_WritePolicy::cleanup()
{
    f.reset();
}

void tst_WritePolicy::declarationsAreComplete()
{
    // Every synced table says whose rows it holds; every customer's record has its owner
    // and customer fixed by the server; stamps are the server's.
    for (const QString &table : DomainSchema::syncedTables()) {
        const TableDef &def = DomainSchema::table(table);
        QVERIFY2(def.scope() != ScopeKind::Undeclared, qPrintable(table));
        for (const QString &c : {u"version"_s, u"deleted"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s})
            QCOMPARE(def.writeRule(c), WriteRule::Server);
        if (def.scope() == ScopeKind::CustomerChild) {
            QCOMPARE(def.writeRule(u"owner_id"_s), WriteRule::Server);
            QCOMPARE(def.writeRule(u"customer_id"_s), WriteRule::CreateOnly);
        }
    }
    QCOMPARE(DomainSchema::table(u"customers"_s).writeRule(u"owner_id"_s), WriteRule::Owner);
    QCOMPARE(DomainSchema::table(u"customers"_s).writeRule(u"department_id"_s), WriteRule::Department);
    QCOMPARE(DomainSchema::table(u"approvals"_s).writeRule(u"decided_by"_s), WriteRule::Server);
}

void tst_WritePolicy::childOwnerIsTheCustomers()
{
    // Finding 1 over REST: a record's owner cannot be written, by a rep or a manager.
    Reply r = patch(u"wangfang"_s, u"contacts"_s, m_contact, {{u"ownerId"_s, m_ids.value(u"liqiang"_s)}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldCode(r, u"ownerId"_s), u"read_only"_s);
    r = patch(u"chenjing"_s, u"activities"_s, m_activity, {{u"ownerId"_s, QJsonValue::Null}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldCode(r, u"ownerId"_s), u"read_only"_s);
    r = as(u"wangfang"_s, "POST", u"/api/v1/contacts"_s,
           {{u"customerId"_s, m_customer}, {u"name"_s, u"李四"_s}, {u"ownerId"_s, m_ids.value(u"liqiang"_s)}});
    QCOMPARE(fieldCode(r, u"ownerId"_s), u"read_only"_s);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/contacts/"_s + m_contact).json.value(u"ownerId"_s).toString(), m_ids.value(u"wangfang"_s));
    QVERIFY(!pulled(u"liqiang"_s, u"contacts"_s).contains(m_contact));
    QVERIFY(!pulled(u"zhaolei"_s, u"activities"_s).contains(m_activity));
}

void tst_WritePolicy::childOwnerInAPushIsRecomputedOrRejected()
{
    const QString wang = m_ids.value(u"wangfang"_s), li = m_ids.value(u"liqiang"_s);
    // A change of the owner the client made: rejected, nothing moves, the queue goes on.
    QJsonObject result = push(u"wangfang"_s, u"contacts"_s, m_contact, {u"owner_id"_s}, QJsonArray{li}, QJsonArray{wang});
    QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(result.value(u"code"_s).toString(), u"validation_failed"_s);
    QCOMPARE(f->store().database().scalar(u"SELECT owner_id FROM contacts WHERE id = ?"_s, {m_contact}).toString(), wang);
    // A new record carrying a replica's guess of its owner: created, owned as its customer.
    const QString contact = Id::generate().toString();
    result = push(u"wangfang"_s, u"contacts"_s, contact, {u"id"_s, u"customer_id"_s, u"name"_s, u"owner_id"_s},
                  QJsonArray{contact, m_customer, u"赵六"_s, li});
    QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(f->store().database().scalar(u"SELECT owner_id FROM contacts WHERE id = ?"_s, {contact}).toString(), wang);
    // An unchanged owner sent along with a real edit: the edit applies.
    result = push(u"wangfang"_s, u"contacts"_s, m_contact, {u"name"_s, u"owner_id"_s}, QJsonArray{u"王伟伟"_s, wang},
                  QJsonArray{u"王伟"_s, wang});
    QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    QVERIFY(!pulled(u"liqiang"_s, u"contacts"_s).contains(contact));
}

void tst_WritePolicy::pullDecidesByTheCustomer()
{
    // A record whose own owner_id disagrees with its customer (as the hole left them):
    // the pull, the checkpoint and REST agree, by the customer.
    Database &db = f->store().database();
    db.exec(u"UPDATE contacts SET owner_id = ? WHERE id = ?"_s, {m_ids.value(u"liqiang"_s), m_contact});
    db.exec(u"UPDATE activities SET owner_id = NULL WHERE id = ?"_s, {m_activity});
    // Another change after it, so the pull walks the change log past the damaged rows.
    QVERIFY(!create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"钱七"_s}}).isEmpty());
    for (const QString &login : {u"liqiang"_s, u"zhaolei"_s, u"wangfang"_s, u"chenjing"_s, u"sunli"_s}) {
        for (const auto &[table, path] : {std::pair{u"contacts"_s, u"contacts"_s}, std::pair{u"activities"_s, u"activities"_s}}) {
            QJsonObject checkpoint;
            const QSet<QString> pull = pulled(login, table, &checkpoint);
            const QSet<QString> rest = listed(login, path);
            QVERIFY2(pull == rest, qPrintable(login + u' ' + table));
            QCOMPARE(checkpoint.value(u"tables"_s).toObject().value(table).toObject().value(u"count"_s).toInt(), int(rest.size()));
        }
    }
    QVERIFY(!pulled(u"liqiang"_s, u"contacts"_s).contains(m_contact));
    QVERIFY(pulled(u"wangfang"_s, u"contacts"_s).contains(m_contact));
    QVERIFY(!pulled(u"zhaolei"_s, u"activities"_s).contains(m_activity));
}

void tst_WritePolicy::noSelfApprovalThroughReassignment()
{
    // Finding 2: a manager's own contract, submitted by them, moved to a rep of theirs —
    // neither the contract's owner field nor the move lets them sign it.
    const QString customer = create(u"chenjing"_s, u"customers"_s, {{u"name"_s, u"宁波海联贸易有限公司"_s}});
    const QString c = contract(u"chenjing"_s, customer, u"HT-2026-0101"_s);
    QCOMPARE(patch(u"chenjing"_s, u"contracts"_s, c, {{u"status"_s, u"in_approval"_s}}).status, 200);
    const QJsonObject sign{{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}};
    QCOMPARE(patch(u"chenjing"_s, u"contracts"_s, c, sign).status, 403);
    const Reply r = patch(u"chenjing"_s, u"contracts"_s, c, {{u"ownerId"_s, m_ids.value(u"wangfang"_s)}});
    QCOMPARE(fieldCode(r, u"ownerId"_s), u"read_only"_s);
    QCOMPARE(patch(u"chenjing"_s, u"customers"_s, customer, {{u"ownerId"_s, m_ids.value(u"wangfang"_s)}}).status, 200);
    QCOMPARE(as(u"chenjing"_s, "GET", u"/api/v1/contracts/"_s + c).json.value(u"ownerId"_s).toString(), m_ids.value(u"wangfang"_s));
    QCOMPARE(patch(u"chenjing"_s, u"contracts"_s, c, sign).status, 403);
    // The same through a sync push: rejected.
    QCOMPARE(push(u"chenjing"_s, u"contracts"_s, c, {u"status"_s, u"sign_date"_s}, QJsonArray{u"signed"_s, u"2026-12-01"_s},
                  QJsonArray{u"in_approval"_s, QJsonValue::Null})
                 .value(u"status"_s)
                 .toString(),
             u"rejected"_s);
    // Someone else may.
    QCOMPARE(patch(u"sunli"_s, u"contracts"_s, c, sign).status, 200);
}

void tst_WritePolicy::departmentMovesOnlyFromAbove()
{
    // Finding 3: a rep cannot move a customer to another department (which changes which
    // clerks see it); a manager only within their subtree; administrators anywhere.
    const QString south = f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {u"销售部/华南区"_s}).toString();
    const QString east = f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {u"销售部/华东区"_s}).toString();
    const QString hangzhou = f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {u"销售部/华东区/杭州组"_s}).toString();
    QVERIFY(!south.isEmpty() && !east.isEmpty() && !hangzhou.isEmpty());
    QCOMPARE(patch(u"wangfang"_s, u"customers"_s, m_customer, {{u"departmentId"_s, south}}).status, 403);
    QCOMPARE(push(u"wangfang"_s, u"customers"_s, m_customer, {u"department_id"_s}, QJsonArray{south}, QJsonArray{hangzhou})
                 .value(u"status"_s).toString(),
             u"rejected"_s);
    QCOMPARE(patch(u"chenjing"_s, u"customers"_s, m_customer, {{u"departmentId"_s, south}}).status, 403);
    QCOMPARE(patch(u"chenjing"_s, u"customers"_s, m_customer, {{u"departmentId"_s, u"01900000-0000-7000-8000-000000000000"_s}}).status, 422);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_customer).json.value(u"departmentId"_s).toString(), hangzhou);
    QVERIFY(listed(u"sunli"_s, u"contacts"_s).contains(m_contact));
    Reply r = patch(u"chenjing"_s, u"customers"_s, m_customer, {{u"departmentId"_s, east}});
    QCOMPARE(r.status, 200);
    r = patch(u"admin"_s, u"customers"_s, m_customer, {{u"departmentId"_s, south}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"departmentId"_s).toString(), south);
    // The clerk of 华东区 lost it on every path; the customer and its records moved together.
    QVERIFY(!listed(u"sunli"_s, u"customers"_s).contains(m_customer));
    QVERIFY(!pulled(u"sunli"_s, u"contacts"_s).contains(m_contact));
    QCOMPARE(as(u"sunli"_s, "GET", u"/api/v1/contacts/"_s + m_contact).status, 404);
}

void tst_WritePolicy::approvalDecisionIsTheServers()
{
    // Finding 4: who decided, when and their comment are not the requester's to write.
    const QString q = quote(u"wangfang"_s, m_customer, u"BJ-2026-0201"_s);
    const QString approval = create(u"wangfang"_s, u"approvals"_s, approvalRequest(m_customer, q));
    QVERIFY(!approval.isEmpty());
    Reply r = patch(u"wangfang"_s, u"approvals"_s, approval,
                    {{u"decidedBy"_s, m_ids.value(u"chenjing"_s)}, {u"decidedAt"_s, u"2026-12-01T02:00:00.000Z"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldCode(r, u"decidedBy"_s), u"read_only"_s);
    QCOMPARE(fieldCode(r, u"decidedAt"_s), u"read_only"_s);
    r = patch(u"wangfang"_s, u"approvals"_s, approval, {{u"comment"_s, u"同意"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(push(u"wangfang"_s, u"approvals"_s, approval, {u"decided_by"_s, u"comment"_s},
                  QJsonArray{m_ids.value(u"chenjing"_s), u"同意"_s}, QJsonArray{QJsonValue::Null, QJsonValue::Null})
                 .value(u"status"_s).toString(),
             u"rejected"_s);
    r = as(u"wangfang"_s, "GET", u"/api/v1/approvals/"_s + approval);
    QVERIFY(r.json.value(u"decidedBy"_s).isNull());
    QVERIFY(r.json.value(u"comment"_s).isNull());
    QCOMPARE(r.json.value(u"status"_s).toString(), u"pending"_s);
    // The decider's decision: stamped by the server.
    r = patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}, {u"comment"_s, u"同意"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"decidedBy"_s).toString(), m_ids.value(u"chenjing"_s));
    QCOMPARE(r.json.value(u"comment"_s).toString(), u"同意"_s);
    // A decision from a desktop client carries the stamps it showed at once (its own
    // clock, a made-up decider): the server's stand instead.
    const QString approval2 = create(u"wangfang"_s, u"approvals"_s, approvalRequest(m_customer, quote(u"wangfang"_s, m_customer, u"BJ-2026-0202"_s)));
    const QJsonObject result = push(u"chenjing"_s, u"approvals"_s, approval2, {u"status"_s, u"comment"_s, u"decided_by"_s, u"decided_at"_s},
                                    QJsonArray{u"rejected"_s, u"折扣过高"_s, m_ids.value(u"director"_s), u"2020-01-01T00:00:00.000Z"_s},
                                    QJsonArray{u"pending"_s, QJsonValue::Null, QJsonValue::Null, QJsonValue::Null});
    QCOMPARE(result.value(u"status"_s).toString(), u"applied"_s);
    r = as(u"wangfang"_s, "GET", u"/api/v1/approvals/"_s + approval2);
    QCOMPARE(r.json.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(r.json.value(u"decidedBy"_s).toString(), m_ids.value(u"chenjing"_s));
    QVERIFY(r.json.value(u"decidedAt"_s).toString() > u"2026"_s);
}

void tst_WritePolicy::fourEyesForAdministrators()
{
    // Finding 5: an administrator neither approves their own discount request nor signs a
    // contract of their own customer; another administrator or a director does.
    const QString customer = create(u"admin"_s, u"customers"_s, {{u"name"_s, u"上海启明软件有限公司"_s}, {u"ownerId"_s, m_ids.value(u"admin"_s)}});
    const QString q = quote(u"admin"_s, customer, u"BJ-2026-0301"_s);
    const QString approval = create(u"admin"_s, u"approvals"_s, approvalRequest(customer, q));
    QCOMPARE(patch(u"admin"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}}).status, 403);
    QCOMPARE(patch(u"director"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}}).status, 200);
    // Nor a quote's owner a request a colleague filed for it.
    const QString q2 = quote(u"chenjing"_s, create(u"chenjing"_s, u"customers"_s, {{u"name"_s, u"温州瓯江电气有限公司"_s}}), u"BJ-2026-0302"_s);
    const QString customer2 = as(u"chenjing"_s, "GET", u"/api/v1/quotes/"_s + q2).json.value(u"customerId"_s).toString();
    const QString approval2 = create(u"admin"_s, u"approvals"_s, approvalRequest(customer2, q2));
    QCOMPARE(patch(u"chenjing"_s, u"approvals"_s, approval2, {{u"status"_s, u"approved"_s}}).status, 403);

    const QString c = contract(u"admin"_s, customer, u"HT-2026-0301"_s);
    QCOMPARE(patch(u"admin"_s, u"contracts"_s, c, {{u"status"_s, u"in_approval"_s}}).status, 200);
    const QJsonObject sign{{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}};
    QCOMPARE(patch(u"admin"_s, u"contracts"_s, c, sign).status, 403);
    // Submitted by someone else but owned by them: still not theirs to sign.
    QCOMPARE(patch(u"admin2"_s, u"contracts"_s, c, {{u"status"_s, u"draft"_s}}).status, 200);
    QCOMPARE(patch(u"director"_s, u"contracts"_s, c, {{u"status"_s, u"in_approval"_s}}).status, 200);
    QCOMPARE(patch(u"admin"_s, u"contracts"_s, c, sign).status, 403);
    QCOMPARE(patch(u"admin2"_s, u"contracts"_s, c, sign).status, 200);
}

void tst_WritePolicy::idsAreCanonical_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("upper case") << u"upper"_s << true;
    QTest::newRow("braces") << u"braces"_s << false;
    QTest::newRow("whitespace") << u"space"_s << false;
    QTest::newRow("not an id") << u"junk"_s << false;
}

void tst_WritePolicy::idsAreCanonical()
{
    // Finding 6: a push naming a record in another case changes that record; it never
    // becomes a second row with the same UUID.
    QFETCH(QString, form);
    QFETCH(bool, accepted);
    const QString written = form == u"upper" ? m_customer.toUpper()
        : form == u"braces"                  ? u'{' + m_customer + u'}'
        : form == u"space"                   ? u' ' + m_customer
                                             : u"customer-1"_s;
    const QJsonObject result = push(u"wangfang"_s, u"customers"_s, written, {u"industry"_s}, QJsonArray{u"制造业"_s},
                                    QJsonArray{QJsonValue::Null});
    QCOMPARE(result.value(u"status"_s).toString(), accepted ? u"applied"_s : u"rejected"_s);
    Database &db = f->store().database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers WHERE lower(id) = ?"_s, {m_customer}).toInt(), 1);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM customers"_s).toInt(), 1);
    QCOMPARE(db.scalar(u"SELECT industry FROM customers WHERE id = ?"_s, {m_customer}).toString(), accepted ? u"制造业"_s : QString());
    // A new record under an upper-case id is stored under the lower-case one; a link in
    // upper case names the same customer.
    const QString contact = Id::generate().toString();
    QCOMPARE(push(u"wangfang"_s, u"contacts"_s, contact.toUpper(), {u"id"_s, u"customer_id"_s, u"name"_s},
                  QJsonArray{contact.toUpper(), m_customer.toUpper(), u"周八"_s})
                 .value(u"status"_s).toString(),
             u"applied"_s);
    QCOMPARE(db.scalar(u"SELECT customer_id FROM contacts WHERE id = ?"_s, {contact}).toString(), m_customer);
}

void tst_WritePolicy::restIdsAreCanonical()
{
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/customers/"_s + m_customer.toUpper()).json.value(u"id"_s).toString(), m_customer);
    QCOMPARE(patch(u"wangfang"_s, u"customers"_s, m_customer.toUpper(), {{u"industry"_s, u"软件"_s}}).status, 200);
    // A new record's id is a UUIDv7: a version 4 one is refused.
    const Reply r = as(u"wangfang"_s, "POST", u"/api/v1/contacts"_s,
                       {{u"id"_s, u"0f8fad5b-d9cb-469f-a165-70867728950e"_s}, {u"customerId"_s, m_customer}, {u"name"_s, u"吴九"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldCode(r, u"id"_s), u"invalid_id"_s);
}

void tst_WritePolicy::cursorPastTheHeadIsRefused()
{
    // Finding 9: a cursor the server never handed out (a restored store) is not answered
    // with the head, which would move the client's cursor back.
    const qint64 head = qint64(as(u"wangfang"_s, "GET", u"/api/v1/sync/head"_s).json.value(u"seq"_s).toDouble());
    QVERIFY(head > 0);
    const QString client = Id::generate().toString();
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/sync/pull?clientId=%1&cursor=%2"_s.arg(client).arg(head)).status, 200);
    const Reply r = as(u"wangfang"_s, "GET", u"/api/v1/sync/pull?clientId=%1&cursor=%2"_s.arg(client).arg(head + 100));
    QCOMPARE(r.status, 410);
    QCOMPARE(r.errorCode(), u"resync_required"_s);
}

void tst_WritePolicy::linksStayWithinTheCustomer()
{
    // Finding 9: an activity may not name another customer's contact, a quote another
    // customer's opportunity — not even one the caller can see.
    const QString other = create(u"liqiang"_s, u"customers"_s, {{u"name"_s, u"广州南方物流有限公司"_s}});
    const QString theirContact = create(u"liqiang"_s, u"contacts"_s, {{u"customerId"_s, other}, {u"name"_s, u"陈一"_s}});
    const QString theirOpportunity = create(u"liqiang"_s, u"opportunities"_s,
                                            {{u"customerId"_s, other}, {u"name"_s, u"仓储系统"_s}, {u"stage"_s, u"initial"_s}});
    QVERIFY(!theirContact.isEmpty() && !theirOpportunity.isEmpty());
    Reply r = patch(u"wangfang"_s, u"activities"_s, m_activity, {{u"contactId"_s, theirContact}});
    QCOMPARE(r.status, 422);
    QCOMPARE(fieldCode(r, u"contactId"_s), u"not_found"_s);
    r = as(u"wangfang"_s, "POST", u"/api/v1/quotes"_s,
           {{u"customerId"_s, m_customer}, {u"number"_s, u"BJ-2026-0401"_s}, {u"opportunityId"_s, theirOpportunity}});
    QCOMPARE(fieldCode(r, u"opportunityId"_s), u"not_found"_s);
    // An admin, who sees both, is refused the same way; the customer's own contact is fine.
    QCOMPARE(fieldCode(patch(u"admin"_s, u"activities"_s, m_activity, {{u"contactId"_s, theirContact}}), u"contactId"_s), u"not_found"_s);
    QCOMPARE(patch(u"wangfang"_s, u"activities"_s, m_activity, {{u"contactId"_s, m_contact}}).status, 200);
    QCOMPARE(push(u"wangfang"_s, u"activities"_s, m_activity, {u"contact_id"_s}, QJsonArray{theirContact}, QJsonArray{m_contact})
                 .value(u"status"_s).toString(),
             u"rejected"_s);
}

void tst_WritePolicy::contentIsAttachedOnlyByWhoHasIt()
{
    const QByteArray content = "营业执照扫描件 — 杭州华通科技有限公司";
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    // The same answer whether the server had the content or not.
    QCOMPARE(f->callRaw("PUT", u"/api/v1/blobs/"_s + sha, content, m_tokens.value(u"wangfang"_s)).status, 201);
    QCOMPARE(f->callRaw("PUT", u"/api/v1/blobs/"_s + sha, content, m_tokens.value(u"wangfang"_s)).status, 201);
    const QJsonObject mine{{u"customerId"_s, m_customer}, {u"fileName"_s, u"营业执照.pdf"_s},
                           {u"sizeBytes"_s, double(content.size())}, {u"sha256"_s, sha}};
    QVERIFY(!create(u"wangfang"_s, u"attachments"_s, mine).isEmpty());
    // Someone who only knows the hash cannot attach it to their own customer to read it.
    const QString other = create(u"liqiang"_s, u"customers"_s, {{u"name"_s, u"深圳前海数据有限公司"_s}});
    QJsonObject theirs = mine;
    theirs[u"customerId"_s] = other;
    Reply r = as(u"liqiang"_s, "POST", u"/api/v1/attachments"_s, theirs);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"blob_missing"_s);
    QCOMPARE(f->callRaw("GET", u"/api/v1/blobs/"_s + sha, {}, m_tokens.value(u"liqiang"_s)).status, 404);
    // Someone who can already read it may (the manager files a copy with another customer
    // of the team), and so may whoever uploads the bytes themselves.
    const QString teamCustomer = create(u"chenjing"_s, u"customers"_s, {{u"name"_s, u"绍兴越城纺织有限公司"_s}});
    QJsonObject copy = mine;
    copy[u"customerId"_s] = teamCustomer;
    QVERIFY(!create(u"chenjing"_s, u"attachments"_s, copy).isEmpty());
    QCOMPARE(f->callRaw("PUT", u"/api/v1/blobs/"_s + sha, content, m_tokens.value(u"liqiang"_s)).status, 201);
    QCOMPARE(as(u"liqiang"_s, "POST", u"/api/v1/attachments"_s, theirs).status, 201);
}

// Issue 19: a read share (with the user, or with a department at or above theirs) sees
// the customer and its records and changes nothing, over REST and push alike (a refused
// mutation); an edit share writes like the owner.
void tst_WritePolicy::readSharesRefuseWrites_data()
{
    QTest::addColumn<QString>("target"); // a login, or a department path
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("login");
    QTest::newRow("rep, read") << u"liqiang"_s << u"read"_s << u"liqiang"_s;
    QTest::newRow("rep, edit") << u"liqiang"_s << u"edit"_s << u"liqiang"_s;
    QTest::newRow("department, read, rep") << u"销售部/华南区"_s << u"read"_s << u"liqiang"_s;
    QTest::newRow("department, read, manager") << u"销售部/华南区"_s << u"read"_s << u"zhaolei"_s;
    QTest::newRow("department, edit, manager") << u"销售部/华南区"_s << u"edit"_s << u"zhaolei"_s;
    QTest::newRow("department above, read") << u"销售部"_s << u"read"_s << u"liqiang"_s;
}

void tst_WritePolicy::readSharesRefuseWrites()
{
    QFETCH(QString, target);
    QFETCH(QString, mode);
    QFETCH(QString, login);
    const bool department = target.contains(u'部');
    const QString targetId = department
        ? f->store().database().scalar(u"SELECT id FROM departments WHERE path = ?"_s, {target}).toString()
        : m_ids.value(target);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/customers/%1/shares"_s.arg(m_customer),
                {{department ? u"departmentId"_s : u"userId"_s, targetId}, {u"mode"_s, mode}})
                 .status,
             204);
    const bool edit = mode == u"edit";
    // Seen on every path.
    QCOMPARE(as(login, "GET", u"/api/v1/contacts/"_s + m_contact).status, 200);
    QVERIFY(listed(login, u"customers"_s).contains(m_customer));
    QVERIFY(pulled(login, u"contacts"_s).contains(m_contact));
    // Written only with an edit share: REST…
    QCOMPARE(patch(login, u"contacts"_s, m_contact, {{u"title"_s, u"采购经理"_s}}).status, edit ? 200 : 403);
    QCOMPARE(patch(login, u"customers"_s, m_customer, {{u"level"_s, u"b"_s}}).status, edit ? 200 : 403);
    QCOMPARE(as(login, "POST", u"/api/v1/activities"_s,
                {{u"customerId"_s, m_customer}, {u"kind"_s, u"call"_s}, {u"occurredAt"_s, u"2026-12-02T02:00:00.000Z"_s}, {u"subject"_s, u"回访"_s}})
                 .status,
             edit ? 201 : 403);
    // …and push (a refusal the author sees, as any other).
    const QJsonObject pushed = push(login, u"contacts"_s, m_contact, {u"name"_s}, QJsonArray{u"王伟（共享）"_s}, QJsonArray{u"王伟"_s});
    QCOMPARE(pushed.value(u"status"_s).toString(), edit ? u"applied"_s : u"rejected"_s);
    const QString newContact = Id::generate().toString();
    QCOMPARE(push(login, u"contacts"_s, newContact, {u"id"_s, u"customer_id"_s, u"name"_s}, QJsonArray{newContact, m_customer, u"李娜"_s})
                 .value(u"status"_s)
                 .toString(),
             edit ? u"applied"_s : u"rejected"_s);
    if (!edit)
        QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/contacts/"_s + m_contact).json.value(u"name"_s).toString(), u"王伟"_s);
}

QTEST_GUILESS_MAIN(tst_WritePolicy)
#include "tst_writepolicy.moc"
