// A customer's level change with approval in the desktop client (issue 19, FEATURES.md C4),
// offscreen, driven as the people do: the rep chooses another level on the card, sees that
// saving asks her manager, gives a reason and saves — the customer keeps its level, the card
// says what waits and locks the level — and withdraws it; she asks again, and her manager
// finds it in 待我审批 beside the discount requests, approves it with a comment and sees it
// wait for the server; the rep's 我的申请 lists it. Also in Chinese.
#include "models/approvalservice.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "serverstandin.h"
#include "typing.h"
#include "ui/approvaldialog.h"
#include "ui/customercard.h"
#include "ui/customerclassificationtab.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
const QString Manager = u"0192b6c8-0000-7000-8000-000000000002"_s;
} // namespace

class tst_LevelApprovalUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void repAsksOnTheCardAndWithdraws();
    void managerDecidesInTheApprovals();
    void aManagerChangesTheLevelDirectly();
    void decidedInBulk();
    void inChinese();

private:
    static void choose(QComboBox *box, const QString &code)
    {
        const int i = box->findData(code);
        QVERIFY(i >= 0);
        box->setCurrentIndex(i);
        emit box->activated(i); // as a click on the item does
    }
    // The rep asks for B → A with a reason, on the card.
    void askOnTheCard(const QString &reason);
    // The server's part of a sync round: everything in the outbox confirmed, the approver named.
    void confirmAll();
    CustomerClassificationTab *classification(CustomerCard &card) { return card.findChild<CustomerClassificationTab *>(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
};

void tst_LevelApprovalUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    Database &db = m_replica->database();
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    for (const auto &[id, login, name, role] : {std::tuple{Me, "wangfang", "王芳", "sales"}, std::tuple{Manager, "chenjing", "陈静", "manager"}})
        db.exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled, manager_id) "
                u"VALUES (?, 1, 0, ?, ?, ?, ?, ?, 0, ?)"_s,
                {id, ts, ts, QString::fromLatin1(login), QString::fromUtf8(name), QString::fromLatin1(role),
                 id == Me ? QVariant(Manager) : QVariant()});
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    card.customer.level = CustomerLevel::B;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    confirmAll();
}

void tst_LevelApprovalUi::cleanup()
{
    m_replica.reset();
    m_dir.reset();
}

void tst_LevelApprovalUi::confirmAll()
{
    Test::confirmOutbox(*m_replica, [this](const QString &table, const QString &id) {
        if (table == u"approvals")
            m_replica->database().exec(u"UPDATE approvals SET approver_id = ? WHERE id = ? AND kind = 'level'"_s, {Manager, id});
    });
}

void tst_LevelApprovalUi::askOnTheCard(const QString &reason)
{
    CustomerService service(*m_replica);
    CustomerCard card(service, m_customer);
    CustomerClassificationTab *tab = classification(card);
    QVERIFY(tab);
    card.tabs()->setCurrentWidget(tab);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QComboBox *level = card.combo(u"level"_s);
    QVERIFY(level && level->isEnabled());
    QVERIFY(!tab->levelNote()->isVisible());
    QLineEdit *why = tab->findChild<QLineEdit *>(u"levelReason"_s);
    QVERIFY(why && !why->isVisible());

    choose(level, u"a"_s);
    QVERIFY(tab->levelNote()->isVisible());
    QVERIFY2(tab->levelNote()->text().contains(u"asks your manager"_s), qPrintable(tab->levelNote()->text()));
    QVERIFY(why->isVisible());
    // Back to its level: nothing to ask.
    choose(level, u"b"_s);
    QVERIFY(!tab->levelNote()->isVisible());
    choose(level, u"a"_s);
    Test::typeText(why, reason);
    QVERIFY(card.save());
    QVERIFY2(card.statusLabel()->text().contains(u"asked for"_s), qPrintable(card.statusLabel()->text()));
    // The customer keeps its level; the card says what waits, and the level is locked.
    QCOMPARE(m_replica->database().scalar(u"SELECT level FROM customers WHERE id = ?"_s, {m_customer}).toString(), u"b"_s);
    QCOMPARE(level->currentData().toString(), u"b"_s);
    QVERIFY(!level->isEnabled());
    QVERIFY2(tab->levelNote()->text().contains(u"waiting for approval"_s) && tab->levelNote()->text().contains(u"王芳"_s)
                 && tab->levelNote()->text().contains(reason),
             qPrintable(tab->levelNote()->text()));
    QVERIFY(tab->withdrawLevelButton()->isVisible());
    QVERIFY(!why->isVisible());
    QVERIFY(why->text().isEmpty());
    QVERIFY(!card.isModified());
}

void tst_LevelApprovalUi::repAsksOnTheCardAndWithdraws()
{
    askOnTheCard(u"年采购额超过 500 万"_s);
    Database &db = m_replica->database();
    QCOMPARE(db.scalar(u"SELECT count(*) FROM approvals WHERE kind = 'level' AND status = 'pending' AND deleted = 0 "
                       u"AND old_value = 'b' AND new_value = 'a' AND reason = '年采购额超过 500 万'"_s)
                 .toInt(),
             1);
    confirmAll();
    // Opened again (after the sync): the note names the approver, and the rep withdraws.
    CustomerService service(*m_replica);
    CustomerCard card(service, m_customer);
    CustomerClassificationTab *tab = classification(card);
    card.tabs()->setCurrentWidget(tab);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    QVERIFY2(tab->levelNote()->text().contains(u"陈静 decides"_s), qPrintable(tab->levelNote()->text()));
    QTest::mouseClick(tab->withdrawLevelButton(), Qt::LeftButton);
    QVERIFY2(card.statusLabel()->text().contains(u"withdrawn"_s), qPrintable(card.statusLabel()->text()));
    QVERIFY(card.combo(u"level"_s)->isEnabled());
    QVERIFY(!tab->levelNote()->isVisible());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM approvals WHERE kind = 'level' AND deleted = 0"_s).toInt(), 0);
}

void tst_LevelApprovalUi::managerDecidesInTheApprovals()
{
    askOnTheCard(u"续签三年框架协议"_s);
    confirmAll();
    {
        // The rep's 我的申请: waiting for her manager; withdrawable.
        ApprovalService approvals(*m_replica);
        ApprovalDialog dialog(approvals);
        QCOMPARE(dialog.list()->count(), 0);
        QCOMPARE(dialog.tabs()->currentIndex(), 1); // nothing to decide: her requests first
        QCOMPARE(dialog.mine()->count(), 1);
        QVERIFY2(dialog.mine()->item(0)->text().contains(u"Waiting for 陈静 to decide"_s), qPrintable(dialog.mine()->item(0)->text()));
    }
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    QCOMPARE(dialog.list()->count(), 1);
    const QString text = dialog.list()->item(0)->text();
    QVERIFY2(text.contains(u"Customer level change"_s) && text.contains(u"杭州华通科技有限公司"_s) && text.contains(u"Level B"_s)
                 && text.contains(u"Level A"_s) && text.contains(u"王芳"_s) && text.contains(u"续签三年框架协议"_s),
             qPrintable(text));
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.decide(true, u"同意"_s));
    QVERIFY2(dialog.submitted()->item(0)->text().contains(u"waiting for the server"_s), qPrintable(dialog.submitted()->item(0)->text()));
    QCOMPARE(dialog.list()->count(), 0);
    // Not set here: the server sets it with the approval, and the pull brings it.
    QCOMPARE(m_replica->database().scalar(u"SELECT level FROM customers WHERE id = ?"_s, {m_customer}).toString(), u"b"_s);
    m_replica->setUserId(Me);
}

void tst_LevelApprovalUi::aManagerChangesTheLevelDirectly()
{
    m_replica->setUserId(Manager);
    CustomerService service(*m_replica);
    CustomerCard card(service, m_customer);
    CustomerClassificationTab *tab = classification(card);
    card.tabs()->setCurrentWidget(tab);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    choose(card.combo(u"level"_s), u"c"_s);
    QVERIFY(!tab->levelNote()->isVisible()); // nothing to ask
    QVERIFY(card.save());
    QCOMPARE(m_replica->database().scalar(u"SELECT level FROM customers WHERE id = ?"_s, {m_customer}).toString(), u"c"_s);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM approvals"_s).toInt(), 0);
    m_replica->setUserId(Me);
}

void tst_LevelApprovalUi::decidedInBulk()
{
    // Three requests: two on customers, one whose customer's level changed since it was asked.
    ApprovalService rep(*m_replica);
    QStringList ids;
    for (const QString &name : {u"宁波远航贸易有限公司"_s, u"温州瑞丰鞋业有限公司"_s, u"嘉兴华联纺织有限公司"_s}) {
        CustomerService customers(*m_replica);
        CustomerService::Card card;
        card.customer.name = name;
        card.customer.level = CustomerLevel::C;
        QVERIFY(customers.save(card, {}).isEmpty());
        ids << card.customer.meta.id.toString();
        rep.requestLevel(ids.last(), u"c"_s, u"b"_s, u"年度采购额增长"_s);
    }
    confirmAll();
    m_replica->database().exec(u"UPDATE customers SET level = 'd' WHERE id = ?"_s, {ids.last()}); // changed since
    m_replica->setUserId(Manager);
    ApprovalService approvals(*m_replica);
    ApprovalDialog dialog(approvals);
    QCOMPARE(approvals.countToDecide(), 3);
    QCOMPARE(dialog.list()->count(), 3);
    dialog.list()->selectAll();
    QVERIFY(dialog.decide(true, u"同意"_s));
    QVERIFY2(dialog.statusLabel()->text().contains(u"2 decision(s) submitted; 1 left as they are"_s),
             qPrintable(dialog.statusLabel()->text()));
    QCOMPARE(dialog.list()->count(), 1);
    QCOMPARE(dialog.submitted()->count(), 2);
    QCOMPARE(m_replica->database().scalar(u"SELECT count(*) FROM approvals WHERE status = 'approved' AND comment = '同意'"_s).toInt(), 2);
    // The one left is rejected on its own.
    dialog.list()->setCurrentRow(0);
    QVERIFY(dialog.decide(false, u"级别已调整，请重新申请"_s));
    QCOMPARE(dialog.list()->count(), 0);
    m_replica->setUserId(Me);
}

void tst_LevelApprovalUi::inChinese()
{
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(HUIKE_QM_FILE)));
    QCoreApplication::installTranslator(&zh);
    {
        CustomerService service(*m_replica);
        CustomerCard card(service, m_customer);
        CustomerClassificationTab *tab = classification(card);
        card.tabs()->setCurrentWidget(tab);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        choose(card.combo(u"level"_s), u"a"_s);
        QCOMPARE(tab->levelNote()->text(), u"保存后将向经理提交级别变更申请；审批通过前客户保持原级别。"_s);
        Test::typeText(tab->findChild<QLineEdit *>(u"levelReason"_s), u"年采购额超过 500 万"_s);
        QVERIFY(card.save());
        confirmAll();
        tab->refreshLevel(m_customer, u"b"_s);
        QVERIFY2(tab->levelNote()->text().startsWith(u"级别变更待审批：B 级（主要客户） → A 级（重点客户），王芳 于 "_s)
                     && tab->levelNote()->text().contains(u"申请，由 陈静 审批。\n理由：年采购额超过 500 万"_s),
                 qPrintable(tab->levelNote()->text()));
        QCOMPARE(tab->withdrawLevelButton()->text(), u"撤回申请"_s);
        QVERIFY(tab->withdrawLevelButton()->isVisible());
        QTest::qWait(50); // the rows shown and hidden are laid out
        if (qEnvironmentVariableIsSet("HUIKE_TEST_SCREENSHOTS"))
            card.grab().save(qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS") + u"/levelrequest-card.png"_s);
    }
    m_replica->setUserId(Manager);
    {
        ApprovalService approvals(*m_replica);
        ApprovalDialog dialog(approvals);
        QCOMPARE(dialog.windowTitle(), u"审批"_s);
        QVERIFY2(dialog.list()->item(0)->text().startsWith(u"客户级别变更 · 杭州华通科技有限公司 — 客户级别：B 级（主要客户） → A 级（重点客户）\n王芳 于 "_s),
                 qPrintable(dialog.list()->item(0)->text()));
        QVERIFY(dialog.list()->item(0)->text().contains(u"理由：年采购额超过 500 万"_s));
        QCOMPARE(dialog.tabs()->tabText(0), u"待我审批（1）(&M)"_s);
        if (qEnvironmentVariableIsSet("HUIKE_TEST_SCREENSHOTS")) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("HUIKE_TEST_SCREENSHOTS") + u"/levelrequest-approvals.png"_s);
        }
    }
    m_replica->setUserId(Me);
    QCoreApplication::removeTranslator(&zh);
}

QTEST_MAIN(tst_LevelApprovalUi)
#include "tst_levelapprovalui.moc"
