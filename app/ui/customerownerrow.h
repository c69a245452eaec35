#pragma once

#include "core/customer.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace Huike {

class CustomerService;
class OwnershipClient;

// The owner (负责人) row of the customer card with what the user may do about it, through
// the server (OwnershipClient), asking first: claim (in the pool), release (own, or for
// those who assign), change owner (managers, directors, administrators). The buttons show
// only when they apply; so do their shortcuts (Ctrl+Shift+C, P, O: shortcutActions(), for
// the card's window). Without a client (or offline) they say the server is needed.
class CustomerOwnerRow : public QWidget
{
    Q_OBJECT

public:
    CustomerOwnerRow(CustomerService &service, QWidget *parent = nullptr);

    QList<QAction *> shortcutActions() const;
    void setOwnership(OwnershipClient *ownership);
    // The customer as stored: its owner, and which buttons apply.
    void setCustomer(const Customer &customer);
    bool claim();
    bool release();
    void chooseOwner();                        // asks whom, then changeOwner()
    bool changeOwner(const QString &ownerId);  // asks first

signals:
    // After a claim, release or change: done (`text` says what) or refused (`text` says why).
    void reported(bool ok, const QString &text);
    // The server gave the customer shown to another owner.
    void ownerChanged();

private:
    QString customerId() const;
    bool online();
    bool report(bool ok, const QString &message, const QString &done);

    CustomerService &m_service;
    Customer m_customer;
    QPointer<OwnershipClient> m_ownership;
    QLabel *m_owner;
    QPushButton *m_claim;
    QPushButton *m_release;
    QPushButton *m_changeOwner;
    QAction *m_claimAction;
    QAction *m_releaseAction;
    QAction *m_changeOwnerAction;
};

} // namespace Huike
