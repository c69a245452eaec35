#pragma once

#include "core/id.h"

#include <cstdint>
#include <functional>
#include <random>

namespace Huike {

// Makes UUIDv7 ids that are strictly increasing for this generator, even when the clock
// stands still or steps backwards (RFC 9562 §6.2, method 1: the 12 rand_a bits are a
// counter seeded with a random value below 2^11 each new millisecond; when the counter
// would overflow, or the clock is behind the last id, the timestamp is advanced by 1 ms).
//
// The default generator reads the system clock and a random seed; a generator built with
// a seed and a clock is fully reproducible (the dataset generator uses that).
// Not thread-safe: Id::generate() guards the process-wide instance with a mutex.
class IdGenerator
{
public:
    using Clock = std::function<std::uint64_t()>; // Unix time in ms

    IdGenerator();
    IdGenerator(std::uint64_t seed, Clock clock);

    Id next();

    static std::uint64_t systemClockMs();

private:
    Clock m_clock;
    std::mt19937_64 m_random;
    std::uint64_t m_lastMs = 0;
    std::uint16_t m_counter = 0;
};

} // namespace Huike
