#pragma once

namespace Huike {

// The sync protocol's version, sent by the client with every request and checked by the
// server. A server accepts its own version and the one before it (DESIGN.md §3,
// invariant 10: clients one schema version behind keep working).
class Protocol
{
public:
    static constexpr int Version = 1;
    static constexpr int OldestSupported = 1;

    static bool isSupported(int clientVersion)
    {
        return clientVersion >= OldestSupported && clientVersion <= Version;
    }
};

} // namespace Huike
