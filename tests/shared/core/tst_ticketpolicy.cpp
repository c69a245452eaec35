// The service ticket's flow (TicketPolicy): each move by each kind of user, allowed or
// refused with its code — the same answers the server gives and the client asks first.
#include "core/ticketpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

const QDate Today(2026, 12, 7);

PipelinePolicy::Actor as(const QString &user, UserRole role)
{
    return {user, role};
}

} // namespace

class tst_TicketPolicy : public QObject
{
    Q_OBJECT

private slots:
    void transition_data();
    void transition();
    void rating_data();
    void rating();
    void closedIsLocked();
};

void tst_TicketPolicy::transition_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("previousAssignee");
    QTest::addColumn<QString>("assignee");
    QTest::addColumn<int>("previousLevel");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("extra");   // "reason", "resume:-1", "resume:+3", "resolution", "closed:N"
    QTest::addColumn<QString>("refusal"); // the code, "" when allowed

    const int service = int(UserRole::Service), sales = int(UserRole::Sales), manager = int(UserRole::Manager);
    // Logging.
    QTest::newRow("a rep logs a new ticket") << u"wang"_s << sales << u""_s << u"new"_s << u""_s << u""_s << 0 << 0 << u""_s << u""_s;
    QTest::newRow("new with someone on it is assigned")
        << u"li"_s << service << u""_s << u"new"_s << u""_s << u"li"_s << 0 << 0 << u""_s << u"invalid_transition"_s;
    QTest::newRow("an agent takes a call at once") << u"li"_s << service << u""_s << u"in_progress"_s << u""_s << u"li"_s << 0 << 0
                                                   << u""_s << u""_s;
    QTest::newRow("a rep does not assign") << u"wang"_s << sales << u""_s << u"assigned"_s << u""_s << u"li"_s << 0 << 0 << u""_s
                                           << u"forbidden"_s;
    QTest::newRow("assigned to nobody") << u"li"_s << service << u""_s << u"assigned"_s << u""_s << u""_s << 0 << 0 << u""_s
                                        << u"required"_s;
    QTest::newRow("born resolved") << u"li"_s << service << u""_s << u"resolved"_s << u""_s << u"li"_s << 0 << 0 << u"resolution"_s
                                   << u"invalid_transition"_s;
    QTest::newRow("an unknown status") << u"li"_s << service << u"new"_s << u"done"_s << u""_s << u""_s << 0 << 0 << u""_s
                                       << u"invalid"_s;
    // Assigning and working.
    QTest::newRow("an agent assigns") << u"li"_s << service << u"new"_s << u"assigned"_s << u""_s << u"zhou"_s << 0 << 0 << u""_s
                                      << u""_s;
    QTest::newRow("a rep cannot move it") << u"wang"_s << sales << u"new"_s << u"assigned"_s << u""_s << u"zhou"_s << 0 << 0
                                          << u""_s << u"forbidden"_s;
    QTest::newRow("the assignee starts") << u"zhou"_s << sales << u"assigned"_s << u"in_progress"_s << u"zhou"_s << u"zhou"_s << 0
                                         << 0 << u""_s << u""_s;
    QTest::newRow("reassigned while assigned") << u"li"_s << service << u"assigned"_s << u"assigned"_s << u"zhou"_s << u"sun"_s << 0
                                               << 0 << u""_s << u""_s;
    QTest::newRow("a rep does not reassign") << u"wang"_s << sales << u"assigned"_s << u"assigned"_s << u"zhou"_s << u"sun"_s << 0
                                             << 0 << u""_s << u"forbidden"_s;
    QTest::newRow("handed back names who") << u"li"_s << service << u"in_progress"_s << u"assigned"_s << u"zhou"_s << u"zhou"_s << 0
                                           << 0 << u""_s << u"invalid_transition"_s;
    QTest::newRow("handed to another") << u"li"_s << service << u"in_progress"_s << u"assigned"_s << u"zhou"_s << u"sun"_s << 0 << 0
                                       << u""_s << u""_s;
    QTest::newRow("a new ticket is not reassigned in place")
        << u"li"_s << service << u"new"_s << u"new"_s << u""_s << u"sun"_s << 0 << 0 << u""_s << u"invalid_transition"_s;
    // Suspending.
    QTest::newRow("suspended with reason and date") << u"zhou"_s << service << u"in_progress"_s << u"suspended"_s << u"zhou"_s
                                                    << u"zhou"_s << 0 << 0 << u"reason resume:+3"_s << u""_s;
    QTest::newRow("suspended without a reason") << u"zhou"_s << service << u"in_progress"_s << u"suspended"_s << u"zhou"_s
                                                << u"zhou"_s << 0 << 0 << u"resume:+3"_s << u"required"_s;
    QTest::newRow("suspended without a date") << u"zhou"_s << service << u"in_progress"_s << u"suspended"_s << u"zhou"_s << u"zhou"_s
                                              << 0 << 0 << u"reason"_s << u"required"_s;
    QTest::newRow("suspended until yesterday") << u"zhou"_s << service << u"in_progress"_s << u"suspended"_s << u"zhou"_s
                                               << u"zhou"_s << 0 << 0 << u"reason resume:-1"_s << u"out_of_range"_s;
    QTest::newRow("a new ticket is not suspended") << u"li"_s << service << u"new"_s << u"suspended"_s << u""_s << u"li"_s << 0 << 0
                                                   << u"reason resume:+3"_s << u"invalid_transition"_s;
    QTest::newRow("resumed") << u"zhou"_s << service << u"suspended"_s << u"in_progress"_s << u"zhou"_s << u"zhou"_s << 0 << 0
                             << u""_s << u""_s;
    // Resolving and closing.
    QTest::newRow("resolved with how") << u"zhou"_s << service << u"in_progress"_s << u"resolved"_s << u"zhou"_s << u"zhou"_s << 0
                                       << 0 << u"resolution"_s << u""_s;
    QTest::newRow("resolved without how") << u"zhou"_s << service << u"in_progress"_s << u"resolved"_s << u"zhou"_s << u"zhou"_s
                                          << 0 << 0 << u""_s << u"required"_s;
    QTest::newRow("a new ticket is not resolved") << u"li"_s << service << u"new"_s << u"resolved"_s << u""_s << u""_s << 0 << 0
                                                  << u"resolution"_s << u"invalid_transition"_s;
    QTest::newRow("closed") << u"li"_s << service << u"resolved"_s << u"closed"_s << u"zhou"_s << u"zhou"_s << 0 << 0 << u""_s
                            << u""_s;
    QTest::newRow("a rep does not close") << u"wang"_s << sales << u"resolved"_s << u"closed"_s << u"zhou"_s << u"zhou"_s << 0 << 0
                                          << u""_s << u"forbidden"_s;
    QTest::newRow("not solved after all") << u"zhou"_s << service << u"resolved"_s << u"in_progress"_s << u"zhou"_s << u"zhou"_s << 0
                                          << 0 << u""_s << u""_s;
    QTest::newRow("reopened on the 7th day") << u"li"_s << service << u"closed"_s << u"in_progress"_s << u"zhou"_s << u"zhou"_s << 0
                                             << 0 << u"closed:7"_s << u""_s;
    QTest::newRow("reopened on the 8th day") << u"li"_s << service << u"closed"_s << u"in_progress"_s << u"zhou"_s << u"zhou"_s << 0
                                             << 0 << u"closed:8"_s << u"reopen_expired"_s;
    QTest::newRow("closed, then resolved again") << u"li"_s << service << u"closed"_s << u"resolved"_s << u"zhou"_s << u"zhou"_s << 0
                                                 << 0 << u"resolution"_s << u"invalid_transition"_s;
    // Escalating.
    QTest::newRow("escalated to the manager") << u"zhou"_s << service << u"in_progress"_s << u"in_progress"_s << u"zhou"_s << u"chen"_s
                                              << 0 << 1 << u""_s << u""_s;
    QTest::newRow("then to a director") << u"chen"_s << manager << u"in_progress"_s << u"in_progress"_s << u"chen"_s << u"zhao"_s << 1
                                        << 2 << u""_s << u""_s;
    QTest::newRow("no higher than a director") << u"chen"_s << manager << u"in_progress"_s << u"in_progress"_s << u"zhao"_s
                                               << u"zhao"_s << 2 << 3 << u""_s << u"invalid_transition"_s;
    QTest::newRow("two levels at once") << u"zhou"_s << service << u"in_progress"_s << u"in_progress"_s << u"zhou"_s << u"zhao"_s << 0
                                        << 2 << u""_s << u"invalid_transition"_s;
    QTest::newRow("never down") << u"zhou"_s << service << u"in_progress"_s << u"in_progress"_s << u"zhou"_s << u"zhou"_s << 1 << 0
                                << u""_s << u"invalid_transition"_s;
    QTest::newRow("a rep does not escalate") << u"wang"_s << sales << u"new"_s << u"new"_s << u""_s << u""_s << 0 << 1 << u""_s
                                             << u"forbidden"_s;
    QTest::newRow("a resolved ticket is not escalated") << u"zhou"_s << service << u"resolved"_s << u"resolved"_s << u"zhou"_s
                                                        << u"zhou"_s << 0 << 1 << u""_s << u"invalid_transition"_s;
}

void tst_TicketPolicy::transition()
{
    QFETCH(QString, user);
    QFETCH(int, role);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, previousAssignee);
    QFETCH(QString, assignee);
    QFETCH(int, previousLevel);
    QFETCH(int, level);
    QFETCH(QString, extra);
    QFETCH(QString, refusal);
    TicketPolicy::Ticket t;
    t.status = to;
    t.assigneeId = assignee;
    t.previousAssigneeId = previousAssignee;
    t.level = level;
    t.previousLevel = previousLevel;
    int closedDaysAgo = 0;
    for (const QString &word : extra.split(u' ', Qt::SkipEmptyParts)) {
        if (word == u"reason")
            t.suspendReason = u"等客户寄回主板"_s;
        else if (word == u"resolution")
            t.resolution = u"更换电源模块，试机正常"_s;
        else if (word.startsWith(u"resume:"))
            t.resumeOn = Today.addDays(word.mid(7).toInt());
        else if (word.startsWith(u"closed:"))
            closedDaysAgo = word.mid(7).toInt();
    }
    const PipelineVerdict v = TicketPolicy::transition(as(user, UserRole(role)), from, t, Today, closedDaysAgo, 7);
    QCOMPARE(v ? v->code : QString(), refusal);
    if (v)
        QVERIFY(!v->message.isEmpty());
}

void tst_TicketPolicy::rating_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("ratedBefore");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("closed, 5") << u"closed"_s << 5 << false << u""_s;
    QTest::newRow("closed, 1") << u"closed"_s << 1 << false << u""_s;
    QTest::newRow("closed, 0") << u"closed"_s << 0 << false << u"out_of_range"_s;
    QTest::newRow("closed, 6") << u"closed"_s << 6 << false << u"out_of_range"_s;
    QTest::newRow("rated twice") << u"closed"_s << 4 << true << u"already_rated"_s;
    QTest::newRow("not closed yet") << u"resolved"_s << 4 << false << u"invalid_transition"_s;
}

void tst_TicketPolicy::rating()
{
    QFETCH(QString, status);
    QFETCH(int, score);
    QFETCH(bool, ratedBefore);
    QFETCH(QString, refusal);
    const PipelineVerdict v = TicketPolicy::rating(status, score, ratedBefore);
    QCOMPARE(v ? v->code : QString(), refusal);
}

void tst_TicketPolicy::closedIsLocked()
{
    for (const QString &s : TicketPolicy::statuses())
        QCOMPARE(bool(TicketPolicy::editable(s)), s == u"closed");
    QVERIFY(TicketPolicy::isOpen(u"suspended"_s));
    QVERIFY(!TicketPolicy::isOpen(u"resolved"_s));
    QVERIFY(TicketPolicy::serves(UserRole::Service));
    QVERIFY(!TicketPolicy::serves(UserRole::Sales));
    QVERIFY(!TicketPolicy::serves(UserRole::Clerk));
}

QTEST_GUILESS_MAIN(tst_TicketPolicy)
#include "tst_ticketpolicy.moc"
