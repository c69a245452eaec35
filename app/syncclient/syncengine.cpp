#include "syncclient/syncengine.h"

#include "core/numberseries.h"

#include "replica/attachmentstore.h"
#include "schema/domainschema.h"

#include "syncclient/blockinghttp.h"

#include "replica/replica.h"
#include "schema/schemaerror.h"
#include "sync/messages.h"
#include "sync/protocol.h"
#include "sync/rowcodec.h"

#include <QDate>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QMutex>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QWaitCondition>

#include <cstdio>
#include <ctime>
#include <deque>
#include <memory>
#include <utility>

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

bool SyncEngine::push(Result &result)
{
    for (;;) {
        const QList<Replica::Mutation> batch = m_replica.pendingMutations(m_options.pushBatch);
        if (batch.isEmpty())
            return true;
        QStringList content;
        for (const Replica::Mutation &m : batch) {
            const qsizetype column = m.columns.indexOf(u"sha256"_s);
            if ((m.table == u"attachments" || m.table == u"expense_attachments") && m.op == u"upsert" && column >= 0)
                content << m.values.at(column).toString();
        }
        if (!content.isEmpty() && !uploadAttachments(content, result))
            return false;
        const Sync::PushRequest body{Protocol::Version, m_replica.clientId(), batch};
        const QJsonObject reply = m_http->call(endpoint(m_server, u"/api/v1/sync/push"_s), m_token, "POST",
                                               QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact), m_options.timeoutMs);
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
        Sync::Error error;
        const std::optional<Sync::PushReply> answer = Sync::PushReply::fromJson(reply, &error);
        if (!answer) {
            result.error = u"The server sent a malformed push reply: %1"_s.arg(error.message);
            return false;
        }
        m_replica.acknowledgePush(answer->lastMutationId);
        result.pushed += int(batch.size());
    }
}

bool SyncEngine::uploadAttachments(const QStringList &sha256s, Result &result)
{
    const AttachmentStore files = AttachmentStore::forReplica(m_replica);
    for (const QString &sha : sha256s) {
        if (m_uploaded.contains(sha) || !files.has(sha))
            continue;
        // One file at a time: the server holds a request's body in memory.
        m_http->call(endpoint(m_server, u"/api/v1/blobs/"_s + sha), m_token, "PUT", files.read(sha),
                     m_options.timeoutMs, "application/octet-stream");
        const int status = m_http->status;
        if (status == 0 || status == 401 || status >= 500) { // try again later
            result.offline = m_http->networkError;
            result.error = m_http->error;
            return false;
        }
        // Refused (too large, damaged here): the row goes on and comes back as a rejection
        // (blob_missing) the user can see, rather than holding up every later edit.
        m_uploaded << sha;
    }
    return true;
}

bool SyncEngine::pull(Result &result, Sync::Checkpoint *checkpoint)
{
    for (;;) {
        const Sync::PullQuery q{m_replica.clientId(), m_replica.cursor(), m_options.pullLimit, m_options.verify, Protocol::Version};
        const QJsonObject json = m_http->call(endpoint(m_server, u"/api/v1/sync/pull"_s, q.toUrlQuery()), m_token, "GET", {},
                                              m_options.timeoutMs);
        if (m_http->status == 410) {
            // Away longer than the server keeps changes: the outbox is already pushed,
            // so download everything again (rows not sent any more go) and go on.
            if (!initialSync(result, false))
                return false;
            ++result.redownloadedTables;
            continue;
        }
        if (m_http->status != 200) {
            result.offline = m_http->networkError;
            result.error = m_http->error;
            return false;
        }
        Sync::Error error;
        const std::optional<Sync::PullPage> page = Sync::PullPage::fromJson(json, &error);
        if (!page) {
            result.error = u"The server sent a malformed page: %1"_s.arg(error.message);
            return false;
        }
        m_replica.applyPull(*page); // all or nothing
        ++result.pulledPages;
        if (!page->hasMore) {
            *checkpoint = page->checkpoint.value_or(Sync::Checkpoint());
            return true;
        }
    }
}

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// How long this thread was ready to run but waited for a core (Linux: the second field
// of its schedstat; 0 elsewhere). Wall time less CPU less this is time blocked (disk,
// locks) — on a busy machine the two differ by seconds.
qint64 threadRunQueueNs()
{
    std::FILE *f = std::fopen("/proc/thread-self/schedstat", "r");
    if (!f)
        return 0;
    unsigned long long cpu = 0, queued = 0;
    const bool ok = std::fscanf(f, "%llu %llu", &cpu, &queued) == 2;
    std::fclose(f);
    return ok ? qint64(queued) : 0;
}

// Where an initial download spends its time, on stderr with HUIKE_SYNC_PROFILE=1.
struct DownloadProfile
{
    bool on = qEnvironmentVariableIntValue("HUIKE_SYNC_PROFILE") != 0;
    QElapsedTimer total, step;
    qint64 waitNs = 0, applyNs = 0, finishNs = 0, rows = 0, bytes = 0;
    int pages = 0;

    DownloadProfile()
    {
        total.start();
        step.start();
    }
    // Wall time since the last lap; the thread's CPU time goes to *cpu, the time it
    // waited for a core to *queued.
    qint64 lap(qint64 *cpu = nullptr, qint64 *queued = nullptr)
    {
        if (!on)
            return 0;
        const qint64 now = threadCpuNs();
        if (cpu)
            *cpu += now - cpuMark;
        cpuMark = now;
        const qint64 queue = threadRunQueueNs();
        if (queued)
            *queued += queue - queueMark;
        queueMark = queue;
        return step.nsecsElapsed() - std::exchange(mark, step.nsecsElapsed());
    }
    void report() const
    {
        if (!on)
            return;
        std::fprintf(stderr,
                     "sync profile: %lld rows, %d pages, %.1f MB in %.0f ms: waiting %.0f ms, parsing (fetcher thread) %.0f ms cpu, "
                     "applying %.0f ms (cpu %.0f, waiting for a core %.0f), finishing tables %.0f ms (cpu %.0f, waiting for a core %.0f)\n",
                     rows, pages, double(bytes) / 1e6, double(total.nsecsElapsed()) / 1e6, double(waitNs) / 1e6,
                     double(parseCpu) / 1e6, double(applyNs) / 1e6, double(applyCpu) / 1e6, double(applyQueued) / 1e6,
                     double(finishNs) / 1e6, double(finishCpu) / 1e6, double(finishQueued) / 1e6);
    }
    qint64 parseCpu = 0, applyCpu = 0, finishCpu = 0, applyQueued = 0, finishQueued = 0;

private:
    qint64 mark = 0, cpuMark = 0, queueMark = 0;
};

struct BulkLoad
{
    Replica &replica;
    explicit BulkLoad(Replica &r) : replica(r) { replica.setBulkLoad(true); }
    ~BulkLoad()
    {
        try {
            replica.setBulkLoad(false);
        } catch (const SchemaError &) {
            // the connection's defaults come back at the next open
        }
    }
};

// Downloads and parses the snapshot pages of some tables, in order, on its own thread
// with its own connection: while the sync thread writes one page into the replica, the
// next is on its way and parsed, and the server already reads the one after. Parsed
// pages wait up to Options::downloadAheadBytes (at least one does), so that the server
// goes on while the replica builds a finished table's indexes.
class PageFetcher : public QThread
{
public:
    struct Item
    {
        RowCodec::SnapshotPage page;
        qsizetype table = 0; // index into the tables
        bool failed = false;
        bool offline = false;
        QString error;
    };

    PageFetcher(QUrl server, QString token, const SyncEngine::Options &options, QList<QPair<QString, QString>> starts)
        : m_server(std::move(server)), m_token(std::move(token)), m_limit(options.snapshotLimit),
          m_timeoutMs(options.timeoutMs), m_starts(std::move(starts)), m_aheadBytes(options.downloadAheadBytes)
    {
    }
    ~PageFetcher() override
    {
        stop();
        wait();
    }

    // The next page (or the failure that ended the download). Waits in an event loop, as
    // the network did before: a server in this thread (the tests') keeps answering.
    Item take()
    {
        for (;;) {
            QEventLoop loop;
            m_loop = &loop;
            {
                QMutexLocker lock(&m_mutex);
                if (!m_queue.empty()) {
                    m_loop = nullptr;
                    Item item = std::move(m_queue.front());
                    m_queue.pop_front();
                    m_queuedBytes -= bytes(item);
                    m_changed.wakeAll();
                    return item;
                }
            }
            loop.exec(); // until put() says there is one
            m_loop = nullptr;
        }
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_changed.wakeAll();
    }
    qint64 parseCpuNs() const { return m_parseCpu.loadRelaxed(); }

protected:
    void run() override
    {
        QNetworkAccessManager nam;
        auto request = [&](qsizetype table, const QString &after) {
            const Sync::SnapshotQuery q{m_starts[table].first, after, m_limit};
            QNetworkRequest r(endpoint(m_server, u"/api/v1/sync/snapshot"_s, q.toUrlQuery()));
            r.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
            r.setTransferTimeout(m_timeoutMs);
            return nam.get(r);
        };
        qsizetype table = 0;
        std::unique_ptr<QNetworkReply> reply(request(0, m_starts[0].second));
        while (reply) {
            if (!reply->isFinished()) {
                QEventLoop loop;
                QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
                QTimer poll; // a stop() while waiting
                QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
                    if (stopped())
                        reply->abort();
                });
                poll.start(50);
                loop.exec();
            }
            if (stopped())
                return;
            Item item;
            item.table = table;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QByteArray body = reply->readAll();
            if (status != 200) {
                item.failed = true;
                item.offline = status == 0;
                item.error = status == 0 ? reply->errorString()
                                         : QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"message"_s).toString();
                put(std::move(item));
                return;
            }
            reply.reset();
            const qint64 cpu = threadCpuNs();
            QString error;
            if (!RowCodec::parsePage(std::move(body), &item.page, &error)) {
                item.failed = true;
                item.error = u"The server sent a malformed page of %1: %2"_s.arg(m_starts[table].first, error);
                put(std::move(item));
                return;
            }
            item.page.table = m_starts[table].first; // the rows of the table asked for
            m_parseCpu.fetchAndAddRelaxed(threadCpuNs() - cpu);
            // The next request goes out before this page waits for its turn.
            if (!item.page.next.isEmpty())
                reply.reset(request(table, item.page.next));
            else if (++table < m_starts.size())
                reply.reset(request(table, m_starts[table].second));
            if (!put(std::move(item)))
                return;
        }
    }

private:
    bool stopped()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopped;
    }
    static qint64 bytes(const Item &item)
    {
        return item.page.text.size() + qint64(item.page.cells.size() * sizeof(RowCodec::PageCell));
    }
    // Queues a page; waits while the pages waiting hold the bytes allowed. False once
    // stopped.
    bool put(Item &&item)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_stopped && !m_queue.empty() && m_queuedBytes >= m_aheadBytes)
            m_changed.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_queuedBytes += bytes(item);
        m_queue.push_back(std::move(item));
        m_changed.wakeAll();
        // Wakes take() in its thread (this object lives there).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_loop)
                    m_loop->quit();
            },
            Qt::QueuedConnection);
        return true;
    }

    const QUrl m_server;
    const QString m_token;
    const int m_limit;
    const int m_timeoutMs;
    const QList<QPair<QString, QString>> m_starts; // table, id to start after
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Item> m_queue;
    qint64 m_queuedBytes = 0;
    const qint64 m_aheadBytes;
    bool m_stopped = false;
    QEventLoop *m_loop = nullptr; // take()'s, in the taking thread
    QAtomicInteger<qint64> m_parseCpu = 0;
};

} // namespace

bool SyncEngine::download(const QStringList &tables, bool initial, Result &result)
{
    if (tables.isEmpty())
        return true;
    DownloadProfile profile;
    // Every table's start first (a resumed one goes on after its last page; an empty one
    // loses its indexes until its end), then the pages as the fetcher brings them.
    QList<QPair<QString, QString>> starts;
    for (const QString &table : tables)
        starts.append({table, m_replica.beginSnapshot(table, initial)});
    PageFetcher fetcher(m_server, m_token, m_options, starts);
    fetcher.start();
    int pages = 0;
    for (;;) {
        PageFetcher::Item item = fetcher.take();
        profile.waitNs += profile.lap();
        if (item.failed) {
            result.offline = item.offline;
            result.error = item.error;
            return false;
        }
        if (m_options.maxSnapshotPages >= 0 && pages == m_options.maxSnapshotPages) {
            result.offline = true; // as if the connection dropped here (tests)
            result.error = u"Stopped after %1 pages."_s.arg(pages);
            return false;
        }
        const QString &table = tables[item.table];
        const bool last = item.page.next.isEmpty();
        profile.bytes += item.page.text.size();
        m_replica.applySnapshotPage(item.page);
        ++pages;
        profile.rows += item.page.rowCount;
        ++profile.pages;
        profile.applyNs += profile.lap(&profile.applyCpu, &profile.applyQueued);
        if (last) {
            m_replica.finishSnapshot(table);
            if (initial) {
                const QString done = m_replica.state(u"initial_done"_s);
                m_replica.setState(u"initial_done"_s, done.isEmpty() ? table : done + u',' + table);
            }
            const qint64 cpuBefore = profile.finishCpu;
            profile.finishNs += profile.lap(&profile.finishCpu, &profile.finishQueued);
            if (profile.on)
                std::fprintf(stderr, "sync profile: finished %s (%.0f ms cpu)\n", qPrintable(table),
                             double(profile.finishCpu - cpuBefore) / 1e6);
            if (item.table + 1 == tables.size())
                break;
        }
    }
    profile.parseCpu = fetcher.parseCpuNs();
    profile.report();
    return true;
}

bool SyncEngine::initialSync(Result &result, bool resume)
{
    // A download that stopped halfway goes on where it stopped, against the head it
    // started from (whatever changed since comes again from the change log). Otherwise
    // (a replica away longer than the server keeps changes) everything starts over.
    if (!resume) {
        for (const QString &table : DomainSchema::syncedTables())
            m_replica.setState(u"snapshot:"_s + table, QString());
        m_replica.setState(u"initial_head"_s, QString());
        m_replica.setState(u"initial_done"_s, QString());
    }
    qint64 seq = 0;
    const QString savedHead = m_replica.state(u"initial_head"_s);
    if (!savedHead.isEmpty()) {
        seq = savedHead.toLongLong();
    } else {
        const QJsonObject head = m_http->call(endpoint(m_server, u"/api/v1/sync/head"_s), m_token, "GET", {}, m_options.timeoutMs);
        if (m_http->status != 200) {
            result.offline = m_http->networkError;
            result.error = m_http->error;
            return false;
        }
        Sync::Error error;
        const std::optional<Sync::Head> parsed = Sync::Head::fromJson(head, &error);
        if (!parsed) {
            result.error = u"The server sent a malformed head: %1"_s.arg(error.message);
            return false;
        }
        seq = parsed->seq;
        m_replica.setState(u"initial_head"_s, QString::number(seq));
        m_replica.setState(u"initial_done"_s, QString());
    }
    const QStringList done = m_replica.state(u"initial_done"_s).split(u',', Qt::SkipEmptyParts);
    QStringList tables;
    for (const QString &table : DomainSchema::syncedTables())
        if (!done.contains(table))
            tables << table;
    {
        BulkLoad bulk(m_replica);
        if (!download(tables, true, result))
            return false;
    }
    // Changes made while downloading come again from the change log: applying twice is
    // harmless, missing one is not.
    m_replica.setCursor(seq);
    m_replica.setState(u"initialized"_s, u"1"_s);
    m_replica.setState(u"initial_head"_s, QString());
    m_replica.setState(u"initial_done"_s, QString());
    // Without statistics SQLite's planner walks every customer for a duplicate check.
    m_replica.refreshStatistics();
    return true;
}

void SyncEngine::topUpNumbers()
{
    // The year is only the number's label; uniqueness is the server's (one block per call).
    const int year = QDate::currentDate().year();
    for (const QString &series : NumberSeries::names()) {
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
    const bool profile = qEnvironmentVariableIntValue("HUIKE_SYNC_PROFILE") != 0;
    QElapsedTimer clock;
    clock.start();
    auto lap = [&](const char *step) {
        if (profile)
            std::fprintf(stderr, "sync profile: %s %.0f ms\n", step, double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
    };
    try {
        if (m_replica.state(u"initialized"_s).isEmpty()) {
            if (!initialSync(result, true))
                return result;
            lap("initial download");
        }
        if (!push(result))
            return result;
        Sync::Checkpoint checkpoint;
        if (!pull(result, &checkpoint))
            return result;
        lap("push and pull");
        for (int round = 0; round < 2 && m_options.verify; ++round) {
            const QHash<QString, ScopeChecksum> local = m_replica.checksums();
            lap("local checksums");
            QStringList mismatched;
            for (auto it = checkpoint.tables.cbegin(); it != checkpoint.tables.cend(); ++it) {
                if (!DomainSchema::find(it.key()))
                    continue; // a newer server's table, not held here
                const ScopeChecksum mine = local.value(it.key());
                if (Sync::Checkpoint::Table{mine.count(), mine.sum()} != it.value())
                    mismatched << it.key();
            }
            if (mismatched.isEmpty()) {
                result.checksumsMatch = true;
                break;
            }
            if (round == 1)
                break;
            if (!download(mismatched, false, result))
                return result;
            result.redownloadedTables += int(mismatched.size());
            if (!pull(result, &checkpoint))
                return result;
        }
        result.ok = true;
        // After a large pull, on the first round of an older replica, and weekly.
        if (m_replica.statisticsDue()) {
            m_replica.refreshStatistics();
            lap("planner statistics");
        }
        topUpNumbers();
        lap("numbers");
    } catch (const SchemaError &e) {
        result.error = e.message();
    }
    return result;
}

} // namespace Huike
