// Opportunities offscreen: the list, the board by stage with a move by keyboard (Ctrl+→),
// the stage history with time in stage, and the opportunity dialog (stage → probability,
// the reason when lost, a bad amount refused next to the field).
#include "customerservice.h"
#include "database.h"
#include "opportunitiespage.h"
#include "replica.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_OpportunitiesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listAndBoard();
    void dialogStagesAndHistory();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<OpportunityService> m_service;
    QString m_customer;
    QString m_first;
};

void tst_OpportunitiesPage::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/r.sqlite"_s);
    m_replica->setUserId(u"0192b6c8-0000-7000-8000-000000000001"_s);
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    m_service = std::make_unique<OpportunityService>(*m_replica);
    for (const auto &[name, stage, amount] : {std::tuple{"服务器采购", "initial", "120000"}, std::tuple{"软件续费", "needs", "30000"},
                                              std::tuple{"机房改造", "proposal", "560000.50"}}) {
        Opportunity o = m_service->newOpportunity(m_customer);
        o.name = QString::fromUtf8(name);
        o.stage = QString::fromLatin1(stage);
        o.probabilityPercent = m_service->stage(o.stage)->probabilityPercent;
        o.amount = *Money::parse(QString::fromLatin1(amount));
        QVERIFY(m_service->save(o).isEmpty());
        if (m_first.isEmpty())
            m_first = o.meta.id.toString();
    }
}

void tst_OpportunitiesPage::listAndBoard()
{
    OpportunitiesPage page(*m_service);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.table()->rowCount(), 3);
    QCOMPARE(page.columns().size(), 6);
    QCOMPARE(page.columns()[0]->count(), 1);
    QCOMPARE(page.columns()[2]->count(), 1);

    page.showBoard(true);
    QListWidget *initial = page.columns()[0];
    initial->setFocus();
    initial->setCurrentRow(0);
    QTest::keyClick(initial, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(page.columns()[0]->count(), 0);
    QCOMPARE(page.columns()[1]->count(), 2);
    const auto moved = m_service->load(m_first);
    QCOMPARE(moved->stage, u"needs"_s);
    QCOMPARE(moved->probabilityPercent, Decimal::fromInteger(30)); // the stage's
    const QList<StageChange> history = m_service->history(m_first);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].fromStage, u"initial"_s);
    QCOMPARE(history[1].toStage, u"needs"_s);
    // Nothing before the first column.
    page.columns()[0]->setFocus();
    QVERIFY(!page.moveCurrent(-1));
}

void tst_OpportunitiesPage::dialogStagesAndHistory()
{
    OpportunityDialog dialog(*m_service, *m_service->load(m_first));
    QCOMPARE(dialog.historyTable()->rowCount(), 2);
    QCOMPARE(dialog.historyTable()->item(0, 0)->text(), u"初步接洽"_s);
    QVERIFY(!dialog.historyTable()->item(0, 2)->text().isEmpty());
    QVERIFY(!dialog.field(u"lostReason"_s)->isEnabled());
    dialog.field(u"amount"_s)->setText(u"一百万"_s);
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    dialog.field(u"amount"_s)->setText(u"150000"_s);
    dialog.stageCombo()->setCurrentIndex(dialog.stageCombo()->findData(u"lost"_s));
    QCOMPARE(dialog.field(u"probabilityPercent"_s)->text(), u"0"_s);
    QVERIFY(dialog.field(u"lostReason"_s)->isEnabled());
    dialog.field(u"lostReason"_s)->setText(u"预算取消"_s);
    QVERIFY(dialog.save());
    const auto lost = m_service->load(m_first);
    QCOMPARE(lost->status, OpportunityStatus::Lost);
    QCOMPARE(lost->lostReason, u"预算取消"_s);
    QCOMPARE(lost->amount.toPlainString(), u"150000.00"_s);
    QCOMPARE(dialog.historyTable()->rowCount(), 3);
}

QTEST_MAIN(tst_OpportunitiesPage)
#include "tst_opportunitiespage.moc"
