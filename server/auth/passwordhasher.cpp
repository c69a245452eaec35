#include "auth/passwordhasher.h"

#include <QRandomGenerator>

#include <argon2.h>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {
constexpr quint32 saltBytes = 16;
constexpr quint32 hashBytes = 32;
} // namespace

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray pwd = password.toUtf8();
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    const size_t length = argon2_encodedlen(m_cost.iterations, m_cost.memoryKiB, m_cost.lanes,
                                            saltBytes, hashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int rc = argon2id_hash_encoded(m_cost.iterations, m_cost.memoryKiB, m_cost.lanes,
                                         pwd.constData(), size_t(pwd.size()), salt.constData(),
                                         size_t(salt.size()), hashBytes, encoded.data(), length);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // stops at the terminating NUL
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    if (!encoded.startsWith(u"$argon2id$"_s))
        return false;
    const QByteArray pwd = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

bool PasswordHasher::needsRehash(const QString &encoded) const
{
    const QString wanted = u"$argon2id$v=19$m=%1,t=%2,p=%3$"_s.arg(m_cost.memoryKiB)
                               .arg(m_cost.iterations)
                               .arg(m_cost.lanes);
    return !encoded.startsWith(wanted);
}

} // namespace Huike
