#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Huike {

class Replica;
class SyncController;

// Merging customer cards (合并客户) and undoing a merge (撤销合并) go to the server at once
// (server/API.md "Customer merge") — online only, like the owner changes
// (ownershipclient.h). The survivor the server answers with is written into the replica as
// a pull would write it; the merged card and the records that moved follow with the next
// sync. Each call waits for the server (a few seconds at most).
class MergeClient : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message;      // why not, for the user (translated); empty when ok
        QString mergeId;      // merge: the merge, for its undo
        QStringList keptFields; // undo: the survivor's fields changed since, left as they are (server names)
        int keptRecords = 0;  // undo: records deleted or moved since, left where they are
    };
    struct Entry // one merge into a survivor
    {
        QString mergeId;
        QString at;            // UTC timestamp
        QStringList mergedNames;
        bool undoable = false; // within the 30 days and not undone
        bool undone = false;
    };

    explicit MergeClient(Replica &replica, QObject *parent = nullptr);

    void setServer(const QUrl &server, const QString &token);
    // Offline (as the sync last found the server) the calls refuse without trying.
    void setOnline(bool online);
    // Takes the server, session and online state from the sync controller, and follows them.
    void follow(SyncController &sync);
    bool isOnline() const;
    Replica &replica() const { return m_replica; }

    // fields: a field (server name, "phone") → the id of the card whose value is kept.
    Result merge(const QString &survivorId, const QStringList &mergedIds, const QHash<QString, QString> &fields);
    Result undo(const QString &mergeId);
    // The merges into this card, newest first; empty when offline or refused.
    QList<Entry> merges(const QString &customerId);

    // "Merging needs a connection to the server" (translated).
    static QString offlineMessage();

signals:
    // After a merge or an undo: sync soon, so the replica follows.
    void customersMerged(const QString &survivorId);
    void onlineChanged(bool online);

private:
    Result refusal(int status, const QString &code, bool undo) const;
    void applySurvivor(const QJsonObject &survivor);

    Replica &m_replica;
    QUrl m_server;
    QString m_token;
    bool m_online = true;
};

} // namespace Huike
