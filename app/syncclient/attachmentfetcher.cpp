#include "syncclient/attachmentfetcher.h"

#include "syncclient/blockinghttp.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Huike {

AttachmentFetcher::AttachmentFetcher(AttachmentStore store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_nam(new QNetworkAccessManager(this))
{
}

AttachmentFetcher::~AttachmentFetcher()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void AttachmentFetcher::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
}

void AttachmentFetcher::cancel(const QString &sha256)
{
    if (QPointer<QNetworkReply> reply = m_replies.take(sha256)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AttachmentFetcher::fetch(const QString &sha256)
{
    if (m_replies.contains(sha256))
        return;
    if (m_store.has(sha256)) {
        QTimer::singleShot(0, this, [this, sha256] { emit fetched(sha256); });
        return;
    }
    if (m_server.isEmpty()) {
        QTimer::singleShot(0, this, [this, sha256] {
            emit failed(sha256, QCoreApplication::translate("Huike::AttachmentFetcher",
                                                            "Not connected to a server."), true);
        });
        return;
    }
    QNetworkRequest request(endpoint(m_server, u"/api/v1/blobs/"_s + sha256));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_nam->get(request);
    m_replies.insert(sha256, reply);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, sha256](qint64 received, qint64 total) { emit progress(sha256, received, total); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sha256] {
        reply->deleteLater();
        m_replies.remove(sha256);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray content = reply->readAll();
        if (status == 0) {
            emit failed(sha256,
                        QCoreApplication::translate("Huike::AttachmentFetcher",
                                                    "The server cannot be reached (%1); the file opens once it is downloaded.")
                            .arg(reply->errorString()),
                        true);
            return;
        }
        if (status == 404) {
            emit failed(sha256, QCoreApplication::translate("Huike::AttachmentFetcher",
                                                            "The server has no such file for you (it may have been removed, or the customer is no longer yours)."),
                        false);
            return;
        }
        if (status != 200) {
            const QString message = QJsonDocument::fromJson(content).object().value(u"error"_s).toObject().value(u"message"_s).toString();
            emit failed(sha256,
                        QCoreApplication::translate("Huike::AttachmentFetcher", "The download failed: %1")
                            .arg(message.isEmpty() ? u"HTTP %1"_s.arg(status) : message),
                        false);
            return;
        }
        QString error;
        if (!m_store.store(sha256, content, &error)) {
            emit failed(sha256, error, false);
            return;
        }
        emit fetched(sha256);
    });
}

} // namespace Huike
