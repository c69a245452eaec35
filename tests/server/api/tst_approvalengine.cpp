// The approval engine (issue 21, FEATURES.md W2) on the server, over REST, on SQLite and
// PostgreSQL: flows as settings an administrator writes (a flow the engine cannot run is
// refused); a request's steps made from the flow in force when it is asked and decided in
// order by who the flow names; the request approved only when every step is; forged and
// partial decisions refused; a flow changed while a request is open leaves it as asked;
// all-of steps; skip-self; delegation while away; a contract's approval on the engine.
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

class tst_ApprovalEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void aFlowTheEngineCannotRunIsRefused_data();
    void aFlowTheEngineCannotRunIsRefused();
    void twoStepsDecidedInOrder();
    void forgedAndPartialDecisionsAreRefused();
    void aFlowChangedWhileOpenLeavesTheRequestAsAsked();
    void allOfNeedsEveryone();
    void theRequestersOwnStepIsSkipped();
    void aDelegateDecidesWhileTheApproverIsAway();
    void aContractIsApprovedStepByStep();
    void aContractsSubmitterWithdrawsBeforeAnyDecision();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, u"/api/v1/"_s + path, body);
    }
    QString userId(const QString &login) { return f->users().findByLogin(login)->id; }
    void setFlow(const QString &kind, const QString &json)
    {
        QJsonObject body;
        body.insert(u"key"_s, QString(u"approval.flow."_s + kind));
        body.insert(u"value"_s, json);
        const Reply r = as(u"admin"_s, "POST", u"settings"_s, body);
        if (r.status == 201)
            return;
        // Written before: change it.
        for (const QJsonValue &s : as(u"admin"_s, "GET", u"settings?limit=200"_s).json.value(u"items"_s).toArray())
            if (s.toObject().value(u"key"_s).toString() == u"approval.flow."_s + kind)
                QCOMPARE(f->patch(u"admin"_s, u"settings"_s, s.toObject().value(u"id"_s).toString(), QJsonObject{{u"value"_s, QJsonValue(json)}}).status, 200);
    }
    // A draft quote whose discount needs approval (15 % off, above the default 10 %).
    QString makeQuote(const QString &number)
    {
        const QString quote = f->create(u"wangfang"_s, u"quotes"_s,
                                        {{u"customerId"_s, m_customer}, {u"number"_s, number}, {u"title"_s, u"服务器报价"_s},
                                         {u"net"_s, u"65450.00"_s}, {u"tax"_s, u"8508.50"_s}, {u"gross"_s, u"73958.50"_s}});
        f->create(u"wangfang"_s, u"quote-lines"_s,
                  {{u"customerId"_s, m_customer}, {u"quoteId"_s, quote}, {u"lineNo"_s, 1}, {u"description"_s, u"服务器"_s},
                   {u"quantity"_s, u"2"_s}, {u"unitPrice"_s, u"38500"_s}, {u"discountPercent"_s, u"15"_s},
                   {u"vatRatePercent"_s, u"13"_s}, {u"net"_s, u"65450.00"_s}, {u"tax"_s, u"8508.50"_s}, {u"gross"_s, u"73958.50"_s}});
        return quote;
    }
    QString ask(const QString &quote)
    {
        return f->create(u"wangfang"_s, u"approvals"_s,
                         {{u"customerId"_s, m_customer}, {u"tableName"_s, u"quotes"_s}, {u"recordId"_s, quote},
                          {u"kind"_s, u"discount"_s}, {u"discountPercent"_s, u"15"_s}, {u"amount"_s, u"73958.50"_s},
                          {u"reason"_s, u"年度框架客户"_s}});
    }
    // The request's steps, in order.
    QList<QJsonObject> steps(const QString &approval)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : as(u"admin"_s, "GET", u"approval-steps?limit=100&approval_id="_s + approval).json.value(u"items"_s).toArray())
            out << v.toObject();
        std::sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"stepNo"_s).toInt() != b.value(u"stepNo"_s).toInt() ? a.value(u"stepNo"_s).toInt() < b.value(u"stepNo"_s).toInt()
                                                                                : a.value(u"id"_s).toString() < b.value(u"id"_s).toString();
        });
        return out;
    }
    QStringList statuses(const QString &approval)
    {
        QStringList out;
        for (const QJsonObject &s : steps(approval))
            out << s.value(u"status"_s).toString();
        return out;
    }
    Reply decideStep(const QString &login, const QString &step, const QString &status, const QString &comment = {})
    {
        QJsonObject body{{u"status"_s, status}};
        if (!comment.isEmpty())
            body.insert(u"comment"_s, comment);
        return f->patch(login, u"approval-steps"_s, step, body);
    }
    QString status(const QString &approval) { return as(u"admin"_s, "GET", u"approvals/"_s + approval).json.value(u"status"_s).toString(); }
    QString sendQuote(const QString &quote)
    {
        const Reply r = f->patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}});
        return r.status == 200 ? u"sent"_s : r.errorCode();
    }
    QString makeContract(const QString &number)
    {
        const QString contract = f->create(u"wangfang"_s, u"contracts"_s,
                                           {{u"customerId"_s, m_customer}, {u"number"_s, number}, {u"title"_s, u"维保合同"_s},
                                            {u"amount"_s, u"80000.00"_s}, {u"net"_s, u"80000.00"_s}});
        f->create(u"wangfang"_s, u"payment-plans"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1},
                                                     {u"dueDate"_s, u"2027-01-15"_s}, {u"amount"_s, u"80000.00"_s}, {u"isBalance"_s, true}});
        return contract;
    }
    QString contractRequest(const QString &contract)
    {
        for (const QJsonValue &v : as(u"admin"_s, "GET", u"approvals?limit=100&customer_id="_s + m_customer).json.value(u"items"_s).toArray())
            if (v.toObject().value(u"recordId"_s).toString() == contract && v.toObject().value(u"kind"_s).toString() == u"contract")
                return v.toObject().value(u"id"_s).toString();
        return {};
    }

    std::unique_ptr<ApiFixture> f;
    QString m_customer;
};

void tst_ApprovalEngine::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_ApprovalEngine::init()
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
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    m_customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"level"_s, u"b"_s}});
    QVERIFY(!m_customer.isEmpty());
}

void tst_ApprovalEngine::cleanup()
{
    f.reset();
}

void tst_ApprovalEngine::aFlowTheEngineCannotRunIsRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("not JSON") << u"{steps"_s;
    QTest::newRow("no steps") << u"{\"steps\": []}"_s;
    QTest::newRow("unknown approver") << u"{\"steps\": [{\"by\": \"boss\"}]}"_s;
    QTest::newRow("roles without a role") << u"{\"steps\": [{\"by\": \"roles\"}]}"_s;
    QTest::newRow("a role that does not decide") << u"{\"steps\": [{\"by\": \"roles\", \"roles\": [\"sales\"]}]}"_s;
    QTest::newRow("users without a user") << u"{\"steps\": [{\"by\": \"users\", \"users\": []}]}"_s;
    QTest::newRow("an amount that is not one") << u"{\"steps\": [{\"by\": \"manager\", \"above\": \"五千\"}]}"_s;
    QTest::newRow("an unknown key") << u"{\"steps\": [{\"by\": \"manager\", \"approver\": \"x\"}]}"_s;
}

void tst_ApprovalEngine::aFlowTheEngineCannotRunIsRefused()
{
    QFETCH(QString, json);
    const Reply r = as(u"admin"_s, "POST", u"settings"_s, {{u"key"_s, u"approval.flow.discount"_s}, {u"value"_s, json}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"invalid_flow"_s);
}

// The owner's manager, then — above ¥50,000 — a director: the manager's approval alone does
// not let the quote go out; the director's does.
void tst_ApprovalEngine::twoStepsDecidedInOrder()
{
    setFlow(u"discount"_s, uR"({"steps": [{"name": "部门经理审批", "by": "manager"},
                                         {"name": "总监审批", "by": "roles", "roles": ["director"], "above": "50000.00"}]})"_s);
    const QString quote = makeQuote(u"BJ-2026-0001"_s);
    const QString approval = ask(quote);
    QVERIFY(!approval.isEmpty());
    QList<QJsonObject> s = steps(approval);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s[0].value(u"name"_s).toString(), u"部门经理审批"_s);
    QCOMPARE(s[0].value(u"approverIds"_s).toString(), userId(u"chenjing"_s));
    QCOMPARE(statuses(approval), (QStringList{u"pending"_s, u"waiting"_s}));
    const QJsonObject request = as(u"wangfang"_s, "GET", u"approvals/"_s + approval).json;
    QCOMPARE(request.value(u"stepNo"_s).toInt(), 1);
    QCOMPARE(request.value(u"approverId"_s).toString(), userId(u"chenjing"_s));
    // The director cannot decide before the manager; the manager approves.
    QCOMPARE(decideStep(u"zhaomin"_s, s[1].value(u"id"_s).toString(), u"approved"_s).status, 422);
    QCOMPARE(decideStep(u"chenjing"_s, s[0].value(u"id"_s).toString(), u"approved"_s, u"同意"_s).status, 200);
    QCOMPARE(statuses(approval), (QStringList{u"approved"_s, u"pending"_s}));
    QCOMPARE(status(approval), u"pending"_s);
    QCOMPARE(sendQuote(quote), u"approval_required"_s);
    // The director approves: the request is approved, stamped with the last decision.
    QCOMPARE(decideStep(u"zhaomin"_s, s[1].value(u"id"_s).toString(), u"approved"_s, u"可以"_s).status, 200);
    const QJsonObject done = as(u"wangfang"_s, "GET", u"approvals/"_s + approval).json;
    QCOMPARE(done.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(done.value(u"decidedBy"_s).toString(), userId(u"zhaomin"_s));
    QCOMPARE(done.value(u"comment"_s).toString(), u"可以"_s);
    QCOMPARE(done.value(u"stepNo"_s).toInt(), 0);
    QCOMPARE(sendQuote(quote), u"sent"_s);
}

void tst_ApprovalEngine::forgedAndPartialDecisionsAreRefused()
{
    setFlow(u"discount"_s, uR"({"steps": [{"by": "manager"}, {"by": "roles", "roles": ["director"]}]})"_s);
    const QString quote = makeQuote(u"BJ-2026-0002"_s);
    const QString approval = ask(quote);
    const QList<QJsonObject> s = steps(approval);
    QCOMPARE(s.size(), 2);
    const QString first = s[0].value(u"id"_s).toString();
    // Nobody makes steps but the server.
    Reply r = as(u"chenjing"_s, "POST", u"approval-steps"_s,
                 {{u"customerId"_s, m_customer}, {u"approvalId"_s, approval}, {u"stepNo"_s, 3}, {u"status"_s, u"approved"_s}});
    QVERIFY2(r.status == 403 || r.status == 422, qPrintable(QString::number(r.status)));
    // The requester decides nothing; another manager is not the one named.
    QCOMPARE(decideStep(u"wangfang"_s, first, u"approved"_s).status, 403);
    QCOMPARE(decideStep(u"zhouqiang"_s, first, u"approved"_s).status, 403);
    // Who decided is the server's to say; the approver list is the server's.
    r = f->patch(u"chenjing"_s, u"approval-steps"_s, first, {{u"status"_s, u"approved"_s}, {u"decidedBy"_s, userId(u"zhaomin"_s)}});
    QCOMPARE(r.status, 422);
    QCOMPARE(f->patch(u"chenjing"_s, u"approval-steps"_s, first, {{u"approverIds"_s, userId(u"chenjing"_s)}}).status, 422);
    // A step is not removed; a request is not set approved over its steps.
    QCOMPARE(as(u"chenjing"_s, "DELETE", u"approval-steps/"_s + first).status, 403);
    // Approving the request is approving one's step: the manager's leaves it pending.
    QCOMPARE(f->patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}}).status, 200);
    QCOMPARE(status(approval), u"pending"_s);
    QCOMPARE(statuses(approval), (QStringList{u"approved"_s, u"pending"_s}));
    QCOMPARE(sendQuote(quote), u"approval_required"_s);
    // Once a step is decided the requester no longer withdraws.
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"approvals/"_s + approval).errorCode(), u"approval_decided"_s);
    // A rejection ends it: the open steps are cancelled.
    QCOMPARE(decideStep(u"zhaomin"_s, s[1].value(u"id"_s).toString(), u"rejected"_s, u"折扣过大"_s).status, 200);
    QCOMPARE(status(approval), u"rejected"_s);
    QCOMPARE(decideStep(u"zhaomin"_s, s[1].value(u"id"_s).toString(), u"approved"_s).status, 422);
    QCOMPARE(sendQuote(quote), u"approval_required"_s);
}

void tst_ApprovalEngine::aFlowChangedWhileOpenLeavesTheRequestAsAsked()
{
    const QString quote = makeQuote(u"BJ-2026-0003"_s);
    const QString approval = ask(quote); // the default flow: one step
    QCOMPARE(steps(approval).size(), 1);
    setFlow(u"discount"_s, uR"({"steps": [{"by": "manager"}, {"by": "roles", "roles": ["director"]}]})"_s);
    QCOMPARE(decideStep(u"chenjing"_s, steps(approval).first().value(u"id"_s).toString(), u"approved"_s).status, 200);
    QCOMPARE(status(approval), u"approved"_s);
    QCOMPARE(sendQuote(quote), u"sent"_s);
    // A request asked now has the new flow's two steps.
    QCOMPARE(steps(ask(makeQuote(u"BJ-2026-0004"_s))).size(), 2);
}

void tst_ApprovalEngine::allOfNeedsEveryone()
{
    setFlow(u"discount"_s,
            u"{\"steps\": [{\"name\": \"会签\", \"by\": \"users\", \"mode\": \"all\", \"users\": [\"%1\", \"%2\"]}]}"_s.arg(
                userId(u"chenjing"_s), userId(u"zhaomin"_s)));
    const QString quote = makeQuote(u"BJ-2026-0005"_s);
    const QString approval = ask(quote);
    const QList<QJsonObject> s = steps(approval);
    QCOMPARE(s.size(), 2);
    QCOMPARE(statuses(approval), (QStringList{u"pending"_s, u"pending"_s}));
    const QString chenjings = s[0].value(u"approverIds"_s).toString() == userId(u"chenjing"_s) ? s[0].value(u"id"_s).toString()
                                                                                               : s[1].value(u"id"_s).toString();
    const QString zhaomins = chenjings == s[0].value(u"id"_s).toString() ? s[1].value(u"id"_s).toString() : s[0].value(u"id"_s).toString();
    // Each decides their own slot only.
    QCOMPARE(decideStep(u"chenjing"_s, zhaomins, u"approved"_s).status, 403);
    QCOMPARE(decideStep(u"chenjing"_s, chenjings, u"approved"_s).status, 200);
    QCOMPARE(status(approval), u"pending"_s);
    QCOMPARE(decideStep(u"zhaomin"_s, zhaomins, u"approved"_s).status, 200);
    QCOMPARE(status(approval), u"approved"_s);
}

void tst_ApprovalEngine::theRequestersOwnStepIsSkipped()
{
    // chenjing asks about a customer of her own: her manager is zhaomin; a named-user step
    // naming her is skipped.
    const QString own = f->create(u"chenjing"_s, u"customers"_s, {{u"name"_s, u"宁波东港贸易有限公司"_s}, {u"level"_s, u"c"_s}});
    setFlow(u"level"_s, u"{\"steps\": [{\"by\": \"users\", \"users\": [\"%1\"]}, {\"by\": \"manager\"}]}"_s.arg(userId(u"chenjing"_s)));
    // A manager changes levels without asking; she asks all the same (a rep's path).
    const QString approval = f->create(u"chenjing"_s, u"approvals"_s,
                                       {{u"customerId"_s, own}, {u"tableName"_s, u"customers"_s}, {u"recordId"_s, own},
                                        {u"kind"_s, u"level"_s}, {u"oldValue"_s, u"c"_s}, {u"newValue"_s, u"b"_s}});
    QVERIFY(!approval.isEmpty());
    QCOMPARE(statuses(approval), (QStringList{u"skipped"_s, u"pending"_s}));
    QCOMPARE(steps(approval).at(1).value(u"approverIds"_s).toString(), userId(u"zhaomin"_s));
    QCOMPARE(decideStep(u"zhaomin"_s, steps(approval).at(1).value(u"id"_s).toString(), u"approved"_s).status, 200);
    QCOMPARE(as(u"admin"_s, "GET", u"customers/"_s + own).json.value(u"level"_s).toString(), u"b"_s);
}

void tst_ApprovalEngine::aDelegateDecidesWhileTheApproverIsAway()
{
    const QString quote = makeQuote(u"BJ-2026-0006"_s);
    setFlow(u"discount"_s, uR"({"steps": [{"by": "manager"}]})"_s);
    const QString approval = ask(quote);
    const QString step = steps(approval).first().value(u"id"_s).toString();
    // zhouqiang is not named: refused while chenjing is in.
    QCOMPARE(decideStep(u"zhouqiang"_s, step, u"approved"_s).status, 403);
    // chenjing is away this week and her requests go to zhouqiang.
    const QDate today = QDate::currentDate();
    f->store().database().exec(u"UPDATE users SET delegate_id = ?, away_from = ?, away_to = ? WHERE id = ?"_s,
                               {userId(u"zhouqiang"_s), today.addDays(-1).toString(Qt::ISODate), today.addDays(5).toString(Qt::ISODate),
                                userId(u"chenjing"_s)});
    const Reply r = decideStep(u"zhouqiang"_s, step, u"approved"_s, u"代陈静审批"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"onBehalfOf"_s).toString(), userId(u"chenjing"_s));
    QCOMPARE(r.json.value(u"decidedBy"_s).toString(), userId(u"zhouqiang"_s));
    QCOMPARE(status(approval), u"approved"_s);
    // A delegation that has ended delegates nothing.
    const QString later = ask(makeQuote(u"BJ-2026-0007"_s));
    f->store().database().exec(u"UPDATE users SET away_to = ? WHERE id = ?"_s,
                               {today.addDays(-1).toString(Qt::ISODate), userId(u"chenjing"_s)});
    QCOMPARE(decideStep(u"zhouqiang"_s, steps(later).first().value(u"id"_s).toString(), u"approved"_s).status, 403);
}

// Submitting a contract asks for its approval under the contract flow: the manager's
// status change to signed is refused while the director's step waits; the manager approves
// her step; the director's signing decides the last step.
void tst_ApprovalEngine::aContractIsApprovedStepByStep()
{
    setFlow(u"contract"_s, uR"({"steps": [{"by": "manager"}, {"by": "roles", "roles": ["director"], "above": "50000"}]})"_s);
    const QString contract = makeContract(u"HT-2026-0101"_s);
    QCOMPARE(f->patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status, 200);
    const QString approval = contractRequest(contract);
    QVERIFY(!approval.isEmpty());
    const QJsonObject request = as(u"wangfang"_s, "GET", u"approvals/"_s + approval).json;
    QCOMPARE(request.value(u"createdBy"_s).toString(), userId(u"wangfang"_s));
    QCOMPARE(request.value(u"summary"_s).toString(), u"HT-2026-0101 · 维保合同"_s);
    QCOMPARE(statuses(approval), (QStringList{u"pending"_s, u"waiting"_s}));
    Reply r = f->patch(u"chenjing"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"approval_pending"_s);
    QCOMPARE(decideStep(u"chenjing"_s, steps(approval).at(0).value(u"id"_s).toString(), u"approved"_s).status, 200);
    QCOMPARE(as(u"admin"_s, "GET", u"contracts/"_s + contract).json.value(u"status"_s).toString(), u"in_approval"_s);
    r = f->patch(u"zhaomin"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-02"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(status(approval), u"approved"_s);
    QCOMPARE(statuses(approval), (QStringList{u"approved"_s, u"approved"_s}));

    // The second contract: approved through the steps alone, the engine signs it.
    setFlow(u"contract"_s, uR"({"steps": [{"by": "manager"}]})"_s);
    const QString second = makeContract(u"HT-2026-0102"_s);
    QCOMPARE(f->patch(u"wangfang"_s, u"contracts"_s, second, {{u"status"_s, u"in_approval"_s}}).status, 200);
    const QString secondRequest = contractRequest(second);
    QCOMPARE(decideStep(u"chenjing"_s, steps(secondRequest).at(0).value(u"id"_s).toString(), u"approved"_s).status, 200);
    const QJsonObject signedContract = as(u"admin"_s, "GET", u"contracts/"_s + second).json;
    QCOMPARE(signedContract.value(u"status"_s).toString(), u"signed"_s);
    QVERIFY(!signedContract.value(u"signDate"_s).toString().isEmpty());
    // A third, rejected at its step: back to draft.
    const QString third = makeContract(u"HT-2026-0103"_s);
    QCOMPARE(f->patch(u"wangfang"_s, u"contracts"_s, third, {{u"status"_s, u"in_approval"_s}}).status, 200);
    QCOMPARE(decideStep(u"chenjing"_s, steps(contractRequest(third)).at(0).value(u"id"_s).toString(), u"rejected"_s, u"付款条件不可接受"_s).status,
             200);
    QCOMPARE(as(u"admin"_s, "GET", u"contracts/"_s + third).json.value(u"status"_s).toString(), u"draft"_s);
}

void tst_ApprovalEngine::aContractsSubmitterWithdrawsBeforeAnyDecision()
{
    const QString contract = makeContract(u"HT-2026-0201"_s);
    QCOMPARE(f->patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status, 200);
    const QString approval = contractRequest(contract);
    QVERIFY(!approval.isEmpty());
    // A contract's request is not created nor removed as a request.
    QCOMPARE(as(u"wangfang"_s, "POST", u"approvals"_s,
                {{u"customerId"_s, m_customer}, {u"tableName"_s, u"contracts"_s}, {u"recordId"_s, contract}, {u"kind"_s, u"contract"_s}})
                 .errorCode(),
             u"invalid_transition"_s);
    QCOMPARE(f->patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"draft"_s}}).status, 200);
    QCOMPARE(as(u"admin"_s, "GET", u"approvals/"_s + approval).status, 404);
    QVERIFY(steps(approval).isEmpty());
    // Submitted again: a new request.
    QCOMPARE(f->patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status, 200);
    const QString again = contractRequest(contract);
    QVERIFY(!again.isEmpty() && again != approval);
    QCOMPARE(steps(again).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ApprovalEngine)
#include "tst_approvalengine.moc"
