#pragma once

#include "schema/rows.h"

#include <QHash>
#include <QJsonArray>

#include <memory>
#include <optional>

class QSqlQuery;

namespace Huike {

class Database;
struct ColumnDef;

// The domain rows of the replica as one piece of code reads and writes them: a row by
// id, a whole row (prepared once per table) or some of its columns, and the keys kept on
// this machine only (a customer's duplicate-check keys and pinyin sort key).
class ReplicaRows
{
public:
    explicit ReplicaRows(Database &db);
    ~ReplicaRows();

    std::optional<Row> read(const QString &table, const QString &id);
    // A whole row (every column: pulls and downloads) or some columns (a new row without
    // those that take their defaults, an edit).
    void write(const QString &table, const Row &row);
    // A customer's duplicate-check keys (name_norm, phone_norm), computed from the row.
    static void deriveKeys(const QString &table, Row &row);
    // A customer's pinyin sort key after a local edit of its name.
    void writeSortKey(const QString &table, const Row &row);

    // Columns a local edit writes itself and never sends (version, deleted, created_at/by,
    // updated_at/by), and those kept on this machine only (a customer's duplicate-check keys).
    static bool isMetaColumn(QStringView column);
    static bool isLocalColumn(QStringView column);
    // A column's declared default as the value to store, or null when it has none.
    static QVariant defaultValue(const ColumnDef &column);

    // The JSON arrays the replica keeps as text (outbox, shadow, deferred indexes).
    static QString jsonText(const QJsonArray &array);
    static QJsonArray jsonArray(const QString &text);

private:
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_upserts; // prepared, per table
};

} // namespace Huike
