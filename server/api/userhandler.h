#pragma once

#include "api/apicontext.h"
#include "api/apiresponse.h"

namespace Huike {

class Router;

// GET /api/v1/users — the active colleagues (id, login, name, role, departments), so a
// client can show owners by name; any logged-in user.
// GET/POST /api/v1/customers/{id}/shares, DELETE /api/v1/customers/{id}/shares/{userId or
// departmentId} — explicit per-customer shares with a user or a department (its users and
// those of the departments below): whoever may change the customer may share it; a
// read share lets them see it and its records, an edit share change them like their own.
// GET /api/v1/customers/duplicates?name=&phone=&creditCode=&exclude= — likely duplicates
// of a customer being entered (FEATURES.md C3) among all customers: the ones the user may
// see with their id, the others masked (name and owner only).
class UserHandler
{
public:
    explicit UserHandler(ApiContext context);
    void registerRoutes(Router &router);

    ApiResponse users(const QHttpServerRequest &request);
    ApiResponse duplicates(const QHttpServerRequest &request);
    // POST /api/v1/numbers/reserve {"series": "quote"|"contract", "year": 2026, "count": 10}
    ApiResponse reserveNumbers(const QHttpServerRequest &request);
    ApiResponse shares(const QHttpServerRequest &request, const QString &customerId);
    ApiResponse share(const QHttpServerRequest &request, const QString &customerId);
    ApiResponse unshare(const QHttpServerRequest &request, const QString &customerId,
                        const QString &userId);
    ApiResponse setDelegation(const QHttpServerRequest &request);
    ApiResponse clearDelegation(const QHttpServerRequest &request);

    // The longest absence a delegation covers, in days (from and to included).
    static constexpr int MaxDelegationDays = 90;

private:
    ApiContext m_ctx;
};

} // namespace Huike
