#pragma once

// Prints one benchmark figure in the format tests/bench/run collects:
//   BENCH <name> <value> <unit>

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
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

// The p-quantile (0..1) of the samples, nearest rank.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size())))];
}

// The peak resident memory of this process so far (VmHWM), in MiB; 0 where /proc is not.
inline double peakRssMb()
{
    std::FILE *f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    double kib = 0;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmHWM: %lf kB", &kib) == 1)
            break;
    std::fclose(f);
    return kib / 1024.0;
}

} // namespace Huike::Bench
