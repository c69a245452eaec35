#include "syncengine.h"

#include "domainschema.h"

#include "blockinghttp.h"

#include "protocol.h"
#include "replica.h"
#include "schemaerror.h"

#include <QDate>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

struct SyncEngine::Http : BlockingHttp
{
};

SyncEngine::SyncEngine(Replica &replica, QUrl server, QString token)
    : SyncEngine(replica, std::move(server), std::move(token), Options())
{
}

SyncEngine::SyncEngine(Replica &replica, QUrl server, QString token, Options options)
    : m_replica(replica), m_server(std::move(server)), m_token(std::move(token)), m_options(options),
      m_http(std::make_unique<Http>())
{
}

SyncEngine::~SyncEngine() = default;

namespace {
QUrl endpoint(const QUrl &server, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    return url;
}
} // namespace

bool SyncEngine::push(Result &result)
{
    for (;;) {
        const QList<Replica::Mutation> batch = m_replica.pendingMutations(m_options.pushBatch);
        if (batch.isEmpty())
            return true;
        QJsonArray mutations;
        for (const Replica::Mutation &m : batch)
            mutations.append(m.toJson());
        const QJsonObject body{{u"protocol"_s, Protocol::Version},
                               {u"clientId"_s, m_replica.clientId()},
                               {u"mutations"_s, mutations}};
        const QJsonObject reply = m_http->call(endpoint(m_server, u"/api/v1/sync/push"_s), m_token, "POST",
                                               QJsonDocument(body).toJson(QJsonDocument::Compact), m_options.timeoutMs);
        if (m_http->status == 409 && reply.value(u"error"_s).toObject().value(u"code"_s).toString() == u"mutation_gap") {
            // The server applied more than we knew (a reply lost on the way): drop those.
            const qint64 expected = qint64(reply.value(u"error"_s).toObject().value(u"fields"_s).toObject().value(u"expected"_s).toDouble());
            if (expected - 1 >= batch.first().id) {
                m_replica.acknowledgePush(expected - 1);
                continue;
            }
            result.error = u"The server has lost this client's changes after #%1; they stay here."_s.arg(expected - 1);
            return false;
        }
        if (m_http->status != 200) {
            result.offline = m_http->networkError;
            result.error = m_http->error;
            return false;
        }
        m_replica.acknowledgePush(qint64(reply.value(u"lastMutationId"_s).toDouble()));
        result.pushed += int(batch.size());
    }
}

bool SyncEngine::pull(Result &result, QJsonObject *checkpoint)
{
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(u"clientId"_s, m_replica.clientId());
        q.addQueryItem(u"cursor"_s, QString::number(m_replica.cursor()));
        q.addQueryItem(u"limit"_s, QString::number(m_options.pullLimit));
        q.addQueryItem(u"checkpoint"_s, m_options.verify ? u"1"_s : u"0"_s);
        q.addQueryItem(u"protocol"_s, QString::number(Protocol::Version));
        const QJsonObject page = m_http->call(endpoint(m_server, u"/api/v1/sync/pull"_s, q), m_token, "GET", {}, m_options.timeoutMs);
        if (m_http->status == 410) {
            // Away longer than the server keeps changes: the outbox is already pushed,
            // so download everything again (rows not sent any more go) and go on.
            if (!initialSync(result))
                return false;
            ++result.redownloadedTables;
            continue;
        }
        if (m_http->status != 200) {
            result.offline = m_http->networkError;
            result.error = m_http->error;
            return false;
        }
        m_replica.applyPull(page); // all or nothing
        ++result.pulledPages;
        if (!page.value(u"hasMore"_s).toBool()) {
            *checkpoint = page.value(u"checkpoint"_s).toObject();
            return true;
        }
    }
}

bool SyncEngine::download(const QString &table, Result &result)
{
    m_replica.beginSnapshot(table);
    auto request = [&](const QString &after) {
        QUrlQuery q;
        q.addQueryItem(u"table"_s, table);
        q.addQueryItem(u"after"_s, after);
        q.addQueryItem(u"limit"_s, QString::number(m_options.snapshotLimit));
        QNetworkRequest r(endpoint(m_server, u"/api/v1/sync/snapshot"_s, q));
        r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        r.setTransferTimeout(m_options.timeoutMs);
        return m_http->nam.get(r);
    };
    // While one page is written into the replica, the server prepares the next: the
    // page's last id is known before its rows are parsed.
    QNetworkReply *reply = request({});
    for (;;) {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QString error = reply->errorString();
        reply->deleteLater();
        if (status != 200) {
            result.offline = status == 0;
            result.error = status == 0 ? error : QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"message"_s).toString();
            return false;
        }
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QString after = page.value(u"next"_s).toString();
        reply = after.isEmpty() ? nullptr : request(after);
        m_replica.applySnapshotPage(page);
        if (!reply)
            break;
    }
    m_replica.finishSnapshot(table);
    return true;
}

bool SyncEngine::initialSync(Result &result)
{
    const QJsonObject head = m_http->call(endpoint(m_server, u"/api/v1/sync/head"_s), m_token, "GET", {}, m_options.timeoutMs);
    if (m_http->status != 200) {
        result.offline = m_http->networkError;
        result.error = m_http->error;
        return false;
    }
    const qint64 seq = qint64(head.value(u"seq"_s).toDouble());
    for (const QString &table : DomainSchema::syncedTables())
        if (!download(table, result))
            return false;
    // Changes made while downloading come again from the change log: applying twice is
    // harmless, missing one is not.
    m_replica.setCursor(seq);
    m_replica.setState(u"initialized"_s, u"1"_s);
    return true;
}

void SyncEngine::topUpNumbers()
{
    // The year is only the number's label; uniqueness is the server's (one block per call).
    const int year = QDate::currentDate().year();
    for (const QString &series : {u"quote"_s, u"contract"_s}) {
        if (m_replica.pooledNumbers(series, year) >= NumberLowMark)
            continue;
        const QJsonObject body{{u"series"_s, series}, {u"year"_s, year}, {u"count"_s, NumberBlock}};
        const QJsonObject reply = m_http->call(endpoint(m_server, u"/api/v1/numbers/reserve"_s), m_token, "POST",
                                               QJsonDocument(body).toJson(QJsonDocument::Compact), m_options.timeoutMs);
        if (m_http->status != 200)
            return; // next round; a document made meanwhile takes this device's offline form
        QStringList numbers;
        for (const QJsonValue &n : reply.value(u"numbers"_s).toArray())
            numbers << n.toString();
        m_replica.addPooledNumbers(series, year, numbers);
    }
}

SyncEngine::Result SyncEngine::sync()
{
    Result result;
    try {
        if (m_replica.state(u"initialized"_s).isEmpty() && !initialSync(result))
            return result;
        if (!push(result))
            return result;
        QJsonObject checkpoint;
        if (!pull(result, &checkpoint))
            return result;
        for (int round = 0; round < 2 && m_options.verify; ++round) {
            const QHash<QString, ScopeChecksum> local = m_replica.checksums();
            const QJsonObject tables = checkpoint.value(u"tables"_s).toObject();
            QStringList mismatched;
            for (auto it = tables.begin(); it != tables.end(); ++it) {
                if (!DomainSchema::find(it.key()))
                    continue; // a newer server's table, not held here
                const ScopeChecksum mine = local.value(it.key());
                const QJsonObject theirs = it.value().toObject();
                if (QString::number(mine.sum(), 16) != theirs.value(u"checksum"_s).toString()
                    || mine.count() != qint64(theirs.value(u"count"_s).toDouble()))
                    mismatched << it.key();
            }
            if (mismatched.isEmpty()) {
                result.checksumsMatch = true;
                break;
            }
            if (round == 1)
                break;
            for (const QString &table : mismatched) {
                if (!download(table, result))
                    return result;
                ++result.redownloadedTables;
            }
            if (!pull(result, &checkpoint))
                return result;
        }
        result.ok = true;
        topUpNumbers();
    } catch (const SchemaError &e) {
        result.error = e.message();
    }
    return result;
}

} // namespace Huike
