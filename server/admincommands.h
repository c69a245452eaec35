#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Huike {

class Store;

// The admin subcommands of huike-server, usable while the server runs (they are
// ordinary transactions on the same store):
//   user add LOGIN --name NAME --role ROLE [--department PATH]… [--manager LOGIN]
//   user passwd LOGIN | user disable LOGIN | user enable LOGIN | user list
//   department add PATH | department list
// Passwords are read from standard input (without echo on a terminal), never from argv.
class AdminCommands
{
public:
    static int run(Store &store, const QString &command, const QStringList &args,
                   const QCommandLineParser &parser);
};

} // namespace Huike
