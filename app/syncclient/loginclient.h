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
};

} // namespace Huike
