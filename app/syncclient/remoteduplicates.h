#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Huike {

// The server half of the duplicate check while typing (FEATURES.md C3): asks
// GET /api/v1/customers/duplicates for matches among all customers — also the ones this
// user cannot see, which come back masked (name and owner only). Asynchronous: typing
// never waits; a newer check cancels the one still running; offline it stays silent and
// the card shows the replica's matches alone.
class RemoteDuplicates : public QObject
{
    Q_OBJECT

public:
    struct Match
    {
        QString id; // empty when masked
        bool visible = false;
        QString name;
        QString ownerName;
        QString reason; // "credit_code" | "phone" | "name"
        int score = 0;
    };

    explicit RemoteDuplicates(QObject *parent = nullptr);
    void setServer(const QUrl &server, const QString &token);
    void check(const QString &name, const QString &phone, const QString &creditCode, const QString &excludeId);

signals:
    void found(const QList<Huike::RemoteDuplicates::Match> &matches);

private:
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_server;
    QString m_token;
};

} // namespace Huike
