#pragma once

#include "customerlistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Huike {

// 客户 (FEATURES.md C1): the searchable, filterable list of customers over the replica.
class CustomerListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListPage(CustomerListModel &model, QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    void applyFilter();

signals:
    void customerActivated(const QString &customerId);
    void newCustomerRequested();

private:
    CustomerListModel &m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace Huike
