#pragma once

#include "replica/preparedstatement.h"
#include "schema/rows.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace Huike {

class Database;
class Replica;

// Many local edits of one kind in a row (an import and its undo), each exactly as the
// Outbox writes one — the row with its derived keys, defaults, meta columns and sort key,
// and its outbox mutation — but on statements prepared once per table and bound by
// position (PreparedStatement: SQLite's C API where it can), without reading anything back.
// Use inside a Replica::Batch: the edits commit with it. Throws SchemaError.
class BulkWriter
{
public:
    explicit BulkWriter(Replica &replica);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // A new record (its id given, or made here); returns the id. As Outbox::create: an owned
    // record without an owner is the user's. A customer's duplicate-check keys (name_norm,
    // phone_norm) are derived unless given.
    QString create(const QString &table, Row values);

    // The same in two steps, the first without the connection: prepareCreate builds the row
    // as it will be bound and its outbox entry (on any thread, several at once, once
    // prepareTable made the table ready on the writer's thread), write() writes it there.
    struct Create
    {
        const void *table = nullptr; // the writer's, for write()
        QString tableName;
        QString id;
        std::vector<PreparedStatement::Value> values; // per insert column
        QByteArray columns, vals;                     // the outbox mutation
        QString now;
    };
    void prepareTable(const QString &table);
    Create prepareCreate(const QString &table, Row values) const;
    QString write(const Create &create);
    // The record as stored, or nothing when there is none.
    std::optional<Row> read(const QString &table, const QString &id);
    // Deletes a record as Outbox::remove does, given the row read() returned: its server
    // version kept as the merge base, the row marked deleted, a delete in the outbox.
    void remove(const QString &table, const Row &current);

    // A statement of the caller's own (an import's notes, a check per record), prepared on
    // first use and kept with the writer.
    PreparedStatement &statement(const QString &sql);

private:
    struct Table;
    Table &table(const QString &name);
    void append(const QString &table, const QString &id, const char *op, const QByteArray &columns, const QByteArray &values,
                const QString &now);
    static constexpr int BulkCacheKiB = 32768;

    Database &m_db;
    QString m_userId;
    qint64 m_cacheSize = 0; // the connection's own, put back at the end
    QHash<QString, std::shared_ptr<Table>> m_tables;
    QHash<QString, std::shared_ptr<PreparedStatement>> m_statements;
};

} // namespace Huike
