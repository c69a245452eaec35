#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

namespace Huike {

// The URL of an API path on the server (which may itself sit under a path prefix).
// Internal to app/syncclient.
inline QUrl endpoint(const QUrl &server, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    return url;
}

// One JSON request to the server, waited for (the sync thread and the login screen both
// wait anyway). Internal to app/syncclient.
struct BlockingHttp
{
    QNetworkAccessManager nam;
    int status = 0;            // 0: no answer (network error)
    bool networkError = false;
    QString error;             // the network's, or the API's error message for 4xx/5xx

    QJsonObject call(const QUrl &url, const QString &token, const QByteArray &method, const QByteArray &body, int timeoutMs,
                     const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setRawHeader("Content-Type", contentType);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        networkError = status == 0;
        error = networkError ? reply->errorString() : QString();
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(data).object();
        if (!networkError && status >= 400)
            error = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return json;
    }
};

} // namespace Huike
