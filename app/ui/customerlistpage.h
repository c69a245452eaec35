#pragma once

#include "customerlistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Huike {

class CustomerService;

// 客户 (FEATURES.md C1): the searchable, filterable list of customers over the replica —
// filters for level, status, owner, type, region, industry and tag; saved views (a named
// filter and sort, kept per user); several rows selected at once can be given to another
// owner by a manager (Ctrl+Shift+O).
class CustomerListPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListPage(CustomerListModel &model, QWidget *parent = nullptr);

    // Owners, regions and industries to choose from, and the bulk owner change.
    void setService(CustomerService *service);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox(const QString &name) const; // "level", "status", "owner", "type", "region", "industry"
    QLineEdit *tagBox() const { return m_tag; }
    QComboBox *viewsBox() const { return m_views; }
    QPushButton *changeOwnerButton() const { return m_changeOwner; }
    void applyFilter();

    // Saved views, by name.
    void saveView(const QString &name);
    void applyView(const QString &name);
    void deleteView(const QString &name);
    QStringList savedViews() const;
    // Gives the selected customers to another owner (asks whom); returns how many.
    int changeOwnerOfSelection(const QString &ownerId);
    QStringList selectedIds() const;
    // Re-reads the owners, regions, industries and saved views (after a sync).
    void fillChoices();

signals:
    void customerActivated(const QString &customerId);
    void newCustomerRequested();
    void customersChanged(); // after a bulk change: sync soon

private:
    void updateSelectionActions();
    QString settingsKey() const;

    CustomerListModel &m_model;
    CustomerService *m_service = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_views = nullptr;
    QPushButton *m_changeOwner = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_applyingView = false;
};

} // namespace Huike
