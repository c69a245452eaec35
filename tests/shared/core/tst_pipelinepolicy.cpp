// The pipeline rules' decisions (shared/core/pipelinepolicy.h), as both the server and
// the client apply them: status flows, what a sent quote keeps, the discount approval,
// four eyes for approvals and contracts.
#include "core/pipelinepolicy.h"
#include "core/quote.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_PipelinePolicy : public QObject
{
    Q_OBJECT

private slots:
    void quoteStatus_data();
    void quoteStatus();
    void quoteLocked();
    void quoteApproval();
    void approvalDecision_data();
    void approvalDecision();
    void contractDecision();
};

void tst_PipelinePolicy::quoteStatus_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("code");
    QTest::newRow("new draft") << QString() << u"draft"_s << QString();
    QTest::newRow("new sent") << QString() << u"sent"_s << u"invalid_transition"_s;
    QTest::newRow("send") << u"draft"_s << u"sent"_s << QString();
    QTest::newRow("accept") << u"sent"_s << u"accepted"_s << QString();
    QTest::newRow("back to draft") << u"sent"_s << u"draft"_s << u"invalid_transition"_s;
    QTest::newRow("unknown") << u"draft"_s << u"gone"_s << u"invalid_transition"_s;
    QTest::newRow("unchanged") << u"sent"_s << u"sent"_s << QString();
}

void tst_PipelinePolicy::quoteStatus()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, code);
    const PipelineVerdict v = PipelinePolicy::quoteStatus(from, to);
    QCOMPARE(v ? v->code : QString(), code);
    if (v)
        QCOMPARE(v->field, u"status"_s);
}

void tst_PipelinePolicy::quoteLocked()
{
    QVERIFY(PipelinePolicy::quoteLocked(u"draft"_s, u"draft"_s).columns.isEmpty());
    QVERIFY(PipelinePolicy::quoteLocked(QString(), u"draft"_s).columns.isEmpty());
    QVERIFY(PipelinePolicy::quoteLocked(u"sent"_s, u"sent"_s).columns.contains(u"terms"_s));
    const auto changing = PipelinePolicy::quoteLocked(u"draft"_s, u"sent"_s);
    QVERIFY(changing.columns.contains(u"gross_fen"_s) && !changing.columns.contains(u"terms"_s));
}

void tst_PipelinePolicy::quoteApproval()
{
    Quote q;
    LineItem line;
    line.discountPercent = Decimal::fromInteger(20);
    q.lines << line;
    const Decimal ten = Decimal::fromInteger(10);
    const PipelineVerdict none = PipelinePolicy::quoteApproval(q, ten, std::nullopt);
    QVERIFY(none);
    QCOMPARE(none->code, u"approval_required"_s);
    QVERIFY(none->message.contains(u"20 % is above 10 %"_s));
    QVERIFY(PipelinePolicy::quoteApproval(q, ten, Decimal::fromInteger(15))); // approved less than asked
    QVERIFY(!PipelinePolicy::quoteApproval(q, ten, Decimal::fromInteger(20)));
    QVERIFY(!PipelinePolicy::quoteApproval(q, Decimal::fromInteger(20), std::nullopt)); // at the limit
}

void tst_PipelinePolicy::approvalDecision_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("requester");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("manager") << int(UserRole::Manager) << u"rep"_s << u"rep"_s << true;
    QTest::newRow("sales") << int(UserRole::Sales) << u"rep"_s << u"rep"_s << false;
    QTest::newRow("own request") << int(UserRole::Manager) << u"me"_s << u"rep"_s << false;
    QTest::newRow("own quote") << int(UserRole::Director) << u"rep"_s << u"me"_s << false;
    QTest::newRow("admin owner") << int(UserRole::Admin) << u"rep"_s << u"me"_s << false;
}

void tst_PipelinePolicy::approvalDecision()
{
    QFETCH(int, role);
    QFETCH(QString, requester);
    QFETCH(QString, owner);
    QFETCH(bool, allowed);
    const PipelineVerdict v = PipelinePolicy::approvalDecision({u"me"_s, UserRole(role)}, requester, owner);
    QCOMPARE(!v, allowed);
    if (v)
        QCOMPARE(v->status, 403);
}

void tst_PipelinePolicy::contractDecision()
{
    QVERIFY(!PipelinePolicy::contractDecision({u"me"_s, UserRole::Clerk}, u"rep"_s, u"rep"_s));
    QVERIFY(PipelinePolicy::contractDecision({u"me"_s, UserRole::Admin}, u"me"_s, u"rep"_s)); // four eyes for admins too
    QVERIFY(PipelinePolicy::contractDecision({u"me"_s, UserRole::Manager}, u"rep"_s, u"me"_s));
    QVERIFY(PipelinePolicy::contractDecision({u"me"_s, UserRole::Sales}, u"rep"_s, QString()));
}

QTEST_GUILESS_MAIN(tst_PipelinePolicy)
#include "tst_pipelinepolicy.moc"
