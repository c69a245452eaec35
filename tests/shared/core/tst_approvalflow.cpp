// The approval engine's decisions without a store (shared/core/approvalflow.h): a flow read
// from its setting and written back, the steps a request gets by amount, budget, chain,
// roles, named users, all-of and skip-self, how they advance, who may decide, delegation
// dates and withdrawal.
#include "core/approvalflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// wang (sales) → chen (manager) → zhao (director); zhou (manager) in chen's team; liu
// (manager, disabled); admin; sun (clerk).
ApprovalDirectory directory()
{
    ApprovalDirectory d;
    d.managerOf = [](const QString &u) -> QString {
        if (u == u"wang")
            return u"chen"_s;
        if (u == u"chen" || u == u"zhou")
            return u"zhao"_s;
        if (u == u"li") // a rep whose manager left
            return u"liu"_s;
        if (u == u"liu")
            return u"zhao"_s;
        return {};
    };
    d.isActive = [](const QString &u) { return u != u"liu"; };
    d.usersWithRole = [](const QString &role) -> QStringList {
        if (role == u"manager")
            return {u"chen"_s, u"zhou"_s};
        if (role == u"director")
            return {u"zhao"_s};
        if (role == u"admin")
            return {u"admin"_s};
        if (role == u"clerk")
            return {u"sun"_s};
        return {};
    };
    return d;
}

QString describe(const QList<ApprovalSlot> &list)
{
    QStringList out;
    for (const ApprovalSlot &s : list)
        out << u"%1:%2[%3|%4]"_s.arg(s.stepNo).arg(s.status, s.approverIds.join(u','), s.approverRoles.join(u','));
    return out.join(u' ');
}

} // namespace

class tst_ApprovalFlow : public QObject
{
    Q_OBJECT

private slots:
    void readsAndWrites_data();
    void readsAndWrites();
    void refuses_data();
    void refuses();
    void defaultsAreTodaysRules();
    void materialise_data();
    void materialise();
    void advancesStepByStep();
    void whoDecides_data();
    void whoDecides();
    void delegationDates_data();
    void delegationDates();
    void withdrawal();
};

void tst_ApprovalFlow::readsAndWrites_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("manager") << u"{\"steps\":[{\"by\":\"manager\"}]}"_s;
    QTest::newRow("chain, thresholds, time-out")
        << u"{\"steps\":[{\"name\":\"部门经理审批\",\"by\":\"manager\",\"timeoutHours\":24},"
           u"{\"name\":\"总监\",\"by\":\"manager\",\"up\":2,\"above\":\"5000.00\"},"
           u"{\"by\":\"users\",\"users\":[\"u1\",\"u2\"],\"mode\":\"all\",\"above\":\"50000.00\",\"skipSelf\":false}]}"_s;
    QTest::newRow("roles, over budget") << u"{\"steps\":[{\"by\":\"roles\",\"roles\":[\"director\",\"admin\"],\"overBudget\":true,"
                                           u"\"orRoles\":[\"admin\"]}]}"_s;
}

void tst_ApprovalFlow::readsAndWrites()
{
    QFETCH(QString, json);
    QString why;
    const std::optional<ApprovalFlow> flow = ApprovalFlow::fromJson(json, &why);
    QVERIFY2(flow, qPrintable(why));
    const std::optional<ApprovalFlow> again = ApprovalFlow::fromJson(flow->toJson());
    QVERIFY(again);
    QCOMPARE(*again, *flow);
}

void tst_ApprovalFlow::refuses_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("empty") << QString();
    QTest::newRow("an array") << u"[]"_s;
    QTest::newRow("no steps") << u"{\"steps\":[]}"_s;
    QTest::newRow("a step that is text") << u"{\"steps\":[\"manager\"]}"_s;
    QTest::newRow("no by") << u"{\"steps\":[{}]}"_s;
    QTest::newRow("up 0") << u"{\"steps\":[{\"by\":\"manager\",\"up\":0}]}"_s;
    QTest::newRow("mode some") << u"{\"steps\":[{\"by\":\"manager\",\"mode\":\"some\"}]}"_s;
    QTest::newRow("negative amount") << u"{\"steps\":[{\"by\":\"manager\",\"above\":\"-1\"}]}"_s;
    QTest::newRow("amount with a fraction of a fen") << u"{\"steps\":[{\"by\":\"manager\",\"above\":\"1.001\"}]}"_s;
    QTest::newRow("time-out too long") << u"{\"steps\":[{\"by\":\"manager\",\"timeoutHours\":100000}]}"_s;
    QTest::newRow("service decides") << u"{\"steps\":[{\"by\":\"roles\",\"roles\":[\"service\"]}]}"_s;
    QTest::newRow("21 steps") << u"{\"steps\":["_s + QStringList(21, u"{\"by\":\"manager\"}"_s).join(u',') + u"]}"_s;
}

void tst_ApprovalFlow::refuses()
{
    QFETCH(QString, json);
    QString why;
    QVERIFY(!ApprovalFlow::fromJson(json, &why));
    QVERIFY(!why.isEmpty());
    // The flow in force is then the default, never nothing.
    QCOMPARE(ApprovalFlow::inForce(u"level", json), ApprovalFlow::defaultFor(u"level"));
}

void tst_ApprovalFlow::defaultsAreTodaysRules()
{
    const ApprovalContext discount{u"wang"_s, u"wang"_s, {u"wang"_s}, 100000, false};
    QCOMPARE(describe(ApprovalEngine::materialise(ApprovalFlow::defaultFor(u"discount"), discount, directory())),
             u"1:pending[|manager,director,admin]"_s);
    QCOMPARE(describe(ApprovalEngine::materialise(ApprovalFlow::defaultFor(u"level"), discount, directory())),
             u"1:pending[chen|director,admin]"_s);
    QCOMPARE(describe(ApprovalEngine::materialise(ApprovalFlow::defaultFor(u"contract"), discount, directory())),
             u"1:pending[|manager,director,clerk,admin]"_s);
}

void tst_ApprovalFlow::materialise_data()
{
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("requester");
    QTest::addColumn<QString>("chainOf");
    QTest::addColumn<qint64>("amountFen");
    QTest::addColumn<bool>("overBudget");
    QTest::addColumn<QString>("slotsText");
    const QString tiers = u"{\"steps\":[{\"by\":\"manager\"},{\"by\":\"roles\",\"roles\":[\"director\"],\"above\":\"5000\"},"
                          u"{\"by\":\"users\",\"users\":[\"admin\"],\"above\":\"50000\"}]}"_s;
    QTest::newRow("¥5,000.00: the manager") << tiers << u"wang"_s << u"wang"_s << qint64(500000) << false << u"1:pending[chen|]"_s;
    QTest::newRow("¥5,000.01: and the director")
        << tiers << u"wang"_s << u"wang"_s << qint64(500001) << false << u"1:pending[chen|] 2:waiting[|director]"_s;
    QTest::newRow("¥50,000.01: and the general manager")
        << tiers << u"wang"_s << u"wang"_s << qint64(5000001) << false << u"1:pending[chen|] 2:waiting[|director] 3:waiting[admin|]"_s;
    const QString budget = u"{\"steps\":[{\"by\":\"manager\"},{\"by\":\"roles\",\"roles\":[\"director\"],\"overBudget\":true}]}"_s;
    QTest::newRow("within budget") << budget << u"wang"_s << u"wang"_s << qint64(100) << false << u"1:pending[chen|]"_s;
    QTest::newRow("over budget: the extra step")
        << budget << u"wang"_s << u"wang"_s << qint64(100) << true << u"1:pending[chen|] 2:waiting[|director]"_s;
    const QString both = u"{\"steps\":[{\"by\":\"manager\"},{\"by\":\"roles\",\"roles\":[\"director\"],\"above\":\"5000\"},"
                         u"{\"name\":\"超预算\",\"by\":\"roles\",\"roles\":[\"director\"],\"overBudget\":true}]}"_s;
    QTest::newRow("over budget, within ¥5,000: the director once")
        << both << u"wang"_s << u"wang"_s << qint64(100) << true << u"1:pending[chen|] 2:waiting[|director]"_s;
    QTest::newRow("over budget and above ¥5,000: still the director once")
        << both << u"wang"_s << u"wang"_s << qint64(600000) << true << u"1:pending[chen|] 2:waiting[|director]"_s;
    QTest::newRow("two up the chain") << u"{\"steps\":[{\"by\":\"manager\",\"up\":2}]}"_s << u"wang"_s << u"wang"_s << qint64(1)
                                      << false << u"1:pending[zhao|]"_s;
    QTest::newRow("a disabled manager is passed over") << u"{\"steps\":[{\"by\":\"manager\"}]}"_s << u"li"_s << u"li"_s << qint64(1)
                                                       << false << u"1:pending[zhao|]"_s;
    QTest::newRow("nobody above: any manager, director or administrator")
        << u"{\"steps\":[{\"by\":\"manager\"}]}"_s << u"zhao"_s << u"zhao"_s << qint64(1) << false << u"1:pending[|manager,director,admin]"_s;
    QTest::newRow("the requester's own step is skipped")
        << u"{\"steps\":[{\"by\":\"users\",\"users\":[\"chen\"]},{\"by\":\"manager\"}]}"_s << u"chen"_s << u"chen"_s << qint64(1) << false
        << u"1:skipped[|] 2:pending[zhao|]"_s;
    QTest::newRow("skip-self off: someone else decides")
        << u"{\"steps\":[{\"by\":\"users\",\"users\":[\"chen\"],\"skipSelf\":false}]}"_s << u"chen"_s << u"chen"_s << qint64(1) << false
        << u"1:pending[|manager,director,admin]"_s;
    QTest::newRow("the owner's manager is the requester: skipped")
        << u"{\"steps\":[{\"by\":\"manager\"},{\"by\":\"roles\",\"roles\":[\"director\"]}]}"_s << u"chen"_s << u"wang"_s << qint64(1)
        << false << u"1:skipped[chen|] 2:pending[|director]"_s;
    QTest::newRow("all of a group: one slot each")
        << u"{\"steps\":[{\"by\":\"users\",\"users\":[\"chen\",\"zhou\",\"liu\"],\"mode\":\"all\"}]}"_s << u"wang"_s << u"wang"_s
        << qint64(1) << false << u"1:pending[chen|] 1:pending[zhou|]"_s;
    QTest::newRow("all of a role, without the requester")
        << u"{\"steps\":[{\"by\":\"roles\",\"roles\":[\"manager\"],\"mode\":\"all\"}]}"_s << u"zhou"_s << u"zhou"_s << qint64(1) << false
        << u"1:pending[chen|]"_s;
    QTest::newRow("every step skipped: approved at once")
        << u"{\"steps\":[{\"by\":\"users\",\"users\":[\"wang\"]}]}"_s << u"wang"_s << u"wang"_s << qint64(1) << false
        << u"1:skipped[|]"_s;
}

void tst_ApprovalFlow::materialise()
{
    QFETCH(QString, flow);
    QFETCH(QString, requester);
    QFETCH(QString, chainOf);
    QFETCH(qint64, amountFen);
    QFETCH(bool, overBudget);
    QFETCH(QString, slotsText);
    const std::optional<ApprovalFlow> f = ApprovalFlow::fromJson(flow);
    QVERIFY(f);
    const ApprovalContext c{requester, chainOf, {requester}, amountFen, overBudget};
    const QList<ApprovalSlot> made = ApprovalEngine::materialise(*f, c, directory());
    QCOMPARE(describe(made), slotsText);
    const bool allSkipped = std::all_of(made.cbegin(), made.cend(), [](const ApprovalSlot &s) { return s.status == u"skipped"; });
    QCOMPARE(ApprovalEngine::requestStatus(made), allSkipped ? u"approved"_s : u"pending"_s);
}

void tst_ApprovalFlow::advancesStepByStep()
{
    const ApprovalFlow flow = *ApprovalFlow::fromJson(
        u"{\"steps\":[{\"by\":\"users\",\"users\":[\"chen\",\"zhou\"],\"mode\":\"all\"},{\"by\":\"roles\",\"roles\":[\"director\"]}]}"_s);
    QList<ApprovalSlot> s = ApprovalEngine::materialise(flow, {u"wang"_s, u"wang"_s, {u"wang"_s}, 1, false}, directory());
    QCOMPARE(ApprovalEngine::currentStep(s), 1);
    s[0].status = u"approved"_s;
    QVERIFY(!ApprovalEngine::advance(s)); // all of them: zhou has not decided
    QCOMPARE(s[2].status, u"waiting"_s);
    s[1].status = u"approved"_s;
    QVERIFY(ApprovalEngine::advance(s));
    QCOMPARE(s[2].status, u"pending"_s);
    QCOMPARE(ApprovalEngine::currentStep(s), 2);
    QCOMPARE(ApprovalEngine::requestStatus(s), u"pending"_s);
    s[2].status = u"approved"_s;
    QCOMPARE(ApprovalEngine::requestStatus(s), u"approved"_s);
    QCOMPARE(ApprovalEngine::currentStep(s), 0);
    s[1].status = u"rejected"_s;
    QCOMPARE(ApprovalEngine::requestStatus(s), u"rejected"_s);
    QVERIFY(!ApprovalEngine::advance(s));
}

void tst_ApprovalFlow::whoDecides_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("refusal"); // the code, or "" when allowed
    QTest::addColumn<QString>("onBehalfOf");
    QTest::newRow("the named approver") << u"chen"_s << int(UserRole::Manager) << u"pending"_s << QString() << QString();
    QTest::newRow("a director (orRoles)") << u"zhao"_s << int(UserRole::Director) << u"pending"_s << QString() << QString();
    QTest::newRow("another manager") << u"zhou"_s << int(UserRole::Manager) << u"pending"_s << u"forbidden"_s << QString();
    QTest::newRow("the delegate") << u"sun"_s << int(UserRole::Clerk) << u"pending"_s << QString() << u"chen"_s;
    QTest::newRow("the requester, an administrator") << u"admin"_s << int(UserRole::Admin) << u"pending"_s << u"forbidden"_s << QString();
    QTest::newRow("a later step") << u"chen"_s << int(UserRole::Manager) << u"waiting"_s << u"invalid_transition"_s << QString();
    QTest::newRow("decided already") << u"chen"_s << int(UserRole::Manager) << u"approved"_s << u"invalid_transition"_s << QString();
}

void tst_ApprovalFlow::whoDecides()
{
    QFETCH(QString, user);
    QFETCH(int, role);
    QFETCH(QString, status);
    QFETCH(QString, refusal);
    QFETCH(QString, onBehalfOf);
    ApprovalSlot slot;
    slot.approverIds = {u"chen"_s};
    slot.approverRoles = {u"director"_s, u"admin"_s};
    slot.status = status;
    // The request is the administrator's own; chen is away and sun decides for her.
    const auto e = ApprovalEngine::mayDecide({user, UserRole(role)}, slot, {u"admin"_s},
                                             [](const QString &a) { return a == u"chen" ? u"sun"_s : QString(); });
    QCOMPARE(e.refusal ? e.refusal->code : QString(), refusal);
    QCOMPARE(e.onBehalfOf, onBehalfOf);
}

void tst_ApprovalFlow::delegationDates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("inForce");
    QTest::newRow("the first day") << u"2026-12-07"_s << u"2026-12-10"_s << true;
    QTest::newRow("the last day") << u"2026-12-01"_s << u"2026-12-07"_s << true;
    QTest::newRow("not yet") << u"2026-12-08"_s << u"2026-12-10"_s << false;
    QTest::newRow("over") << u"2026-12-01"_s << u"2026-12-06"_s << false;
    QTest::newRow("open end") << u"2026-12-01"_s << QString() << true;
    QTest::newRow("no dates: none") << QString() << QString() << false;
}

void tst_ApprovalFlow::delegationDates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, inForce);
    QCOMPARE(ApprovalEngine::delegationInForce(u"sun"_s, from, to, QDate(2026, 12, 7)), inForce);
    QVERIFY(!ApprovalEngine::delegationInForce(QString(), from, to, QDate(2026, 12, 7)));
}

void tst_ApprovalFlow::withdrawal()
{
    QList<ApprovalSlot> s(2);
    s[0].status = u"pending"_s;
    QVERIFY(!ApprovalEngine::withdrawal({u"wang"_s, UserRole::Sales}, u"wang"_s, s));
    QCOMPARE(ApprovalEngine::withdrawal({u"chen"_s, UserRole::Manager}, u"wang"_s, s)->code, u"forbidden"_s);
    QVERIFY(!ApprovalEngine::withdrawal({u"admin"_s, UserRole::Admin}, u"wang"_s, s));
    s[0].status = u"approved"_s;
    QCOMPARE(ApprovalEngine::withdrawal({u"wang"_s, UserRole::Sales}, u"wang"_s, s)->code, u"approval_decided"_s);
}

QTEST_GUILESS_MAIN(tst_ApprovalFlow)
#include "tst_approvalflow.moc"
