#pragma once

#include "models/customer360.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Huike {

// Today's reminders (提醒, FEATURES.md W1, S4): the next steps of activities due today or
// overdue, instalments due soon or overdue, contracts ending soon — in groups: overdue
// (at the top; folded when there are many, a click on its heading opens it), today, this
// week, later. Enter opens the customer (a contract's reminder: the contract); "Done"
// ticks a next step off — an instalment's reminder goes when it is paid, a contract's
// when it is completed. Any reminder can be set aside on this machine: dismissed (已处理)
// or snoozed for a day or a week; it stays away after a restart.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Group { Overdue, Today, ThisWeek, Later };
    // Groups with more overdue reminders than this start folded.
    static constexpr int FoldOverdueAbove = 10;

    ReminderDialog(Customer360 &service, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();
    // The reminder shown in a table row; -1 for a group's heading.
    int reminderAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row] : -1; }
    const QList<Customer360::Reminder> &reminders() const { return m_reminders; }
    static Group groupOf(const QDate &due, const QDate &today);
    // Shows or hides a group's reminders (as a click on its heading does).
    void setGroupFolded(Group group, bool folded);

signals:
    void openCustomer(const QString &customerId);
    void openContract(const QString &customerId, const QString &contractId);
    void openTicket(const QString &ticketId);
    void changed();

private:
    void updateButtons();
    void setAside(bool dismiss, int days);
    const Customer360::Reminder *current() const;

    Customer360 &m_service;
    QTableWidget *m_table = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_snooze = nullptr;
    QList<Customer360::Reminder> m_reminders;
    QList<int> m_rows;          // per table row: the reminder's index, or -1 for a heading
    QList<bool> m_folded;       // per group
    QList<int> m_headings;      // per group: its heading's row, or -1
    bool m_foldedOnce = false;  // the overdue group was folded by default once
};

} // namespace Huike
