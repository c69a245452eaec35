#pragma once

#include "replica/attachmentstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Huike {

// Downloads attachment content on demand (GET /api/v1/blobs/{sha256}) into the attachment
// store, asynchronously, so the window never waits. One download per content at a time;
// asking again while it runs only waits for the same one. Once fetched a file opens
// offline.
class AttachmentFetcher : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentFetcher(AttachmentStore store, QObject *parent = nullptr);
    ~AttachmentFetcher() override;
    void setServer(const QUrl &server, const QString &token);

    const AttachmentStore &store() const { return m_store; }
    bool isFetching(const QString &sha256) const { return m_replies.contains(sha256); }
    // Starts (or joins) the download; `fetched` or `failed` follows, also when the content
    // is already here (fetched, at once but queued).
    void fetch(const QString &sha256);
    void cancel(const QString &sha256);

signals:
    void progress(const QString &sha256, qint64 received, qint64 total);
    void fetched(const QString &sha256);
    // `offline`: the server could not be reached (try again when back online).
    void failed(const QString &sha256, const QString &error, bool offline);

private:
    AttachmentStore m_store;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QString, QPointer<QNetworkReply>> m_replies;
    QUrl m_server;
    QString m_token;
};

} // namespace Huike
