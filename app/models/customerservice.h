#pragma once

#include "core/contact.h"
#include "core/customer.h"
#include "core/validation.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

namespace Huike {

struct LevelDefinition;

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
        // A level change the user may only ask for (C4, ApprovalService): saved as a request
        // with this reason, the customer keeping its level; levelRequested says it was.
        QString levelReason;
        bool levelRequested = false;
    };
    // The level change waiting for approval, as the card shows it.
    struct LevelRequest
    {
        QString approvalId;
        QString text;      // "B 级（重要客户）→ A 级（重点客户）"
        QString requester; // display name
        QString approver;  // display name; empty: any approver
        QString askedAt;   // YYYY-MM-DD
        QString reason;
        bool mine = false; // the current user asked: they may withdraw it
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
    // "contacts.N.field"); empty when everything was saved. Throws ModelError when the
    // replica cannot be written (nothing is then saved).
    ValidationErrors save(Card &card, const QList<Id> &removedContacts);

    // Likely duplicates of what is being typed, best first, among the customers in this
    // replica (own, shared and the public pool), excluding `excludeId`.
    QList<Match> duplicates(const QString &name, const QString &phone, const QString &creditCode,
                            const QString &excludeId = {}, int limit = 8);
    // The SQL duplicates() runs and its values (empty when there is nothing to look for);
    // public for the plan tests.
    static QString duplicatesQuery(const QString &name, const QString &phone, const QString &creditCode,
                                   const QString &excludeId, QVariantList *values);

    // Another live customer in this replica with the same credit code (normalised), if any.
    std::optional<Match> creditCodeTaken(const QString &creditCode, const QString &excludeId = {});
    // Its SQL (values: the normalised code, the excluded id); public for the plan tests.
    static QString creditCodeTakenQuery();

    // The logged-in user's role code ("sales", "manager", …), empty when unknown (before
    // the first sync brought the users).
    QString currentRole();
    // Who may claim from the pool, release and reassign (as the server decides; the owner
    // changes themselves go to the server, see OwnershipClient).
    static bool mayClaim(const QString &role) { return role == u"sales" || role == u"manager"; }
    static bool mayAssign(const QString &role) { return role == u"manager" || role == u"director" || role == u"admin"; }
    // Whether the user may release this customer (its owner id) to the pool: their own,
    // or any for those who assign (the server checks a manager's team).
    bool mayRelease(const QString &ownerId);
    // The sales reps the user may give customers to, id → display name, sorted by pinyin:
    // a manager's team (their departments and those below), everyone's for directors and
    // administrators, nobody's for the others.
    QList<QPair<QString, QString>> assignableUsers();
    // Whether the user changes a level the customer has only by asking (sales reps), and
    // the request pending for the customer, if any (throws ModelError).
    bool levelNeedsApproval();
    std::optional<LevelRequest> pendingLevelRequest(const QString &customerId);
    // Withdraws the user's pending request: the refusal, translated, or empty.
    QString withdrawLevelRequest(const QString &approvalId);
    // The levels as the company defines them (settings), A to D.
    QList<LevelDefinition> levelDefinitions();
    // The values in use for a text column of customers ("region", "industry"), sorted.
    QStringList distinctValues(const QString &column, int limit = 200); // throws ModelError

    // The owner of each listed customer that is here (empty: the pool).
    QHash<QString, QString> ownersOf(const QStringList &customerIds);
    // The colleagues in the replica, id → display name, sorted by pinyin.
    QList<QPair<QString, QString>> users();
    QString userName(const QString &userId);
    QString currentUserId();

private:
    Replica &m_replica;
};

} // namespace Huike
