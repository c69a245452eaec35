#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Huike {

class Replica;

// The public pool (公海, FEATURES.md C6) as the replica holds it: the customers without an
// owner, with why and when they came back (customers.pool_reason and pooled_at, written by
// the server), the per-rep limit on customers held (app_settings
// pool.max_customers_per_rep), and the reclaim clock: how many days an owned customer has
// left before the server's daily run sends it back for want of a follow-up.
//
// The clock counts as the server does (server/API.md "The public pool"): from the latest
// of the customer's creation, its last activity, its arrival with its current owner
// (customers.owner_since: created with it, claimed, assigned — written by the server) and
// the rule's start on the server (pool.reclaim_since), pool.reclaim_days days.
class PoolService : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Region, Industry, Reason, ReturnedAt, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit PoolService(Replica &replica, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the pool again (after a sync, a claim). Never throws.
    void reload();
    // Its query: the owner-less range of the list's (deleted, owner_id, id) index
    // (tests/app/models/tst_queryplans).
    static QString poolQuery();
    QString idAt(int row) const;
    QString nameAt(int row) const;

    // The pool reason for people: the server's codes ("reclaimed:90", "reassigned")
    // translated, a rep's own words as they are, "not recorded" when none.
    static QString reasonText(const QString &reason);
    // The stored pool reason of a customer (empty when none).
    QString reasonOf(const QString &customerId) const;

    // How many live customers the user holds, and the most a rep may (0: no limit).
    int heldBy(const QString &userId) const;
    int limit() const;
    // The reclaim rule as the server last published it (0 days: off).
    int reclaimDays() const;
    // Days left before the customer goes back (0: due at the next run); nullopt when it
    // is in the pool, unknown, or the rule is off. `now` for tests.
    std::optional<int> daysLeft(const QString &customerId, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The same from the stored columns (Timestamp texts; lastActivity and ownerSince may
    // be empty).
    static int daysLeft(int days, const QString &ruleSince, const QString &createdAt, const QString &lastActivity,
                        const QString &ownerSince, const QDateTime &now);

    // Whom a card may be shared with (app/ui/sharedialog): the active colleagues but the
    // user (id, name), and the departments (id, path), in order.
    QList<std::pair<QString, QString>> colleagues(const QString &exceptUserId) const;
    QList<std::pair<QString, QString>> departments() const;

private:
    struct Item
    {
        QString id, name, region, industry, reason, pooledAt;
    };
    Replica &m_replica;
    QList<Item> m_items;
};

} // namespace Huike
