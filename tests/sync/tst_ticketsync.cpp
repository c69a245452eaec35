// A service engineer's offline day (issue 20, V1), against a real server on SQLite and
// PostgreSQL: the service lead hands a rep's complaint to the engineer; on site, offline, the
// engineer starts it, suspends it for a part, resumes, resolves and closes it on the laptop;
// after one sync the server has every move in order in the ticket's history (each with who
// and its note), its SLA stamps on the server's clock and the survey link; the rep's laptop
// shows the closed ticket, and an edit of the subject by the rep while the engineer works
// merges per field. A move the server refuses (a rep closing another's ticket) comes back as
// a rejection and the ticket is the server's again.
#include "syncfixture.h"

#include "models/ticketservice.h"
#include "schema/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;

class tst_TicketSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialects(); }
    void init();
    void cleanup() { stopWorld(); }

    void anEngineersOfflineDay();
    void aRefusedMoveComesBack();

private:
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        QCOMPARE(c.replica->pendingCount(), 0);
        QCOMPARE(c.replica->openConflictCount(), 0);
    }
    QString logComplaint(SyncClient &rep)
    {
        const QString customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}});
        syncOk(rep);
        TicketService tickets(*rep.replica);
        TicketService::Ticket t = tickets.newTicket(customer);
        t.kind = u"complaint"_s;
        t.priority = u"high"_s;
        t.subject = u"空压机运行时异响"_s;
        const ValidationErrors errors = tickets.save(t);
        if (errors)
            return {};
        syncOk(rep);
        return t.id;
    }
    QStringList serverHistory(const QString &id)
    {
        QStringList out;
        for (const Row &e : Rows::select(f->store().database(), u"ticket_events"_s, u"ticket_id = ? ORDER BY created_at, id"_s, {id}))
            out << u"%1 %2 %3"_s.arg(e.value(u"action"_s).toString(), e.value(u"to_status"_s).toString(), e.value(u"note"_s).toString()).trimmed();
        return out;
    }
};

void tst_TicketSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"admin"_s, u"admin"_s, {}},
                            {u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s},
                            {u"guoqiang"_s, u"service"_s, u"客服部"_s},
                            {u"wuhao"_s, u"service"_s, u"客服部"_s, u"guoqiang"_s}});
}

void tst_TicketSync::anEngineersOfflineDay()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto lead = client(u"guoqiang"_s, u"lead"_s);
    auto engineer = client(u"wuhao"_s, u"engineer"_s);
    const QString id = logComplaint(*rep);
    QVERIFY(!id.isEmpty());

    // The lead hands it to the engineer.
    syncOk(*lead);
    TicketService leadTickets(*lead->replica);
    QCOMPARE(leadTickets.list(TicketService::View::Unassigned).size(), 1);
    TicketService::Ticket t = *leadTickets.load(id);
    QVERIFY(t.responseDue.isValid()); // the server's
    QCOMPARE(leadTickets.assign(t, userId(u"wuhao"_s), u"请吴浩上门"_s), QString());
    syncOk(*lead);

    // On site, offline: the whole day on the laptop.
    syncOk(*engineer);
    TicketService mine(*engineer->replica);
    QCOMPARE(mine.list(TicketService::View::Mine).size(), 1);
    t = *mine.load(id);
    QCOMPARE(mine.start(t, u"到达现场"_s), QString());
    QCOMPARE(mine.suspend(t, u"等待轴承"_s, QDate::currentDate().addDays(1), u"已订备件"_s), QString());
    QCOMPARE(mine.resume(t, u"备件已到"_s), QString());
    QCOMPARE(mine.resolve(t, u"更换轴承，试机正常"_s, u"客户签字确认"_s), QString());
    QCOMPARE(mine.close(t), QString());
    // Meanwhile the rep adds to the subject: another field, merged.
    {
        TicketService repTickets(*rep->replica);
        TicketService::Ticket r = *repTickets.load(id);
        r.description = u"客户希望周五前处理完"_s;
        QVERIFY(!repTickets.save(r));
        syncOk(*rep);
    }
    syncOk(*engineer);

    const Row server = *Rows::select(f->store().database(), u"tickets"_s, u"id = ?"_s, {id}).cbegin();
    QCOMPARE(server.value(u"status"_s).toString(), u"closed"_s);
    QCOMPARE(server.value(u"description"_s).toString(), u"客户希望周五前处理完"_s);
    QCOMPARE(server.value(u"resolution"_s).toString(), u"更换轴承，试机正常"_s);
    QVERIFY(!server.value(u"responded_at"_s).isNull());
    QVERIFY(!server.value(u"closed_at"_s).isNull());
    QVERIFY(server.value(u"survey_token"_s).toString().size() >= 20);
    QCOMPARE(serverHistory(id), (QStringList{u"logged new"_s, u"assigned assigned 请吴浩上门"_s, u"started in_progress 到达现场"_s,
                                             u"suspended suspended 已订备件"_s, u"resumed in_progress 备件已到"_s,
                                             u"resolved resolved 客户签字确认"_s, u"closed closed"_s}));
    // Who made each move: the engineer, not the server.
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM ticket_events WHERE ticket_id = ? AND created_by = ?"_s,
                                          {id, userId(u"wuhao"_s)}).toInt(),
             5);

    // Every laptop sees the same ticket, with its history.
    syncOk(*rep);
    TicketService repTickets(*rep->replica);
    const TicketService::Ticket seen = *repTickets.load(id);
    QCOMPARE(seen.status, u"closed"_s);
    QCOMPARE(seen.description, u"客户希望周五前处理完"_s);
    QCOMPARE(repTickets.history(id).size(), 7);
    QCOMPARE(repTickets.resolutionClock(seen, QDateTime::currentDateTimeUtc()).state, TicketService::Clock::State::Met);
    QVERIFY(!repTickets.surveyLink(seen, f->url().toString()).isEmpty());
}

void tst_TicketSync::aRefusedMoveComesBack()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto lead = client(u"guoqiang"_s, u"lead"_s);
    const QString id = logComplaint(*rep);
    syncOk(*lead);
    TicketService leadTickets(*lead->replica);
    TicketService::Ticket t = *leadTickets.load(id);
    QCOMPARE(leadTickets.assign(t, userId(u"wuhao"_s), {}), QString());
    QCOMPARE(leadTickets.start(t), QString());
    QCOMPARE(leadTickets.resolve(t, u"远程指导解决"_s), QString());
    syncOk(*lead);
    syncOk(*rep);
    // The rep's replica is forced past what the client asks: a close written directly.
    rep->replica->update(u"tickets"_s, id, Row{{u"status"_s, u"closed"_s}});
    const auto r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(rep->replica->openConflictCount(), 1);
    QCOMPARE(TicketService(*rep->replica).refusalCode(id), u"forbidden"_s);
    QCOMPARE(TicketService(*rep->replica).load(id)->status, u"resolved"_s);
    QCOMPARE(Rows::select(f->store().database(), u"tickets"_s, u"id = ?"_s, {id}).first().value(u"status"_s).toString(), u"resolved"_s);
}

QTEST_GUILESS_MAIN(tst_TicketSync)
#include "tst_ticketsync.moc"
