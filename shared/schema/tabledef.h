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
    Members,       // as Owned, and the users listed on it (<table>_members) with the
                   // managers above them (projects)
    MemberChild,   // follows its Members record (TableDef::partOf) in every respect,
                   // the <table>_members list included
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
    QString enumeration; // a Text column holding the codes of this enumeration of
                         // shared/core/enums.h, by its type's name ("CustomerLevel"):
                         // shown by their labels (enumLabelFor); empty for other columns
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
    // The record a row belongs to and the column naming it: "customers" / customer_id for
    // a CustomerChild, its Members table for a MemberChild; empty otherwise.
    QString parentTable() const { return m_parentTable; }
    QString parentColumn() const { return m_parentColumn; }
    // A Members table's list of members: "<name>_members" (record_id, user_id, role),
    // a MemberChild of it, declared with it (DomainSchema::declare). Its REST resource is
    // "<resource>-members".
    TableDef membersTable() const;
    static QString membersTableName(const QString &membersTable) { return membersTable + QStringLiteral("_members"); }
    // Whether this is a Members table's list (who may write it differs from its records).
    bool isMembersList() const
    {
        return m_scope == ScopeKind::MemberChild && m_name == membersTableName(m_parentTable);
    }

    // Declares the scope kind; for a customer's child the owner is the server's (always
    // its customer's) and the customer is fixed at creation; for global tables the owner
    // is the server's.
    // An owned table gains department_id (the owner's department, set by the server) and
    // the server's page index on (owner_id, deleted, id).
    // A Members table is also owned (owner_id, department_id and the page index as Owned);
    // its <name>_members list is declared with it.
    TableDef &scope(ScopeKind kind);
    // Declares a MemberChild: `column` (required, fixed at creation, indexed with the id:
    // the server pages by record, then id) names the record of the Members table `parentTable`.
    TableDef &partOf(const QString &column, const QString &parentTable);
    TableDef &resource(const QString &path);
    TableDef &writableBy(const QStringList &roles);
    TableDef &write(const QString &column, WriteRule rule);
    // The column just added holds the codes of an enumeration (ColumnDef::enumeration):
    // .text(u"level"_s).enumerated(u"CustomerLevel"_s).
    TableDef &enumerated(const QString &enumeration);

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

    // ---- What the entity is beyond its columns (DATAMODEL.md "What else a table declares")
    // Read by the global search (app/replica/searchsources.h), the 360° timeline
    // (app/models/customer360.cpp) and the server's audit trail (server/store/recordwriter).

    // How the global search indexes a text (app/replica/searchdocument.cpp).
    enum class SearchText {
        Name,        // its characters and words, and its pinyin as a person's or a thing's name
        CompanyName, // the same, with the initials of the name's distinctive part (companyname.h)
        OtherName,   // a second name (a short name): its words only when the first text lacks
                     // them, its pinyin always
        Code,        // its characters and words, no pinyin (a contract number)
        Phone,       // digit keys: the whole number, without its area code, the last four digits
    };
    struct SearchColumn
    {
        QString column;
        SearchText as = SearchText::Name;
    };
    // A row is one document of the global search.
    struct Search
    {
        int kind = -1;                  // the kind's number in the index's keys: a replica stores
                                        // it, so it is the entity's for good; unique
        const char *kindName = nullptr; // the results' heading, QT_TRANSLATE_NOOP("Huike::SearchIndex", …)
        QList<SearchColumn> texts;      // one to three; the first is a hit's title, the others
                                        // its detail, every one but a phone ranks the hit
        QString customerColumn;         // the customer a hit belongs to ("id": a customer itself)
    };
    // A piece of a timeline entry: a column's value (or "contract_id.number": a column of the
    // row a reference names), shown as its code's label or through a pattern when not empty;
    // or, for what that cannot say, a function of the row's columns.
    struct TimelineText
    {
        TimelineText(QString column_) : column(std::move(column_)) { }
        TimelineText(QString column_, QString (*label_)(const QString &code)) : column(std::move(column_)), label(label_) { }
        TimelineText(QString column_, const char *format_) : column(std::move(column_)), format(format_) { }
        TimelineText(QString (*compose_)(const QVariantMap &row)) : compose(compose_) { }

        QString column;
        QString (*label)(const QString &code) = nullptr;
        const char *format = nullptr; // "%1" pattern, translated in context "Huike::Customer360"
        QString (*compose)(const QVariantMap &row) = nullptr; // reads Timeline::reads
    };
    // A customer's record in its 360° timeline (its customer is customer_id, or the column
    // about() names).
    struct Timeline
    {
        Timeline() = default;
        Timeline(int place_, const char *kindName_, QStringList when_)
            : place(place_), kindName(kindName_), when(std::move(when_))
        {
        }
        Timeline &titled(QList<TimelineText> pieces, const char *format = nullptr)
        {
            title = std::move(pieces);
            titleFormat = format;
            return *this;
        }
        Timeline &detailed(QList<TimelineText> pieces)
        {
            detail = std::move(pieces);
            return *this;
        }
        Timeline &withAmount(const QString &column)
        {
            amount = column;
            return *this;
        }
        Timeline &reading(const QStringList &columns)
        {
            reads = columns;
            return *this;
        }
        // A record that names the customer it concerns in another column (an expense's
        // for_customer_id) instead of belonging to the customer.
        Timeline &about(const QString &column)
        {
            customerColumn = column;
            return *this;
        }

        int place = 0;                  // the kinds' order (the filter; equal dates)
        const char *kindName = nullptr; // QT_TRANSLATE_NOOP("Huike::Customer360", …)
        QStringList when;               // date or timestamp columns: the first not null
        QList<TimelineText> title;
        const char *titleFormat = nullptr; // %1 (and %2) over the title's pieces; none: them spaced
        QList<TimelineText> detail;     // the pieces not empty, joined by " · "
        QString amount;                 // a money column, or none
        QStringList reads;              // further columns the compose functions read
        QString customerColumn = QStringLiteral("customer_id");
    };

    TableDef &searchable(Search search);
    TableDef &timeline(Timeline entry);
    // Every write of a synced table goes to the audit trail, each changed column in it; a
    // declaration may leave out noisy columns, or the whole table (audited(false)).
    TableDef &audited(bool audited, const QStringList &exceptColumns = {});

    const Search *search() const { return m_search.kind >= 0 ? &m_search : nullptr; }
    const Timeline *timelineEntry() const { return m_timeline.kindName ? &m_timeline : nullptr; }
    bool isAudited() const { return m_audited; }
    bool isAudited(const QString &column) const { return m_audited && !m_unaudited.contains(column); }
    // What is wrong with the declarations above (they name no column of the table, …);
    // empty when nothing is. DomainSchema checks it.
    QString declarationError() const;

private:
    QString m_name;
    Kind m_kind = Kind::Local;
    ScopeKind m_scope = ScopeKind::Undeclared;
    QString m_resource;
    QStringList m_writers;
    QString m_parentTable;
    QString m_parentColumn;
    QList<ColumnDef> m_columns;
    QList<IndexDef> m_indexes;

    Search m_search;
    Timeline m_timeline;
    bool m_audited = true;
    QStringList m_unaudited;
};

} // namespace Huike
