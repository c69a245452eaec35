#pragma once

#include "api/apiresponse.h"

#include <functional>

namespace Huike {

class Router;

// GET /api/v1/health (no authentication): {"status":"ok","version":"0.1.0","schema":N,
// "protocol":P,"store":"sqlite"|"postgresql"}. Answers 503 when the store does not respond.
class HealthHandler
{
public:
    struct Status
    {
        bool storeOk = false;
        int schemaVersion = 0;
        QString storeKind;
    };
    using Probe = std::function<Status()>;

    explicit HealthHandler(Probe probe);
    void registerRoutes(Router &router);
    ApiResponse health() const;

private:
    Probe m_probe;
};

} // namespace Huike
