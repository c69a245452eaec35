#pragma once

#include "schema/dialect.h"

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

// Who may write a column (DESIGN.md §4 "Who may write what", server/API.md): declared with
// the table, enforced by the server for REST and sync pushes alike.
enum class WriteRule {
    Client,     // whoever may write the record (then validation and the pipeline rules)
    Server,     // the server sets it: ids, versions, who/when stamps, derived keys, decisions
    CreateOnly, // given when the record is created, never changed (a record's customer)
    Owner,      // a customer's owner: only through the ownership rules (assign, claim, release)
    Department, // a customer's department: follows the owner; set otherwise only by
                // administrators, directors or a manager above both departments
    Workflow,   // changes only through the declared transitions and the four-eyes rule
};

// Whose rows a table holds, which decides who reads them (DESIGN.md §4 "Scope kinds").
enum class ScopeKind {
    Undeclared,    // a synced table must declare its scope (DomainSchema checks)
    Organisation,  // everyone reads; only the server writes (users, departments)
    Catalogue,     // everyone reads; roles write (products, stages, settings)
    Customer,      // the customers table: owner, department subtree, shares, the pool
    CustomerChild, // follows its customer (customer_id) in every respect
    Owned,         // the row's own owner and department: the owner, managers of the
                   // department subtree, directors and administrators (leads, tasks…)
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
    WriteRule write = WriteRule::Client;
    QString references; // an Id column naming a row of this table (checked by the server)
};

struct IndexDef
{
    QString name;
    QStringList columns;
    bool unique = false;
    bool serverOnly = false; // the server's scope pages; a replica holds one scope and needs none
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
    ScopeKind scope() const { return m_scope; }
    WriteRule writeRule(const QString &column) const;
    // The REST resource (/api/v1/<path>), empty when the table has none.
    QString resourcePath() const { return m_resource; }
    // For the catalogue: the roles (UserRole codes, "admin", "director"…) that write it.
    const QStringList &writers() const { return m_writers; }

    // Declares the scope kind; for a customer's child the owner is the server's (always
    // its customer's) and the customer is fixed at creation; for global tables the owner
    // is the server's.
    // An owned table gains department_id (the owner's department, set by the server) and
    // the server's page index on (owner_id, deleted, id).
    TableDef &scope(ScopeKind kind);
    TableDef &resource(const QString &path);
    TableDef &writableBy(const QStringList &roles);
    TableDef &write(const QString &column, WriteRule rule);

    TableDef &add(ColumnDef column);
    // Shorthands: required columns are NOT NULL.
    TableDef &id(const QString &name, bool required = false);
    // An id naming a row of `target`: it must exist and not be deleted, and when both are
    // a customer's records, belong to the same customer.
    TableDef &ref(const QString &name, const QString &target, bool required = false);
    TableDef &text(const QString &name, bool required = false, const QString &defaultSql = {});
    TableDef &integer(const QString &name, bool required = false, const QString &defaultSql = {});
    TableDef &boolean(const QString &name, bool defaultValue = false);
    TableDef &money(const QString &name, bool required = true);
    TableDef &decimal(const QString &name, bool required = true, const QString &defaultSql = {});
    TableDef &timestamp(const QString &name, bool required = false);
    TableDef &date(const QString &name, bool required = false);
    TableDef &index(const QStringList &columns, bool unique = false);
    TableDef &serverIndex(const QStringList &columns);

    QString createSql(Dialect dialect) const;
    QStringList createIndexSql(Dialect dialect) const; // without the server's own
    QStringList createServerIndexSql(Dialect dialect) const;

    static QString sqlType(ColumnType type, Dialect dialect);
    static QString columnSql(const ColumnDef &column, Dialect dialect);
    static QString indexSql(const QString &table, const IndexDef &index, Dialect dialect);

private:
    QString m_name;
    Kind m_kind = Kind::Local;
    ScopeKind m_scope = ScopeKind::Undeclared;
    QString m_resource;
    QStringList m_writers;
    QList<ColumnDef> m_columns;
    QList<IndexDef> m_indexes;
};

} // namespace Huike
