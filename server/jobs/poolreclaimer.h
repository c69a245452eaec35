#pragma once

#include <QString>

namespace Huike {

class Database;

// Returns customers to the public pool (公海) when their owner has not followed them up
// for `days` days (FEATURES.md C6): owner and department cleared, the customer's records
// follow, each change versioned and audited as done by the system. Run daily by the server.
//
// The days count from when the rule could first apply to the customer — the latest of
//   - its last activity (联系记录: customers.last_activity_at), or its creation;
//   - its arrival with its current owner (created, claimed or assigned: customers.owner_since,
//     written by RecordWriter with the owner; a customer the server finds owned without
//     one — seeded or restored around the writer — arrives when a run first sees it,
//     noted in customer_owners);
//   - the rule's start on this store: the first run with this number of days (kept in the
//     settings; switching the rule off with days = 0 forgets it, and another number of
//     days starts it again).
// So a freshly seeded or imported store is not swept at once: its owners get the whole
// period to follow their customers up.
class PoolReclaimer
{
public:
    explicit PoolReclaimer(Database &db);
    // Returns how many customers went back to the pool. `now` is a Timestamp text.
    int run(int days, const QString &now);

    // The pool_reason of a customer it returned ("reclaimed:90"; its pooled_at is the run's
    // time). The rule itself is published to the clients as app_settings
    // pool.reclaim_days and pool.reclaim_since (shared/core/approval.h SettingKeys).
    static QString reasonCode(int days);

    // The settings keys of the rule's start and its number of days.
    static QString ruleSinceKey() { return QStringLiteral("pool_reclaim_since"); }
    static QString ruleDaysKey() { return QStringLiteral("pool_reclaim_days"); }

private:
    Database &m_db;
};

} // namespace Huike
