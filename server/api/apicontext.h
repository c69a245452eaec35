#pragma once

#include "auth/session.h"

#include <QJsonObject>

class QHttpServerRequest;

namespace Huike {

class AuthService;
class Database;
class UserDirectory;

// The services a request handler works with, passed to each handler's constructor
// (no globals): the store's connection (used on the server's thread only), the users and
// the authentication.
struct ApiContext
{
    Database &db;
    UserDirectory &users;
    AuthService &auth;

    // The session of the request's "Authorization: Bearer <token>"; throws RequestError
    // 401 when missing, unknown, expired or revoked.
    Session requireSession(const QHttpServerRequest &request) const;
    // The body as a JSON object; throws RequestError 400 malformed_json otherwise.
    static QJsonObject jsonBody(const QHttpServerRequest &request);
    static QString bearerToken(const QHttpServerRequest &request);
};

} // namespace Huike
