#pragma once

// Prints one benchmark figure in the format tests/bench/run collects:
//   BENCH <name> <value> <unit>

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace Huike::Bench {

inline void report(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline long long envInt(const char *name, long long fallback)
{
    bool ok = false;
    const long long v = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace Huike::Bench
