#include "replica/replica.h"

#include "core/id.h"
#include "replica/conflictstore.h"
#include "replica/firstdownload.h"
#include "replica/numberpool.h"
#include "replica/outbox.h"
#include "replica/outcomefeed.h"
#include "replica/pullapplier.h"
#include "replica/replicarows.h"
#include "replica/replicaschema.h"
#include "replica/syncstate.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/migrator.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "sync/rowcodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

Replica::Replica(std::unique_ptr<Database> db)
    : m_db(std::move(db)), m_state(std::make_unique<SyncState>(*m_db)), m_rows(std::make_unique<ReplicaRows>(*m_db)),
      m_conflicts(std::make_unique<ConflictStore>(*m_db)), m_numbers(std::make_unique<NumberPool>(*m_db, *m_state)),
      m_outbox(std::make_unique<Outbox>(*m_db, *m_rows, *m_state)),
      m_pull(std::make_unique<PullApplier>(*m_db, *m_rows, *m_outbox, *m_state, *m_conflicts)),
      m_download(std::make_unique<FirstDownload>(*m_db, *m_state, *m_outbox, *m_pull))
{
}

// The parts go before the connection (their prepared statements first).
Replica::~Replica() = default;

std::unique_ptr<Replica> Replica::open(const QString &path)
{
    auto db = std::make_unique<Database>(Database::openSqlite(path));
    // A log that grew during a first download (WalCheckpointer) goes back to this size
    // when it next starts over.
    db->exec(u"PRAGMA journal_size_limit=%1"_s.arg(WalLimitBytes));
    DomainSchema::migrator().migrate(*db);
    ReplicaSchema::migrator().migrate(*db);
    std::unique_ptr<Replica> r(new Replica(std::move(db)));
    if (r->state(u"client_id"_s).isEmpty())
        r->setState(u"client_id"_s, Id::generate().toString());
    // A download that stopped halfway left its table without its indexes.
    QStringList deferred;
    {
        QSqlQuery q = r->m_db->exec(u"SELECT key FROM sync_state WHERE key LIKE 'deferred_indexes:%'"_s);
        while (q.next())
            deferred << q.value(0).toString().section(u':', 1);
    }
    for (const QString &table : deferred)
        r->m_download->restoreIndexes(table);
    return r;
}

Database &Replica::database()
{
    return *m_db;
}

QString Replica::clientId()
{
    return m_state->clientId();
}

QString Replica::userId()
{
    return m_state->userId();
}

void Replica::setUserId(const QString &userId)
{
    m_state->setUserId(userId);
}

qint64 Replica::cursor()
{
    return m_state->cursor();
}

void Replica::setCursor(qint64 cursor)
{
    m_state->setCursor(cursor);
}

QString Replica::state(const QString &key)
{
    return m_state->value(key);
}

void Replica::setState(const QString &key, const QString &value)
{
    m_state->setValue(key, value);
}

// ---- document numbers ---------------------------------------------------------------

int Replica::pooledNumbers(const QString &series, int year)
{
    return m_numbers->count(series, year);
}

void Replica::addPooledNumbers(const QString &series, int year, const QStringList &numbers)
{
    m_numbers->add(series, year, numbers);
}

QString Replica::nextNumber(const QString &series, int year, const QString &table)
{
    return m_numbers->next(series, year, table);
}

void Replica::usePooledNumber(const QString &number)
{
    m_numbers->use(number);
}

// ---- local edits --------------------------------------------------------------------

Replica::Batch::Batch(Replica &replica)
    : m_replica(replica), m_transaction(std::make_unique<Transaction>(*replica.m_db))
{
    m_replica.m_outbox->setInBatch(true);
}

Replica::Batch::~Batch()
{
    m_replica.m_outbox->setInBatch(false);
}

void Replica::Batch::commit()
{
    m_transaction->commit();
    m_replica.m_outbox->setInBatch(false);
}

Row Replica::create(const QString &table, Row values)
{
    return m_outbox->create(table, std::move(values));
}

Row Replica::update(const QString &table, const QString &id, const Row &changes)
{
    return m_outbox->update(table, id, changes);
}

void Replica::remove(const QString &table, const QString &id)
{
    m_outbox->remove(table, id);
}

std::optional<Row> Replica::read(const QString &table, const QString &id)
{
    return m_rows->read(table, id);
}

// ---- sync ---------------------------------------------------------------------------

QList<Replica::Mutation> Replica::pendingMutations(int limit)
{
    return m_outbox->pending(limit);
}

int Replica::pendingCount()
{
    return m_outbox->count();
}

void Replica::acknowledge(qint64 lastMutationId)
{
    m_outbox->acknowledge(lastMutationId);
}

void Replica::acknowledgePush(qint64 lastMutationId)
{
    Transaction t(*m_db);
    m_outbox->acknowledge(lastMutationId);
    t.commit();
}

void Replica::settle()
{
    m_outbox->settle();
}

void Replica::applyPull(const QJsonObject &page)
{
    Sync::Error error;
    const std::optional<Sync::PullPage> p = Sync::PullPage::fromJson(page, &error);
    if (!p)
        throw SchemaError(u"The server sent a malformed page: %1"_s.arg(error.message));
    applyPull(*p);
}

void Replica::applyPull(const Sync::PullPage &page)
{
    if (page.changesRows())
        m_download->forgetSums();
    m_rowsSinceStatistics += m_pull->apply(page);
}

void Replica::applyServerRow(const QString &table, const Row &fields)
{
    m_download->forgetSums(); // as for a pull page with rows
    m_pull->applyServerRow(table, fields);
}

QString Replica::beginSnapshot(const QString &table, bool resume)
{
    return m_download->begin(table, resume);
}

void Replica::applySnapshotPage(const QJsonObject &page)
{
    RowCodec::SnapshotPage p;
    QString error;
    if (!RowCodec::parsePage(QJsonDocument(page).toJson(QJsonDocument::Compact), &p, &error))
        throw SchemaError(u"The server sent a malformed page: %1"_s.arg(error));
    applySnapshotPage(p);
}

void Replica::applySnapshotPage(const RowCodec::SnapshotPage &page)
{
    m_rowsSinceStatistics += page.rowCount;
    m_download->applyPage(page);
}

void Replica::finishSnapshot(const QString &table)
{
    m_download->finish(table);
}

void Replica::setBulkLoad(bool on)
{
    m_download->setBulkLoad(on);
}

QHash<QString, ScopeChecksum> Replica::checksums()
{
    return m_download->checksums();
}

// ---- planner statistics -------------------------------------------------------------

void Replica::refreshStatistics()
{
    m_db->exec(u"PRAGMA analysis_limit=%1"_s.arg(AnalysisLimit));
    Transaction t(*m_db); // queues with the other writers of this file
    m_db->exec(u"ANALYZE"_s);
    // Connections already open (the window's) load statistics only when they read the
    // schema again, and a repeated ANALYZE does not make them: a change of the schema does.
    m_db->exec(u"CREATE TABLE statistics_refreshed (x)"_s);
    m_db->exec(u"DROP TABLE statistics_refreshed"_s);
    setState(u"statistics_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    t.commit();
    m_rowsSinceStatistics = 0;
}

bool Replica::statisticsDue()
{
    if (state(u"initialized"_s).isEmpty())
        return false; // nothing worth counting yet; the first download ends with it
    if (m_rowsSinceStatistics >= LargePullRows)
        return true;
    const QDateTime at = QDateTime::fromString(state(u"statistics_at"_s), Qt::ISODate);
    return !at.isValid() || at.addDays(7) < QDateTime::currentDateTimeUtc()
        || !m_db->tableExists(u"sqlite_stat1"_s);
}

// ---- conflicts ----------------------------------------------------------------------

QList<Replica::Conflict> Replica::conflicts(bool openOnly)
{
    return m_conflicts->conflicts(openOnly);
}

QList<Replica::Conflict> Replica::conflictsAfter(qint64 &seen)
{
    return m_conflicts->after(seen);
}

int Replica::openConflictCount()
{
    return m_conflicts->openCount();
}

void Replica::resolveConflict(const QString &conflictId)
{
    m_conflicts->resolve(conflictId);
}

OutcomeFeed &Replica::outcomes()
{
    if (!m_outcomes)
        m_outcomes = std::make_unique<OutcomeFeed>(*this);
    return *m_outcomes;
}

} // namespace Huike
