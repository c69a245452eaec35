#include "api/authhandler.h"

#include "api/router.h"
#include "auth/authservice.h"
#include "auth/userdirectory.h"
#include "store/requesterror.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QJsonObject userJson(const Session &s)
{
    return QJsonObject{{u"id"_s, s.userId},
                       {u"login"_s, s.login},
                       {u"displayName"_s, s.displayName},
                       {u"role"_s, enumCode(s.role)},
                       {u"departments"_s, QJsonArray::fromStringList(s.departmentPaths)}};
}

} // namespace

AuthHandler::AuthHandler(ApiContext context) : m_ctx(context) { }

void AuthHandler::registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/auth/login"_s, [this](const QHttpServerRequest &r, const Router::Params &) { return login(r); });
    router.add("POST", u"/api/v1/auth/logout"_s, [this](const QHttpServerRequest &r, const Router::Params &) { return logout(r); });
    router.add("GET", u"/api/v1/auth/me"_s, [this](const QHttpServerRequest &r, const Router::Params &) { return me(r); });
}

ApiResponse AuthHandler::login(const QHttpServerRequest &request)
{
    const QJsonObject body = ApiContext::jsonBody(request);
    const QJsonValue login = body.value(u"login"_s);
    const QJsonValue password = body.value(u"password"_s);
    if (!login.isString() || !password.isString() || login.toString().size() > 64
        || password.toString().size() > 1024)
        throw RequestError(400, u"malformed_json"_s, u"Send {\"login\": \"…\", \"password\": \"…\"}."_s);
    const auto result = m_ctx.auth.login(login.toString(), password.toString(),
                                         request.remoteAddress().toString());
    return ApiResponse::json(QJsonObject{{u"token"_s, result.token},
                                         {u"expiresAt"_s, result.expiresAt},
                                         {u"user"_s, userJson(result.session)}});
}

ApiResponse AuthHandler::logout(const QHttpServerRequest &request)
{
    m_ctx.auth.logout(m_ctx.requireSession(request));
    return ApiResponse::noContent();
}

ApiResponse AuthHandler::me(const QHttpServerRequest &request)
{
    return ApiResponse::json(userJson(m_ctx.requireSession(request)));
}

} // namespace Huike
