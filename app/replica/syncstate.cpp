#include "replica/syncstate.h"

#include "schema/database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

SyncState::SyncState(Database &db) : m_db(db) { }

QString SyncState::value(const QString &key)
{
    // Read on every local edit (the user id): one kept statement.
    QSqlQuery &q = m_db.execCached(u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    const QString value = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

void SyncState::setValue(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        m_db.exec(u"DELETE FROM sync_state WHERE key = ?"_s, {key});
        return;
    }
    m_db.exec(u"INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
              {key, value});
}

QString SyncState::clientId()
{
    return value(u"client_id"_s);
}

QString SyncState::userId()
{
    return value(u"user_id"_s);
}

void SyncState::setUserId(const QString &userId)
{
    setValue(u"user_id"_s, userId);
}

qint64 SyncState::cursor()
{
    return value(u"cursor"_s).toLongLong();
}

void SyncState::setCursor(qint64 cursor)
{
    setValue(u"cursor"_s, QString::number(cursor));
}

} // namespace Huike
