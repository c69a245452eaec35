#include "syncclient/loginclient.h"

#include "syncclient/blockinghttp.h"
#include "syncclient/tokenstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString unreachable(const QUrl &server)
{
    return QCoreApplication::translate("Huike::LoginClient", "The server %1 cannot be reached.").arg(server.toDisplayString());
}

void takeUser(const QJsonObject &user, LoginClient::Result &r)
{
    r.userId = user.value(u"id"_s).toString();
    r.displayName = user.value(u"displayName"_s).toString();
}

} // namespace

LoginClient::Result LoginClient::login(const QUrl &server, const QString &login, const QString &password)
{
    Result r;
    BlockingHttp http;
    const QJsonObject json = http.call(endpoint(server, u"/api/v1/auth/login"_s), {}, "POST",
                                       QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}})
                                           .toJson(QJsonDocument::Compact),
                                       15000);
    if (http.status == 0) {
        r.unreachable = true;
        r.error = unreachable(server);
        return r;
    }
    if (http.status == 401) {
        r.error = QCoreApplication::translate("Huike::LoginClient", "Wrong login or password.");
        return r;
    }
    if (http.status == 429) {
        r.error = QCoreApplication::translate("Huike::LoginClient", "Too many failed logins; try again in a few minutes.");
        return r;
    }
    if (http.status != 200) {
        r.error = http.error;
        return r;
    }
    r.ok = true;
    r.token = json.value(u"token"_s).toString();
    takeUser(json.value(u"user"_s).toObject(), r);
    return r;
}

LoginClient::Result LoginClient::resume(const QUrl &server, const QString &token)
{
    Result r;
    BlockingHttp http;
    const QJsonObject user = http.call(endpoint(server, u"/api/v1/auth/me"_s), token, "GET", {}, 15000);
    if (http.status == 0) {
        r.unreachable = true;
        r.token = token; // offline work goes on with it; sync uses it once the server answers
        r.error = unreachable(server);
        return r;
    }
    if (http.status != 200) {
        r.error = QCoreApplication::translate("Huike::LoginClient", "Your session has ended; please log in again.");
        return r;
    }
    r.ok = true;
    r.token = token;
    takeUser(user, r);
    return r;
}

LoginClient::Result LoginClient::resumeRemembered(TokenStore &store, const QUrl &server, const QString &login)
{
    const QString account = TokenStore::account(server, login);
    QString error;
    const QString token = store.read(account, &error);
    if (token.isEmpty()) {
        Result r;
        r.error = error;
        return r;
    }
    Result r = resume(server, token);
    if (!r.ok && !r.unreachable)
        store.remove(account); // revoked or expired: of no use any more
    return r;
}

} // namespace Huike
