#pragma once

#include "core/contact.h"

#include <QWidget>

class QTableWidget;

namespace Huike {

// The customer card's "Contacts" tab: the contacts (the primary one says so) and the
// buttons to add, edit and remove one (Enter or a double click edits, Delete removes). The
// card makes the changes, on its undo stack.
class CustomerContactsTab : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerContactsTab(QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void showContacts(const QList<Contact> &contacts);

signals:
    void addRequested();
    void editRequested(int row);
    void removeRequested(int row);

private:
    QTableWidget *m_table;
};

} // namespace Huike
