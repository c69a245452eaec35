#include "syncclient/delegationclient.h"

#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "syncclient/blockinghttp.h"
#include "syncclient/synccontroller.h"

using namespace Qt::StringLiterals;

namespace Huike {

DelegationClient::DelegationClient(Replica &replica, QObject *parent) : QObject(parent), m_replica(replica) { }

void DelegationClient::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
}

void DelegationClient::follow(SyncController &sync)
{
    setServer(sync.server(), sync.token());
    setOnline(sync.state() != SyncController::State::Offline);
    connect(&sync, &SyncController::stateChanged, this, [this, &sync](SyncController::State state) {
        setServer(sync.server(), sync.token());
        setOnline(state != SyncController::State::Offline);
    });
}

bool DelegationClient::isOnline() const
{
    return m_online && m_server.isValid() && !m_token.isEmpty();
}

DelegationClient *DelegationClient::nearest(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent())
        if (auto *client = o->findChild<DelegationClient *>(QString(), Qt::FindDirectChildrenOnly))
            return client;
    return nullptr;
}

QString DelegationClient::offlineMessage()
{
    return tr("Setting a delegation needs a connection to the server. Try again when you are online.");
}

DelegationClient::Delegation DelegationClient::current() const
{
    Delegation d;
    try {
        const QList<Row> rows = Rows::select(m_replica.database(), u"users"_s, u"id = ?"_s, {m_replica.userId()});
        if (rows.isEmpty())
            return d;
        d.delegateId = rows.first().value(u"delegate_id"_s).toString();
        d.from = QDate::fromString(rows.first().value(u"away_from"_s).toString(), Qt::ISODate);
        d.to = QDate::fromString(rows.first().value(u"away_to"_s).toString(), Qt::ISODate);
    } catch (const SchemaError &) {
        // none known
    }
    return d;
}

QList<std::pair<QString, QString>> DelegationClient::colleagues() const
{
    QList<std::pair<QString, QString>> out;
    try {
        const QString me = m_replica.userId();
        for (const Row &u : Rows::select(m_replica.database(), u"users"_s,
                                         u"deleted = 0 AND COALESCE(disabled, 0) = 0 AND id <> ? ORDER BY display_name, id"_s,
                                         {me.isNull() ? u""_s : me})) {
            const QString name = u.value(u"display_name"_s).toString();
            out.append({u.value(u"id"_s).toString(), name.isEmpty() ? u.value(u"login"_s).toString() : name});
        }
    } catch (const SchemaError &) {
        // nobody to show
    }
    return out;
}

DelegationClient::Result DelegationClient::set(const QString &delegateId, QDate from, QDate to)
{
    const QJsonObject body{{u"delegateId"_s, delegateId},
                           {u"awayFrom"_s, from.toString(Qt::ISODate)},
                           {u"awayTo"_s, to.toString(Qt::ISODate)}};
    return call("PUT", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

DelegationClient::Result DelegationClient::clear()
{
    return call("DELETE", {});
}

DelegationClient::Result DelegationClient::call(const QByteArray &method, const QByteArray &body)
{
    if (!isOnline())
        return {false, offlineMessage()};
    BlockingHttp http;
    const QJsonObject answer = http.call(endpoint(m_server, u"/api/v1/users/me/delegation"_s), m_token, method, body, 10000);
    if (http.networkError) {
        setOnline(false); // until the sync finds the server again
        return {false, offlineMessage()};
    }
    switch (http.status) {
    case 200:
        break;
    case 401:
        return {false, tr("Your session has expired. Log in again, then try once more.")};
    case 422: {
        const QJsonObject fields = answer.value(u"error"_s).toObject().value(u"fields"_s).toObject();
        const QString code = [&] {
            for (const QString &f : {u"delegateId"_s, u"awayFrom"_s, u"awayTo"_s})
                if (fields.contains(f))
                    return fields.value(f).toObject().value(u"code"_s).toString();
            return QString();
        }();
        if (code == u"self")
            return {false, tr("Choose a colleague other than yourself.")};
        if (code == u"not_found" || code == u"required")
            return {false, tr("Choose an active colleague.")};
        if (code == u"before_from")
            return {false, tr("The last day is before the first.")};
        if (code == u"too_long")
            return {false, tr("A delegation covers at most 90 days.")};
        return {false, tr("The server refused the dates.")};
    }
    default:
        return {false, tr("The server could not make the change (error %1). Try again later.").arg(http.status)};
    }
    // The user's row as the server has it now.
    const auto text = [&](const QString &key) { return answer.value(key).isString() ? QVariant(answer.value(key).toString()) : QVariant(); };
    const Row row{{u"id"_s, answer.value(u"id"_s).toString()},
                  {u"version"_s, answer.value(u"version"_s).toInteger()},
                  {u"delegate_id"_s, text(u"delegateId"_s)},
                  {u"away_from"_s, text(u"awayFrom"_s)},
                  {u"away_to"_s, text(u"awayTo"_s)}};
    if (!row.value(u"id"_s).toString().isEmpty()) {
        try {
            m_replica.applyServerRow(u"users"_s, row);
        } catch (const SchemaError &) {
            // Changed on the server all the same: the next pull brings it.
        }
    }
    return {true, {}};
}

} // namespace Huike
