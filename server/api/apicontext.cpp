#include "api/apicontext.h"

#include "auth/authservice.h"
#include "store/requesterror.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Huike {

QString ApiContext::bearerToken(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(header.mid(7).trimmed());
}

Session ApiContext::requireSession(const QHttpServerRequest &request) const
{
    const auto session = auth.authenticate(bearerToken(request));
    if (!session)
        throw RequestError(401, u"unauthorized"_s,
                           u"Log in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login."_s);
    return *session;
}

QJsonObject ApiContext::jsonBody(const QHttpServerRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError)
        throw RequestError(400, u"malformed_json"_s,
                           u"The body is not valid JSON: %1 at offset %2."_s.arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        throw RequestError(400, u"malformed_json"_s, u"The body must be a JSON object."_s);
    return doc.object();
}

} // namespace Huike
