#include "auth/authservice.h"

#include "auth/passwordhasher.h"
#include "auth/userdirectory.h"
#include "core/timestamp.h"
#include "core/user.h"
#include "schema/database.h"
#include "schema/transaction.h"
#include "store/requesterror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString timestampIn(qint64 seconds)
{
    return Timestamp::toText(QDateTime::currentDateTimeUtc().addSecs(seconds));
}

RequestError wrongCredentials()
{
    return RequestError(401, u"unauthorized"_s, QCoreApplication::translate("Huike::AuthService", "Wrong login or password."));
}

} // namespace

AuthService::AuthService(Database &db, UserDirectory &users) : AuthService(db, users, Options()) { }

AuthService::AuthService(Database &db, UserDirectory &users, Options options)
    : m_db(db), m_users(users), m_options(options)
{
}

QString AuthService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

int AuthService::throttledFor(const QString &subject, int limit)
{
    const QString since = timestampIn(-m_options.windowSeconds);
    QSqlQuery q = m_db.exec(u"SELECT count(*), min(failed_at) FROM login_failures WHERE subject = ? AND failed_at > ?"_s,
                            {subject, since});
    q.next();
    if (q.value(0).toInt() < limit)
        return 0;
    const auto oldest = Timestamp::parse(q.value(1).toString());
    const qint64 left = oldest ? QDateTime::currentDateTimeUtc().secsTo(oldest->addSecs(m_options.windowSeconds)) : m_options.windowSeconds;
    return int(std::max<qint64>(1, left));
}

void AuthService::recordFailure(const QString &login, const QString &address)
{
    Transaction t(m_db);
    const QString now = Timestamp::now();
    m_db.exec(u"INSERT INTO login_failures (subject, failed_at) VALUES (?, ?), (?, ?)"_s,
              {QString(u"login:"_s + login), now, QString(u"addr:"_s + address), now});
    // Keep the table small: what is outside the window no longer counts.
    m_db.exec(u"DELETE FROM login_failures WHERE failed_at < ?"_s, {timestampIn(-2 * m_options.windowSeconds)});
    t.commit();
}

AuthService::LoginResult AuthService::login(const QString &loginText, const QString &password,
                                            const QString &address)
{
    const QString login = User::normalizeLogin(loginText);
    const int wait = std::max(throttledFor(u"login:"_s + login, m_options.maxFailuresPerLogin),
                              throttledFor(u"addr:"_s + address, m_options.maxFailuresPerAddress));
    if (wait > 0)
        throw RequestError(429, u"too_many_attempts"_s,
                           QCoreApplication::translate("Huike::AuthService", "Too many failed logins. Try again in %n minute(s).", nullptr, (wait + 59) / 60))
            .withRetryAfter(wait);

    const auto user = m_users.findByLogin(login);
    const QString stored = user ? m_db.scalar(u"SELECT password_hash FROM credentials WHERE user_id = ?"_s, {user->id}).toString()
                                : QString();
    // Verify even for an unknown login, so the answer takes as long either way.
    static const QString dummy = PasswordHasher(PasswordHasher::Cost{}).hash(u"not-a-password"_s);
    const bool ok = PasswordHasher::verify(password, stored.isEmpty() ? dummy : stored) && !stored.isEmpty();
    if (!ok || !user || user->disabled) {
        recordFailure(login, address);
        throw wrongCredentials();
    }

    // 256 random bits, URL-safe text.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QString token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString now = Timestamp::now();
    const QString expires = timestampIn(qint64(m_options.tokenDays) * 86400);

    Transaction t(m_db);
    m_db.exec(u"INSERT INTO tokens (token_hash, user_id, created_at, expires_at, last_used_at, address) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s,
              {hashToken(token), user->id, now, expires, now, address});
    m_db.exec(u"DELETE FROM login_failures WHERE subject = ?"_s, {QString(u"login:"_s + login)});
    if (m_users.hasher().needsRehash(stored)) {
        const QString rehashed = m_users.hasher().hash(password);
        if (!rehashed.isEmpty())
            m_db.exec(u"UPDATE credentials SET password_hash = ? WHERE user_id = ?"_s, {rehashed, user->id});
    }
    t.commit();

    LoginResult result;
    result.token = token;
    result.expiresAt = expires;
    result.session = *sessionFor(user->id, hashToken(token));
    return result;
}

std::optional<Session> AuthService::sessionFor(const QString &userId, const QString &tokenHash)
{
    const auto user = m_users.findById(userId);
    if (!user || user->disabled)
        return std::nullopt;
    Session s;
    s.userId = user->id;
    s.login = user->login;
    s.displayName = user->displayName;
    s.role = user->role;
    s.departmentIds = user->departmentIds;
    s.departmentPaths = user->departmentPaths;
    s.tokenHash = tokenHash;
    return s;
}

std::optional<Session> AuthService::authenticate(const QString &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    const QString hash = hashToken(token);
    QSqlQuery q = m_db.exec(u"SELECT user_id, expires_at, last_used_at, revoked_at FROM tokens WHERE token_hash = ?"_s, {hash});
    if (!q.next())
        return std::nullopt;
    const QString userId = q.value(0).toString();
    const QString now = Timestamp::now();
    if (!q.value(3).isNull() || q.value(1).toString() <= now)
        return std::nullopt;
    // Sliding expiry, written at most once an hour per token.
    if (q.value(2).toString() < timestampIn(-3600)) {
        m_db.exec(u"UPDATE tokens SET last_used_at = ?, expires_at = ? WHERE token_hash = ?"_s,
                  {now, timestampIn(qint64(m_options.tokenDays) * 86400), hash});
    }
    return sessionFor(userId, hash);
}

void AuthService::logout(const Session &session)
{
    m_db.exec(u"UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL"_s,
              {Timestamp::now(), session.tokenHash});
}

} // namespace Huike
