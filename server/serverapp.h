#pragma once

#include <QStringList>

namespace Huike {

// The huike-server command line: `huike-server [serve] --data DIR [--db URL]
// [--listen HOST:PORT] [--tls-cert F --tls-key F]` and the admin subcommands
// (`migrate`, `demo`, …). main.cpp only constructs the QCoreApplication and calls run().
class ServerApp
{
public:
    // Returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace Huike
