// The reminders (issue 16): 144 of them back to 2019 must not bury today's — overdue ones
// grouped at the top (folded when many), then today, this week, later; a reminder can be
// dismissed (已处理) or snoozed for a day or a week, on this machine, and stays away after
// a restart without touching the next step itself; the date column fits its dates.
#include "models/customer360.h"
#include "replica/replica.h"
#include "ui/reminderdialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_ReminderDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groups_data();
    void groups();
    void manyOverdueFoldedAtTheTop();
    void dismissAndSnoozeLast();
    void dateColumnFitsItsDates();

private:
    QString step(const QString &text, const QDate &due);
    QStringList shownSteps(ReminderDialog &d);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Replica> m_replica;
    QString m_customer;
};

QString tst_ReminderDialog::step(const QString &text, const QDate &due)
{
    return m_replica->create(u"activities"_s, {{u"customer_id"_s, m_customer}, {u"kind"_s, u"call"_s},
                                               {u"occurred_at"_s, u"2019-01-01T00:00:00.000Z"_s}, {u"next_step"_s, text},
                                               {u"next_step_due"_s, due.toString(Qt::ISODate)}, {u"done"_s, 0}})
        .value(u"id"_s).toString();
}

QStringList tst_ReminderDialog::shownSteps(ReminderDialog &d)
{
    QStringList out;
    for (int row = 0; row < d.table()->rowCount(); ++row)
        if (d.reminderAt(row) >= 0)
            out << d.table()->item(row, 2)->text();
    return out;
}

void tst_ReminderDialog::initTestCase()
{
    m_path = m_dir.path() + u"/replica.sqlite"_s;
    m_replica = Replica::open(m_path);
    m_customer = m_replica->create(u"customers"_s, {{u"name"_s, u"杭州西湖茶业有限公司"_s}}).value(u"id"_s).toString();
    const QDate today = QDate::currentDate();
    // 144 overdue ones since 2019, one due today, one later this week (when the week has a
    // day left), none later: next steps show from their day on.
    QDate day(2019, 6, 6);
    for (int i = 0; i < 144; ++i, day = day.addDays(7))
        step(u"旧的下一步 %1"_s.arg(i, 3, 10, QChar(u'0')), std::min(day, today.addDays(-1)));
    step(u"今天回电"_s, today);
}

void tst_ReminderDialog::groups_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("group");
    const QDate wednesday(2026, 11, 11);
    QTest::newRow("long ago") << wednesday << QDate(2019, 6, 6) << int(ReminderDialog::Group::Overdue);
    QTest::newRow("yesterday") << wednesday << wednesday.addDays(-1) << int(ReminderDialog::Group::Overdue);
    QTest::newRow("today") << wednesday << wednesday << int(ReminderDialog::Group::Today);
    QTest::newRow("tomorrow") << wednesday << wednesday.addDays(1) << int(ReminderDialog::Group::ThisWeek);
    QTest::newRow("sunday") << wednesday << QDate(2026, 11, 15) << int(ReminderDialog::Group::ThisWeek);
    QTest::newRow("next monday") << wednesday << QDate(2026, 11, 16) << int(ReminderDialog::Group::Later);
    QTest::newRow("sunday, next day") << QDate(2026, 11, 15) << QDate(2026, 11, 16) << int(ReminderDialog::Group::Later);
    QTest::newRow("no date") << wednesday << QDate() << int(ReminderDialog::Group::Overdue);
}

void tst_ReminderDialog::groups()
{
    QFETCH(QDate, today);
    QFETCH(QDate, due);
    QFETCH(int, group);
    QCOMPARE(int(ReminderDialog::groupOf(due, today)), group);
}

void tst_ReminderDialog::manyOverdueFoldedAtTheTop()
{
    Customer360 service(*m_replica);
    ReminderDialog d(service);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTableWidget *t = d.table();
    // The overdue heading first, with its count; its 144 rows folded; today's after.
    QCOMPARE(d.reminderAt(0), -1);
    QVERIFY2(t->item(0, 0)->text().contains(ReminderDialog::tr("Overdue (%1)").arg(144)), qPrintable(t->item(0, 0)->text()));
    for (int row = 1; row <= 144; ++row) {
        QVERIFY(d.reminderAt(row) >= 0);
        QVERIFY(t->isRowHidden(row));
    }
    QCOMPARE(d.reminderAt(145), -1);
    QVERIFY(t->item(145, 0)->text().contains(ReminderDialog::tr("Today (%1)").arg(1)));
    QCOMPARE(t->item(146, 2)->text(), u"今天回电"_s);
    QVERIFY(!t->isRowHidden(146));
    QCOMPARE(t->currentRow(), 146); // today's is the one selected
    // Opened, the overdue ones show, oldest first, in the one date form.
    d.setGroupFolded(ReminderDialog::Group::Overdue, false);
    QVERIFY(!t->isRowHidden(1));
    QCOMPARE(t->item(1, 0)->text(), u"2019-06-06"_s);
}

void tst_ReminderDialog::dismissAndSnoozeLast()
{
    const QDate today = QDate::currentDate();
    const QString dismissed = step(u"已经处理的"_s, today.addDays(-3));
    step(u"推迟一天的"_s, today.addDays(-2));
    step(u"推迟一周的"_s, today);
    const int before = int(Customer360(*m_replica).reminders(today).size());
    {
        Customer360 service(*m_replica);
        ReminderDialog d(service);
        d.setGroupFolded(ReminderDialog::Group::Overdue, false);
        const auto select = [&](const QString &text) {
            for (int row = 0; row < d.table()->rowCount(); ++row)
                if (d.reminderAt(row) >= 0 && d.table()->item(row, 2)->text() == text) {
                    d.table()->setCurrentCell(row, 0);
                    return true;
                }
            return false;
        };
        QVERIFY(select(u"已经处理的"_s));
        d.findChild<QPushButton *>(u"dismiss"_s)->click();
        QVERIFY(!shownSteps(d).contains(u"已经处理的"_s));
        QVERIFY(select(u"推迟一天的"_s));
        d.findChild<QAction *>(u"snoozeDay"_s)->trigger();
        QVERIFY(select(u"推迟一周的"_s));
        d.findChild<QAction *>(u"snoozeWeek"_s)->trigger();
        QCOMPARE(shownSteps(d).size(), before - 3);
    }
    // After a restart (a new connection to the same file) they stay away…
    m_replica.reset();
    m_replica = Replica::open(m_path);
    Customer360 service(*m_replica);
    QStringList texts;
    for (const Customer360::Reminder &r : service.reminders(today))
        texts << r.nextStep;
    QCOMPARE(texts.size(), before - 3);
    for (const QString &gone : {u"已经处理的"_s, u"推迟一天的"_s, u"推迟一周的"_s})
        QVERIFY(!texts.contains(gone));
    // …the next step itself is untouched (still open, not deleted, nothing to sync)…
    const auto activity = m_replica->read(u"activities"_s, dismissed);
    QVERIFY(activity);
    QCOMPARE(activity->value(u"done"_s).toInt(), 0);
    QCOMPARE(activity->value(u"deleted"_s).toInt(), 0);
    // …and the snoozed ones come back on their day.
    texts.clear();
    for (const Customer360::Reminder &r : service.reminders(today.addDays(1)))
        texts << r.nextStep;
    QVERIFY(texts.contains(u"推迟一天的"_s));
    QVERIFY(!texts.contains(u"推迟一周的"_s));
    QVERIFY(!texts.contains(u"已经处理的"_s));
    texts.clear();
    for (const Customer360::Reminder &r : service.reminders(today.addDays(7)))
        texts << r.nextStep;
    QVERIFY(texts.contains(u"推迟一周的"_s));
    QVERIFY(!texts.contains(u"已经处理的"_s));
    // A next step moved to another day is a new reminder.
    m_replica->update(u"activities"_s, dismissed, {{u"next_step_due"_s, today.toString(Qt::ISODate)}});
    texts.clear();
    for (const Customer360::Reminder &r : service.reminders(today))
        texts << r.nextStep;
    QVERIFY(texts.contains(u"已经处理的"_s));
}

void tst_ReminderDialog::dateColumnFitsItsDates()
{
    Customer360 service(*m_replica);
    ReminderDialog d(service);
    d.setGroupFolded(ReminderDialog::Group::Overdue, false);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    QTableWidget *t = d.table();
    const QFontMetrics fm(t->font());
    int checked = 0;
    for (int row = 0; row < t->rowCount(); ++row) {
        if (d.reminderAt(row) < 0)
            continue;
        QVERIFY2(t->columnWidth(0) >= fm.horizontalAdvance(t->item(row, 0)->text()) + 8, qPrintable(t->item(row, 0)->text()));
        ++checked;
    }
    QVERIFY(checked > 100);
    QVERIFY(t->columnWidth(0) >= t->horizontalHeader()->fontMetrics().horizontalAdvance(t->horizontalHeaderItem(0)->text()));
}

QTEST_MAIN(tst_ReminderDialog)
#include "tst_reminderdialog.moc"
