#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace Huike {

class ExpenseService;
class GlobalSearch;
class SearchService;

// What a claim was spent for (FEATURES.md W2): a customer found through the global search
// and, once there is one, one of its opportunities. The editor owns the state (its undo
// stack): this shows it and says what the user chose.
class ExpenseForPicker : public QWidget
{
    Q_OBJECT

public:
    ExpenseForPicker(ExpenseService &expenses, SearchService *search, QWidget *parent = nullptr);

    void setFor(const QString &customerId, const QString &opportunityId);
    void setEditable(bool editable);
    QString opportunityId() const;
    QComboBox *opportunityBox() const { return m_opportunity; }

signals:
    // The user chose: the customer and opportunity the claim is now for, and the undo text.
    void chosen(const QString &customerId, const QString &opportunityId, const QString &what);

private:
    ExpenseService &m_service;
    QString m_customerId;
    bool m_showing = false;
    QLabel *m_customer;
    GlobalSearch *m_search = nullptr;
    QPushButton *m_clear;
    QComboBox *m_opportunity;
};

} // namespace Huike
