#pragma once

#include <QString>
#include <QUrl>

namespace Huike {

// POST /api/v1/auth/login for the desktop client, synchronous (a few hundred ms).
class LoginClient
{
public:
    struct Result
    {
        bool ok = false;
        bool unreachable = false; // no answer from the server: offline work may start
        QString error;            // for people
        QString token;
        QString userId;
        QString displayName;
    };
    static Result login(const QUrl &server, const QString &login, const QString &password);

    // "Remember me": a token kept from an earlier login, checked with GET /api/v1/auth/me.
    // ok: the session goes on; unreachable: work offline with it; otherwise it was revoked
    // or expired (a password is needed).
    static Result resume(const QUrl &server, const QString &token);

    // "Remember me" around the keychain: the kept token for this server and login, checked
    // (resume()); a token the server refused is forgotten.
    static Result resumeRemembered(class TokenStore &store, const QUrl &server, const QString &login);
};

} // namespace Huike
