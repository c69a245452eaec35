#pragma once

#include "dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Huike {

// Logical column types (DATAMODEL.md): how a value is stored in both dialects.
enum class ColumnType {
    Id,        // UUIDv7 text
    Text,      // UTF-8 text
    Int,       // 64-bit integer
    Bool,      // 0 / 1
    Money,     // integer 分; column name ends in _fen
    Decimal,   // Decimal::raw(), ×10^4; column name ends in _e4
    Timestamp, // UTC ISO-8601 text with milliseconds
    Date,      // YYYY-MM-DD text
};

struct ColumnDef
{
    ColumnDef() = default;
    ColumnDef(QString name_, ColumnType type_, bool notNull_ = false, QString defaultSql_ = {},
              bool unique_ = false, bool primaryKey_ = false)
        : name(std::move(name_)), type(type_), notNull(notNull_),
          defaultSql(std::move(defaultSql_)), unique(unique_), primaryKey(primaryKey_)
    {
    }

    QString name;
    ColumnType type = ColumnType::Text;
    bool notNull = false;
    QString defaultSql; // a SQL literal valid in both dialects, e.g. "0" or "'draft'"
    bool unique = false;
    bool primaryKey = false;
};

struct IndexDef
{
    QString name;
    QStringList columns;
    bool unique = false;
};

// A table declared once and turned into DDL for either dialect.
class TableDef
{
public:
    enum class Kind { Synced, Local };

    TableDef() = default;
    // A Synced table starts with the sync columns of DESIGN.md §2 (id, version, deleted,
    // owner_id, created_at/by, updated_at/by) and an index on version.
    TableDef(QString name, Kind kind);

    QString name() const { return m_name; }
    Kind kind() const { return m_kind; }
    const QList<ColumnDef> &columns() const { return m_columns; }
    const QList<IndexDef> &indexes() const { return m_indexes; }
    QStringList columnNames() const;
    const ColumnDef *column(const QString &name) const;

    TableDef &add(ColumnDef column);
    // Shorthands: required columns are NOT NULL.
    TableDef &id(const QString &name, bool required = false);
    TableDef &text(const QString &name, bool required = false, const QString &defaultSql = {});
    TableDef &integer(const QString &name, bool required = false, const QString &defaultSql = {});
    TableDef &boolean(const QString &name, bool defaultValue = false);
    TableDef &money(const QString &name, bool required = true);
    TableDef &decimal(const QString &name, bool required = true, const QString &defaultSql = {});
    TableDef &timestamp(const QString &name, bool required = false);
    TableDef &date(const QString &name, bool required = false);
    TableDef &index(const QStringList &columns, bool unique = false);

    QString createSql(Dialect dialect) const;
    QStringList createIndexSql(Dialect dialect) const;

    static QString sqlType(ColumnType type, Dialect dialect);
    static QString columnSql(const ColumnDef &column, Dialect dialect);
    static QString indexSql(const QString &table, const IndexDef &index, Dialect dialect);

private:
    QString m_name;
    Kind m_kind = Kind::Local;
    QList<ColumnDef> m_columns;
    QList<IndexDef> m_indexes;
};

} // namespace Huike
