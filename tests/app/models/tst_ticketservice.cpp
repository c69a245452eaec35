// TicketService over a replica (issue 20, V1): an engineer's day offline — a ticket logged,
// started, suspended, resumed, resolved and closed, each move its own edit in the outbox in
// order; what the client refuses before the server would; the views (mine, my team's,
// unassigned, overdue) and filters; the SLA clocks counted from the server's due instants.
#include "models/ticketservice.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "replica/replica.h"
#include "schema/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_TicketService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_replica.reset(); }

    void anEngineersDayOffline();
    void refusedBeforeWriting_data();
    void refusedBeforeWriting();
    void allowedMovesByRole_data();
    void allowedMovesByRole();
    void viewsAndFilters();
    void clocks();
    void historyFromTheServer();

private:
    QString user(const QString &login, const QString &role, const QString &name, const QString &manager = {})
    {
        const QString id = Id::generate().toString();
        m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled, manager_id) "
                                   u"VALUES (?, 1, 0, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?, ?, ?, 0, ?)"_s,
                                   {id, login, name, role, manager.isEmpty() ? QVariant() : QVariant(manager)});
        return id;
    }
    QString customer(const QString &name)
    {
        const QString id = Id::generate().toString();
        m_replica->applyServerRow(u"customers"_s, Row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"name"_s, name}, {u"status"_s, u"potential"_s}, {u"type"_s, u"end"_s},
                                                    {u"created_at"_s, u"2026-01-01T00:00:00.000Z"_s},
                                                    {u"updated_at"_s, u"2026-01-01T00:00:00.000Z"_s}});
        return id;
    }
    // A ticket as the server sends it.
    QString serverTicket(const QString &number, const QString &status, const QString &assignee, const QDateTime &responseDue,
                         const QDateTime &resolutionDue, const Row &more = {})
    {
        const QString id = Id::generate().toString();
        Row row{{u"id"_s, id}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"customer_id"_s, m_customer}, {u"number"_s, number},
                {u"kind"_s, u"fault"_s}, {u"channel"_s, u"phone"_s}, {u"priority"_s, u"urgent"_s}, {u"subject"_s, QString(u"设备故障 "_s + number)},
                {u"status"_s, status}, {u"assignee_id"_s, assignee.isEmpty() ? QVariant() : QVariant(assignee)}, {u"level"_s, 0},
                {u"response_due"_s, responseDue.isValid() ? QVariant(Timestamp::toText(responseDue)) : QVariant()},
                {u"resolution_due"_s, resolutionDue.isValid() ? QVariant(Timestamp::toText(resolutionDue)) : QVariant()},
                {u"response_breached"_s, 0}, {u"resolution_breached"_s, 0},
                {u"created_at"_s, u"2026-11-01T00:00:00.000Z"_s}, {u"updated_at"_s, u"2026-11-01T00:00:00.000Z"_s}};
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            row.insert(it.key(), it.value());
        m_replica->applyServerRow(u"tickets"_s, row);
        return id;
    }
    QStringList outboxStatuses()
    {
        QStringList out;
        for (const Replica::Mutation &m : m_replica->pendingMutations(100))
            if (m.table == u"tickets") {
                const qsizetype at = m.columns.indexOf(u"status"_s);
                out << (at < 0 ? u"-"_s : m.values.at(at).toString());
            }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<TicketService> m_service;
    QString m_customer, m_lead, m_agent, m_other, m_rep;
};

void tst_TicketService::init()
{
    QVERIFY(m_dir.isValid());
    m_replica = Replica::open(m_dir.filePath(u"replica-%1.sqlite"_s.arg(Id::generate().toString())));
    m_lead = user(u"guoqiang"_s, u"service"_s, u"郭强"_s);
    m_agent = user(u"wuhao"_s, u"service"_s, u"吴浩"_s, m_lead);
    m_other = user(u"zhengli"_s, u"service"_s, u"郑丽"_s);
    m_rep = user(u"wangfang"_s, u"sales"_s, u"王芳"_s);
    m_customer = customer(u"杭州华通科技有限公司"_s);
    m_replica->setUserId(m_agent);
    m_service = std::make_unique<TicketService>(*m_replica);
}

void tst_TicketService::anEngineersDayOffline()
{
    TicketService::Ticket t = m_service->newTicket(m_customer);
    QVERIFY(!t.number.isEmpty());
    t.kind = u"fault"_s;
    t.priority = u"high"_s;
    t.subject = u"空压机运行时异响"_s;
    QVERIFY(!m_service->save(t));
    QVERIFY(!t.id.isEmpty());
    QCOMPARE(t.status, u"new"_s);
    QCOMPARE(m_service->responseClock(t, QDateTime::currentDateTimeUtc()).state, TicketService::Clock::State::Unknown);

    QCOMPARE(m_service->start(t, u"到达现场"_s), QString());
    QCOMPARE(t.assigneeId, m_agent); // taking an unassigned ticket takes it on
    QCOMPARE(m_service->suspend(t, u"等待备件"_s, QDate::currentDate().addDays(2)), QString());
    QCOMPARE(m_service->resume(t), QString());
    QCOMPARE(m_service->resolve(t, u"更换轴承，试机正常"_s, u"客户已确认"_s), QString());
    QCOMPARE(m_service->close(t), QString());
    QCOMPARE(t.status, u"closed"_s);
    // Each move its own edit, in order: the server replays the day as it happened.
    QCOMPARE(outboxStatuses(), (QStringList{u"new"_s, u"in_progress"_s, u"suspended"_s, u"in_progress"_s, u"resolved"_s, u"closed"_s}));
    QVERIFY(m_service->awaitsServer(t.id));
    const auto stored = m_service->load(t.id);
    QVERIFY(stored);
    QCOMPARE(stored->resolution, u"更换轴承，试机正常"_s);
    QCOMPARE(stored->stepNote, QString()); // the close had no note: the resolve's is not repeated
    // Closed: the content is fixed until reopened.
    TicketService::Ticket changed = *stored;
    changed.subject = u"改"_s;
    QCOMPARE(m_service->save(changed).codeFor(u"status"_s), u"document_locked"_s);
    QCOMPARE(m_service->remove(t.id), TicketService::tr("Only a new ticket is deleted; close the others."));
}

void tst_TicketService::refusedBeforeWriting_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("move");
    QTest::addColumn<bool>("asRep");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("suspend without reason") << u"in_progress"_s << u"suspend-no-reason"_s << false << TicketService::tr("Say why the ticket waits.");
    QTest::newRow("resume date passed") << u"in_progress"_s << u"suspend-yesterday"_s << false << TicketService::tr("The resume date is today or later.");
    QTest::newRow("resolve without how") << u"in_progress"_s << u"resolve-empty"_s << false << TicketService::tr("Say how the ticket was solved.");
    QTest::newRow("close an open one") << u"in_progress"_s << u"close"_s << false << TicketService::tr("This step does not follow from the ticket's status.");
    QTest::newRow("rep closes") << u"resolved"_s << u"close"_s << true
                                << TicketService::tr("Only service staff or the person on the ticket may do this.");
    QTest::newRow("rep assigns") << u"new"_s << u"assign"_s << true << TicketService::tr("Only service staff or the person on the ticket may do this.");
    QTest::newRow("escalate beyond a director") << u"in_progress2"_s << u"escalate"_s << false
                                                << TicketService::tr("A ticket is escalated one level at a time, while it is open: to the manager, then to a director.");
    QTest::newRow("escalate without why") << u"in_progress"_s << u"escalate-empty"_s << false << TicketService::tr("Say why the ticket is escalated.");
    QTest::newRow("rate an open one") << u"in_progress"_s << u"rate-5"_s << false
                                      << TicketService::tr("This step does not follow from the ticket's status.");
    QTest::newRow("rate 6") << u"closed"_s << u"rate-6"_s << false << TicketService::tr("A rating is 1 to 5.");
    QTest::newRow("reopen without why") << u"resolved"_s << u"reopen-empty"_s << false << TicketService::tr("Say why the ticket is reopened.");
}

void tst_TicketService::refusedBeforeWriting()
{
    QFETCH(QString, status);
    QFETCH(QString, move);
    QFETCH(bool, asRep);
    QFETCH(QString, refusal);
    const int level = status.endsWith(u'2') ? 2 : 0;
    status.remove(u'2');
    const QString id = serverTicket(u"FW-2026-000001"_s, status, status == u"new" ? QString() : m_agent, {}, {},
                                    {{u"level"_s, level}, {u"closed_at"_s, status == u"closed" ? QVariant(Timestamp::toText(QDateTime::currentDateTimeUtc())) : QVariant()}});
    if (asRep)
        m_replica->setUserId(m_rep);
    TicketService::Ticket t = *m_service->load(id);
    const int before = m_replica->pendingCount();
    QString got;
    if (move == u"suspend-no-reason")
        got = m_service->suspend(t, u" "_s, QDate::currentDate());
    else if (move == u"suspend-yesterday")
        got = m_service->suspend(t, u"等客户"_s, QDate::currentDate().addDays(-2));
    else if (move == u"resolve-empty")
        got = m_service->resolve(t, {});
    else if (move == u"close")
        got = m_service->close(t);
    else if (move == u"assign")
        got = m_service->assign(t, m_agent, {});
    else if (move == u"escalate")
        got = m_service->escalate(t, u"客户投诉升级"_s);
    else if (move == u"escalate-empty")
        got = m_service->escalate(t, {});
    else if (move == u"rate-5")
        got = m_service->rate(t, 5, {});
    else if (move == u"rate-6")
        got = m_service->rate(t, 6, {});
    else if (move == u"reopen-empty")
        got = m_service->reopen(t, u"  "_s);
    QCOMPARE(got, refusal);
    QCOMPARE(m_replica->pendingCount(), before); // nothing written
    QCOMPARE(m_service->load(id)->status, status);
}

void tst_TicketService::allowedMovesByRole_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("as");
    QTest::addColumn<QStringList>("moves");
    QTest::newRow("new, agent") << u"new"_s << u"agent"_s << QStringList{u"assign"_s, u"start"_s, u"escalate"_s};
    QTest::newRow("new, rep") << u"new"_s << u"rep"_s << QStringList{};
    QTest::newRow("in progress, agent") << u"in_progress"_s << u"agent"_s
                                        << QStringList{u"assign"_s, u"suspend"_s, u"resolve"_s, u"escalate"_s};
    QTest::newRow("suspended, agent") << u"suspended"_s << u"agent"_s << QStringList{u"assign"_s, u"resume"_s, u"resolve"_s, u"escalate"_s};
    QTest::newRow("resolved, agent") << u"resolved"_s << u"agent"_s << QStringList{u"close"_s, u"reopen"_s};
    QTest::newRow("closed today, agent") << u"closed"_s << u"agent"_s << QStringList{u"reopen"_s, u"rate"_s};
    QTest::newRow("closed today, rep") << u"closed"_s << u"rep"_s << QStringList{u"rate"_s};
}

void tst_TicketService::allowedMovesByRole()
{
    QFETCH(QString, status);
    QFETCH(QString, as);
    QFETCH(QStringList, moves);
    const QString id = serverTicket(u"FW-2026-000002"_s, status, status == u"new" ? QString() : m_agent, {}, {},
                                    {{u"closed_at"_s, status == u"closed" ? QVariant(Timestamp::toText(QDateTime::currentDateTimeUtc())) : QVariant()}});
    if (as == u"rep")
        m_replica->setUserId(m_rep);
    QCOMPARE(m_service->allowedMoves(*m_service->load(id)), moves);
}

void tst_TicketService::viewsAndFilters()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString mine = serverTicket(u"FW-2026-000010"_s, u"in_progress"_s, m_agent, now.addSecs(-3600), now.addSecs(3600),
                                      {{u"responded_at"_s, Timestamp::toText(now.addSecs(-7200))}});
    const QString late = serverTicket(u"FW-2026-000011"_s, u"assigned"_s, m_agent, now.addSecs(-60), now.addSecs(7200));
    const QString nobody = serverTicket(u"FW-2026-000012"_s, u"new"_s, {}, now.addSecs(600), now.addSecs(9600));
    const QString others = serverTicket(u"FW-2026-000013"_s, u"in_progress"_s, m_other, now.addSecs(600), now.addSecs(9600));
    const QString done = serverTicket(u"FW-2026-000014"_s, u"closed"_s, m_agent, now.addSecs(-9000), now.addSecs(-3000));
    const QString waiting = serverTicket(u"FW-2026-000015"_s, u"suspended"_s, m_agent, now.addSecs(-600), now.addSecs(-60));
    auto ids = [this](TicketService::View view, const TicketService::Filter &f = {}) {
        QStringList out;
        for (const TicketService::Item &i : m_service->list(view, f))
            out << i.ticket.number;
        out.sort();
        return out;
    };
    Q_UNUSED(mine);
    Q_UNUSED(late);
    Q_UNUSED(nobody);
    Q_UNUSED(others);
    Q_UNUSED(done);
    Q_UNUSED(waiting);
    QCOMPARE(ids(TicketService::View::Mine), (QStringList{u"FW-2026-000010"_s, u"FW-2026-000011"_s, u"FW-2026-000015"_s}));
    QCOMPARE(ids(TicketService::View::Unassigned), QStringList{u"FW-2026-000012"_s});
    // Overdue: the unanswered one past its first response; a suspended one's clock stands still.
    QCOMPARE(ids(TicketService::View::Overdue), QStringList{u"FW-2026-000011"_s});
    QCOMPARE(m_service->overdueCount(), 1);
    QCOMPARE(ids(TicketService::View::Open).size(), 5);
    QCOMPARE(ids(TicketService::View::All).size(), 6);
    // The lead's team: his agent's, not another's.
    m_replica->setUserId(m_lead);
    QCOMPARE(ids(TicketService::View::Team), (QStringList{u"FW-2026-000010"_s, u"FW-2026-000011"_s, u"FW-2026-000015"_s}));
    m_replica->setUserId(m_agent);
    // Filters: text in the number, the subject or the customer's name; status; a LIKE wildcard is literal.
    QCOMPARE(ids(TicketService::View::All, {u"000012"_s, {}, {}, {}}), QStringList{u"FW-2026-000012"_s});
    QCOMPARE(ids(TicketService::View::All, {u"华通"_s, {}, {}, {}}).size(), 6);
    QCOMPARE(ids(TicketService::View::All, {u"%"_s, {}, {}, {}}), QStringList());
    QCOMPARE(ids(TicketService::View::All, {{}, {}, {}, u"suspended"_s}), QStringList{u"FW-2026-000015"_s});
    QCOMPARE(m_service->countByStatus(TicketService::View::Mine).value(u"in_progress"_s), 1);
    // Most urgent first: the one past due leads my list.
    QCOMPARE(m_service->list(TicketService::View::Mine).first().ticket.number, u"FW-2026-000011"_s);
}

void tst_TicketService::clocks()
{
    // Urgent tickets count round the clock (the default rules): plain minutes.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    using State = TicketService::Clock::State;
    const QString running = serverTicket(u"FW-2026-000020"_s, u"assigned"_s, m_agent, now.addSecs(90 * 60 + 30), now.addSecs(600 * 60 + 30));
    TicketService::Ticket t = *m_service->load(running);
    TicketService::Clock c = m_service->responseClock(t, now);
    QCOMPARE(c.state, State::Running);
    QCOMPARE(c.minutesLeft, 90);
    QVERIFY(!c.overdue());
    QCOMPARE(TicketService::clockText(c), TicketService::tr("%1 left").arg(TicketService::tr("%1 h %2 min").arg(1).arg(30)));
    c = m_service->responseClock(t, now.addSecs(100 * 60));
    QVERIFY(c.overdue());
    QVERIFY(c.minutesLeft < 0);

    // Weeks late: the days since, without counting out the working minutes of every week.
    c = m_service->responseClock(t, now.addDays(30));
    QVERIFY(c.overdue());
    QCOMPARE(c.overdueDays, 29);
    QCOMPARE(TicketService::clockText(c), TicketService::tr("overdue by %n day(s)", nullptr, 29));

    const QString answered = serverTicket(u"FW-2026-000021"_s, u"in_progress"_s, m_agent, now.addSecs(600), now.addSecs(3600),
                                          {{u"responded_at"_s, Timestamp::toText(now)}});
    QCOMPARE(m_service->responseClock(*m_service->load(answered), now).state, State::Met);
    QCOMPARE(m_service->resolutionClock(*m_service->load(answered), now).state, State::Running);

    const QString lateAnswer = serverTicket(u"FW-2026-000022"_s, u"in_progress"_s, m_agent, now.addSecs(-600), now.addSecs(3600),
                                            {{u"responded_at"_s, Timestamp::toText(now)}, {u"response_breached"_s, 1}});
    QCOMPARE(m_service->responseClock(*m_service->load(lateAnswer), now).state, State::Missed);

    // Suspended an hour before its due instant: paused with the hour left, however late now is.
    const QDateTime since = now.addSecs(-5 * 3600);
    const QString paused = serverTicket(u"FW-2026-000023"_s, u"suspended"_s, m_agent, since.addSecs(-60), since.addSecs(3600),
                                        {{u"responded_at"_s, Timestamp::toText(since.addSecs(-600))},
                                         {u"suspensions"_s, u"[[\"%1\",null]]"_s.arg(Timestamp::toText(since))}});
    c = m_service->resolutionClock(*m_service->load(paused), now);
    QCOMPARE(c.state, State::Paused);
    QCOMPARE(c.minutesLeft, 60);
    QVERIFY(!c.overdue());
}

void tst_TicketService::historyFromTheServer()
{
    const QString id = serverTicket(u"FW-2026-000030"_s, u"in_progress"_s, m_agent, {}, {});
    auto event = [&](const QString &at, const QString &action, const QString &from, const QString &to, const QString &by, const QString &note) {
        m_replica->applyServerRow(u"ticket_events"_s,
                                  Row{{u"id"_s, Id::generate().toString()}, {u"version"_s, 1}, {u"deleted"_s, 0}, {u"customer_id"_s, m_customer},
                                      {u"ticket_id"_s, id}, {u"action"_s, action}, {u"from_status"_s, from}, {u"to_status"_s, to},
                                      {u"assignee_id"_s, m_agent}, {u"level"_s, 0}, {u"note"_s, note.isEmpty() ? QVariant() : QVariant(note)},
                                      {u"created_by"_s, by}, {u"created_at"_s, at}, {u"updated_at"_s, at}});
    };
    event(u"2026-11-02T01:00:00.000Z"_s, u"assigned"_s, u"new"_s, u"assigned"_s, m_lead, u"请吴浩跟进"_s);
    event(u"2026-11-01T09:00:00.000Z"_s, u"logged"_s, {}, u"new"_s, m_rep, {});
    event(u"2026-11-02T02:00:00.000Z"_s, u"started"_s, u"assigned"_s, u"in_progress"_s, m_agent, {});
    const QList<TicketService::Event> h = m_service->history(id);
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.first().action, u"logged"_s);
    QCOMPARE(h.first().by, u"王芳"_s);
    QCOMPARE(h.at(1).by, u"郭强"_s);
    QCOMPARE(h.at(1).assignee, u"吴浩"_s);
    QCOMPARE(h.at(1).note, u"请吴浩跟进"_s);
    QCOMPARE(TicketService::actionText(u"escalated"_s), TicketService::tr("Escalated"));
}

QTEST_GUILESS_MAIN(tst_TicketService)
#include "tst_ticketservice.moc"
