// Customer level changes with approval (issue 19, FEATURES.md C4) on the server, over REST,
// on SQLite and PostgreSQL: a sales rep's change of a level the customer has is refused and
// asked for instead; the server names the owner's manager as the approver; only the approver,
// a director or an administrator decides, never the requester; an approval sets the level in
// the same transaction; while a request is pending nobody changes the level; the requester
// withdraws; a request from a level that is no longer the customer's is refused.
#include "apifixture.h"
#include "pgcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_LevelApproval : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void repAsksManagerApproves();
    void whoDecides_data();
    void whoDecides();
    void pendingLocksTheLevel();
    void rejectAndWithdraw();
    void badRequests_data();
    void badRequests();
    void mergedCardsRequestIsOnlyRejected();

private:
    Reply get(const QString &login, const QString &path) { return f->as(login, "GET", u"/api/v1/"_s + path); }
    QString level(const QString &customer) { return get(u"admin"_s, u"customers/"_s + customer).json.value(u"level"_s).toString(); }
    QJsonObject request(const QString &from, const QString &to, const QString &customer = {})
    {
        const QString c = customer.isEmpty() ? m_customer : customer;
        return {{u"customerId"_s, c}, {u"tableName"_s, u"customers"_s}, {u"recordId"_s, c}, {u"kind"_s, u"level"_s},
                {u"oldValue"_s, from}, {u"newValue"_s, to}, {u"reason"_s, u"年采购额超过 500 万"_s}, {u"status"_s, u"pending"_s}};
    }
    QString userId(const QString &login) { return f->users().findByLogin(login)->id; }

    std::unique_ptr<ApiFixture> f;
    QString m_customer;
};

void tst_LevelApproval::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_LevelApproval::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"admin"_s, u"admin"_s, {});
    f->addUser(u"zhaomin"_s, u"director"_s, {u"销售部"_s});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s}, u"zhaomin"_s);
    f->addUser(u"zhouqiang"_s, u"manager"_s, {u"销售部/华东区"_s}, u"zhaomin"_s);
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"liming"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    m_customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"level"_s, u"b"_s}});
    QVERIFY(!m_customer.isEmpty());
}

void tst_LevelApproval::cleanup()
{
    f.reset();
}

void tst_LevelApproval::repAsksManagerApproves()
{
    // The rep cannot change the level herself…
    Reply r = f->patch(u"wangfang"_s, u"customers"_s, m_customer, {{u"level"_s, u"a"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"level_approval_required"_s);
    QCOMPARE(level(m_customer), u"b"_s);
    // …she asks; a guessed approver is not taken from her: the server names her manager.
    QJsonObject asked = request(u"b"_s, u"a"_s);
    asked.insert(u"approverId"_s, userId(u"liming"_s));
    r = f->as(u"wangfang"_s, "POST", u"/api/v1/approvals"_s, asked);
    QCOMPARE(r.status, 422); // approverId is the server's
    const QString approval = f->create(u"wangfang"_s, u"approvals"_s, request(u"b"_s, u"a"_s));
    QVERIFY(!approval.isEmpty());
    QJsonObject a = get(u"wangfang"_s, u"approvals/"_s + approval).json;
    QCOMPARE(a.value(u"approverId"_s).toString(), userId(u"chenjing"_s));
    QCOMPARE(a.value(u"oldValue"_s).toString(), u"b"_s);
    QCOMPARE(a.value(u"newValue"_s).toString(), u"a"_s);
    QVERIFY(a.value(u"decidedBy"_s).isNull());
    // A clerk, who writes its quotes but not the customer, does not ask.
    QCOMPARE(f->as(u"sunli"_s, "POST", u"/api/v1/approvals"_s, request(u"a"_s, u"c"_s)).status, 403);
    // The asked values are fixed once asked.
    QCOMPARE(f->patch(u"wangfang"_s, u"approvals"_s, approval, {{u"newValue"_s, u"c"_s}}).status, 422);

    const qint64 before = get(u"admin"_s, u"customers/"_s + m_customer).json.value(u"version"_s).toInteger();
    r = f->patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}, {u"comment"_s, u"同意"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"decidedBy"_s).toString(), userId(u"chenjing"_s));
    const QJsonObject customer = get(u"wangfang"_s, u"customers/"_s + m_customer).json;
    QCOMPARE(customer.value(u"level"_s).toString(), u"a"_s);
    QVERIFY(customer.value(u"version"_s).toInteger() > before);
    // The customer's history says who set the level.
    const QJsonArray history = get(u"wangfang"_s, u"customers/"_s + m_customer + u"/history"_s).json.value(u"items"_s).toArray();
    bool found = false;
    for (const QJsonValue &h : history) {
        const QJsonObject o = h.toObject();
        if (o.value(u"table"_s).toString() == u"customers"
            && o.value(u"changes"_s).toObject().value(u"level"_s).toObject().value(u"new"_s).toString() == u"a")
            found = o.value(u"userId"_s).toString() == userId(u"chenjing"_s);
    }
    QVERIFY2(found, QJsonDocument(history).toJson().constData());
    // Decided once.
    QCOMPARE(f->patch(u"zhaomin"_s, u"approvals"_s, approval, {{u"status"_s, u"rejected"_s}}).errorCode(), u"document_locked"_s);
    // Managers change levels without asking.
    QCOMPARE(f->patch(u"chenjing"_s, u"customers"_s, m_customer, {{u"level"_s, u"c"_s}}).status, 200);
}

void tst_LevelApproval::whoDecides_data()
{
    QTest::addColumn<QString>("decider");
    QTest::addColumn<int>("status");
    QTest::newRow("the requester") << u"wangfang"_s << 403;
    QTest::newRow("another rep of the team") << u"liming"_s << 403;
    QTest::newRow("a manager who is not the owner's") << u"zhouqiang"_s << 403;
    QTest::newRow("the owner's manager") << u"chenjing"_s << 200;
    QTest::newRow("a director") << u"zhaomin"_s << 200;
    QTest::newRow("an administrator") << u"admin"_s << 200;
}

void tst_LevelApproval::whoDecides()
{
    QFETCH(QString, decider);
    QFETCH(int, status);
    const QString approval = f->create(u"wangfang"_s, u"approvals"_s, request(u"b"_s, u"a"_s));
    QVERIFY(!approval.isEmpty());
    const Reply r = f->patch(decider, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}});
    // A rep of the same team does not see a colleague's customer: not found, which is a refusal too.
    QCOMPARE(r.status == 404 ? 403 : r.status, status);
    QCOMPARE(level(m_customer), status == 200 ? u"a"_s : u"b"_s);
}

void tst_LevelApproval::pendingLocksTheLevel()
{
    const QString approval = f->create(u"wangfang"_s, u"approvals"_s, request(u"b"_s, u"a"_s));
    QVERIFY(!approval.isEmpty());
    // One pending request per customer.
    Reply r = f->as(u"wangfang"_s, "POST", u"/api/v1/approvals"_s, request(u"b"_s, u"c"_s));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"approval_pending"_s);
    // Nobody changes the level meanwhile, not even a manager or an administrator; the
    // other fields stay free.
    for (const QString &login : {u"chenjing"_s, u"admin"_s}) {
        r = f->patch(login, u"customers"_s, m_customer, {{u"level"_s, u"d"_s}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"approval_pending"_s);
    }
    QCOMPARE(f->patch(u"wangfang"_s, u"customers"_s, m_customer, {{u"phone"_s, u"0571-88886666"_s}}).status, 200);
    QCOMPARE(level(m_customer), u"b"_s);
}

void tst_LevelApproval::rejectAndWithdraw()
{
    QString approval = f->create(u"wangfang"_s, u"approvals"_s, request(u"b"_s, u"a"_s));
    QCOMPARE(f->patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"rejected"_s}, {u"comment"_s, u"再观察一个季度"_s}}).status, 200);
    QCOMPARE(level(m_customer), u"b"_s);
    // Rejected is kept; a new request may be asked.
    QCOMPARE(f->as(u"wangfang"_s, "DELETE", u"/api/v1/approvals/"_s + approval).errorCode(), u"document_locked"_s);
    approval = f->create(u"wangfang"_s, u"approvals"_s, request(u"b"_s, u""_s));
    QVERIFY(!approval.isEmpty());
    // Only the requester withdraws.
    QCOMPARE(f->as(u"chenjing"_s, "DELETE", u"/api/v1/approvals/"_s + approval).status, 403);
    const Reply withdrawn = f->as(u"wangfang"_s, "DELETE", u"/api/v1/approvals/"_s + approval);
    QVERIFY2(withdrawn.status == 200 || withdrawn.status == 204, qPrintable(QString::number(withdrawn.status)));
    // Free again: the manager changes it directly.
    QCOMPARE(f->patch(u"chenjing"_s, u"customers"_s, m_customer, {{u"level"_s, u"d"_s}}).status, 200);
    QCOMPARE(level(m_customer), u"d"_s);
}

void tst_LevelApproval::badRequests_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("otherRecord");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("from a level it no longer has") << u"c"_s << u"a"_s << false << 422 << u"stale_value"_s;
    QTest::newRow("to the level it has") << u"b"_s << u"b"_s << false << 422 << u"unchanged"_s;
    QTest::newRow("to no level at all") << u"b"_s << u"z"_s << false << 422 << u"validation_failed"_s;
    QTest::newRow("for another record") << u"b"_s << u"a"_s << true << 422 << u"not_found"_s;
}

void tst_LevelApproval::badRequests()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, otherRecord);
    QFETCH(int, status);
    QFETCH(QString, code);
    QJsonObject body = request(from, to);
    if (otherRecord)
        body.insert(u"recordId"_s, f->create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"李雷"_s}}));
    const Reply r = f->as(u"wangfang"_s, "POST", u"/api/v1/approvals"_s, body);
    QCOMPARE(r.status, status);
    // The code is the error's or, for a field, the field's.
    QVERIFY2(QJsonDocument(r.json).toJson(QJsonDocument::Compact).contains(QByteArray("\"" + code.toUtf8() + "\"")),
             QJsonDocument(r.json).toJson().constData());
    QCOMPARE(level(m_customer), u"b"_s);
    // A rep sets the first level of a customer without one freely.
    const QString fresh = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"宁波远航贸易有限公司"_s}});
    QCOMPARE(f->patch(u"wangfang"_s, u"customers"_s, fresh, {{u"level"_s, u"c"_s}}).status, 200);
}

void tst_LevelApproval::mergedCardsRequestIsOnlyRejected()
{
    // A duplicate card with a pending request is merged into the one that stays: the
    // request no longer concerns a live card — it cannot be approved, only rejected, and it
    // locks nothing on the survivor.
    const QString duplicate = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"华通科技（杭州）"_s}, {u"level"_s, u"c"_s}});
    const QString approval = f->create(u"wangfang"_s, u"approvals"_s, request(u"c"_s, u"a"_s, duplicate));
    QVERIFY(!approval.isEmpty());
    const Reply merged = f->as(u"chenjing"_s, "POST", u"/api/v1/customers/merge"_s,
                               {{u"survivorId"_s, m_customer}, {u"mergedIds"_s, QJsonArray{duplicate}}, {u"fields"_s, QJsonObject()}});
    QCOMPARE(merged.status, 200);
    QCOMPARE(f->patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}}).errorCode(), u"not_found"_s);
    QCOMPARE(level(m_customer), u"b"_s);
    QCOMPARE(f->patch(u"chenjing"_s, u"customers"_s, m_customer, {{u"level"_s, u"d"_s}}).status, 200); // not locked
    QCOMPARE(f->patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"rejected"_s}, {u"comment"_s, u"已合并"_s}}).status, 200);
}

QTEST_GUILESS_MAIN(tst_LevelApproval)
#include "tst_levelapproval.moc"
