#pragma once

#include "contact.h"
#include "customer.h"
#include "validation.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Huike {

class Replica;

// The customer card's data over the replica (FEATURES.md C1, C3): load a customer with its
// contacts, save both in one transaction with their outbox entries, and look for likely
// duplicates while a name, phone or credit code is typed. No widgets here.
class CustomerService
{
public:
    explicit CustomerService(Replica &replica);
    // For the services the card builds over the same data (its attachments).
    Replica &replica() { return m_replica; }

    struct Card
    {
        Customer customer;
        QList<Contact> contacts;
    };

    struct Match
    {
        QString id;
        QString name;
        QString ownerName; // empty for the public pool
        QString reason;    // translated: "same credit code", "same phone", "similar name (82 %)"
        int score = 0;     // 0–100
    };

    std::optional<Card> load(const QString &customerId);

    // Validates, then writes the customer, its new and changed contacts and the removal of
    // `removedContacts` in one transaction. A new card (null id) gets its id and owner
    // here. Returns the errors (customer fields by name, contact fields as
    // "contacts.N.field"); empty when everything was saved. Throws SchemaError when the
    // replica cannot be written (nothing is then saved).
    ValidationErrors save(Card &card, const QList<Id> &removedContacts);

    // Likely duplicates of what is being typed, best first, among the customers in this
    // replica (own, shared and the public pool), excluding `excludeId`.
    QList<Match> duplicates(const QString &name, const QString &phone, const QString &creditCode,
                            const QString &excludeId = {}, int limit = 8);

    // Gives every listed customer to `ownerId` (a user id; empty: the public pool), in one
    // transaction; the server checks the right to do so and moves their records along.
    // Returns how many changed. Throws SchemaError.
    int changeOwner(const QStringList &customerIds, const QString &ownerId);
    // The logged-in user's role code ("sales", "manager", …), empty when unknown.
    QString currentRole();
    // The values in use for a text column of customers ("region", "industry"), sorted.
    QStringList distinctValues(const QString &column, int limit = 200);

    // The colleagues in the replica, id → display name.
    QList<QPair<QString, QString>> users();
    QString userName(const QString &userId);
    QString currentUserId();

private:
    Replica &m_replica;
};

} // namespace Huike
