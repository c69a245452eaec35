#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Huike {

class CustomerService;
class OwnershipClient;
class PoolService;

// 公海 (FEATURES.md C6): the customers in the public pool with why and when they came
// back, searchable and sortable; a sales rep or manager claims one through the server
// (first come, first served; offline the button says it needs the server), with the
// per-rep limit on customers held shown. Opening a row opens the card. Read when shown.
class PoolPage : public QWidget
{
    Q_OBJECT

public:
    PoolPage(PoolService &pool, CustomerService &customers, QWidget *parent = nullptr);

    void setOwnership(OwnershipClient *ownership);
    // Reads the pool and the user's holding again (after a sync, a claim elsewhere).
    void reload();

    QTableView *view() const { return m_view; }
    QPushButton *claimButton() const { return m_claim; }
    QLabel *holdingLabel() const { return m_holding; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *searchBox() const { return m_search; }
    // Claims the selected customer; true when the server gave it to the user.
    bool claimSelected();

signals:
    void customerActivated(const QString &customerId);
    // A claim changed the replica (the main window syncs, the lists re-read).
    void claimed(const QString &customerId);

private:
    QString selectedId() const;
    void updateActions();

    PoolService &m_pool;
    CustomerService &m_customers;
    QPointer<OwnershipClient> m_ownership;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_holding;
    QLabel *m_status;
    QPushButton *m_claim;
    QString m_role;
    QString m_userId;
};

} // namespace Huike
