#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QJsonObject;

namespace Huike {

class Replica;
class SyncController;

// Claiming a pool customer (认领), releasing one to the pool (释放到公海) and giving one to
// another owner (变更客户经理) go to the server at once, under its ownership rules
// (server/API.md "The public pool", "Who may write what") — never by sync, which drops
// an owner change. Online only. The customer the server answers with is written into the
// replica as a pull would write it, so every view shows the new owner at once and the
// next pull brings the same row again (the customer's other records follow by sync).
// Each call waits for the server (a few seconds at most).
class OwnershipClient : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool ok = false;
        QString message; // why not, for the user (translated); empty when ok
    };

    explicit OwnershipClient(Replica &replica, QObject *parent = nullptr);

    void setServer(const QUrl &server, const QString &token);
    // Offline (as the sync last found the server) the calls refuse without trying.
    void setOnline(bool online);
    // Takes the server, session and online state from the sync controller, and follows them.
    void follow(SyncController &sync);
    bool isOnline() const;

    Result claim(const QString &customerId);
    // `reason`: why it goes back (required by the server, at most 200 characters; the pool
    // page shows it, see app/models/poolservice.h for the codes the server writes).
    Result release(const QString &customerId, const QString &reason);
    // ownerId: a user; empty releases to the pool (reason: ReassignedReason when empty).
    Result assign(const QString &customerId, const QString &ownerId, const QString &reason = {});

    // The pool reason of a customer a manager gave to the pool through 变更客户经理.
    static QString reassignedReason() { return QStringLiteral("reassigned"); }

    // Shares (共享, server/API.md "Users and shares"): with a colleague or a department,
    // read-only or editable. Online only, as the rest. The customer follows on the other
    // replicas with their next pull.
    struct Share
    {
        QString userId;       // a colleague's share, or
        QString departmentId; // a department's (its users and those below)
        QString name;         // the colleague's name, or the department's path
        bool editable = false;
        QString since;        // Timestamp text
    };
    Result shares(const QString &customerId, QList<Share> *out);
    // targetId: a user's or a department's id (department: true).
    Result share(const QString &customerId, const QString &targetId, bool department, bool editable);
    Result unshare(const QString &customerId, const QString &targetId);

    // "This needs a connection to the server" (translated).
    static QString offlineMessage();

signals:
    // The replica holds the customer's new owner.
    void ownerChanged(const QString &customerId);
    void onlineChanged(bool online);

private:
    enum class Action { Claim, Release, Assign };
    Result shareCall(const QByteArray &method, const QString &path, const QByteArray &body, QJsonObject *answer);
    Result run(Action action, const QString &customerId, const QString &ownerId, const QString &reason = {});

    Replica &m_replica;
    QUrl m_server;
    QString m_token;
    bool m_online = true;
};

} // namespace Huike
