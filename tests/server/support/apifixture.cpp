#include "apifixture.h"

#include "auth/passwordhasher.h"
#include "pgcluster.h"

#include <QCoreApplication>
#include <QDebug>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Huike::Test {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

std::unique_ptr<ApiFixture> ApiFixture::start(const QString &dialect, QString *error,
                                              AuthService::Options authOptions)
{
    static int counter = 0;
    QString url;
    if (dialect == u"postgres") {
        PgCluster &cluster = PgCluster::shared();
        if (!cluster.isRunning()) {
            *error = cluster.error();
            return nullptr;
        }
        url = cluster.createDatabase(u"api_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter));
        if (url.isEmpty()) {
            *error = cluster.error();
            return nullptr;
        }
    }
    return startOn({}, url, error, authOptions); // its own temporary data folder
}

std::unique_ptr<ApiFixture> ApiFixture::startOn(const QString &dataDir, const QString &url,
                                                QString *error, AuthService::Options authOptions)
{
    std::unique_ptr<ApiFixture> f(new ApiFixture);
    f->m_store = Store::open({dataDir.isEmpty() ? f->m_dir.path() : dataDir, url}, error);
    if (!f->m_store)
        return nullptr;
    f->m_users = std::make_unique<UserDirectory>(f->m_store->database(), PasswordHasher(PasswordHasher::testCost()));
    f->m_auth = std::make_unique<AuthService>(f->m_store->database(), *f->m_users, authOptions);
    f->m_api = std::make_unique<ApiServer>();
    Store *store = f->m_store.get();
    f->m_health = std::make_unique<HealthHandler>([store] {
        return HealthHandler::Status{store->ping(), store->schemaVersion(), store->kind()};
    });
    f->m_health->registerRoutes(f->m_api->router());
    const ApiContext ctx{f->m_store->database(), *f->m_users, *f->m_auth};
    f->m_authHandler = std::make_unique<AuthHandler>(ctx);
    f->m_authHandler->registerRoutes(f->m_api->router());
    f->m_userHandler = std::make_unique<UserHandler>(ctx);
    f->m_userHandler->registerRoutes(f->m_api->router());
    f->m_syncHandler = std::make_unique<SyncHandler>(ctx, *f->m_api);
    f->m_syncHandler->registerRoutes(f->m_api->router());
    f->m_blobHandler = std::make_unique<BlobHandler>(ctx);
    f->m_blobHandler->registerRoutes(f->m_api->router());
    f->m_surveyHandler = std::make_unique<SurveyHandler>(f->m_store->database());
    f->m_surveyHandler->registerRoutes(f->m_api->router());
    for (const auto &spec : ResourceHandler::standardResources()) {
        f->m_resources.push_back(std::make_unique<ResourceHandler>(ctx, spec));
        f->m_resources.back()->registerRoutes(f->m_api->router());
    }
    auto *tcp = new QTcpServer(f->m_api.get());
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        *error = tcp->errorString();
        return nullptr;
    }
    f->m_port = tcp->serverPort();
    f->m_api->bind(tcp);
    f->m_nam = std::make_unique<QNetworkAccessManager>();
    return f;
}

ApiFixture::~ApiFixture()
{
    m_nam.reset();
    m_resources.clear();
    m_authHandler.reset();
    m_userHandler.reset();
    m_syncHandler.reset();
    m_api.reset();
    m_auth.reset();
    m_users.reset();
    m_store.reset();
}

QString ApiFixture::addUser(const QString &login, const QString &role, const QStringList &departments,
                            const QString &manager)
{
    UserDirectory::NewUser u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    u.departmentPaths = departments;
    u.managerLogin = manager;
    return m_users->addUser(u, u"password-"_s + login);
}

QString ApiFixture::login(const QString &login)
{
    const Reply r = call("POST", u"/api/v1/auth/login"_s,
                         QJsonObject{{u"login"_s, login}, {u"password"_s, QString(u"password-"_s + login)}});
    return r.json.value(u"token"_s).toString();
}

Reply ApiFixture::as(const QString &user, const QByteArray &method, const QString &path, const QJsonObject &body)
{
    if (!m_tokens.contains(user))
        m_tokens.insert(user, login(user));
    return call(method, path, body, m_tokens.value(user));
}

QString ApiFixture::create(const QString &user, const QString &resource, const QJsonObject &body)
{
    const Reply r = as(user, "POST", u"/api/v1/"_s + resource, body);
    if (r.status != 201)
        qWarning() << "create" << resource << r.status << r.body;
    return r.json.value(u"id"_s).toString();
}

Reply ApiFixture::patch(const QString &user, const QString &resource, const QString &id, const QJsonObject &body)
{
    return as(user, "PATCH", u"/api/v1/%1/%2"_s.arg(resource, id), body);
}

Reply ApiFixture::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                       const QString &token)
{
    return callRaw(method, path, body.isEmpty() && method != "POST" && method != "PATCH"
                                     ? QByteArray()
                                     : QJsonDocument(body).toJson(QJsonDocument::Compact),
                   token);
}

Reply ApiFixture::callRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QString &token)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setRawHeader("Content-Type", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    reply->deleteLater();
    return r;
}

} // namespace Huike::Test
