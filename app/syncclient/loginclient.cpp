#include "loginclient.h"

#include "tokenstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Huike {

LoginClient::Result LoginClient::login(const QUrl &server, const QString &login, const QString &password)
{
    Result r;
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(u"/api/v1/auth/login"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nam.post(request, QJsonDocument(QJsonObject{{u"login"_s, login}, {u"password"_s, password}})
                                                 .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (status == 0) {
        r.unreachable = true;
        r.error = QCoreApplication::translate("Huike::LoginClient", "The server %1 cannot be reached.").arg(server.toDisplayString());
        return r;
    }
    if (status == 401) {
        r.error = QCoreApplication::translate("Huike::LoginClient", "Wrong login or password.");
        return r;
    }
    if (status == 429) {
        r.error = QCoreApplication::translate("Huike::LoginClient", "Too many failed logins; try again in a few minutes.");
        return r;
    }
    if (status != 200) {
        r.error = json.value(u"error"_s).toObject().value(u"message"_s).toString();
        return r;
    }
    r.ok = true;
    r.token = json.value(u"token"_s).toString();
    const QJsonObject user = json.value(u"user"_s).toObject();
    r.userId = user.value(u"id"_s).toString();
    r.displayName = user.value(u"displayName"_s).toString();
    return r;
}

LoginClient::Result LoginClient::resume(const QUrl &server, const QString &token)
{
    Result r;
    QNetworkAccessManager nam;
    QUrl url = server;
    url.setPath(u"/api/v1/auth/me"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(15000);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject user = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    if (status == 0) {
        r.unreachable = true;
        r.token = token; // offline work goes on with it; sync uses it once the server answers
        r.error = QCoreApplication::translate("Huike::LoginClient", "The server %1 cannot be reached.").arg(server.toDisplayString());
        return r;
    }
    if (status != 200) {
        r.error = QCoreApplication::translate("Huike::LoginClient", "Your session has ended; please log in again.");
        return r;
    }
    r.ok = true;
    r.token = token;
    r.userId = user.value(u"id"_s).toString();
    r.displayName = user.value(u"displayName"_s).toString();
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
