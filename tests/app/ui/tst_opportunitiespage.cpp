// Opportunities offscreen: the list, the board by stage with a move by keyboard (Ctrl+→),
// the stage history with time in stage, and the opportunity dialog (stage → probability,
// the reason when lost, a bad amount refused next to the field).
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/opportunitiespage.h"

#include <QApplication>
#include <QHeaderView>
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
    void boardCountsTotalsAndOneLineAmounts();
    void listSortsNamesByPinyin();

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

void tst_OpportunitiesPage::boardCountsTotalsAndOneLineAmounts()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/board.sqlite"_s);
    replica->setUserId(u"0192b6c8-0000-7000-8000-000000000001"_s);
    CustomerService customers(*replica);
    CustomerService::Card card;
    card.customer.name = u"内蒙古自治区鄂尔多斯市伊金霍洛旗某某能源化工装备制造有限责任公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    OpportunityService service(*replica);
    for (const auto &[name, stage, amount] :
         {std::tuple{"数据中心二期扩容及全部配套机房动力环境监控系统集成项目", "initial", "1234567.89"},
          std::tuple{"服务器采购", "initial", "0.11"}, std::tuple{"软件续费", "needs", "30000"}}) {
        Opportunity o = service.newOpportunity(card.customer.meta.id.toString());
        o.name = QString::fromUtf8(name);
        o.stage = QString::fromLatin1(stage);
        o.probabilityPercent = service.stage(o.stage)->probabilityPercent;
        o.amount = *Money::parse(QString::fromLatin1(amount));
        QVERIFY(service.save(o).isEmpty());
    }
    OpportunitiesPage page(service);
    page.resize(900, 500); // narrow columns: long names must give way
    page.showBoard(true);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCoreApplication::processEvents();

    // Each heading: the stage, the count, the exact total (0.11 + 1,234,567.89).
    const QLocale locale;
    const QString initial = page.columnTitles()[0]->text();
    QVERIFY2(initial.contains(u"初步接洽"_s) || initial.contains(u"Initial"_s, Qt::CaseInsensitive), qPrintable(initial));
    QVERIFY2(initial.contains(QCoreApplication::translate("Huike::OpportunitiesPage", "%n opportunity(s)", nullptr, 2)), qPrintable(initial));
    QVERIFY2(initial.contains(Money::fromFen(123456800).format(locale)), qPrintable(initial));
    QVERIFY(Money::fromFen(123456800).format(locale).contains(u"1,234,568.00"_s));
    QVERIFY(page.columnTitles()[1]->text().contains(Money::fromFen(3000000).format(locale)));
    QVERIFY(page.columnTitles()[2]->text().contains(Money::fromFen(0).format(locale)));

    // Cards: two lines each, none wider than the column, the amount whole at the end.
    for (QListWidget *column : page.columns()) {
        const QFontMetrics fm(column->font());
        for (int i = 0; i < column->count(); ++i) {
            const QStringList lines = column->item(i)->text().split(u'\n');
            QCOMPARE(lines.size(), 2);
            for (const QString &line : lines)
                QVERIFY2(fm.horizontalAdvance(line) <= column->viewport()->width(), qPrintable(line));
            QVERIFY2(lines[1].contains(u" · ¥"_s) || lines[1].contains(u" · CN¥"_s), qPrintable(lines[1]));
        }
        QVERIFY(!column->wordWrap());
        QVERIFY(column->styleSheet().contains(u"border"_s)); // cards set apart
    }
    const QListWidgetItem *big = nullptr;
    for (int i = 0; i < page.columns()[0]->count(); ++i)
        if (page.columns()[0]->item(i)->toolTip().startsWith(u"数据中心"_s))
            big = page.columns()[0]->item(i);
    QVERIFY(big);
    QVERIFY(big->text().endsWith(Money::fromFen(123456789).format(locale)));
    QVERIFY(big->text().contains(u"…"_s)); // the names elided instead
    // Narrower still: the amount stays whole.
    page.resize(600, 500);
    QCoreApplication::processEvents();
    QVERIFY(big->text().endsWith(Money::fromFen(123456789).format(locale)));
    QVERIFY(page.columns()[0]->fontMetrics().horizontalAdvance(big->text().section(u'\n', 0, 0))
            <= page.columns()[0]->viewport()->width());
}

void tst_OpportunitiesPage::listSortsNamesByPinyin()
{
    QTemporaryDir dir;
    auto replica = Replica::open(dir.path() + u"/list.sqlite"_s);
    CustomerService customers(*replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    OpportunityService service(*replica);
    for (const auto &[name, amount] : {std::pair{"万达项目", "120000"}, std::pair{"上海项目", "30000"},
                                       std::pair{"东方项目", "9"}, std::pair{"阿里项目", "1000000"}}) {
        Opportunity o = service.newOpportunity(card.customer.meta.id.toString());
        o.name = QString::fromUtf8(name);
        o.stage = u"initial"_s;
        o.probabilityPercent = service.stage(o.stage)->probabilityPercent;
        o.amount = *Money::parse(QString::fromLatin1(amount));
        QVERIFY(service.save(o).isEmpty());
    }
    OpportunitiesPage page(service);
    const auto column = [&](int c) {
        QStringList out;
        for (int r = 0; r < page.table()->rowCount(); ++r)
            out << page.table()->item(r, c)->text();
        return out;
    };
    // By pinyin a, dong, shang, wan — by code point it would be 万 上 东 阿.
    page.table()->sortItems(0, Qt::AscendingOrder);
    QCOMPARE(column(0), (QStringList{u"阿里项目"_s, u"东方项目"_s, u"上海项目"_s, u"万达项目"_s}));
    // Amounts by value, not as text ("¥1,000,000.00" < "¥9.00").
    page.table()->sortItems(3, Qt::AscendingOrder);
    QCOMPARE(column(0), (QStringList{u"东方项目"_s, u"上海项目"_s, u"万达项目"_s, u"阿里项目"_s}));
}

QTEST_MAIN(tst_OpportunitiesPage)
#include "tst_opportunitiespage.moc"
