#pragma once

#include <QString>

namespace Huike {

class Database;

// Returns customers to the public pool (公海) when their owner has not logged an activity
// for `days` days (FEATURES.md C6): owner and department cleared, the customer's records
// follow, each change versioned and audited as done by the system. A customer never
// contacted counts from its creation. Run daily by the server.
class PoolReclaimer
{
public:
    explicit PoolReclaimer(Database &db);
    // Returns how many customers went back to the pool. `now` is a Timestamp text.
    int run(int days, const QString &now);

private:
    Database &m_db;
};

} // namespace Huike
