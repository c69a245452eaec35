#pragma once

#include "syncclient/loginclient.h"

#include <optional>

class QCommandLineParser;

namespace Huike {

// Who works with which server, and whether online.
struct Session
{
    QString server;
    QString login;
    LoginClient::Result result; // token, user id and name when logged in
    bool offline = false;       // on this computer's copy, the server out of reach
};

// How the client starts a session (--server, --login, --password-stdin on the command
// line): a session remembered in the keychain goes on without a password (offline too, when
// this computer has the data); with --password-stdin it logs in at once; otherwise the login
// dialog asks, and keeps or forgets "remember me". The server and login are kept for next
// time.
namespace LoginFlow {

// The session; none when the user cancelled (exit code 0) or the login failed (1, the
// reason on stderr) — `exitCode` says which.
std::optional<Session> run(const QCommandLineParser &parser, int *exitCode);

} // namespace LoginFlow

} // namespace Huike
