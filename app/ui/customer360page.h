#pragma once

#include "core/customer.h"
#include "models/customer360.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Huike {

// The 360° view of one customer (客户360度视图, FEATURES.md C2): level, status, owner and
// credit rating; lifetime revenue, receivables, open pipeline and last contact; and a
// timeline of everything related, newest first, filterable by kind. Enter or a double
// click opens an entry; Ctrl+L logs an activity.
class Customer360Page : public QWidget
{
    Q_OBJECT

public:
    Customer360Page(Customer360 &service, QWidget *parent = nullptr);

    void load(const Customer &customer, const QString &ownerName);
    void reload();

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *figuresLabel() const { return m_figures; }

signals:
    void entryActivated(const Huike::Customer360::Entry &entry);
    void logActivityRequested();
    void newQuoteRequested();
    void newOpportunityRequested();

private:
    Customer360 &m_service;
    Customer m_customer;
    QString m_owner;
    QLabel *m_header = nullptr;
    QLabel *m_figures = nullptr;
    QComboBox *m_kind = nullptr;
    QTableView *m_view = nullptr;
    TimelineModel *m_model = nullptr;
};

// A record the client has no editor for yet (payment, invoice, delivery), shown read-only
// with its fields.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(const QString &table, const Row &row, QWidget *parent = nullptr);
};

} // namespace Huike
