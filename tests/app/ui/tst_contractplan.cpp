// The contract editor's payment plan (回款计划) offscreen, as a clerk builds one: a new
// instalment goes before the balance line (尾款) with a due date between its neighbours and
// an amount taken from the balance, so the plan still adds up (no false "does not add
// up"); a problem names its instalment (第 N 期); proportions that do not make 100 % are
// asked about (the rest as the balance, spread in proportion, or cancel) instead of
// rescaled silently; Enter in the table edits and commits a cell and never adds a line.
#include "models/contractservice.h"
#include "models/customerservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "ui/contracteditor.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
const QString Me = u"0192b6c8-0000-7000-8000-000000000001"_s;
enum { PlanNo, PlanDue, PlanAmount, PlanNote };

// The text of a cell of a table (the payment plan).
QString cellText(QTableView *t, int row, int column)
{
    return t->model()->index(row, column).data().toString();
}

QStringList column(QTableView *t, int c)
{
    QStringList out;
    for (int r = 0; r < t->model()->rowCount(); ++r)
        out << cellText(t, r, c);
    return out;
}

QList<qint64> weightsOf(const QString &text)
{
    QList<qint64> out;
    for (const QString &w : text.split(u'/'))
        out << w.toLongLong();
    return out;
}
} // namespace

class tst_ContractPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addInstalmentBeforeTheBalance_data();
    void addInstalmentBeforeTheBalance();
    void problemsNameTheInstalment_data();
    void problemsNameTheInstalment();
    void proportionsNotMaking100AreAsked_data();
    void proportionsNotMaking100AreAsked();
    void enterEditsTheCellAndAddsNothing_data();
    void enterEditsTheCellAndAddsNothing();

private:
    // A draft contract over 100,000.00 starting 2026-11-26 with `plan` ("30/70") due on `dates`.
    Contract draft(const QString &plan, const QStringList &dates);

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<ContractService> m_service;
    QString m_customer;
};

void tst_ContractPlan::initTestCase()
{
    m_replica = Replica::open(m_dir.path() + u"/replica.sqlite"_s);
    m_replica->setUserId(Me);
    const QString ts = u"2026-01-01T00:00:00.000Z"_s;
    m_replica->database().exec(u"INSERT INTO users (id, version, deleted, created_at, updated_at, login, display_name, role, disabled) "
                               u"VALUES (?, 1, 0, ?, ?, 'wangfang', '王芳', 'sales', 0)"_s,
                               {Me, ts, ts});
    CustomerService customers(*m_replica);
    CustomerService::Card card;
    card.customer.name = u"杭州华通科技有限公司"_s;
    QVERIFY(customers.save(card, {}).isEmpty());
    m_customer = card.customer.meta.id.toString();
    m_service = std::make_unique<ContractService>(*m_replica);
}

Contract tst_ContractPlan::draft(const QString &plan, const QStringList &dates)
{
    Contract c = m_service->newContract(m_customer, u"2026-11-26"_s);
    c.amount = c.net = *Money::parse(u"100000.00"_s);
    c.paymentPlan = Contract::splitPlan(c.amount, weightsOf(plan), dates);
    return c;
}

void tst_ContractPlan::addInstalmentBeforeTheBalance_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QStringList>("amounts"); // after adding one
    QTest::addColumn<QStringList>("due");

    QTest::newRow("only the balance") << u"100"_s << QStringList{u"2026-12-26"_s}
                                      << QStringList{u"50000.00"_s, u"50000.00"_s} << QStringList{u"2026-12-11"_s, u"2026-12-26"_s};
    QTest::newRow("30/70, room for a month") << u"30/70"_s << QStringList{u"2026-12-03"_s, u"2027-06-30"_s}
                                             << QStringList{u"30000.00"_s, u"35000.00"_s, u"35000.00"_s}
                                             << QStringList{u"2026-12-03"_s, u"2027-01-03"_s, u"2027-06-30"_s};
    QTest::newRow("30/60/10, balance soon") << u"30/60/10"_s << QStringList{u"2026-12-03"_s, u"2027-01-03"_s, u"2027-01-13"_s}
                                            << QStringList{u"30000.00"_s, u"60000.00"_s, u"5000.00"_s, u"5000.00"_s}
                                            << QStringList{u"2026-12-03"_s, u"2027-01-03"_s, u"2027-01-08"_s, u"2027-01-13"_s};
    QTest::newRow("odd fen") << u"1/2"_s << QStringList{u"2026-12-03"_s, u"2027-06-30"_s}
                             << QStringList{u"33333.33"_s, u"33333.34"_s, u"33333.33"_s}
                             << QStringList{u"2026-12-03"_s, u"2027-01-03"_s, u"2027-06-30"_s};
}

void tst_ContractPlan::addInstalmentBeforeTheBalance()
{
    QFETCH(QString, plan);
    QFETCH(QStringList, dates);
    QFETCH(QStringList, amounts);
    QFETCH(QStringList, due);
    ContractEditor editor(*m_service, draft(plan, dates));
    // An amount typed in, no tax: no "VAT ¥0.00" next to it.
    QVERIFY2(!editor.totalsLabel()->text().contains(u"VAT"_s), qPrintable(editor.totalsLabel()->text()));
    editor.addInstalment();
    QTableView *t = editor.planTable();
    QCOMPARE(column(t, PlanAmount), amounts);
    QCOMPARE(column(t, PlanDue), due);
    if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty() && t->model()->rowCount() == 3)
        editor.grab().save(dir + u"/plan-added-instalment.png"_s);
    QVERIFY2(cellText(t, t->model()->rowCount() - 1, PlanNo).contains(u"balance"_s), qPrintable(cellText(t, t->model()->rowCount() - 1, PlanNo)));
    QVERIFY2(editor.planSumLabel()->text().startsWith(u"✔"_s), qPrintable(editor.planSumLabel()->text()));
    QVERIFY(editor.save());
    // And again: still before the balance, still adding up.
    editor.addInstalment();
    QCOMPARE(t->model()->rowCount(), amounts.size() + 1);
    QVERIFY(cellText(t, t->model()->rowCount() - 1, PlanNo).contains(u"balance"_s));
    QVERIFY2(editor.planSumLabel()->text().startsWith(u"✔"_s), qPrintable(editor.planSumLabel()->text()));
    const QStringList dueNow = column(t, PlanDue);
    QStringList sorted = dueNow;
    sorted.sort();
    QCOMPARE(dueNow, sorted);
    editor.undoStack()->undo();
    QCOMPARE(column(t, PlanAmount), amounts);
}

void tst_ContractPlan::problemsNameTheInstalment_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("label");  // the sum line under the plan
    QTest::addColumn<QString>("status"); // after Save

    QTest::newRow("first is zero") << u"30/70"_s << 0 << u"0"_s << u"Instalment 1 is ¥0.00"_s << u"Instalment 1:"_s;
    QTest::newRow("second is zero") << u"30/60/10"_s << 1 << u"0.00"_s << u"Instalment 2 is ¥0.00"_s << u"Instalment 2:"_s;
    QTest::newRow("balance below zero") << u"30/60/10"_s << 1 << u"75000"_s << u"Instalment 3 is -¥5,000.00"_s << u"Instalment 3:"_s;
}

void tst_ContractPlan::problemsNameTheInstalment()
{
    QFETCH(QString, plan);
    QFETCH(int, row);
    QFETCH(QString, amount);
    QFETCH(QString, label);
    QFETCH(QString, status);
    ContractEditor editor(*m_service, draft(plan, {u"2026-12-03"_s, u"2027-01-03"_s, u"2027-02-03"_s}));
    editor.setPlanAmount(row, amount);
    QVERIFY2(editor.planSumLabel()->text().contains(label), qPrintable(editor.planSumLabel()->text()));
    QVERIFY(!editor.planSumLabel()->text().contains(u"add up to"_s)); // they do add up
    QVERIFY(!editor.save());
    QVERIFY2(editor.statusLabel()->text().contains(status), qPrintable(editor.statusLabel()->text()));
}

void tst_ContractPlan::proportionsNotMaking100AreAsked_data()
{
    QTest::addColumn<QString>("proportions");
    QTest::addColumn<QString>("answer"); // the button clicked; empty: no question expected
    QTest::addColumn<bool>("replaced");
    QTest::addColumn<QStringList>("amounts");

    const QStringList before{u"30000.00"_s, u"70000.00"_s};
    QTest::newRow("100: no question") << u"30/60/10"_s << QString() << true
                                      << QStringList{u"30000.00"_s, u"60000.00"_s, u"10000.00"_s};
    QTest::newRow("80, the rest as balance") << u"30/50"_s << u"balance"_s << true
                                             << QStringList{u"30000.00"_s, u"50000.00"_s, u"20000.00"_s};
    QTest::newRow("80, spread") << u"30/50"_s << u"Spread"_s << true << QStringList{u"37500.00"_s, u"62500.00"_s};
    QTest::newRow("80, cancelled") << u"30/50"_s << u"Cancel"_s << false << before;
    QTest::newRow("120, spread") << u"60/60"_s << u"Spread"_s << true << QStringList{u"50000.00"_s, u"50000.00"_s};
    QTest::newRow("120, cancelled") << u"60/60"_s << u"Cancel"_s << false << before;
    QTest::newRow("percent signs") << u"40% / 60%"_s << QString() << true << QStringList{u"40000.00"_s, u"60000.00"_s};
    QTest::newRow("not numbers") << u"三成/七成"_s << QString() << false << before;
}

void tst_ContractPlan::proportionsNotMaking100AreAsked()
{
    QFETCH(QString, proportions);
    QFETCH(QString, answer);
    QFETCH(bool, replaced);
    QFETCH(QStringList, amounts);
    ContractEditor editor(*m_service, draft(u"30/70"_s, {u"2026-12-03"_s, u"2027-06-30"_s}));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QString asked;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text() + u'\n' + box->informativeText();
        if (const QString dir = qEnvironmentVariable("HUIKE_SCREENSHOT_DIR"); !dir.isEmpty())
            box->grab().save(dir + u"/plan-proportions-"_s + proportions.left(5).replace(u'/', u'-') + u".png"_s);
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(u'&').contains(answer)) {
                b->click();
                return;
            }
        box->reject();
    });
    QCOMPARE(editor.splitPlan(proportions), replaced);
    QCoreApplication::processEvents(); // the timer, when nothing was asked
    if (answer.isEmpty()) {
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
    } else {
        QVERIFY2(asked.contains(u"not 100 %"_s), qPrintable(asked));
    }
    QCOMPARE(column(editor.planTable(), PlanAmount), amounts);
    QVERIFY(editor.planSumLabel()->text().startsWith(u"✔"_s));
    if (!replaced)
        QVERIFY(!editor.statusLabel()->text().isEmpty());
}

void tst_ContractPlan::enterEditsTheCellAndAddsNothing_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("Enter (keypad)") << int(Qt::Key_Enter);
}

void tst_ContractPlan::enterEditsTheCellAndAddsNothing()
{
    QFETCH(int, key);
    ContractEditor editor(*m_service, draft(u"30/70"_s, {u"2026-12-03"_s, u"2027-06-30"_s}));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTableView *t = editor.planTable();
    t->setFocus();
    t->setCurrentIndex(t->model()->index(0, PlanAmount));
    QTRY_VERIFY(t->hasFocus());
    // Enter on a cell: its editor opens, nothing is added.
    QTest::keyClick(t, Qt::Key(key));
    QCOMPARE(t->model()->rowCount(), 2);
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cell && t->isAncestorOf(cell)); // the cell's editor
    cell->selectAll();
    QTest::keyClicks(cell, u"40000"_s);
    // Enter in the cell's editor: committed (the balance follows), still nothing added.
    QTest::keyClick(cell, Qt::Key(key));
    QTRY_VERIFY(!t->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == t);
    QCoreApplication::processEvents();
    QCOMPARE(t->model()->rowCount(), 2);
    QCOMPARE(column(t, PlanAmount), (QStringList{u"40000.00"_s, u"60000.00"_s}));
    // Enter on a cell that cannot be edited (the number): nothing at all.
    t->setCurrentIndex(t->model()->index(1, PlanNo));
    QTest::keyClick(t, Qt::Key(key));
    QCOMPARE(t->model()->rowCount(), 2);
    QCOMPARE(editor.undoStack()->count(), 1);
}

QTEST_MAIN(tst_ContractPlan)
#include "tst_contractplan.moc"
