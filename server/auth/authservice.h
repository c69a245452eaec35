#pragma once

#include "auth/session.h"

#include <QString>

#include <optional>

namespace Huike {

class Database;
class UserDirectory;

// Logins, bearer tokens and throttling (server/API.md "Authentication").
// A token is 256 random bits, given to the client once; the store keeps only its SHA-256.
// Tokens expire after `tokenDays` without use (sliding) and are revoked on logout,
// password change and disable. Failed logins are counted per login and per address in a
// window; over the limit, login answers 429 with Retry-After — even for the right password.
class AuthService
{
public:
    struct Options
    {
        int tokenDays = 30;
        int maxFailuresPerLogin = 5;
        int maxFailuresPerAddress = 20;
        int windowSeconds = 15 * 60;
    };

    struct LoginResult
    {
        QString token;
        QString expiresAt;
        Session session;
    };

    AuthService(Database &db, UserDirectory &users);
    AuthService(Database &db, UserDirectory &users, Options options);

    // Throws RequestError: 401 unauthorized, 429 too_many_attempts (with retry-after).
    LoginResult login(const QString &login, const QString &password, const QString &address);
    // The session of a valid token, or nullopt (unknown, expired, revoked, user disabled).
    std::optional<Session> authenticate(const QString &token);
    void logout(const Session &session);

    static QString hashToken(const QString &token);

private:
    int throttledFor(const QString &subject, int limit);
    void recordFailure(const QString &login, const QString &address);
    std::optional<Session> sessionFor(const QString &userId, const QString &tokenHash);

    Database &m_db;
    UserDirectory &m_users;
    Options m_options;
};

} // namespace Huike
