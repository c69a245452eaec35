#pragma once

// A real huike-server API on 127.0.0.1 (random port) over a fresh store of either dialect,
// with an organisation of users, and a small HTTP client for the tests.

#include "api/apicontext.h"
#include "api/apiserver.h"
#include "api/authhandler.h"
#include "api/blobhandler.h"
#include "api/healthhandler.h"
#include "api/resourcehandler.h"
#include "api/surveyhandler.h"
#include "api/synchandler.h"
#include "api/userhandler.h"
#include "auth/authservice.h"
#include "auth/userdirectory.h"
#include "store/store.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace Huike::Test {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
};

class ApiFixture
{
public:
    // dialect "sqlite" or "postgres"; returns nullptr with *error set when it cannot start.
    static std::unique_ptr<ApiFixture> start(const QString &dialect, QString *error,
                                             AuthService::Options authOptions = {});
    // A second server over an existing store (a PostgreSQL URL or a data folder).
    static std::unique_ptr<ApiFixture> startOn(const QString &dataDir, const QString &databaseUrl,
                                               QString *error, AuthService::Options authOptions = {});
    ~ApiFixture();

    // Adds a user with password "password-<login>"; returns the id.
    QString addUser(const QString &login, const QString &role, const QStringList &departments,
                    const QString &manager = {});
    QString login(const QString &login); // the token (QFAIL-safe: empty on failure)

    // REST as a user, logged in on first use (the token is kept): the helpers tests share.
    Reply as(const QString &login, const QByteArray &method, const QString &path, const QJsonObject &body = {});
    // POST /api/v1/<resource>: the new record's id, or empty (with a warning) when refused.
    QString create(const QString &login, const QString &resource, const QJsonObject &body);
    Reply patch(const QString &login, const QString &resource, const QString &id, const QJsonObject &body);

    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &token = {});
    Reply callRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QString &token = {});

    Store &store() { return *m_store; }
    UserDirectory &users() { return *m_users; }
    AuthService &auth() { return *m_auth; }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    ApiFixture() = default;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<UserDirectory> m_users;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<HealthHandler> m_health;
    std::unique_ptr<AuthHandler> m_authHandler;
    std::unique_ptr<UserHandler> m_userHandler;
    std::unique_ptr<SyncHandler> m_syncHandler;
    std::unique_ptr<BlobHandler> m_blobHandler;
    std::unique_ptr<SurveyHandler> m_surveyHandler;
    std::vector<std::unique_ptr<ResourceHandler>> m_resources;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
    QHash<QString, QString> m_tokens; // login → token (as())
};

} // namespace Huike::Test
