#pragma once

#include <QString>

#include <functional>

namespace Huike {

class Store;

// Fills an empty store with the demo data set (shared/dataset): the organisation (users
// in departments), a product catalogue, and N customers with all their records; then
// deliveries (发货记录) of the signed contracts, and discount approvals in each state —
// pending, approved, rejected — on new revisions of recent sent quotes, as the pipeline's
// rules have them (server/api/pipelinerules.h); and the approved approval every quote of
// the data set past draft with a discount above the threshold was sent with; and the
// company's settings (the letterhead of quote and contract PDFs). About a tenth of the
// customers are in the public pool, the rest owned by the sales reps; the pool reclaim
// counts from its first run on the store, so they stay so after the server starts
// (server/jobs/poolreclaimer.h). The clerk (sunli, 商务部) also serves 销售部, so she sees
// its customers. The same seed gives the same data.
class DemoSeeder
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoSeeder(Store &store);
    // Returns false and sets *error when the store already has data or writing fails.
    // Every demo user gets `password` (hashed per user, argon2id).
    bool seed(qint64 customers, quint64 seed, const QString &password, QString *error,
              const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace Huike
