#include "syncclient/ownershipclient.h"

#include "replica/replica.h"
#include "schema/schemaerror.h"
#include "sync/recordjson.h"
#include "syncclient/blockinghttp.h"
#include "syncclient/synccontroller.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Huike {

OwnershipClient::OwnershipClient(Replica &replica, QObject *parent) : QObject(parent), m_replica(replica) { }

void OwnershipClient::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
}

void OwnershipClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void OwnershipClient::follow(SyncController &sync)
{
    setServer(sync.server(), sync.token());
    setOnline(sync.state() != SyncController::State::Offline);
    connect(&sync, &SyncController::stateChanged, this, [this, &sync](SyncController::State state) {
        setServer(sync.server(), sync.token()); // a new session after logging in again
        setOnline(state != SyncController::State::Offline);
    });
}

bool OwnershipClient::isOnline() const
{
    return m_online && m_server.isValid() && !m_token.isEmpty();
}

QString OwnershipClient::offlineMessage()
{
    return tr("This needs a connection to the server. Try again when you are online.");
}

OwnershipClient::Result OwnershipClient::claim(const QString &customerId)
{
    return run(Action::Claim, customerId, {});
}

OwnershipClient::Result OwnershipClient::release(const QString &customerId, const QString &reason)
{
    return run(Action::Release, customerId, {}, reason);
}

OwnershipClient::Result OwnershipClient::assign(const QString &customerId, const QString &ownerId, const QString &reason)
{
    return ownerId.isEmpty() ? run(Action::Release, customerId, {}, reason.trimmed().isEmpty() ? reassignedReason() : reason)
                             : run(Action::Assign, customerId, ownerId);
}

OwnershipClient::Result OwnershipClient::run(Action action, const QString &customerId, const QString &ownerId,
                                             const QString &reason)
{
    if (!isOnline())
        return {false, offlineMessage()};
    const QString base = u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customerId));
    BlockingHttp http;
    QJsonObject answer;
    switch (action) {
    case Action::Claim:
        answer = http.call(endpoint(m_server, base + u"/claim"_s), m_token, "POST", "{}", 10000);
        break;
    case Action::Release:
        answer = http.call(endpoint(m_server, base + u"/release"_s), m_token, "POST",
                           QJsonDocument(QJsonObject{{u"reason"_s, reason.trimmed()}}).toJson(QJsonDocument::Compact), 10000);
        break;
    case Action::Assign:
        answer = http.call(endpoint(m_server, base), m_token, "PATCH",
                           QJsonDocument(QJsonObject{{u"ownerId"_s, ownerId}}).toJson(QJsonDocument::Compact), 10000);
        break;
    }
    if (http.networkError) {
        setOnline(false); // until the sync finds the server again
        return {false, offlineMessage()};
    }
    switch (http.status) {
    case 200:
        break;
    case 401:
        return {false, tr("Your session has expired. Log in again, then try once more.")};
    case 403:
        return {false, action == Action::Claim     ? tr("Only sales staff can claim customers from the public pool.")
                       : action == Action::Release ? tr("You may not release this customer to the public pool.")
                                                   : tr("You may not give this customer to that person (a manager "
                                                        "assigns within their own team).")};
    case 404:
        return {false, tr("This customer is no longer within your reach (someone may have claimed it first).")};
    case 409:
        if (action == Action::Claim && answer.value(u"error"_s).toObject().value(u"code"_s).toString() == u"limit_reached")
            return {false, tr("You already hold %1 customers, the most a sales rep may hold (%2). Release one to the pool "
                              "before you claim another.")
                               .arg(answer.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"held"_s).toInt())
                               .arg(answer.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"limit"_s).toInt())};
        return {false, action == Action::Claim     ? tr("Someone else claimed this customer first.")
                       : action == Action::Release ? tr("This customer is already in the public pool.")
                                                   : tr("The customer was changed at the same time; try again.")};
    case 422:
        return {false, action == Action::Assign    ? tr("The server refused the new owner: there is no such active user.")
                       : action == Action::Release ? tr("Say why the customer goes back to the pool (at most 200 characters).")
                                                   : tr("The server refused the change.")};
    default:
        return {false, tr("The server could not make the change (error %1). Try again later.").arg(http.status)};
    }
    ValidationErrors errors;
    const Row row = RecordJson::fromJson(u"customers"_s, answer, &errors);
    if (row.value(u"id"_s).toString().isEmpty())
        return {false, tr("The server's answer could not be read.")};
    try {
        m_replica.applyServerRow(u"customers"_s, row);
    } catch (const SchemaError &) {
        // Changed on the server all the same: the next pull brings it.
    }
    emit ownerChanged(row.value(u"id"_s).toString());
    return {true, {}};
}

OwnershipClient::Result OwnershipClient::shareCall(const QByteArray &method, const QString &path, const QByteArray &body,
                                                   QJsonObject *answer)
{
    if (!isOnline())
        return {false, offlineMessage()};
    BlockingHttp http;
    const QJsonObject json = http.call(endpoint(m_server, path), m_token, method, body, 10000);
    if (http.networkError) {
        setOnline(false);
        return {false, offlineMessage()};
    }
    if (answer)
        *answer = json;
    switch (http.status) {
    case 200:
    case 204:
        return {true, {}};
    case 401:
        return {false, tr("Your session has expired. Log in again, then try once more.")};
    case 403:
        return {false, tr("Only who may change this customer may share it.")};
    case 404:
        return {false, tr("This customer or share is no longer within your reach.")};
    case 422:
        return {false, tr("The server refused the share: there is no such active colleague or department.")};
    default:
        return {false, tr("The server could not make the change (error %1). Try again later.").arg(http.status)};
    }
}

OwnershipClient::Result OwnershipClient::shares(const QString &customerId, QList<Share> *out)
{
    QJsonObject answer;
    const Result r = shareCall("GET", u"/api/v1/customers/%1/shares"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(customerId))),
                               {}, &answer);
    if (!r.ok || !out)
        return r;
    out->clear();
    for (const QJsonValue &v : answer.value(u"items"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Share s;
        s.userId = o.value(u"userId"_s).toString();
        s.departmentId = o.value(u"departmentId"_s).toString();
        s.name = s.userId.isEmpty() ? o.value(u"departmentPath"_s).toString() : o.value(u"displayName"_s).toString();
        if (s.name.isEmpty())
            s.name = o.value(u"login"_s).toString();
        s.editable = o.value(u"mode"_s).toString() == u"edit";
        s.since = o.value(u"since"_s).toString();
        out->append(s);
    }
    return r;
}

OwnershipClient::Result OwnershipClient::share(const QString &customerId, const QString &targetId, bool department, bool editable)
{
    const QJsonObject body{{department ? u"departmentId"_s : u"userId"_s, targetId},
                           {u"mode"_s, editable ? u"edit"_s : u"read"_s}};
    return shareCall("POST", u"/api/v1/customers/%1/shares"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(customerId))),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), nullptr);
}

OwnershipClient::Result OwnershipClient::unshare(const QString &customerId, const QString &targetId)
{
    return shareCall("DELETE",
                     u"/api/v1/customers/%1/shares/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(customerId)),
                                                              QString::fromLatin1(QUrl::toPercentEncoding(targetId))),
                     {}, nullptr);
}

} // namespace Huike
