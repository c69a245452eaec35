#pragma once

#include "schema/rows.h"
#include "sync/messages.h"

namespace Huike {

class ConflictStore;
class Database;
class Outbox;
class ReplicaRows;
class SyncState;
class TableDef;

// What the server sends back written into the replica: a pull page (in one transaction,
// moving the cursor to its end) or a row as a direct call answered it. Domain rows show
// the server's row with the pending local edits on top, re-applied after every write;
// deleted rows and rows that left the scope go.
class PullApplier
{
public:
    PullApplier(Database &db, ReplicaRows &rows, Outbox &outbox, SyncState &state, ConflictStore &conflicts);

    // Returns the number of rows written.
    qint64 apply(const Sync::PullPage &page);
    // A record as the server answered a direct call (a claim, a reassignment): written as
    // a pull would write it, the cursor untouched. `fields` by column name; columns
    // missing keep theirs.
    void applyServerRow(const QString &table, const Row &fields);
    // The record's pending local edits, over the row now in the replica.
    void reapplyPending(const QString &table, const QString &id);

private:
    void writeServerRow(const TableDef &def, const Row &row, bool anyPending);
    void dropRow(const QString &table, const QString &id);

    Database &m_db;
    ReplicaRows &m_rows;
    Outbox &m_outbox;
    SyncState &m_state;
    ConflictStore &m_conflicts;
};

} // namespace Huike
