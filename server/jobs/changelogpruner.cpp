#include "jobs/changelogpruner.h"

#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/transaction.h"

using namespace Qt::StringLiterals;

namespace Huike {

ChangeLogPruner::ChangeLogPruner(Database &db) : m_db(db) { }

qint64 ChangeLogPruner::floor(Database &db)
{
    return db.scalar(u"SELECT value FROM settings WHERE key = 'changes_floor'"_s).toLongLong();
}

int ChangeLogPruner::run(int days, const QString &now)
{
    const auto t = Timestamp::parse(now);
    if (days <= 0 || !t)
        return 0;
    const QString cutoff = Timestamp::toText(t->addDays(-days));
    Transaction tx(m_db);
    const qint64 newFloor = m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes WHERE at < ?"_s, {cutoff}).toLongLong();
    if (newFloor <= floor(m_db)) {
        tx.commit();
        return 0;
    }
    const int removed = m_db.scalar(u"SELECT count(*) FROM changes WHERE seq <= ?"_s, {newFloor}).toInt();
    m_db.exec(u"DELETE FROM changes WHERE seq <= ?"_s, {newFloor});
    // The records of the customers about to go went out of everyone's sight with their
    // customer; they go with it, so that every record's customer exists (the sync's
    // whole-scope filter relies on it).
    for (const QString &table : DomainSchema::customerChildTables())
        m_db.exec(u"DELETE FROM %1 WHERE customer_id IN (SELECT id FROM customers WHERE deleted = 1 AND updated_at < ?)"_s.arg(table),
                  {cutoff});
    for (const TableDef &def : DomainSchema::tables())
        m_db.exec(u"DELETE FROM %1 WHERE deleted = 1 AND updated_at < ?"_s.arg(def.name()), {cutoff});
    m_db.exec(u"DELETE FROM sync_outcomes WHERE at < ?"_s, {cutoff});
    m_db.exec(u"DELETE FROM settings WHERE key = 'changes_floor'"_s);
    m_db.exec(u"INSERT INTO settings (key, value) VALUES ('changes_floor', ?)"_s, {QString::number(newFloor)});
    tx.commit();
    return removed;
}

int ChangeLogPruner::pruneBlobs(const QString &now, int graceDays)
{
    const auto t = Timestamp::parse(now);
    if (!t)
        return 0;
    const QString cutoff = Timestamp::toText(t->addDays(-graceDays));
    Transaction tx(m_db);
    // Content no attachment names, of a customer or of an expense.
    const QString orphans = u"FROM blobs WHERE created_at < ? AND NOT EXISTS "
                            u"(SELECT 1 FROM attachments a WHERE a.sha256 = blobs.sha256) AND NOT EXISTS "
                            u"(SELECT 1 FROM expense_attachments e WHERE e.sha256 = blobs.sha256)"_s;
    const int removed = m_db.scalar(u"SELECT count(*) "_s + orphans, {cutoff}).toInt();
    if (removed > 0) {
        m_db.exec(u"DELETE "_s + orphans, {cutoff});
        m_db.exec(u"DELETE FROM blob_holders WHERE sha256 NOT IN (SELECT sha256 FROM blobs)"_s);
    }
    tx.commit();
    return removed;
}

} // namespace Huike
