// A customer's level change with approval (issue 19, FEATURES.md C4) from the rep's laptop to
// her manager's 待我审批 and back, against a real server on SQLite and PostgreSQL: the rep
// changes a level offline on the card (CustomerService::save) — the customer keeps its level
// and a request is saved; it syncs; the server names her manager, who sees it in 待我审批 and
// approves; the level arrives on the rep's replica with the pull, and her 我的申请 says who
// approved. A second request is withdrawn; one is rejected; a request crossing a manager's own
// change of the level is refused by the server and comes back as a refusal.
#include "syncfixture.h"

#include "models/approvalservice.h"
#include "models/customerservice.h"
#include "schema/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::SyncClient;

class tst_LevelApprovalSync : public QObject, private Test::SyncWorld
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialects(); }
    void init();
    void cleanup() { stopWorld(); }

    void repAsksOfflineManagerApproves();
    void withdrawnAndRejected();
    void crossingChangeIsRefused();

private:
    void syncOk(SyncClient &c)
    {
        const auto r = c.sync();
        QVERIFY2(r.ok, qPrintable(c.login + u": "_s + r.error));
        QVERIFY2(r.checksumsMatch, qPrintable(c.login + u": checksums differ"_s));
        QCOMPARE(c.replica->pendingCount(), 0);
    }
    static QString level(SyncClient &c, const QString &customer)
    {
        return c.replica->database().scalar(u"SELECT level FROM customers WHERE id = ?"_s, {customer}).toString();
    }
    // The rep's card: the level changed to `to` and saved; whether it was asked for.
    static bool saveLevel(SyncClient &c, const QString &customer, const QString &to, const QString &reason, ValidationErrors *errors = nullptr)
    {
        CustomerService service(*c.replica);
        std::optional<CustomerService::Card> card = service.load(customer);
        if (!card)
            return false;
        card->customer.level = enumFromCode<CustomerLevel>(to);
        card->levelReason = reason;
        const ValidationErrors e = service.save(*card, {});
        if (errors)
            *errors = e;
        return e.isEmpty() && card->levelRequested;
    }
    QString m_customer;
};

void tst_LevelApprovalSync::init()
{
    HUIKE_START_SYNC_WORLD({{u"zhaomin"_s, u"director"_s, u"销售部"_s},
                            {u"chenjing"_s, u"manager"_s, u"销售部/华东区"_s, u"zhaomin"_s},
                            {u"zhouqiang"_s, u"manager"_s, u"销售部/华东区"_s, u"zhaomin"_s},
                            {u"wangfang"_s, u"sales"_s, u"销售部/华东区/杭州组"_s, u"chenjing"_s}});
    m_customer = f->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"杭州华通科技有限公司"_s}, {u"level"_s, u"b"_s}});
    QVERIFY(!m_customer.isEmpty());
}

void tst_LevelApprovalSync::repAsksOfflineManagerApproves()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    auto other = client(u"zhouqiang"_s, u"other"_s);
    for (SyncClient *c : {rep.get(), boss.get(), other.get()})
        syncOk(*c);

    // Offline on the laptop: the level changed on the card becomes a request.
    QVERIFY(saveLevel(*rep, m_customer, u"a"_s, u"年采购额超过 500 万，续签三年框架协议"_s));
    QCOMPARE(level(*rep, m_customer), u"b"_s);
    ApprovalService repApprovals(*rep->replica);
    QVERIFY(repApprovals.pendingLevel(m_customer));
    QCOMPARE(repApprovals.mine().size(), 1);
    QVERIFY(repApprovals.awaitsServer(repApprovals.mine().first().approval));
    // While it waits, the card does not change the level again.
    ValidationErrors errors;
    QVERIFY(!saveLevel(*rep, m_customer, u"c"_s, {}, &errors));
    QCOMPARE(errors.codeFor(u"level"_s), u"approval_pending"_s);
    // The customer's other fields still save.
    {
        CustomerService service(*rep->replica);
        auto card = service.load(m_customer);
        card->customer.phone = u"0571-88886666"_s;
        QVERIFY(service.save(*card, {}).isEmpty());
        QVERIFY(!card->levelRequested);
    }

    syncOk(*rep);
    syncOk(*boss);
    syncOk(*other);
    const Approval asked = *repApprovals.pendingLevel(m_customer);
    QCOMPARE(asked.approverId.toString(), f->users().findByLogin(u"chenjing"_s)->id);
    // The manager the server named sees it; another manager of the department does not.
    QVERIFY(ApprovalService(*other->replica).toDecide().isEmpty());
    ApprovalService bossApprovals(*boss->replica);
    const QList<ApprovalService::Request> waiting = bossApprovals.toDecide();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().kindCaption, u"Customer level change"_s);
    QCOMPARE(waiting.first().customerName, u"杭州华通科技有限公司"_s);
    QVERIFY2(waiting.first().subject.contains(u"Level B"_s) && waiting.first().subject.contains(u"Level A"_s),
             qPrintable(waiting.first().subject));
    QCOMPARE(waiting.first().approval.reason, u"年采购额超过 500 万，续签三年框架协议"_s);
    QVERIFY(bossApprovals.decisionRefusal(waiting.first(), true).isEmpty());
    ApprovalService::Request decision = waiting.first();
    QVERIFY(!decision.slotId.isEmpty()); // decided at its step (the engine's)
    bossApprovals.decide(decision, true, u"同意，按战略客户管理"_s);
    syncOk(*boss);
    QCOMPARE(level(*boss, m_customer), u"a"_s); // set by the server, pulled back
    QVERIFY(bossApprovals.toDecide().isEmpty());

    syncOk(*rep);
    QCOMPARE(level(*rep, m_customer), u"a"_s);
    QVERIFY(!repApprovals.pendingLevel(m_customer));
    const ApprovalService::Request mine = repApprovals.mine().first();
    QCOMPARE(mine.approval.status, ApprovalStatus::Approved);
    QCOMPARE(mine.decider, u"chenjing"_s); // the fixture's display name is the login
    QCOMPARE(mine.approval.comment, u"同意，按战略客户管理"_s);
    QCOMPARE(f->as(u"zhaomin"_s, "GET", u"/api/v1/customers/"_s + m_customer).json.value(u"level"_s).toString(), u"a"_s);
}

void tst_LevelApprovalSync::withdrawnAndRejected()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    syncOk(*rep);
    syncOk(*boss);
    QVERIFY(saveLevel(*rep, m_customer, u"d"_s, u"半年无订单"_s));
    syncOk(*rep);
    ApprovalService repApprovals(*rep->replica);
    const Approval first = *repApprovals.pendingLevel(m_customer);
    // Withdrawn before anyone decides: gone from the manager's list after the sync.
    syncOk(*boss);
    QCOMPARE(ApprovalService(*boss->replica).toDecide().size(), 1);
    QVERIFY(repApprovals.withdraw(first).isEmpty());
    syncOk(*rep);
    syncOk(*boss);
    QVERIFY(ApprovalService(*boss->replica).toDecide().isEmpty());
    QVERIFY(!repApprovals.pendingLevel(m_customer));

    // Asked again and rejected: the level stays.
    QVERIFY(saveLevel(*rep, m_customer, u"a"_s, {}));
    syncOk(*rep);
    syncOk(*boss);
    ApprovalService bossApprovals(*boss->replica);
    ApprovalService::Request decision = bossApprovals.toDecide().first();
    bossApprovals.decide(decision, false, u"再观察一个季度"_s);
    syncOk(*boss);
    syncOk(*rep);
    QCOMPARE(level(*rep, m_customer), u"b"_s);
    QCOMPARE(repApprovals.mine().first().approval.status, ApprovalStatus::Rejected);
    // A decided request is kept.
    QVERIFY(!repApprovals.withdraw(repApprovals.mine().first().approval).isEmpty());
}

void tst_LevelApprovalSync::crossingChangeIsRefused()
{
    auto rep = client(u"wangfang"_s, u"rep"_s);
    auto boss = client(u"chenjing"_s, u"boss"_s);
    syncOk(*rep);
    syncOk(*boss);
    // Offline, the rep asks B → A while her manager sets the level to C.
    QVERIFY(saveLevel(*rep, m_customer, u"a"_s, {}));
    QVERIFY(!saveLevel(*boss, m_customer, u"c"_s, {})); // a manager's change is no request…
    QCOMPARE(level(*boss, m_customer), u"c"_s);         // …it is made
    syncOk(*boss);
    const auto r = rep->sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    // The server refused the request (it starts from B, the customer is C now): the rep sees
    // why, and the level is the manager's.
    QCOMPARE(level(*rep, m_customer), u"c"_s);
    bool refused = false;
    for (const Replica::Conflict &c : rep->replica->conflicts())
        refused = refused || (c.table == u"approvals" && c.code == u"stale_value");
    QVERIFY(refused);
    QVERIFY(!ApprovalService(*rep->replica).pendingLevel(m_customer));
}

QTEST_GUILESS_MAIN(tst_LevelApprovalSync)
#include "tst_levelapprovalsync.moc"
