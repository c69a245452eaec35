#include "store/syncledger.h"

#include "core/id.h"
#include "schema/database.h"
#include "store/recordwriter.h"
#include "sync/messages.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

SyncLedger::SyncLedger(Database &db) : m_db(db) { }

QVariant SyncLedger::clientOwner(const QString &clientId)
{
    return m_db.scalar(u"SELECT user_id FROM client_mutations WHERE client_id = ?"_s, {clientId});
}

qint64 SyncLedger::lastMutationId(const QString &clientId)
{
    return m_db.scalar(u"SELECT last_mutation_id FROM client_mutations WHERE client_id = ?"_s, {clientId}).toLongLong();
}

void SyncLedger::advance(const QString &clientId, const QString &userId, qint64 mutationId, const QString &now)
{
    if (m_db.scalar(u"SELECT count(*) FROM client_mutations WHERE client_id = ?"_s, {clientId}).toInt() == 0)
        m_db.exec(u"INSERT INTO client_mutations (client_id, user_id, last_mutation_id, updated_at) VALUES (?, ?, ?, ?)"_s,
                  {clientId, userId, mutationId, now});
    else
        m_db.exec(u"UPDATE client_mutations SET last_mutation_id = ?, updated_at = ? WHERE client_id = ?"_s,
                  {mutationId, now, clientId});
}

QString SyncLedger::recordOutcome(const QString &userId, const Sync::Outcome &o)
{
    const QString id = Id::generate().toString();
    m_db.exec(u"INSERT INTO sync_outcomes (id, user_id, client_id, mutation_id, kind, table_name, record_id, "
              u"field, base, mine, theirs, theirs_by, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {id, userId, o.clientId, o.mutationId, o.kind, o.table, o.recordId, o.field, o.base, o.mine, o.theirs,
               o.theirsBy, o.code, o.message, o.at});
    RecordWriter(m_db).appendEvent(u"sync_outcomes"_s, id, QVariant(), u"outcome"_s, userId);
    return id;
}

std::optional<Sync::Outcome> SyncLedger::outcome(const QString &id)
{
    QSqlQuery q = m_db.exec(u"SELECT id, client_id, mutation_id, kind, table_name, record_id, field, base, mine, theirs, "
                            u"theirs_by, code, message, at FROM sync_outcomes WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return Sync::Outcome{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                         q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                         q.value(12).toString(), q.value(13).toString()};
}

qint64 SyncLedger::head()
{
    return m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s).toLongLong();
}

qint64 SyncLedger::floor()
{
    return m_db.scalar(u"SELECT value FROM settings WHERE key = 'changes_floor'"_s).toLongLong();
}

QSqlQuery SyncLedger::changes(qint64 after, qint64 upTo, int limit)
{
    return m_db.exec(u"SELECT seq, table_name, record_id, customer_id, owner_id, dept_id, prev_owner_id, "
                     u"prev_dept_id, scope_user, op, global FROM changes WHERE seq > ? AND seq <= ? "
                     u"ORDER BY seq LIMIT ?"_s,
                     {after, upTo, limit});
}

} // namespace Huike
