#include "replica/conflictstore.h"

#include "schema/database.h"
#include "sync/messages.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QList<ReplicaConflict> readConflicts(QSqlQuery &q, qint64 *lastRowId = nullptr)
{
    QList<ReplicaConflict> out;
    while (q.next()) {
        ReplicaConflict c{q.value(0).toString(),  q.value(1).toString(),  q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(),  q.value(5).toString(),  q.value(6).toString(), q.value(7).toString(),
                          q.value(8).toString(),  q.value(9).toString(),  q.value(10).toString(), q.value(11).toString(),
                          q.value(12).toString()};
        out << c;
        if (lastRowId)
            *lastRowId = q.value(13).toLongLong();
    }
    return out;
}

} // namespace

ConflictStore::ConflictStore(Database &db) : m_db(db) { }

void ConflictStore::record(const Sync::Outcome &o)
{
    m_db.exec(u"INSERT INTO conflicts (id, kind, table_name, record_id, field, base, mine, theirs, theirs_by, code, message, at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"_s,
              {o.id, o.kind, o.table, o.recordId, o.field, o.base, o.mine, o.theirs, o.theirsBy, o.code, o.message, o.at});
}

QList<ReplicaConflict> ConflictStore::conflicts(bool openOnly)
{
    QSqlQuery q = m_db.exec(u"SELECT id, kind, table_name, record_id, field, base, mine, theirs, theirs_by, code, message, at, status "
                            u"FROM conflicts %1 ORDER BY at, id"_s.arg(openOnly ? u"WHERE status = 'open'"_s : QString()));
    return readConflicts(q);
}

QList<ReplicaConflict> ConflictStore::after(qint64 &seen)
{
    QSqlQuery q = m_db.exec(u"SELECT id, kind, table_name, record_id, field, base, mine, theirs, theirs_by, code, message, at, status, "
                            u"rowid FROM conflicts WHERE rowid > ? ORDER BY rowid"_s,
                            {seen});
    return readConflicts(q, &seen);
}

int ConflictStore::openCount()
{
    return m_db.scalar(u"SELECT count(*) FROM conflicts WHERE status = 'open'"_s).toInt();
}

void ConflictStore::resolve(const QString &conflictId)
{
    m_db.exec(u"UPDATE conflicts SET status = 'resolved' WHERE id = ?"_s, {conflictId});
}

} // namespace Huike
