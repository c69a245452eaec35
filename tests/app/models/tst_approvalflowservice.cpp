// ApprovalFlowService (issue 21, W2) without a window: the plain-language lines of a flow
// (data-driven), the refusals with the step they name, and only the fields of a step's kind
// of approver kept.
#include "core/approvalflow.h"
#include "models/approvalflowservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

Q_DECLARE_METATYPE(Huike::ApprovalFlowStep)

class tst_ApprovalFlowService : public QObject
{
    Q_OBJECT

private slots:
    void describe_data();
    void describe();
    void check_data();
    void check();
    void normalised();
};

namespace {

ApprovalFlowStep step(ApprovalFlowStep::By by)
{
    ApprovalFlowStep s;
    s.by = by;
    return s;
}

QString nameOf(const QString &id)
{
    return id == u"u1" ? u"张三"_s : id == u"u2" ? u"李四"_s : id;
}

} // namespace

void tst_ApprovalFlowService::describe_data()
{
    QTest::addColumn<ApprovalFlowStep>("step");
    QTest::addColumn<QString>("line");
    QTest::newRow("the manager") << step(ApprovalFlowStep::By::Manager) << u"Step 1 the manager"_s;
    ApprovalFlowStep s = step(ApprovalFlowStep::By::Manager);
    s.up = 2;
    s.name = u"二级审批"_s;
    s.orRoles = {u"director"_s, u"admin"_s};
    QTest::newRow("two levels up, others too")
        << s << u"Step 1 二级审批: the manager 2 levels up; Sales director, Administrator may also decide"_s;
    s = step(ApprovalFlowStep::By::Roles);
    s.roles = {u"director"_s};
    s.aboveFen = 500000;
    QTest::newRow("a director above ¥5,000") << s << u"When the amount is above ¥5,000.00: Step 1 Sales director (any one of them)"_s;
    s = step(ApprovalFlowStep::By::Users);
    s.users = {u"u1"_s, u"u2"_s};
    s.all = true;
    s.aboveFen = 0;
    s.overBudget = true;
    s.skipSelf = false;
    s.timeoutHours = 1;
    QTest::newRow("all of two, over budget")
        << s
        << u"When the amount is above ¥0.00 and the request is over budget: Step 1 张三, 李四 (each of them); not skipped when the "
           u"approver is the requester; a reminder after 1 hour(s)"_s;
}

void tst_ApprovalFlowService::describe()
{
    QFETCH(ApprovalFlowStep, step);
    QFETCH(QString, line);
    const QStringList lines = ApprovalFlowService::describe(ApprovalFlow{{step}}, nameOf);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first(), line);
}

void tst_ApprovalFlowService::check_data()
{
    QTest::addColumn<ApprovalFlow>("flow");
    QTest::addColumn<QString>("reason");
    const ApprovalFlowStep manager = step(ApprovalFlowStep::By::Manager);
    QTest::newRow("the default") << ApprovalFlow::defaultFor(u"discount") << QString();
    QTest::newRow("no step") << ApprovalFlow{} << u"A flow has 1 to 20 steps."_s;
    QTest::newRow("21 steps") << ApprovalFlow{QList<ApprovalFlowStep>(21, manager)} << u"A flow has 1 to 20 steps."_s;
    QTest::newRow("20 steps") << ApprovalFlow{QList<ApprovalFlowStep>(20, manager)} << QString();
    QTest::newRow("roles without a role") << ApprovalFlow{{manager, step(ApprovalFlowStep::By::Roles)}}
                                          << u"Step 2: A step by roles names at least one role."_s;
    QTest::newRow("users without a user") << ApprovalFlow{{step(ApprovalFlowStep::By::Users)}}
                                          << u"Step 1: A step by users names at least one user."_s;
    ApprovalFlowStep negative = manager;
    negative.aboveFen = -1;
    QTest::newRow("a negative amount") << ApprovalFlow{{manager, manager, negative}}
                                       << u"Step 3: \"above\" is an amount in yuan, such as \"5000.00\"."_s;
    ApprovalFlowStep late = manager;
    late.timeoutHours = 2161;
    QTest::newRow("a reminder after 90 days") << ApprovalFlow{{late}} << u"Step 1: \"timeoutHours\" is 0 (none) to 2160."_s;
    ApprovalFlowStep high = manager;
    high.up = 11;
    QTest::newRow("11 levels up") << ApprovalFlow{{high}} << u"Step 1: \"up\" is 1 (the manager) to 10."_s;
}

void tst_ApprovalFlowService::check()
{
    QFETCH(ApprovalFlow, flow);
    QFETCH(QString, reason);
    QCOMPARE(ApprovalFlowService::check(flow), reason);
}

void tst_ApprovalFlowService::normalised()
{
    ApprovalFlowStep s = step(ApprovalFlowStep::By::Manager);
    s.roles = {u"director"_s};
    s.users = {u"u1"_s};
    s.all = true;
    s.name = u"  部门经理审批  "_s;
    ApprovalFlowStep n = ApprovalFlowService::normalised(s);
    QVERIFY(n.roles.isEmpty() && n.users.isEmpty() && !n.all);
    QCOMPARE(n.name, u"部门经理审批"_s);
    s.by = ApprovalFlowStep::By::Roles;
    s.up = 3;
    n = ApprovalFlowService::normalised(s);
    QCOMPARE(n.roles, QStringList{u"director"_s});
    QVERIFY(n.users.isEmpty() && n.all);
    QCOMPARE(n.up, 1);
    // What is saved reads back the same.
    const ApprovalFlow flow{{n}};
    QCOMPARE(*ApprovalFlow::fromJson(flow.toJson()), flow);
}

QTEST_GUILESS_MAIN(tst_ApprovalFlowService)
#include "tst_approvalflowservice.moc"
