#pragma once

#include "api/apicontext.h"
#include "api/apiresponse.h"

namespace Huike {

class Router;

// POST /api/v1/auth/login {"login","password"} → {"token","expiresAt","user"};
// POST /api/v1/auth/logout → 204 (revokes the token); GET /api/v1/auth/me → the user.
class AuthHandler
{
public:
    explicit AuthHandler(ApiContext context);
    void registerRoutes(Router &router);

    ApiResponse login(const QHttpServerRequest &request);
    ApiResponse logout(const QHttpServerRequest &request);
    ApiResponse me(const QHttpServerRequest &request);

private:
    ApiContext m_ctx;
};

} // namespace Huike
