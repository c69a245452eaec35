#pragma once

#include <QByteArray>
#include <QString>

namespace Huike {

// Argon2id password hashes (libargon2) in the PHC string form
// "$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>", with a random 16-byte salt per hash.
// Verification reads the parameters from the stored string, so they can be raised later
// without invalidating existing hashes (needsRehash tells when to upgrade at login).
class PasswordHasher
{
public:
    struct Cost
    {
        quint32 memoryKiB = 65536; // 64 MiB
        quint32 iterations = 3;
        quint32 lanes = 1;
    };

    PasswordHasher() = default;
    explicit PasswordHasher(Cost cost) : m_cost(cost) {}

    // Returns the encoded hash, or an empty string if hashing failed (out of memory).
    QString hash(const QString &password) const;
    // Constant-time comparison (libargon2's verify).
    static bool verify(const QString &password, const QString &encoded);
    bool needsRehash(const QString &encoded) const;

    // A cost cheap enough for tests; never for production.
    static Cost testCost() { return {1024, 1, 1}; }

private:
    Cost m_cost;
};

} // namespace Huike
