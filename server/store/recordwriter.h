#pragma once

#include "schema/rows.h"

#include <QJsonObject>
#include <optional>

namespace Huike {

class Database;

// Every write to a domain row on the server goes through here, inside the caller's
// transaction: the row gets its version from the change log (a server sequence that
// follows commit order — on PostgreSQL the append is serialised with a transaction-level
// advisory lock), and the audit trail records who, when, and each field's old → new value
// in the same transaction (FEATURES.md P4). A customer's new owner comes with the time
// (customers.owner_since, null in the pool), from which the pool reclaim counts.
class RecordWriter
{
public:
    explicit RecordWriter(Database &db);

    // The scope of a row for sync: the owner and department of its customer, or global
    // (departments, users, products: everyone's).
    struct Scope
    {
        bool global = false;
        QVariant ownerId;
        QVariant departmentId;
    };

    // The whole row (every column), or nullopt when there is no such id (tombstones are
    // returned; check "deleted").
    std::optional<Row> read(const QString &table, const QString &id);

    // Inserts a new row; fills id (UUIDv7) when missing, version, created/updated at/by.
    Row insert(const QString &table, Row values, const QString &userId);
    // Applies the changed columns; returns the new full row. No change → no new version.
    Row update(const QString &table, const QString &id, const Row &changes, const QString &userId);
    // The same with the row's scope before the change given (when the customer it derives
    // from has already changed in this transaction).
    Row update(const QString &table, const QString &id, const Row &changes, const QString &userId,
               const Scope &before);
    // Tombstones the row (deleted = 1) with a new version.
    Row remove(const QString &table, const QString &id, const QString &userId);

    // Ids of the live rows of a child table whose parentColumn (customer_id, or a
    // MemberChild's record) is parentId.
    QStringList childIds(const QString &table, const QString &parentColumn, const QString &parentId);
    // Gives the customer (and every record of it) a new owner and department — NULL for
    // the public pool. Returns the customer row. A customer leaving the pool loses its
    // pool_reason and pooled_at; `pool` sets them (with the customer's row) when it goes there.
    Row setCustomerOwner(const QString &customerId, const QVariant &ownerId,
                         const QVariant &departmentId, const QString &userId, const Row &pool = {});
    // Tombstones the customer and every record of it.
    // Tombstones the row and every live row belonging to it (DomainSchema::childTables:
    // a customer's records, a Members record's records and list).
    void removeWithChildren(const QString &table, const QString &id, const QString &userId);

    // The audit trail of a customer and all its children, newest first; with beforeSeq,
    // only the entries older than that one (the next page).
    QList<QJsonObject> history(const QString &customerId, int limit = 200, qint64 beforeSeq = 0);
    // The audit trail of one record, newest first.
    QList<QJsonObject> recordHistory(const QString &table, const QString &recordId, int limit = 200,
                                     qint64 beforeSeq = 0);

    Scope scopeOf(const QString &table, const Row &row);

    // Appends a change that is not a row write (a share granted or revoked for a user, a
    // sync outcome); returns its seq.
    qint64 appendEvent(const QString &table, const QString &recordId, const QVariant &customerId,
                       const QString &op, const QString &scopeUser);

private:
    QList<QJsonObject> historyWhere(QString where, QVariantList values, int limit, qint64 beforeSeq);
    qint64 appendChange(const QString &table, const QString &recordId, const QVariant &customerId,
                        const QString &at, const Scope &before, const Scope &after,
                        const QString &op, const QString &scopeUser = {});
    // A customer whose owner changed through here has its owner_since: the reclaimer's
    // note of an arrival it saw without one (customer_owners) is dropped.
    void forgetOwnerNote(const QString &customerId);
    void audit(const QString &table, const QString &recordId, const QVariant &customerId,
               const QString &action, const QString &userId, const QString &at,
               const QJsonObject &changes);

    Database &m_db;
};

} // namespace Huike
