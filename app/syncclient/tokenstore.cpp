#include "syncclient/tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QString Service = u"Huike CRM"_s;

// Runs a keychain job to its end (the keychain answers within a moment; the login
// screen waits for it).
bool run(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

QString TokenStore::account(const QUrl &server, const QString &login)
{
    return server.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString() + u'|' + login;
}

QString KeychainTokenStore::read(const QString &account, QString *error)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(account);
    if (!run(job, error) || job.error() == QKeychain::EntryNotFound)
        return {};
    return job.textData();
}

bool KeychainTokenStore::write(const QString &account, const QString &token, QString *error)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(account);
    job.setTextData(token);
    return run(job, error);
}

bool KeychainTokenStore::remove(const QString &account, QString *error)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(account);
    return run(job, error);
}

QString MemoryTokenStore::read(const QString &account, QString *)
{
    return m_tokens.value(account);
}

bool MemoryTokenStore::write(const QString &account, const QString &token, QString *)
{
    m_tokens.insert(account, token);
    return true;
}

bool MemoryTokenStore::remove(const QString &account, QString *)
{
    m_tokens.remove(account);
    return true;
}

} // namespace Huike
