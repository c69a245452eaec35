#pragma once

#include <QString>

namespace Huike {

class Database;

// The replica's own bookkeeping (the sync_state table): client id, user, pull cursor,
// resume points of a download, deferred indexes.
class SyncState
{
public:
    explicit SyncState(Database &db);

    QString value(const QString &key);
    // An empty value removes the key.
    void setValue(const QString &key, const QString &value);

    QString clientId();
    QString userId();
    void setUserId(const QString &userId);
    qint64 cursor();
    void setCursor(qint64 cursor);

private:
    Database &m_db;
};

} // namespace Huike
