#pragma once

#include "customer360.h"

#include <QDialog>

class QTableWidget;

namespace Huike {

// Today's reminders (提醒, FEATURES.md W1): the next steps of activities due today or
// overdue. Enter opens the customer; "Done" ticks the next step off.
class ReminderDialog : public QDialog
{
    Q_OBJECT

public:
    ReminderDialog(Customer360 &service, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();

signals:
    void openCustomer(const QString &customerId);
    void changed();

private:
    Customer360 &m_service;
    QTableWidget *m_table = nullptr;
    QList<Customer360::Reminder> m_reminders;
};

} // namespace Huike
