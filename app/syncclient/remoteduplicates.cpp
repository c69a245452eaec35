#include "syncclient/remoteduplicates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

RemoteDuplicates::RemoteDuplicates(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this)) { }

void RemoteDuplicates::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
}

void RemoteDuplicates::check(const QString &name, const QString &phone, const QString &creditCode, const QString &excludeId)
{
    if (m_reply)
        m_reply->abort(); // typing went on: only the latest counts
    if (!m_server.isValid() || m_token.isEmpty())
        return;
    QUrl url = m_server;
    url.setPath(u"/api/v1/customers/duplicates"_s);
    QUrlQuery query;
    query.addQueryItem(u"name"_s, QString::fromLatin1(QUrl::toPercentEncoding(name)));
    query.addQueryItem(u"phone"_s, QString::fromLatin1(QUrl::toPercentEncoding(phone)));
    query.addQueryItem(u"creditCode"_s, QString::fromLatin1(QUrl::toPercentEncoding(creditCode)));
    query.addQueryItem(u"exclude"_s, excludeId);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply || reply->error() != QNetworkReply::NoError)
            return; // replaced, or offline: the replica's matches stand alone
        QList<Match> matches;
        const QJsonArray items = QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            matches << Match{o.value(u"id"_s).toString(), o.value(u"visible"_s).toBool(), o.value(u"name"_s).toString(),
                             o.value(u"ownerName"_s).toString(), o.value(u"reason"_s).toString(),
                             o.value(u"score"_s).toInt()};
        }
        emit found(matches);
    });
}

} // namespace Huike
