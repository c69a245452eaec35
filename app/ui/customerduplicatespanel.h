#pragma once

#include "core/customer.h"
#include "syncclient/remoteduplicates.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QUrl;

namespace Huike {

class CustomerService;

// Under the customer card's tabs while the name, phone or credit code is typed: the likely
// duplicates in the replica and — online (enableRemote) — on the server, those this user
// cannot see masked. Hidden when there are none; a double click on a visible one opens it
// instead (openCustomer), on a masked one says whose it is.
class CustomerDuplicatesPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerDuplicatesPanel(CustomerService &service, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }
    void enableRemote(const QUrl &server, const QString &token);
    // Looks for duplicates of the fields as typed (not `customerId` itself).
    void find(const QString &name, const QString &phone, const QString &creditCode, const QString &customerId);
    // A credit code names one company: another live customer with it — in the replica, or
    // as the server said while typing — is this one. Only a code new on the card `original`
    // counts (old data may hold a pair already). The other customer (masked: no id) or none.
    struct TakenCode
    {
        QString code; // normalised
        QString id;
        QString name;
        QString owner;
    };
    std::optional<TakenCode> creditCodeTaken(const QString &creditCode, const Customer &original) const;
    // Says so, offering to open the other customer's card (openCustomer) when it is visible.
    void explain(const TakenCode &taken);

signals:
    void openCustomer(const QString &customerId);

private:
    std::optional<RemoteDuplicates::Match> creditCodeOwner(const QString &code, const QString &customerId) const;
    void merge(const QList<RemoteDuplicates::Match> &matches);

    CustomerService &m_service;
    QLabel *m_title;
    QListWidget *m_list;
    RemoteDuplicates *m_remote = nullptr;
    QString m_creditCode;   // as typed, for the server's matches
    QString m_remoteCode;   // the credit code the server's last matches were for
    QList<RemoteDuplicates::Match> m_remoteCodeMatches;
};

} // namespace Huike
