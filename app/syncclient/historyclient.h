#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QJsonArray;
class QNetworkAccessManager;
class QNetworkReply;

namespace Huike {

class Replica;
class SyncController;

// Fetches a record's audit trail from the server (GET /api/v1/{resource}/{id}/history,
// server/API.md "History (audit trail)"), one page at a time, newest first, and keeps
// every entry it receives in the replica's history_cache, so what was seen once reads
// offline (HistoryService). For a customer the server answers the customer's changes and
// all its records'. Asynchronous: the window never waits; `fetched` or `failed` follows.
// A newer fetch of the same record replaces one still running (windows showing other
// records share the client).
class HistoryClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 50;

    explicit HistoryClient(Replica &replica, QObject *parent = nullptr);
    ~HistoryClient() override;

    void setServer(const QUrl &server, const QString &token);
    // Takes the server and session from the sync controller, and follows them; while the
    // sync finds the server offline, fetches fail at once (offline) instead of waiting.
    void follow(SyncController &sync);
    void setOnline(bool online) { m_online = online; }
    bool hasServer() const { return m_server.isValid() && !m_token.isEmpty(); }

    // The client the main window set up for windows below it: the first HistoryClient
    // among the children of `object` or of one of its ancestors. Null without one (an
    // editor opened on its own, a test): the history then shows what the replica holds.
    static HistoryClient *nearest(const QObject *object);

    // One page of the record's history; `cursor` continues after the page that gave it
    // (its nextCursor), empty for the newest.
    void fetch(const QString &table, const QString &recordId, const QString &cursor = {});
    bool isFetching(const QString &table, const QString &recordId) const;

signals:
    // The page is in the cache; `nextCursor` empty when the server has nothing older.
    void fetched(const QString &table, const QString &recordId, int count, const QString &nextCursor);
    // `offline`: the server could not be reached. `message` is for the user (translated).
    void failed(const QString &table, const QString &recordId, const QString &message, bool offline);

private:
    void store(const QString &table, const QString &recordId, const QJsonArray &items);

    Replica &m_replica;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QString, QPointer<QNetworkReply>> m_replies; // "table/id" → its fetch
    QUrl m_server;
    QString m_token;
    bool m_online = true;
};

} // namespace Huike
