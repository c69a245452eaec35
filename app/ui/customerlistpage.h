#pragma once

#include "models/customerlistmodel.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Huike {

class CustomerService;
class MergeClient;
class OwnershipClient;

// 客户 (FEATURES.md C1): the searchable, filterable list of customers over the replica —
// filters for level, status, owner, type, region, industry and tag; saved views (a named
// filter and sort, kept per user). The selected customers can be claimed from the public
// pool (Ctrl+Shift+C), released to it (Ctrl+Shift+P) and, by managers, directors and
// administrators, given to another rep (Ctrl+Shift+O) — on the buttons and the context
// menu, each asking first, all through the server (online only; customerlistactions.cpp).
// Enter in the filter box opens the one customer it leaves. 剩余天数 (days left before the
// pool reclaim) is a column like the others, sorted in SQLite.
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
    QPushButton *claimButton() const { return m_claim; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *exportButton() const { return m_export; }
    // Claims, releases and reassignments go to the server through this client.
    void setOwnership(OwnershipClient *ownership);
    OwnershipClient *ownership() const { return m_ownership; }
    // 合并客户…: two or more selected cards merged into one (MergeDialog), and 撤销合并… of
    // a merge into the selected card — managers, directors and administrators, online.
    void setMergeClient(MergeClient *client);
    MergeClient *mergeClient() const { return m_merge; }
    QPushButton *mergeButton() const { return m_mergeButton; }
    QAction *undoMergeAction() const { return m_undoMergeAction; }
    void mergeSelection();
    void undoMergeOfSelection();
    void applyFilter();

    // 导出: the list as shown — its filter, sort and visible columns in their order, every
    // row — to `path` (.xlsx, or .csv in UTF-8 or in GB18030), with a progress dialog that
    // can cancel; returns the rows written, -1 when cancelled or failed. The button asks
    // for the file first (exportWithDialog).
    qint64 exportTo(const QString &path, bool gb18030 = false);
    void exportWithDialog();
    QList<int> shownColumns() const;

    // Saved views, by name.
    void saveView(const QString &name);
    void applyView(const QString &name);
    void deleteView(const QString &name);
    QStringList savedViews() const;
    // The owner changes of the selection, each asking first; they return how many
    // changed. Offline they say that the server is needed and change nothing.
    int claimSelection();
    int releaseSelection();
    int changeOwnerOfSelection(const QString &ownerId); // empty: the public pool
    void chooseOwnerForSelection();                      // asks whom first
    QStringList selectedIds() const;
    // Re-reads the owners, regions, industries and saved views (after a sync), and which
    // owner changes the user's role allows (it is known only once the users have synced).
    void fillChoices();

signals:
    void customerActivated(const QString &customerId);
    void newCustomerRequested();
    void customersChanged(); // after a bulk change: sync soon

private:
    void updateSelectionActions();
    void updateRoleActions();
    bool confirmOnline();
    int runOwnerChange(const QStringList &ids, const std::function<bool(const QString &id, QString *why)> &change,
                       const QString &failureTitle);
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
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_levels = nullptr; // 级别统计
    QAction *m_claimAction = nullptr;
    QAction *m_releaseAction = nullptr;
    QAction *m_changeOwnerAction = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_undoMergeAction = nullptr;
    MergeClient *m_merge = nullptr;
    OwnershipClient *m_ownership = nullptr;
    QString m_role;
    bool m_changingOwners = false;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_applyingView = false;
};

} // namespace Huike
