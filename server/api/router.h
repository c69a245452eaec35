#pragma once

#include "api/apiresponse.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QHttpServerRequest;

namespace Huike {

// Matches a method and a path against routes such as "/api/v1/customers/{id}" and calls
// the handler with the captured segments. Unlike QHttpServer 6.4's router, it tells a
// path that exists with another method (405, with Allow) from a path that does not (404).
class Router
{
public:
    using Params = QHash<QString, QString>;
    using Handler = std::function<ApiResponse(const QHttpServerRequest &, const Params &)>;

    // method: "GET", "POST", "PATCH", "PUT", "DELETE". maxBodyBytes: the largest request
    // body the route takes; 0 for the server's default.
    void add(const QByteArray &method, const QString &pattern, Handler handler, qint64 maxBodyBytes = 0);

    struct Match
    {
        enum class Kind { Found, NotFound, MethodNotAllowed } kind = Kind::NotFound;
        const Handler *handler = nullptr;
        QString pattern; // the matched route, e.g. "/api/v1/customers/{id}"
        Params params;
        QByteArrayList allowed; // for MethodNotAllowed
        qint64 maxBodyBytes = 0; // Found: the route's own limit, 0 for the default
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments; // "{name}" segments capture
        Handler handler;
        qint64 maxBodyBytes = 0;
    };
    QList<Route> m_routes;
};

} // namespace Huike
