#include "syncclient/mergeclient.h"

#include "replica/replica.h"
#include "schema/schemaerror.h"
#include "sync/recordjson.h"
#include "syncclient/blockinghttp.h"
#include "syncclient/synccontroller.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

MergeClient::Result failed(const QString &message)
{
    MergeClient::Result r;
    r.message = message;
    return r;
}

} // namespace

MergeClient::MergeClient(Replica &replica, QObject *parent) : QObject(parent), m_replica(replica) { }

void MergeClient::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
}

void MergeClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void MergeClient::follow(SyncController &sync)
{
    setServer(sync.server(), sync.token());
    setOnline(sync.state() != SyncController::State::Offline);
    connect(&sync, &SyncController::stateChanged, this, [this, &sync](SyncController::State state) {
        setServer(sync.server(), sync.token());
        setOnline(state != SyncController::State::Offline);
    });
}

bool MergeClient::isOnline() const
{
    return m_online && m_server.isValid() && !m_token.isEmpty();
}

QString MergeClient::offlineMessage()
{
    return tr("Merging customers needs a connection to the server. Try again when you are online.");
}

MergeClient::Result MergeClient::refusal(int status, const QString &code, bool undo) const
{
    switch (status) {
    case 401:
        return failed(tr("Your session has expired. Log in again, then try once more."));
    case 403:
        return failed(tr("Only an administrator, a director, or a manager of every card's owner may merge these customers."));
    case 404:
        return failed(undo ? tr("This merge is not known to the server.")
                            : tr("One of the customers is no longer within your reach."));
    case 409:
        if (code == u"undo_expired")
            return failed(tr("A merge can only be undone within 30 days."));
        if (code == u"already_undone")
            return failed(tr("This merge was undone already."));
        if (code == u"already_merged")
            return failed(tr("One of the customers was merged into another already. Sync, then try again."));
        if (code == u"duplicate_credit_code")
            return failed(tr("Another customer now has the merged card's unified social credit code."));
        return failed(undo ? tr("The customers were changed since the merge; it cannot be undone.")
                            : tr("One of the customers was deleted. Sync, then try again."));
    case 422:
        return failed(tr("The server refused the merge (%1).").arg(code));
    default:
        return failed(tr("The server could not make the change (error %1). Try again later.").arg(status));
    }
}

void MergeClient::applySurvivor(const QJsonObject &survivor)
{
    ValidationErrors errors;
    const Row row = RecordJson::fromJson(u"customers"_s, survivor, &errors);
    if (row.value(u"id"_s).toString().isEmpty())
        return;
    try {
        m_replica.applyServerRow(u"customers"_s, row);
    } catch (const SchemaError &) {
        // Changed on the server all the same: the next pull brings it.
    }
}

MergeClient::Result MergeClient::merge(const QString &survivorId, const QStringList &mergedIds,
                                       const QHash<QString, QString> &fields)
{
    if (!isOnline())
        return failed(offlineMessage());
    QJsonObject chosen;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        chosen.insert(it.key(), it.value());
    const QJsonObject body{{u"survivorId"_s, survivorId}, {u"mergedIds"_s, QJsonArray::fromStringList(mergedIds)},
                           {u"fields"_s, chosen}};
    BlockingHttp http;
    const QJsonObject answer = http.call(endpoint(m_server, u"/api/v1/customers/merge"_s), m_token, "POST",
                                         QJsonDocument(body).toJson(QJsonDocument::Compact), 30000);
    if (http.networkError) {
        setOnline(false);
        return failed(offlineMessage());
    }
    if (http.status != 200)
        return refusal(http.status, answer.value(u"error"_s).toObject().value(u"code"_s).toString(), false);
    applySurvivor(answer.value(u"survivor"_s).toObject());
    Result r;
    r.ok = true;
    r.mergeId = answer.value(u"mergeId"_s).toString();
    emit customersMerged(survivorId);
    return r;
}

MergeClient::Result MergeClient::undo(const QString &mergeId)
{
    if (!isOnline())
        return failed(offlineMessage());
    BlockingHttp http;
    const QJsonObject answer = http.call(
        endpoint(m_server, u"/api/v1/customers/merges/%1/undo"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(mergeId)))),
        m_token, "POST", "{}", 30000);
    if (http.networkError) {
        setOnline(false);
        return failed(offlineMessage());
    }
    if (http.status != 200)
        return refusal(http.status, answer.value(u"error"_s).toObject().value(u"code"_s).toString(), true);
    const QJsonObject survivor = answer.value(u"survivor"_s).toObject();
    applySurvivor(survivor);
    Result r;
    r.ok = true;
    r.mergeId = mergeId;
    for (const QJsonValue &f : answer.value(u"keptFields"_s).toArray())
        r.keptFields << f.toString();
    r.keptRecords = int(answer.value(u"keptRecords"_s).toArray().size());
    emit customersMerged(survivor.value(u"id"_s).toString());
    return r;
}

QList<MergeClient::Entry> MergeClient::merges(const QString &customerId)
{
    QList<Entry> out;
    if (!isOnline())
        return out;
    BlockingHttp http;
    const QJsonObject answer = http.call(
        endpoint(m_server, u"/api/v1/customers/%1/merges"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(customerId)))),
        m_token, "GET", {}, 10000);
    if (http.networkError) {
        setOnline(false);
        return out;
    }
    for (const QJsonValue &v : answer.value(u"items"_s).toArray()) {
        const QJsonObject item = v.toObject();
        Entry e;
        e.mergeId = item.value(u"mergeId"_s).toString();
        e.at = item.value(u"at"_s).toString();
        e.undoable = item.value(u"undoable"_s).toBool();
        e.undone = !item.value(u"undoneAt"_s).toString().isEmpty();
        for (const QJsonValue &m : item.value(u"merged"_s).toArray())
            e.mergedNames << m.toObject().value(u"name"_s).toString();
        out << e;
    }
    return out;
}

} // namespace Huike
