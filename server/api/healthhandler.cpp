#include "api/healthhandler.h"

#include "api/router.h"
#include "sync/protocol.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

HealthHandler::HealthHandler(Probe probe)
    : m_probe(std::move(probe))
{
}

void HealthHandler::registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/health"_s,
               [this](const QHttpServerRequest &, const Router::Params &) { return health(); });
}

ApiResponse HealthHandler::health() const
{
    const Status status = m_probe();
    QJsonObject body{
        {u"status"_s, status.storeOk ? u"ok"_s : u"unavailable"_s},
        {u"version"_s, QCoreApplication::applicationVersion()},
        {u"schema"_s, status.schemaVersion},
        {u"protocol"_s, Protocol::Version},
        {u"store"_s, status.storeKind},
    };
    return ApiResponse::json(body, status.storeOk ? 200 : 503);
}

} // namespace Huike
