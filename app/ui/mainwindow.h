#pragma once

#include <QHash>
#include "ui/statuscounter.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace Huike {

class CustomerCard;
class ContactListModel;
class ContactsPage;
class CustomerListModel;
class Customer360;
class ApprovalService;
class StatusCounter;
class ExpensesPage;
class FunnelPage;
class OpportunitiesPage;
class OpportunityService;
class CustomerService;
class DocumentListPage;
class GlobalSearch;
class CustomerListPage;
class Replica;
class Services;
class AttachmentFetcher;
class ServicePage;
class SyncController;
class SyncStatusWidget;

// The main window (FEATURES.md, issue "desktop client"): navigation on the left, the work
// area on the right, the sync indicator in the status bar. Layout is remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages work through `services` (built once in main.cpp over the replica).
    MainWindow(CustomerListModel &customers, SyncController &sync, const QString &userName,
               Services &services, QWidget *parent = nullptr);
    // The same with services of its own over `replica` (the UI's connection); without one
    // (null) the pages over the replica are placeholders.
    MainWindow(CustomerListModel &customers, SyncController &sync, const QString &userName,
               Replica *replica = nullptr, QWidget *parent = nullptr);
    void reviewConflicts();
    ~MainWindow() override;

    // Opens the customer card (an empty id: a new customer); null without a replica.
    CustomerCard *openCustomer(const QString &customerId);
    // The customer's card, and there the quote or contract (table "quotes" / "contracts").
    void openDocument(const QString &table, const QString &id, const QString &customerId);
    // What is due: next steps, instalments, contract ends; the status-bar button shows how
    // many.
    void showReminders();
    // Settings › Company settings…: the letterhead, thresholds, target and stages.
    void showSettings();
    void showApprovalFlows();
    QPushButton *remindersButton() const { return m_remindersButton; }
    QPushButton *approvalsButton() const { return m_approvalsButton; }
    FunnelPage *funnelPage() const { return m_funnel; }
    OpportunitiesPage *opportunitiesPage() const { return m_opportunitiesPage; }
    ExpensesPage *expensesPage() const { return m_expensesPage; }
    ServicePage *servicePage() const { return m_servicePage; }
    DocumentListPage *quotesPage() const { return m_quotesPage; }
    DocumentListPage *contractsPage() const { return m_contractsPage; }
    void showFunnel();
    void showApprovals();
    QMenu *languageMenu() const { return m_languageMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // Help › Keyboard shortcuts (from the actions) and About Huike.
    void showShortcuts();
    void showAbout();
    // 联系人: null without a replica.
    ContactsPage *contactsPage() const { return m_contactsPage; }
    // Brings the page to the front (the navigation follows).
    void showPage(QWidget *page);

    CustomerListPage *customerPage() const { return m_customers; }
    SyncStatusWidget *syncStatus() const { return m_status; }
    QListWidget *navigation() const { return m_nav; }
    GlobalSearch *globalSearch() const { return m_search; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    MainWindow(CustomerListModel &customers, SyncController &sync, const QString &userName,
               std::unique_ptr<Services> own, Services *services, QWidget *parent);
    void buildMenus();

    QHash<QString, QAction *> m_menuActions;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    std::unique_ptr<ContactListModel> m_contactModel;
    ContactsPage *m_contactsPage = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    CustomerListPage *m_customers = nullptr;
    SyncStatusWidget *m_status = nullptr;
    std::unique_ptr<Services> m_ownServices;
    Services *m_services = nullptr;
    AttachmentFetcher *m_attachmentFetcher = nullptr;
    CustomerService *m_customerService = nullptr;
    Customer360 *m_customer360 = nullptr;
    ApprovalService *m_approvalService = nullptr;
    StatusCounter *m_approvalsButton = nullptr;
    FunnelPage *m_funnel = nullptr;
    OpportunityService *m_opportunityService = nullptr;
    OpportunitiesPage *m_opportunitiesPage = nullptr;
    ExpensesPage *m_expensesPage = nullptr;
    ServicePage *m_servicePage = nullptr;
    DocumentListPage *m_quotesPage = nullptr;
    DocumentListPage *m_contractsPage = nullptr;
    StatusCounter *m_remindersButton = nullptr;
    GlobalSearch *m_search = nullptr;
    CustomerListModel &m_customerModel;
    SyncController &m_sync;
};

} // namespace Huike
