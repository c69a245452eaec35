// The pipeline's workflow rules on the server (server/api/pipelinerules.h), over REST, on
// SQLite and PostgreSQL: the quote → approval → sent → accepted → contract → plan →
// signed → payment path (and deliveries, invoices only on a signed contract), and each
// refusal on the way.
#include "apifixture.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_PipelineRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void defaultsAreThere();
    void quoteNeedsApprovalAboveThreshold();
    void aPendingRequestKeepsTheLines();
    void sentQuoteIsLocked();
    void quoteTotalsMustMatchLines();
    void contractFromAcceptedQuoteWithPlan();
    void contractStatusFlow();
    void numbersAreReservedOnce();
    void deliveriesNeedASignedContract();

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
    // A draft quote of three lines (2 × 38,500 at 15 % off, 1 × 12,000, 4 × 1,250.50 at
    // 5 % off; 13 % VAT exclusive) with consistent totals: net 82,401.90, tax 10,712.25.
    QString makeQuote(const QString &number)
    {
        const QString quote = create(u"wangfang"_s, u"quotes"_s,
                                     {{u"customerId"_s, m_customer}, {u"number"_s, number}, {u"title"_s, u"服务器报价"_s},
                                      {u"net"_s, u"82201.90"_s}, {u"tax"_s, u"10686.25"_s}, {u"gross"_s, u"92888.15"_s}});
        struct L { const char *q, *p, *d, *net, *tax, *gross; };
        const L lines[] = {{"2", "38500", "15", "65450.00", "8508.50", "73958.50"},
                           {"1", "12000", "0", "12000.00", "1560.00", "13560.00"},
                           {"4", "1250.50", "5", "4751.90", "617.75", "5369.65"}};
        int n = 0;
        for (const L &l : lines)
            create(u"wangfang"_s, u"quote-lines"_s,
                   {{u"customerId"_s, m_customer}, {u"quoteId"_s, quote}, {u"lineNo"_s, ++n},
                    {u"description"_s, u"行 %1"_s.arg(n)}, {u"quantity"_s, QString::fromLatin1(l.q)},
                    {u"unitPrice"_s, QString::fromLatin1(l.p)}, {u"discountPercent"_s, QString::fromLatin1(l.d)},
                    {u"vatRatePercent"_s, u"13"_s}, {u"net"_s, QString::fromLatin1(l.net)},
                    {u"tax"_s, QString::fromLatin1(l.tax)}, {u"gross"_s, QString::fromLatin1(l.gross)}});
        return quote;
    }
    QString approve(const QString &quote, const QString &discount)
    {
        const QString approval = create(u"wangfang"_s, u"approvals"_s,
                                        {{u"customerId"_s, m_customer}, {u"tableName"_s, u"quotes"_s}, {u"recordId"_s, quote},
                                         {u"kind"_s, u"discount"_s}, {u"discountPercent"_s, discount},
                                         {u"amount"_s, u"92888.15"_s}, {u"reason"_s, u"年度框架客户"_s}, {u"status"_s, u"pending"_s}});
        patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}, {u"comment"_s, u"同意"_s}});
        return approval;
    }

    std::unique_ptr<ApiFixture> f;
    QHash<QString, QString> m_tokens;
    QString m_customer;
};

void tst_PipelineRules::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_PipelineRules::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"admin"_s, u"admin"_s, {});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区/杭州组"_s}, u"chenjing"_s);
    f->addUser(u"sunli"_s, u"clerk"_s, {u"销售部/华东区"_s});
    m_tokens.clear();
    for (const QString &l : {u"admin"_s, u"chenjing"_s, u"wangfang"_s, u"sunli"_s})
        m_tokens.insert(l, f->login(l));
    m_customer = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}});
    QVERIFY(!m_customer.isEmpty());
}

void tst_PipelineRules::cleanup()
{
    f.reset();
}

void tst_PipelineRules::defaultsAreThere()
{
    const Reply stages = as(u"wangfang"_s, "GET", u"/api/v1/sales-stages?limit=50"_s);
    QCOMPARE(stages.status, 200);
    QStringList names;
    for (const QJsonValue &v : stages.json.value(u"items"_s).toArray())
        names << v.toObject().value(u"name"_s).toString() + v.toObject().value(u"probabilityPercent"_s).toString();
    QCOMPARE(names, (QStringList{u"初步接洽10"_s, u"需求确认30"_s, u"方案报价50"_s, u"谈判审核70"_s, u"赢单100"_s, u"输单0"_s}));
    const Reply settings = as(u"wangfang"_s, "GET", u"/api/v1/settings"_s);
    QCOMPARE(settings.json.value(u"items"_s).toArray().first().toObject().value(u"key"_s).toString(), u"quote.discount_approval_pct"_s);
    // Only administrators change stages and settings.
    const QString setting = settings.json.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString();
    QCOMPARE(patch(u"chenjing"_s, u"settings"_s, setting, {{u"value"_s, u"50"_s}}).status, 403);
    QCOMPARE(patch(u"admin"_s, u"settings"_s, setting, {{u"value"_s, u"20"_s}}).status, 200);
    // With the threshold at 20 %, a 15 % discount goes out without approval.
    const QString quote = makeQuote(u"BJ-2026-0100"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}}).status, 200);
}

void tst_PipelineRules::quoteNeedsApprovalAboveThreshold()
{
    const QString quote = makeQuote(u"BJ-2026-0001"_s);
    Reply r = patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"approval_required"_s);

    QJsonObject request{{u"customerId"_s, m_customer}, {u"tableName"_s, u"quotes"_s}, {u"recordId"_s, quote},
                        {u"kind"_s, u"discount"_s}, {u"discountPercent"_s, u"15"_s}, {u"amount"_s, u"92888.15"_s},
                        {u"status"_s, u"pending"_s}, {u"decidedBy"_s, f->users().findByLogin(u"wangfang"_s)->id}};
    // Who decided is the server's to say.
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/approvals"_s, request).status, 422);
    request.remove(u"decidedBy"_s);
    const QString approval = create(u"wangfang"_s, u"approvals"_s, request);
    QVERIFY(!approval.isEmpty());
    QVERIFY(as(u"wangfang"_s, "GET", u"/api/v1/approvals/"_s + approval).json.value(u"decidedBy"_s).isNull());
    // The requester cannot approve their own request; a pending request does not count.
    QCOMPARE(patch(u"wangfang"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}}).status, 403);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}}).errorCode(), u"approval_required"_s);
    // The manager approves; the server stamps who and when.
    r = patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"approved"_s}, {u"comment"_s, u"同意"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"decidedBy"_s).toString(), f->users().findByLogin(u"chenjing"_s)->id);
    QVERIFY(!r.json.value(u"decidedAt"_s).toString().isEmpty());
    // Decided once.
    QCOMPARE(patch(u"chenjing"_s, u"approvals"_s, approval, {{u"status"_s, u"rejected"_s}}).errorCode(), u"document_locked"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}}).status, 200);

    // An approval for less than the largest discount does not cover it.
    const QString other = makeQuote(u"BJ-2026-0002"_s);
    approve(other, u"12"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, other, {{u"status"_s, u"sent"_s}}).errorCode(), u"approval_required"_s);
}

// W2: while a discount approval of the quote is pending, its lines, totals and tax mode stay
// as asked (409 approval_pending); the title does not; withdrawn, they are free again.
void tst_PipelineRules::aPendingRequestKeepsTheLines()
{
    const QString quote = makeQuote(u"BJ-2026-0300"_s);
    const QJsonArray lines = as(u"wangfang"_s, "GET", u"/api/v1/quote-lines?quoteId="_s + quote).json.value(u"items"_s).toArray();
    QVERIFY(!lines.isEmpty());
    const QString line = lines.first().toObject().value(u"id"_s).toString();
    const QString approval = create(u"wangfang"_s, u"approvals"_s,
                                    {{u"customerId"_s, m_customer}, {u"tableName"_s, u"quotes"_s}, {u"recordId"_s, quote},
                                     {u"kind"_s, u"discount"_s}, {u"discountPercent"_s, u"15"_s}, {u"amount"_s, u"92888.15"_s},
                                     {u"status"_s, u"pending"_s}});
    QVERIFY(!approval.isEmpty());
    Reply r = patch(u"wangfang"_s, u"quote-lines"_s, line, {{u"description"_s, u"改过的行"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"approval_pending"_s);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/quote-lines"_s,
                {{u"customerId"_s, m_customer}, {u"quoteId"_s, quote}, {u"lineNo"_s, 9}, {u"description"_s, u"新行"_s},
                 {u"quantity"_s, u"1"_s}, {u"unitPrice"_s, u"1"_s}, {u"vatRatePercent"_s, u"13"_s}, {u"net"_s, u"1.00"_s},
                 {u"tax"_s, u"0.13"_s}, {u"gross"_s, u"1.13"_s}})
                 .errorCode(),
             u"approval_pending"_s);
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/quote-lines/"_s + line).errorCode(), u"approval_pending"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"taxMode"_s, u"inclusive"_s}}).errorCode(), u"approval_pending"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"title"_s, u"服务器报价（二）"_s}}).status, 200);
    // Withdrawn: free again.
    const Reply withdrawn = as(u"wangfang"_s, "DELETE", u"/api/v1/approvals/"_s + approval);
    QVERIFY2(withdrawn.status == 200 || withdrawn.status == 204, qPrintable(QString::number(withdrawn.status)));
    QCOMPARE(patch(u"wangfang"_s, u"quote-lines"_s, line, {{u"description"_s, u"改过的行"_s}}).status, 200);
}

void tst_PipelineRules::sentQuoteIsLocked()
{
    const QString quote = makeQuote(u"BJ-2026-0003"_s);
    approve(quote, u"15"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}}).status, 200);
    const QString line = as(u"wangfang"_s, "GET", u"/api/v1/quote-lines?customer_id="_s + m_customer)
                             .json.value(u"items"_s).toArray().first().toObject().value(u"id"_s).toString();
    Reply r = patch(u"wangfang"_s, u"quote-lines"_s, line, {{u"quantity"_s, u"3"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"document_locked"_s);
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/quote-lines/"_s + line).errorCode(), u"document_locked"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"gross"_s, u"1.00"_s}}).errorCode(), u"document_locked"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"draft"_s}}).errorCode(), u"invalid_transition"_s);
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/quotes/"_s + quote).errorCode(), u"document_locked"_s);
    // Notes may still be added; the customer's answer moves it on.
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"notes"_s, u"客户口头同意"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"accepted"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"rejected"_s}}).errorCode(), u"invalid_transition"_s);
    // A new quote starts as a draft; the same number and revision is taken.
    r = as(u"wangfang"_s, "POST", u"/api/v1/quotes"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"BJ-2026-0003"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"duplicate_number"_s);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/quotes"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"BJ-2026-0003"_s}, {u"revision"_s, 2}}).status, 201);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/quotes"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"BJ-2026-0004"_s}, {u"status"_s, u"sent"_s}}).errorCode(),
             u"invalid_transition"_s);
}

void tst_PipelineRules::quoteTotalsMustMatchLines()
{
    const QString quote = makeQuote(u"BJ-2026-0005"_s);
    approve(quote, u"15"_s);
    // One fen off in the header.
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"tax"_s, u"10686.26"_s}, {u"gross"_s, u"92888.16"_s}}).status, 200);
    Reply r = patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"validation_failed"_s);
    QVERIFY(r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().contains(u"gross"_s));
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/quotes/"_s + quote).json.value(u"status"_s).toString(), u"draft"_s);
    // An empty quote is not sent either.
    const QString empty = create(u"wangfang"_s, u"quotes"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"BJ-2026-0006"_s}});
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, empty, {{u"status"_s, u"sent"_s}}).status, 422);
}

void tst_PipelineRules::contractFromAcceptedQuoteWithPlan()
{
    const QString quote = makeQuote(u"BJ-2026-0007"_s);
    const QJsonObject header{{u"customerId"_s, m_customer}, {u"quoteId"_s, quote}, {u"number"_s, u"HT-2026-0001"_s},
                             {u"title"_s, u"服务器采购合同"_s}, {u"net"_s, u"82201.90"_s}, {u"tax"_s, u"10686.25"_s},
                             {u"amount"_s, u"92888.15"_s}};
    Reply r = as(u"wangfang"_s, "POST", u"/api/v1/contracts"_s, header);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"invalid_transition"_s); // the quote is a draft
    approve(quote, u"15"_s);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"sent"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"quotes"_s, quote, {{u"status"_s, u"accepted"_s}}).status, 200);
    const QString contract = create(u"wangfang"_s, u"contracts"_s, header);
    QVERIFY(!contract.isEmpty());

    // No plan yet → cannot go for approval.
    r = patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}});
    QCOMPARE(r.errorCode(), u"plan_does_not_add_up"_s);
    // Three instalments 30 / 60 / 10 %, one fen short.
    const char *amounts[] = {"27866.44", "55732.89", "9288.81"};
    QStringList plan;
    for (int i = 0; i < 3; ++i)
        plan << create(u"wangfang"_s, u"payment-plans"_s,
                       {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, i + 1},
                        {u"dueDate"_s, u"2027-0%1-15"_s.arg(i + 1)}, {u"amount"_s, QString::fromLatin1(amounts[i])},
                        {u"isBalance"_s, i == 2}});
    r = patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"plan_does_not_add_up"_s);
    QVERIFY(r.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"92888.14"_s));
    // The balance line takes the fen.
    QCOMPARE(patch(u"wangfang"_s, u"payment-plans"_s, plan[2], {{u"amount"_s, u"9288.82"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status, 200);
    // Out of draft: amounts are fixed, due dates move.
    QCOMPARE(patch(u"wangfang"_s, u"payment-plans"_s, plan[2], {{u"amount"_s, u"9288.81"_s}}).errorCode(), u"document_locked"_s);
    QCOMPARE(patch(u"wangfang"_s, u"payment-plans"_s, plan[2], {{u"dueDate"_s, u"2027-04-30"_s}}).status, 200);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/payment-plans"_s,
                {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 4}, {u"dueDate"_s, u"2027-05-01"_s}, {u"amount"_s, u"1.00"_s}})
                 .errorCode(),
             u"document_locked"_s);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"amount"_s, u"1.00"_s}}).errorCode(), u"document_locked"_s);
    // A payment waits for the signature.
    const QJsonObject payment{{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"planId"_s, plan[0]},
                              {u"paidOn"_s, u"2027-01-10"_s}, {u"amount"_s, u"27866.44"_s}, {u"method"_s, u"bank"_s}};
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/payments"_s, payment).errorCode(), u"document_locked"_s);
    QCOMPARE(patch(u"chenjing"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}}).status, 200);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/payments"_s, payment).status, 201);
    // Another contract may not take the number.
    r = as(u"wangfang"_s, "POST", u"/api/v1/contracts"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0001"_s}, {u"title"_s, u"另一份"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"duplicate_number"_s);
}

void tst_PipelineRules::contractStatusFlow()
{
    const QString contract = create(u"wangfang"_s, u"contracts"_s,
                                    {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0002"_s}, {u"title"_s, u"维保合同"_s},
                                     {u"amount"_s, u"1000.00"_s}, {u"net"_s, u"1000.00"_s}});
    create(u"wangfang"_s, u"payment-plans"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1},
                                              {u"dueDate"_s, u"2027-01-15"_s}, {u"amount"_s, u"1000.00"_s}, {u"isBalance"_s, true}});
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}}).errorCode(),
             u"invalid_transition"_s);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status, 200);
    // The owner does not approve their own contract, a clerk may; a signature needs a date.
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}}).status, 403);
    QCOMPARE(patch(u"sunli"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}}).status, 422);
    QCOMPARE(patch(u"sunli"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"completed"_s}}).errorCode(), u"invalid_transition"_s);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"executing"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"completed"_s}}).status, 200);
    QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"terminated"_s}}).errorCode(), u"invalid_transition"_s);
    QCOMPARE(as(u"wangfang"_s, "DELETE", u"/api/v1/contracts/"_s + contract).errorCode(), u"document_locked"_s);
}

void tst_PipelineRules::numbersAreReservedOnce()
{
    // A contract numbered before the first reservation: blocks start after it.
    create(u"wangfang"_s, u"contracts"_s, {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0003"_s}, {u"title"_s, u"旧合同"_s}});
    const QJsonObject ask{{u"series"_s, u"contract"_s}, {u"year"_s, 2026}, {u"count"_s, 5}};
    Reply r = as(u"wangfang"_s, "POST", u"/api/v1/numbers/reserve"_s, ask);
    QCOMPARE(r.status, 200);
    const QJsonArray first = r.json.value(u"numbers"_s).toArray();
    QCOMPARE(first.size(), 5);
    QCOMPARE(first.first().toString(), u"HT-2026-000004"_s);
    QCOMPARE(first.last().toString(), u"HT-2026-000008"_s);
    r = as(u"sunli"_s, "POST", u"/api/v1/numbers/reserve"_s, ask);
    QCOMPARE(r.json.value(u"numbers"_s).toArray().first().toString(), u"HT-2026-000009"_s);
    // Quotes are their own series; a new year starts at 1.
    r = as(u"wangfang"_s, "POST", u"/api/v1/numbers/reserve"_s, {{u"series"_s, u"quote"_s}, {u"year"_s, 2027}, {u"count"_s, 1}});
    QCOMPARE(r.json.value(u"numbers"_s).toArray().first().toString(), u"BJ-2027-000001"_s);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/numbers/reserve"_s, {{u"series"_s, u"invoice"_s}, {u"year"_s, 2026}}).status, 422);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/numbers/reserve"_s, {{u"series"_s, u"quote"_s}, {u"year"_s, 2026}, {u"count"_s, 500}}).status, 422);
    QCOMPARE(f->call("POST", u"/api/v1/numbers/reserve"_s, ask).status, 401);
}

void tst_PipelineRules::deliveriesNeedASignedContract()
{
    const QString contract = create(u"wangfang"_s, u"contracts"_s,
                                    {{u"customerId"_s, m_customer}, {u"number"_s, u"HT-2026-0010"_s}, {u"title"_s, u"设备采购合同"_s},
                                     {u"amount"_s, u"11300.00"_s}, {u"net"_s, u"10000.00"_s}, {u"tax"_s, u"1300.00"_s}});
    create(u"wangfang"_s, u"payment-plans"_s, {{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"lineNo"_s, 1},
                                              {u"dueDate"_s, u"2027-01-15"_s}, {u"amount"_s, u"11300.00"_s}, {u"isBalance"_s, true}});
    const QJsonObject delivery{{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"deliveredOn"_s, u"2026-12-03"_s},
                               {u"description"_s, u"机架式服务器 2 台"_s}, {u"carrier"_s, u"顺丰速运"_s},
                               {u"trackingNumber"_s, u"SF1234567890123"_s}, {u"receiver"_s, u"王伟"_s}};
    const QJsonObject invoice{{u"customerId"_s, m_customer}, {u"contractId"_s, contract}, {u"number"_s, u"04512345"_s},
                              {u"issuedOn"_s, u"2026-12-03"_s}, {u"kind"_s, u"special"_s}, {u"amount"_s, u"11300.00"_s},
                              {u"tax"_s, u"1300.00"_s}};
    auto deliveries = [this] { return f->store().database().scalar(u"SELECT count(*) FROM deliveries"_s).toInt(); };

    // A draft, then a contract in approval: refused, nothing written.
    for (const char *status : {"draft", "in_approval"}) {
        if (QByteArray(status) == "in_approval")
            QCOMPARE(patch(u"wangfang"_s, u"contracts"_s, contract, {{u"status"_s, u"in_approval"_s}}).status, 200);
        Reply r = as(u"wangfang"_s, "POST", u"/api/v1/deliveries"_s, delivery);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"document_locked"_s);
        QVERIFY(r.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().contains(u"contractId"_s));
        QCOMPARE(as(u"sunli"_s, "POST", u"/api/v1/deliveries"_s, delivery).errorCode(), u"document_locked"_s);
        QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/invoices"_s, invoice).errorCode(), u"document_locked"_s);
        QCOMPARE(deliveries(), 0);
    }

    // Signed (by the clerk): the owner records the delivery, and so does the clerk.
    QCOMPARE(patch(u"sunli"_s, u"contracts"_s, contract, {{u"status"_s, u"signed"_s}, {u"signDate"_s, u"2026-12-01"_s}}).status, 200);
    Reply r = as(u"wangfang"_s, "POST", u"/api/v1/deliveries"_s, delivery);
    QCOMPARE(r.status, 201);
    const QString first = r.json.value(u"id"_s).toString();
    QCOMPARE(r.json.value(u"deliveredOn"_s).toString(), u"2026-12-03"_s);
    QCOMPARE(r.json.value(u"trackingNumber"_s).toString(), u"SF1234567890123"_s);
    QCOMPARE(r.json.value(u"receiver"_s).toString(), u"王伟"_s);
    QCOMPARE(r.json.value(u"ownerId"_s).toString(), f->users().findByLogin(u"wangfang"_s)->id);
    QJsonObject second = delivery;
    second[u"deliveredOn"_s] = u"2026-12-10"_s;
    second[u"description"_s] = u"备份软件 1 套"_s;
    second.remove(u"trackingNumber"_s);
    QCOMPARE(as(u"sunli"_s, "POST", u"/api/v1/deliveries"_s, second).status, 201);
    QCOMPARE(as(u"wangfang"_s, "POST", u"/api/v1/invoices"_s, invoice).status, 201);
    QCOMPARE(deliveries(), 2);
    QCOMPARE(as(u"chenjing"_s, "GET", u"/api/v1/deliveries?customer_id="_s + m_customer).json.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(patch(u"sunli"_s, u"deliveries"_s, first, {{u"receiver"_s, u"李娜"_s}}).status, 200);

    // The delivery's own rules; a contract of another customer is not found.
    auto refusedField = [this](const QJsonObject &body, const QString &field) {
        const Reply refused = as(u"wangfang"_s, "POST", u"/api/v1/deliveries"_s, body);
        if (refused.status != 422)
            return u"status %1"_s.arg(refused.status);
        return refused.json.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(field).toObject().value(u"code"_s).toString();
    };
    QJsonObject bad = delivery;
    bad[u"trackingNumber"_s] = u"顺丰 123"_s;
    QCOMPARE(refusedField(bad, u"trackingNumber"_s), u"invalid_tracking_number"_s);
    bad = delivery;
    bad[u"description"_s] = u"  "_s;
    QCOMPARE(refusedField(bad, u"description"_s), u"required"_s);
    bad = delivery;
    bad[u"deliveredOn"_s] = u"2026-02-30"_s;
    QVERIFY(!refusedField(bad, u"deliveredOn"_s).isEmpty());
    const QString other = create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"宁波港城物流有限公司"_s}});
    QJsonObject elsewhere = delivery;
    elsewhere[u"customerId"_s] = other;
    r = as(u"wangfang"_s, "POST", u"/api/v1/deliveries"_s, elsewhere);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"not_found"_s);
    QCOMPARE(deliveries(), 2);

    // Out of scope: a rep and a clerk of another region neither see nor add them.
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
    f->addUser(u"zhouli"_s, u"clerk"_s, {u"销售部/华北区"_s});
    for (const QString &outsider : {u"lina"_s, u"zhouli"_s}) {
        m_tokens.insert(outsider, f->login(outsider));
        QCOMPARE(as(outsider, "GET", u"/api/v1/deliveries/"_s + first).status, 404);
        QCOMPARE(patch(outsider, u"deliveries"_s, first, {{u"note"_s, u"x"_s}}).status, 404);
        QCOMPARE(as(outsider, "DELETE", u"/api/v1/deliveries/"_s + first).status, 404);
        QCOMPARE(as(outsider, "GET", u"/api/v1/deliveries"_s).json.value(u"items"_s).toArray().size(), 0);
        QCOMPARE(as(outsider, "POST", u"/api/v1/deliveries"_s, delivery).status, 404);
    }
    QCOMPARE(deliveries(), 2);
    QCOMPARE(as(u"wangfang"_s, "GET", u"/api/v1/deliveries/"_s + first).json.value(u"receiver"_s).toString(), u"李娜"_s);
}

QTEST_GUILESS_MAIN(tst_PipelineRules)
#include "tst_pipelinerules.moc"
