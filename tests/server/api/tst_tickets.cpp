// Service tickets (服务请求 / 投诉, issue 20 V1) on the server, over REST, on SQLite and
// PostgreSQL: a rep logs a complaint for her customer, an agent takes it, suspends it with a
// reason and a date, resumes, resolves and closes it, and the customer's rating is taken
// once; every move is in the server's history with who and the note; the SLA's due
// instants and stamps are the server's; escalation goes to the agent's manager, then a
// director; a ticket goes only to someone who serves.
#include "apifixture.h"
#include "pgcluster.h"

#include "core/timestamp.h"
#include "schema/database.h"
#include "store/store.h"
#include "store/ticketescalation.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::Reply;

class tst_Tickets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup() { f.reset(); }

    void aComplaintFromLoggedToRated();
    void escalatedToTheManagerThenADirector();
    void refusals();
    void breachedAndEscalatedByTheServer();
    void anotherRepNeitherReadsNorWrites();
    void theCustomerRatesThroughTheLinkOnce();

private:
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return f->as(login, method, u"/api/v1/"_s + path, body);
    }
    QString userId(const QString &login) { return f->users().findByLogin(login)->id; }
    QJsonObject ticket(const QString &id) { return as(u"admin"_s, "GET", u"tickets/"_s + id).json; }
    QString newTicket(const QString &number)
    {
        return f->create(u"wangfang"_s, u"tickets"_s,
                         {{u"customerId"_s, m_customer},
                          {u"number"_s, number},
                          {u"kind"_s, u"complaint"_s},
                          {u"channel"_s, u"phone"_s},
                          {u"priority"_s, u"high"_s},
                          {u"subject"_s, u"空压机运行时异响，客户要求上门检修"_s}});
    }
    // "action from→to note" for each history entry, oldest first.
    QStringList history(const QString &id)
    {
        QStringList out;
        for (const QJsonValue &v : as(u"admin"_s, "GET", u"ticket-events?limit=100&ticket_id="_s + id).json.value(u"items"_s).toArray()) {
            const QJsonObject e = v.toObject();
            out << u"%1 %2→%3%4"_s.arg(e.value(u"action"_s).toString(), e.value(u"fromStatus"_s).toString(), e.value(u"toStatus"_s).toString(),
                                       e.value(u"note"_s).isString() ? u" "_s + e.value(u"note"_s).toString() : QString());
        }
        return out;
    }

    std::unique_ptr<ApiFixture> f;
    QString m_customer;
};

void tst_Tickets::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_Tickets::init()
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
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s}, u"chenjing"_s);
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s}, u"zhaomin"_s);
    f->addUser(u"guoqiang"_s, u"service"_s, {u"客服部"_s});
    f->addUser(u"wuhao"_s, u"service"_s, {u"客服部"_s}, u"guoqiang"_s);
    m_customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}});
    QVERIFY(!m_customer.isEmpty());
}

void tst_Tickets::aComplaintFromLoggedToRated()
{
    const QString id = newTicket(u"FW-2026-000001"_s);
    QVERIFY(!id.isEmpty());
    QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"status"_s).toString(), u"new"_s);
    // High priority: 120 and 960 working minutes, from the server's clock.
    const auto responseDue = Timestamp::parse(t.value(u"responseDue"_s).toString());
    const auto resolutionDue = Timestamp::parse(t.value(u"resolutionDue"_s).toString());
    QVERIFY(responseDue && resolutionDue);
    QVERIFY(*responseDue > QDateTime::currentDateTimeUtc());
    QVERIFY(*resolutionDue > *responseDue);
    QVERIFY(t.value(u"respondedAt"_s).isNull());
    // Service sees every customer's tickets.
    QCOMPARE(as(u"wuhao"_s, "GET", u"tickets/"_s + id).status, 200);

    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id,
                {{u"status"_s, u"assigned"_s}, {u"assigneeId"_s, userId(u"wuhao"_s)}, {u"stepNote"_s, u"请吴浩跟进"_s}})
                 .status,
             200);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"in_progress"_s}}).status, 200);
    t = ticket(id);
    QVERIFY(!t.value(u"respondedAt"_s).isNull());
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id,
                {{u"status"_s, u"suspended"_s}, {u"suspendReason"_s, u"等待备件到货"_s},
                 {u"resumeOn"_s, QDate::currentDate().addDays(3).toString(Qt::ISODate)}})
                 .status,
             200);
    t = ticket(id);
    QVERIFY(t.value(u"suspensions"_s).toString().endsWith(u",null]]"_s));
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"in_progress"_s}}).status, 200);
    QVERIFY(!ticket(id).value(u"suspensions"_s).toString().contains(u"null"_s));
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"resolved"_s}}).errorCode(), u"required"_s);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id,
                {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"更换轴承，试机正常"_s}, {u"stepNote"_s, u"已上门处理"_s}})
                 .status,
             200);
    // The rep who logged it does not close it; service does, and the survey link is made.
    QCOMPARE(as(u"wangfang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"closed"_s}}).status, 403);
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"closed"_s}}).status, 200);
    t = ticket(id);
    QVERIFY(!t.value(u"closedAt"_s).isNull());
    QVERIFY(t.value(u"surveyToken"_s).toString().size() >= 20);
    // Closed: the content is fixed; rated once, 1–5.
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"subject"_s, u"改"_s}}).errorCode(), u"document_locked"_s);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"satisfaction"_s, 6}}).errorCode(), u"out_of_range"_s);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"satisfaction"_s, 5}, {u"satisfactionComment"_s, u"响应很快"_s}}).status,
             200);
    QVERIFY(!ticket(id).value(u"ratedAt"_s).isNull());
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"satisfaction"_s, 3}}).errorCode(), u"already_rated"_s);

    QCOMPARE(history(id), (QStringList{u"logged →new"_s, u"assigned new→assigned 请吴浩跟进"_s, u"started assigned→in_progress"_s,
                                       u"suspended in_progress→suspended"_s, u"resumed suspended→in_progress"_s,
                                       u"resolved in_progress→resolved 已上门处理"_s, u"closed resolved→closed"_s,
                                       u"rated closed→closed"_s}));
}

void tst_Tickets::escalatedToTheManagerThenADirector()
{
    const QString id = newTicket(u"FW-2026-000002"_s);
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"assigned"_s}, {u"assigneeId"_s, userId(u"wuhao"_s)}}).status,
             200);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"level"_s, 1}, {u"stepNote"_s, u"客户要求主管处理"_s}}).status, 200);
    QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"level"_s).toInt(), 1);
    QCOMPARE(t.value(u"assigneeId"_s).toString(), userId(u"guoqiang"_s));
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"level"_s, 2}}).status, 200);
    QCOMPARE(ticket(id).value(u"assigneeId"_s).toString(), userId(u"zhaomin"_s));
    QCOMPARE(as(u"zhaomin"_s, "PATCH", u"tickets/"_s + id, {{u"level"_s, 3}}).errorCode(), u"invalid_transition"_s);
    const QStringList h = history(id);
    QCOMPARE(h.size(), 4);
    QCOMPARE(h.at(2), u"escalated assigned→assigned 客户要求主管处理"_s);
}

void tst_Tickets::refusals()
{
    const QString id = newTicket(u"FW-2026-000003"_s);
    // Only someone who serves is handed a ticket.
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"assigned"_s}, {u"assigneeId"_s, userId(u"wangfang"_s)}})
                 .errorCode(),
             u"not_found"_s);
    // Out of order.
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"closed"_s}}).errorCode(), u"invalid_transition"_s);
    // The SLA and the history are the server's.
    const Reply stamped = as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"respondedAt"_s, u"2026-01-01T00:00:00.000Z"_s}});
    QCOMPARE(stamped.errorCode(), u"validation_failed"_s);
    QCOMPARE(stamped.json[u"error"_s][u"fields"_s][u"respondedAt"_s][u"code"_s].toString(), u"read_only"_s);
    const QStringList before = history(id);
    const Reply forged = as(u"guoqiang"_s, "POST", u"ticket-events"_s, {{u"customerId"_s, m_customer}, {u"ticketId"_s, id}, {u"action"_s, u"closed"_s}});
    QCOMPARE(forged.errorCode(), u"validation_failed"_s); // every field of it is the server's
    QCOMPARE(forged.json[u"error"_s][u"fields"_s][u"action"_s][u"code"_s].toString(), u"read_only"_s);
    QCOMPARE(history(id), before);
    // A number is the company's once.
    QCOMPARE(as(u"wangfang"_s, "POST", u"tickets"_s,
                {{u"customerId"_s, m_customer}, {u"number"_s, u"FW-2026-000003"_s}, {u"subject"_s, u"重复"_s}})
                 .errorCode(),
             u"duplicate_number"_s);
    // A ticket being worked is not deleted.
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"in_progress"_s}, {u"assigneeId"_s, userId(u"guoqiang"_s)}})
                 .status,
             200);
    QCOMPARE(as(u"admin"_s, "DELETE", u"tickets/"_s + id).errorCode(), u"document_locked"_s);
    // Tickets are their own number series, after the numbers in use.
    const Reply r = as(u"wuhao"_s, "POST", u"numbers/reserve"_s, {{u"series"_s, u"ticket"_s}, {u"year"_s, 2026}, {u"count"_s, 2}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"numbers"_s).toArray().first().toString(), u"FW-2026-000004"_s);
}

// The server's minute job: a ticket past its first-response due instant is marked once and
// escalated to the agent's manager, with a history entry; a suspended one keeps its clock.
void tst_Tickets::breachedAndEscalatedByTheServer()
{
    const QString id = newTicket(u"FW-2026-000005"_s);
    const QString waiting = newTicket(u"FW-2026-000006"_s);
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"assigned"_s}, {u"assigneeId"_s, userId(u"wuhao"_s)}}).status,
             200);
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + waiting,
                {{u"status"_s, u"in_progress"_s}, {u"assigneeId"_s, userId(u"wuhao"_s)}})
                 .status,
             200);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + waiting,
                {{u"status"_s, u"suspended"_s}, {u"suspendReason"_s, u"客户出差"_s},
                 {u"resumeOn"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)}})
                 .status,
             200);
    Database &db = f->store().database();
    QCOMPARE(TicketEscalation::run(db, QDateTime::currentDateTimeUtc()), 0); // nothing due yet
    // Both past every due instant an hour ago.
    db.exec(u"UPDATE tickets SET response_due = ?, resolution_due = ?"_s,
            {u"2026-01-05T01:00:00.000Z"_s, u"2026-01-05T02:00:00.000Z"_s});
    QCOMPARE(TicketEscalation::run(db, QDateTime::currentDateTimeUtc()), 1);
    QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"responseBreached"_s).toBool(), true);
    QCOMPARE(t.value(u"resolutionBreached"_s).toBool(), true);
    QCOMPARE(t.value(u"level"_s).toInt(), 1);
    QCOMPARE(t.value(u"assigneeId"_s).toString(), userId(u"guoqiang"_s));
    QCOMPARE(history(id).last(), u"breached assigned→assigned response"_s);
    QCOMPARE(ticket(waiting).value(u"level"_s).toInt(), 0);
    QCOMPARE(TicketEscalation::run(db, QDateTime::currentDateTimeUtc()), 0); // once
}

// A rep's tickets are inside her customer's scope: another rep neither lists, reads, changes,
// deletes nor logs one for that customer, and her own customers' tickets are hers to see.
void tst_Tickets::anotherRepNeitherReadsNorWrites()
{
    const QString id = newTicket(u"FW-2026-000007"_s);
    QCOMPARE(as(u"lina"_s, "GET", u"tickets/"_s + id).status, 404);
    QCOMPARE(as(u"lina"_s, "GET", u"tickets?limit=100"_s).json.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(as(u"lina"_s, "GET", u"ticket-events?limit=100&ticket_id="_s + id).json.value(u"items"_s).toArray().size(), 0);
    QCOMPARE(as(u"lina"_s, "PATCH", u"tickets/"_s + id, {{u"subject"_s, u"改"_s}}).status, 404);
    QCOMPARE(as(u"lina"_s, "DELETE", u"tickets/"_s + id).status, 404);
    const Reply logged = as(u"lina"_s, "POST", u"tickets"_s,
                            {{u"customerId"_s, m_customer}, {u"number"_s, u"FW-2026-000008"_s}, {u"subject"_s, u"越权"_s}});
    QVERIFY2(logged.status == 403 || logged.status == 404, qPrintable(QString::number(logged.status)));
    QCOMPARE(ticket(id).value(u"subject"_s).toString(), u"空压机运行时异响，客户要求上门检修"_s);
    // Her own customer's ticket is hers; wangfang's list does not show it.
    const QString own = f->create(u"lina"_s, u"customers"_s, {{u"name"_s, u"北京京城机电有限公司"_s}});
    const QString ownTicket = f->create(u"lina"_s, u"tickets"_s,
                                        {{u"customerId"_s, own}, {u"number"_s, u"FW-2026-000009"_s}, {u"subject"_s, u"咨询保修期"_s}});
    QVERIFY(!ownTicket.isEmpty());
    QCOMPARE(as(u"lina"_s, "GET", u"tickets/"_s + ownTicket).status, 200);
    QCOMPARE(as(u"wangfang"_s, "GET", u"tickets/"_s + ownTicket).status, 404);
}

// The survey link: the page of its own ticket only, without a login; rated once; the
// rating and the customer's comment are the ticket's and in its history; a token that is not
// a ticket's opens nothing, and what the store holds is escaped on the page.
void tst_Tickets::theCustomerRatesThroughTheLinkOnce()
{
    const QString id = newTicket(u"FW-2026-000010"_s);
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"subject"_s, u"<script>alert(1)</script> 异响"_s}}).status, 200);
    QCOMPARE(as(u"guoqiang"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"in_progress"_s}, {u"assigneeId"_s, userId(u"wuhao"_s)}})
                 .status,
             200);
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"已修复"_s}}).status, 200);
    // Not closed yet: no token, no link.
    QVERIFY(ticket(id).value(u"surveyToken"_s).isNull());
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"status"_s, u"closed"_s}}).status, 200);
    const QString token = ticket(id).value(u"surveyToken"_s).toString();
    QVERIFY(token.size() >= 20);
    const QString other = newTicket(u"FW-2026-000011"_s);

    Reply page = f->callRaw("GET", u"/survey/"_s + token, {});
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Content-Security-Policy").contains("default-src 'none'"));
    const QString text = QString::fromUtf8(page.body);
    QVERIFY(text.contains(u"FW-2026-000010"_s));
    QVERIFY(!text.contains(u"<script>"_s));
    QVERIFY(text.contains(u"&lt;script&gt;"_s));
    QVERIFY(!text.contains(u"FW-2026-000011"_s));
    // Unknown, malformed and SQL-ish tokens open nothing.
    for (const QString &bad : {u"AAAAAAAAAAAAAAAAAAAAAAAA"_s, u"x"_s, u"%27%20OR%201%3D1--"_s})
        QCOMPARE(f->callRaw("GET", u"/survey/"_s + bad, {}).status, 404);
    QCOMPARE(f->callRaw("POST", u"/survey/AAAAAAAAAAAAAAAAAAAAAAAA"_s, "score=5").status, 404);

    QCOMPARE(f->callRaw("POST", u"/survey/"_s + token, "score=9&comment=x").status, 422);
    QVERIFY(ticket(id).value(u"ratedAt"_s).isNull());
    const Reply rated = f->callRaw("POST", u"/survey/"_s + token, "score=4&comment=%E5%93%8D%E5%BA%94%E5%BE%88%E5%BF%AB+%E8%B0%A2%E8%B0%A2");
    QCOMPARE(rated.status, 200);
    QJsonObject t = ticket(id);
    QCOMPARE(t.value(u"satisfaction"_s).toInt(), 4);
    QCOMPARE(t.value(u"satisfactionComment"_s).toString(), u"响应很快 谢谢"_s);
    QVERIFY(!t.value(u"ratedAt"_s).isNull());
    QCOMPARE(history(id).last(), u"surveyed closed→closed 响应很快 谢谢"_s);
    // Once: the link says so, and neither the link nor an agent rates it again.
    QCOMPARE(f->callRaw("POST", u"/survey/"_s + token, "score=1").status, 409);
    QVERIFY(QString::fromUtf8(f->callRaw("GET", u"/survey/"_s + token, {}).body).contains(u"已经评价"_s));
    QCOMPARE(as(u"wuhao"_s, "PATCH", u"tickets/"_s + id, {{u"satisfaction"_s, 2}}).errorCode(), u"already_rated"_s);
    QCOMPARE(ticket(id).value(u"satisfaction"_s).toInt(), 4);
    QCOMPARE(ticket(other).value(u"satisfaction"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Tickets)
#include "tst_tickets.moc"
