#pragma once

#include "customer360.h"

#include <QDialog>

class QTableWidget;

namespace Huike {

// Today's reminders (提醒, FEATURES.md W1, S4): the next steps of activities due today or
// overdue, instalments due soon or overdue, contracts ending soon. Enter opens the
// customer (a contract's reminder: the contract); "Done" ticks a next step off — an
// instalment's reminder goes when it is paid, a contract's when it is completed.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderDialog(Customer360 &service, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();

signals:
    void openCustomer(const QString &customerId);
    void openContract(const QString &customerId, const QString &contractId);
    void changed();

private:
    Customer360 &m_service;
    void updateButtons();

    QTableWidget *m_table = nullptr;
    class QPushButton *m_done = nullptr;
    QList<Customer360::Reminder> m_reminders;
};

} // namespace Huike
