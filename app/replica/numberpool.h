#pragma once

#include <QString>
#include <QStringList>

namespace Huike {

class Database;
class SyncState;

// Document numbers (shared/core/numberseries.h) on this client: the server's reserved
// numbers it holds per series and year (the number_pool table), the number a new
// document gets, and taking one out once a document uses it.
class NumberPool
{
public:
    NumberPool(Database &db, SyncState &state);

    int count(const QString &series, int year);
    void add(const QString &series, int year, const QStringList &numbers);
    // The smallest reserved number not yet used in `table`, else this device's offline form.
    QString next(const QString &series, int year, const QString &table);
    // Inside the saving transaction.
    void use(const QString &number);

private:
    Database &m_db;
    SyncState &m_state;
};

} // namespace Huike
