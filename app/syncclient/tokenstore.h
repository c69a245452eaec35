#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace Huike {

// Where "remember me" keeps a session token: the operating system's keychain (Windows
// Credential Manager, macOS Keychain, Secret Service or KWallet on Linux) through
// QtKeychain — never a file of ours. One entry per server and login.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    // The kept token, or empty (none kept, or the keychain cannot be used: *error says why).
    virtual QString read(const QString &account, QString *error = nullptr) = 0;
    virtual bool write(const QString &account, const QString &token, QString *error = nullptr) = 0;
    virtual bool remove(const QString &account, QString *error = nullptr) = 0;

    static QString account(const QUrl &server, const QString &login);
};

class KeychainTokenStore : public TokenStore
{
public:
    QString read(const QString &account, QString *error = nullptr) override;
    bool write(const QString &account, const QString &token, QString *error = nullptr) override;
    bool remove(const QString &account, QString *error = nullptr) override;
};

// For tests, and for a session that must not touch the keychain.
class MemoryTokenStore : public TokenStore
{
public:
    QString read(const QString &account, QString *error = nullptr) override;
    bool write(const QString &account, const QString &token, QString *error = nullptr) override;
    bool remove(const QString &account, QString *error = nullptr) override;

private:
    QHash<QString, QString> m_tokens;
};

} // namespace Huike
