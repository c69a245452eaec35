// Delegation while away (审批代理, issue 21 W2) on the server, over REST, on SQLite and
// PostgreSQL: PUT /api/v1/users/me/delegation sets whom one's approval steps go to from–to,
// the users list shows it, bad input is refused with a code per field, DELETE clears it; a
// delegate decides a step whose approver is away (PATCH /api/v1/approval-steps/{id}) while
// others cannot, and no longer once the absence is over.
#include "apifixture.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_Delegation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void setReadBackAndClear();
    void refusals_data();
    void refusals();
    void delegateDecidesWhileAway();

private:
    QString userId(const QString &login) { return f->users().findByLogin(login)->id; }
    static QString day(int fromToday) { return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate); }
    QJsonObject delegation(const QString &delegate, const QString &from, const QString &to)
    {
        return {{u"delegateId"_s, delegate}, {u"awayFrom"_s, from}, {u"awayTo"_s, to}};
    }
    Reply put(const QString &login, const QJsonObject &body) { return f->as(login, "PUT", u"/api/v1/users/me/delegation"_s, body); }
    // The users list's entry of `login`.
    QJsonObject listed(const QString &asLogin, const QString &login)
    {
        for (const QJsonValue &v : f->as(asLogin, "GET", u"/api/v1/users"_s).json.value(u"items"_s).toArray())
            if (v.toObject().value(u"login"_s).toString() == login)
                return v.toObject();
        return {};
    }
    // A level request of a new customer of wangfang's (decided by her manager chenjing),
    // and its pending step.
    std::pair<QString, QString> levelRequest(const QString &name)
    {
        const QString customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, name}, {u"level"_s, u"b"_s}});
        const QString approval = f->create(u"wangfang"_s, u"approvals"_s,
                                           {{u"customerId"_s, customer}, {u"tableName"_s, u"customers"_s}, {u"recordId"_s, customer},
                                            {u"kind"_s, u"level"_s}, {u"oldValue"_s, u"b"_s}, {u"newValue"_s, u"a"_s},
                                            {u"reason"_s, u"年采购额超过 500 万"_s}, {u"status"_s, u"pending"_s}});
        QString step;
        const Reply steps = f->as(u"admin"_s, "GET", u"/api/v1/approval-steps?customer_id="_s + customer);
        for (const QJsonValue &v : steps.json.value(u"items"_s).toArray())
            if (v.toObject().value(u"approvalId"_s).toString() == approval && v.toObject().value(u"status"_s).toString() == u"pending")
                step = v.toObject().value(u"id"_s).toString();
        return {approval, step};
    }
    Reply decide(const QString &login, const QString &step)
    {
        return f->patch(login, u"approval-steps"_s, step, {{u"status"_s, u"approved"_s}});
    }

    std::unique_ptr<ApiFixture> f;
};

void tst_Delegation::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_Delegation::init()
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
    // Another manager of the region: he sees the customer, but its step is not his.
    f->addUser(u"zhouqiang"_s, u"manager"_s, {u"销售部/华东区"_s}, u"zhaomin"_s);
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"liming"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"gone"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->users().setDisabled(u"gone"_s, true);
}

void tst_Delegation::cleanup()
{
    f.reset();
}

void tst_Delegation::setReadBackAndClear()
{
    QVERIFY(listed(u"liming"_s, u"chenjing"_s).value(u"delegateId"_s).isUndefined());
    Reply r = put(u"chenjing"_s, delegation(userId(u"zhouqiang"_s), day(0), day(9)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"delegateId"_s).toString(), userId(u"zhouqiang"_s));
    QCOMPARE(r.json.value(u"id"_s).toString(), userId(u"chenjing"_s));
    QVERIFY(r.json.value(u"version"_s).toInteger() > 0);
    // Everyone reads it in the users list (the replicas get the row with their pull).
    QJsonObject u = listed(u"liming"_s, u"chenjing"_s);
    QCOMPARE(u.value(u"delegateId"_s).toString(), userId(u"zhouqiang"_s));
    QCOMPARE(u.value(u"awayFrom"_s).toString(), day(0));
    QCOMPARE(u.value(u"awayTo"_s).toString(), day(9));
    QVERIFY(listed(u"liming"_s, u"zhouqiang"_s).value(u"delegateId"_s).isUndefined());
    // A change of chenjing's row, by him, in the audit trail.
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM audit_log WHERE table_name = 'users' AND record_id = ? AND user_id = ?"_s,
                                          {userId(u"chenjing"_s), userId(u"chenjing"_s)}).toInt(), 1);
    // Set again: replaced. 90 days from–to included is the longest.
    QCOMPARE(put(u"chenjing"_s, delegation(userId(u"zhaomin"_s), day(1), day(90))).status, 200);
    u = listed(u"chenjing"_s, u"chenjing"_s);
    QCOMPARE(u.value(u"delegateId"_s).toString(), userId(u"zhaomin"_s));
    QCOMPARE(u.value(u"awayTo"_s).toString(), day(90));

    r = f->as(u"chenjing"_s, "DELETE", u"/api/v1/users/me/delegation"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"delegateId"_s).isNull());
    QCOMPARE(r.json.value(u"id"_s).toString(), userId(u"chenjing"_s));
    QVERIFY(listed(u"liming"_s, u"chenjing"_s).value(u"delegateId"_s).isUndefined());
    // Clearing what is not set is no error.
    QCOMPARE(f->as(u"chenjing"_s, "DELETE", u"/api/v1/users/me/delegation"_s).status, 200);
    // Without a session: 401.
    QCOMPARE(f->call("PUT", u"/api/v1/users/me/delegation"_s, delegation(userId(u"zhouqiang"_s), day(0), day(1))).status, 401);
}

void tst_Delegation::refusals_data()
{
    QTest::addColumn<QString>("delegate"); // a login, or the id text itself when no user has it
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString today = day(0), later = day(5);
    QTest::newRow("oneself") << u"chenjing"_s << today << later << u"delegateId"_s << u"self"_s;
    QTest::newRow("nobody") << QString() << today << later << u"delegateId"_s << u"required"_s;
    QTest::newRow("unknown user") << u"0193a000-0000-7000-8000-000000000001"_s << today << later << u"delegateId"_s << u"not_found"_s;
    QTest::newRow("not an id") << u"zhangsan"_s << today << later << u"delegateId"_s << u"not_found"_s;
    QTest::newRow("disabled user") << u"gone"_s << today << later << u"delegateId"_s << u"not_found"_s;
    QTest::newRow("to before from") << u"zhouqiang"_s << later << today << u"awayTo"_s << u"before_from"_s;
    QTest::newRow("91 days") << u"zhouqiang"_s << day(0) << day(90) << u"awayTo"_s << u"too_long"_s;
    QTest::newRow("a year") << u"zhouqiang"_s << u"2026-01-01"_s << u"2026-12-31"_s << u"awayTo"_s << u"too_long"_s;
    QTest::newRow("bad from") << u"zhouqiang"_s << u"2026-13-01"_s << later << u"awayFrom"_s << u"invalid_date"_s;
    QTest::newRow("from not ISO") << u"zhouqiang"_s << u"12/01/2026"_s << later << u"awayFrom"_s << u"invalid_date"_s;
    QTest::newRow("to missing") << u"zhouqiang"_s << today << QString() << u"awayTo"_s << u"invalid_date"_s;
    QTest::newRow("to with a time") << u"zhouqiang"_s << today << u"2026-12-10T00:00:00"_s << u"awayTo"_s << u"invalid_date"_s;
}

void tst_Delegation::refusals()
{
    QFETCH(QString, delegate);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto user = delegate.isEmpty() ? std::nullopt : f->users().findByLogin(delegate);
    QJsonObject body = delegation(user ? user->id : delegate, from, to);
    if (to.isEmpty())
        body.remove(u"awayTo"_s);
    const Reply r = put(u"chenjing"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"validation_failed"_s);
    const QJsonObject fields = r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject();
    QVERIFY2(fields.contains(field), QJsonDocument(r.json).toJson().constData());
    QCOMPARE(fields.value(field).toObject().value(u"code"_s).toString(), code);
    QVERIFY(listed(u"chenjing"_s, u"chenjing"_s).value(u"delegateId"_s).isUndefined()); // nothing written
    // Not JSON, or an unknown field.
    QCOMPARE(f->callRaw("PUT", u"/api/v1/users/me/delegation"_s, "{", f->login(u"chenjing"_s)).status, 400);
    QJsonObject extra = delegation(userId(u"zhouqiang"_s), day(0), day(1));
    extra.insert(u"userId"_s, userId(u"liming"_s));
    QCOMPARE(put(u"chenjing"_s, extra).status, 422);
}

void tst_Delegation::delegateDecidesWhileAway()
{
    const auto [approval, step] = levelRequest(u"杭州华通科技有限公司"_s);
    QVERIFY(!step.isEmpty());
    // Before chenjing is away, zhouqiang (another manager of the region) does not decide it.
    QCOMPARE(decide(u"zhouqiang"_s, step).status, 403);
    QCOMPARE(put(u"chenjing"_s, delegation(userId(u"zhouqiang"_s), day(-1), day(3))).status, 200);
    // Nor does anyone else who is not named (a rep of the team does not even see it)…
    QCOMPARE(decide(u"liming"_s, step).status, 404);
    QCOMPARE(decide(u"wangfang"_s, step).status, 403); // the requester, never
    // …but the delegate does, for chenjing.
    const Reply r = decide(u"zhouqiang"_s, step);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"decidedBy"_s).toString(), userId(u"zhouqiang"_s));
    QCOMPARE(r.json.value(u"onBehalfOf"_s).toString(), userId(u"chenjing"_s));
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/approvals/"_s + approval).json.value(u"status"_s).toString(), u"approved"_s);

    // Once the absence is over (it ended yesterday), the delegate no longer decides.
    const auto [later, laterStep] = levelRequest(u"宁波东海贸易有限公司"_s);
    QVERIFY(!laterStep.isEmpty());
    QCOMPARE(put(u"chenjing"_s, delegation(userId(u"zhouqiang"_s), day(-10), day(-1))).status, 200);
    QCOMPARE(decide(u"zhouqiang"_s, laterStep).status, 403);
    // Nor before it starts.
    QCOMPARE(put(u"chenjing"_s, delegation(userId(u"zhouqiang"_s), day(1), day(5))).status, 200);
    QCOMPARE(decide(u"zhouqiang"_s, laterStep).status, 403);
    // Cleared: chenjing decides himself.
    QCOMPARE(f->as(u"chenjing"_s, "DELETE", u"/api/v1/users/me/delegation"_s).status, 200);
    QCOMPARE(decide(u"zhouqiang"_s, laterStep).status, 403);
    QCOMPARE(decide(u"chenjing"_s, laterStep).status, 200);
    QCOMPARE(f->as(u"wangfang"_s, "GET", u"/api/v1/approvals/"_s + later).json.value(u"status"_s).toString(), u"approved"_s);
}

QTEST_GUILESS_MAIN(tst_Delegation)
#include "tst_delegation.moc"
