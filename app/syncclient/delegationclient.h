#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <utility>

namespace Huike {

class Replica;
class SyncController;

// 审批代理: whom the current user's approval steps go to while away (server/API.md
// "Approvals", PUT/DELETE /api/v1/users/me/delegation). Online only, like a claim: the
// server checks the colleague and the dates; its answer (the user's row) is written into
// the replica as a pull would write it, so the approval dialog shows it at once and every
// other replica learns it with its next pull. Each call waits for the server (a few
// seconds at most).
class DelegationClient : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message; // why not, for the user (translated); empty when ok
    };
    // The current user's delegation as the replica has it (empty delegateId: none).
    struct Delegation
    {
        QString delegateId;
        QDate from;
        QDate to;
    };

    explicit DelegationClient(Replica &replica, QObject *parent = nullptr);

    void setServer(const QUrl &server, const QString &token);
    void setOnline(bool online) { m_online = online; }
    // Takes the server, session and online state from the sync controller, and follows them.
    void follow(SyncController &sync);
    bool isOnline() const;
    // The client the main window set up for the windows below it: the first one among the
    // children of `object` or of one of its ancestors; null without one.
    static DelegationClient *nearest(const QObject *object);

    Delegation current() const;
    // The active colleagues who may be named (id, display name), by name; not oneself.
    QList<std::pair<QString, QString>> colleagues() const;
    Result set(const QString &delegateId, QDate from, QDate to);
    Result clear();

    // "Setting a delegation needs a connection to the server" (translated).
    static QString offlineMessage();

private:
    Result call(const QByteArray &method, const QByteArray &body);

    Replica &m_replica;
    QUrl m_server;
    QString m_token;
    bool m_online = true;
};

} // namespace Huike
