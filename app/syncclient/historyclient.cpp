#include "syncclient/historyclient.h"

#include "core/timestamp.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "syncclient/blockinghttp.h"
#include "syncclient/synccontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Huike {

HistoryClient::HistoryClient(Replica &replica, QObject *parent)
    : QObject(parent), m_replica(replica), m_nam(new QNetworkAccessManager(this))
{
}

HistoryClient::~HistoryClient() = default;

void HistoryClient::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
}

void HistoryClient::follow(SyncController &sync)
{
    setServer(sync.server(), sync.token());
    setOnline(sync.state() != SyncController::State::Offline);
    connect(&sync, &SyncController::stateChanged, this, [this, &sync](SyncController::State state) {
        setServer(sync.server(), sync.token()); // a new session after logging in again
        setOnline(state != SyncController::State::Offline);
    });
}

HistoryClient *HistoryClient::nearest(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent())
        if (auto *client = o->findChild<HistoryClient *>(QString(), Qt::FindDirectChildrenOnly))
            return client;
    return nullptr;
}

bool HistoryClient::isFetching(const QString &table, const QString &recordId) const
{
    return !m_replies.value(table + u'/' + recordId).isNull();
}

void HistoryClient::fetch(const QString &table, const QString &recordId, const QString &cursor)
{
    const QString key = table + u'/' + recordId;
    if (QNetworkReply *old = m_replies.take(key))
        old->abort(); // its finished() no longer reports
    const TableDef *def = DomainSchema::find(table);
    if (!def || def->resourcePath().isEmpty() || recordId.isEmpty()) {
        emit failed(table, recordId, tr("This record has no history on the server."), false);
        return;
    }
    if (!hasServer() || !m_online) {
        emit failed(table, recordId, tr("Not connected to the server."), true);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(PageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    const QString path = u"/api/v1/"_s + def->resourcePath() + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(recordId)) + u"/history"_s;
    QNetworkRequest request(endpoint(m_server, path, query));
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->get(request);
    m_replies.insert(key, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, table, recordId, key] {
        reply->deleteLater();
        if (m_replies.value(key) != reply)
            return; // replaced by a newer fetch
        m_replies.remove(key);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            emit failed(table, recordId, tr("The server could not be reached."), true);
            return;
        }
        if (status == 401) {
            emit failed(table, recordId, tr("Your session has expired. Log in again, then try once more."), false);
            return;
        }
        if (status == 404) {
            emit failed(table, recordId, tr("The server does not show you this record's history (it is not, or no longer, within your reach)."), false);
            return;
        }
        if (status != 200 || !answer.value(u"items"_s).isArray()) {
            emit failed(table, recordId, tr("The server could not send the history (error %1). Try again later.").arg(status), false);
            return;
        }
        const QJsonArray items = answer.value(u"items"_s).toArray();
        try {
            store(table, recordId, items);
        } catch (const SchemaError &e) {
            emit failed(table, recordId, tr("The history could not be kept on this computer: %1").arg(e.message()), false);
            return;
        }
        const QJsonValue next = answer.value(u"nextCursor"_s);
        emit fetched(table, recordId, int(items.size()), next.isString() ? next.toString() : QString());
    });
}

void HistoryClient::store(const QString &table, const QString &recordId, const QJsonArray &items)
{
    Database &db = m_replica.database();
    const QString now = Timestamp::now();
    // The customer an entry belongs to: the customer asked about, or the record's own.
    QString customerId;
    if (table == u"customers")
        customerId = recordId;
    else if (const TableDef *def = DomainSchema::find(table); def && def->column(u"customer_id"_s))
        if (const auto row = m_replica.read(table, recordId))
            customerId = row->value(u"customer_id"_s).toString();
    Transaction t(db);
    for (const QJsonValue &v : items) {
        const QJsonObject e = v.toObject();
        const qint64 seq = qint64(e.value(u"seq"_s).toDouble());
        const QString entryTable = e.value(u"table"_s).toString();
        const QString entryRecord = e.value(u"recordId"_s).toString();
        if (seq <= 0 || entryTable.isEmpty() || entryRecord.isEmpty())
            continue; // not an entry this client can place
        db.exec(u"INSERT INTO history_cache (table_name, record_id, seq, customer_id, entry, fetched_at) "
                u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, record_id, seq) DO UPDATE SET "
                u"customer_id = coalesce(excluded.customer_id, history_cache.customer_id), entry = excluded.entry, "
                u"fetched_at = excluded.fetched_at"_s,
                {entryTable, entryRecord, seq, customerId.isEmpty() ? QVariant() : QVariant(customerId),
                 QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)), now});
    }
    t.commit();
}

} // namespace Huike
