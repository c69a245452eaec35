#pragma once

#include "schema/rows.h"
#include "sync/messages.h"

#include <QJsonArray>
#include <QStringList>

#include <memory>

namespace Huike {

class Database;
class ReplicaRows;
class SyncState;
class Transaction;

// Local edits and what they leave for the server (DESIGN.md §3):
//   outbox   every edit as a mutation (id increasing per client, the changed columns with
//            the values they replaced and the new ones), written in the same transaction
//            as the edit — a save that returned survives a crash;
//   shadow   the last server-confirmed version of each row with edits not yet
//            confirmed (copied on first edit, dropped when confirmed);
//   settled  records whose edits the server has dealt with, until a pull at the head
//            shows what became of them.
class Outbox
{
public:
    Outbox(Database &db, ReplicaRows &rows, SyncState &state);

    // Each is one transaction with its outbox entry, or part of the open batch. Throw
    // SchemaError. Customers get their duplicate-check keys here.
    Row create(const QString &table, Row values);
    Row update(const QString &table, const QString &id, const Row &changes);
    void remove(const QString &table, const QString &id);
    // While a batch is open, edits join its transaction instead of making their own.
    void setInBatch(bool inBatch);

    QList<Sync::Mutation> pending(int limit);
    int count();
    // The server applied (or refused and recorded) every mutation up to this id.
    void acknowledge(qint64 lastMutationId);
    // After a pull reached the head: records whose edits were refused or lost a conflict
    // go back to the server's row; refused creates go.
    void settle();
    // Keeps the confirmed row as the merge base before its first local edit.
    void keepShadow(const QString &table, const QString &id);

private:
    std::unique_ptr<Transaction> beginEdit(); // null inside a batch
    void append(const QString &table, const QString &id, const QString &op, const QStringList &columns,
                const QJsonArray &base, const QJsonArray &values);

    Database &m_db;
    ReplicaRows &m_rows;
    SyncState &m_state;
    bool m_inBatch = false;
};

} // namespace Huike
