#include "schema/domainschema.h"

#include "core/companyname.h"
#include "core/phonenumber.h"
#include "schema/builtintables.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike::DomainSchema {

namespace {

using BuiltIn::version1Tables;
using BuiltIn::version3Tables;
using BuiltIn::version4Tables;
using BuiltIn::version5Tables;
using BuiltIn::version6Tables;
using BuiltIn::version10Tables;
using BuiltIn::version11Tables;
using BuiltIn::version12Tables;
using BuiltIn::version13Tables;
using BuiltIn::version14Tables;
using BuiltIn::version15Tables;
using BuiltIn::version16Tables;

// The columns migration 7 adds to customers (addCustomerPoolAndMerge).
QList<ColumnDef> customerPoolAndMergeColumns()
{
    return {{u"pool_reason"_s, ColumnType::Text, false},
            {u"pooled_at"_s, ColumnType::Timestamp, false},
            {u"merged_into"_s, ColumnType::Id, false}};
}

// The column migration 8 adds to customers (addCustomerOwnerSince).
ColumnDef customerOwnerSinceColumn()
{
    return {u"owner_since"_s, ColumnType::Timestamp, false};
}

// The columns migration 9 adds to approvals (addApprovalValues).
QList<ColumnDef> approvalValueColumns()
{
    // The values are levels today (the only kind of value asked for): shown by their labels.
    QList<ColumnDef> columns{{u"old_value"_s, ColumnType::Text, false},
                             {u"new_value"_s, ColumnType::Text, false},
                             {u"approver_id"_s, ColumnType::Id, false}};
    columns[0].enumeration = columns[1].enumeration = u"CustomerLevel"_s;
    return columns;
}

// The columns migration 10 adds to approvals (addApprovalEngine): what is asked, in words
// the approvers read without opening the record, and the step now deciding.
QList<ColumnDef> approvalEngineColumns()
{
    return {{u"summary"_s, ColumnType::Text, false}, {u"step_no"_s, ColumnType::Int, true, u"0"_s}};
}

// The column migration 14 adds to expenses: the opportunity a claim's spending was for (the
// customer's, whose for_customer_id it names too). Checked by the server's expense rules
// (the writer reads the opportunity) rather than as a reference: an expense is no
// customer's record.
ColumnDef expenseOpportunityColumn()
{
    return {u"for_opportunity_id"_s, ColumnType::Id, false};
}

// The columns migration 16 adds to products: the category the warranty rules go by and
// whether it is a part (配件: a part's months, else a main unit's).
QList<ColumnDef> productWarrantyColumns()
{
    return {{u"category"_s, ColumnType::Text, false}, {u"is_part"_s, ColumnType::Bool, true, u"0"_s}};
}

// The column migration 16 adds to tickets: the asset the ticket is about (its serial
// number), one of the ticket's customer's.
ColumnDef ticketAssetColumn()
{
    ColumnDef c{u"asset_id"_s, ColumnType::Id, false};
    c.references = u"assets"_s;
    return c;
}

// The columns migration 10 adds to users: whom their requests go to while they are away.
QList<ColumnDef> userDelegationColumns()
{
    return {{u"delegate_id"_s, ColumnType::Id, false},
            {u"away_from"_s, ColumnType::Date, false},
            {u"away_to"_s, ColumnType::Date, false}};
}

void createTables(Database &db, const QList<TableDef> &tables)
{
    for (const TableDef &t : tables) {
        db.exec(t.createSql(db.dialect()));
        for (const QString &sql : t.createIndexSql(db.dialect()))
            db.exec(sql);
    }
}

// Migration 2: duplicate-check keys on customers, computed by shared/core so the desktop
// and the server agree, and backfilled for the rows already there.
void addCustomerKeys(Database &db)
{
    db.exec(u"ALTER TABLE customers ADD COLUMN name_norm TEXT"_s);
    db.exec(u"ALTER TABLE customers ADD COLUMN phone_norm TEXT"_s);
    QList<std::tuple<QString, QString, QString>> updates;
    {
        QSqlQuery q = db.exec(u"SELECT id, name, phone FROM customers"_s);
        while (q.next())
            updates.append({q.value(0).toString(),
                            CompanyName::normalizedKey(q.value(1).toString()),
                            PhoneNumber::normalizedKey(q.value(2).toString())});
    }
    for (const auto &[id, name, phone] : updates)
        db.exec(u"UPDATE customers SET name_norm = ?, phone_norm = ? WHERE id = ?"_s,
                {name, phone.isEmpty() ? QVariant() : QVariant(phone), id});
    db.exec(u"CREATE INDEX IF NOT EXISTS ix_customers_name_norm ON customers (name_norm)"_s);
    db.exec(u"CREATE INDEX IF NOT EXISTS ix_customers_phone_norm ON customers (phone_norm)"_s);
}

} // namespace

namespace {

// The built-in tables and the ones declared since (DomainSchema::declare), read by every
// accessor below. Declarations happen at start-up, before any store or replica opens.
struct Registry
{
    QList<TableDef> tables;
    QStringList synced; // parents first
    QStringList customerChildren;
    QList<std::pair<int, QStringList>> declared; // migration version → tables it creates

    void derive()
    {
        customerChildren.clear();
        for (const QString &name : synced)
            for (const TableDef &t : tables)
                if (t.name() == name && t.scope() == ScopeKind::CustomerChild)
                    customerChildren << name;
    }
};

void checkDeclared(const TableDef &table)
{
    if (table.kind() == TableDef::Kind::Synced && table.scope() == ScopeKind::Undeclared)
        throw SchemaError(u"Table %1 does not declare its scope kind (whose rows, who reads them)."_s.arg(table.name()));
    if (const QString wrong = table.declarationError(); !wrong.isEmpty())
        throw SchemaError(u"Table %1: %2"_s.arg(table.name(), wrong));
}

Registry &registry()
{
    static Registry r = [] {
        Registry reg;
        reg.tables = version1Tables() + version3Tables() + version4Tables() + version5Tables() + version6Tables()
            + version10Tables() + version11Tables() + version12Tables() + version13Tables() + version14Tables()
            + version15Tables() + version16Tables();
        for (TableDef &table : reg.tables) {
            if (table.name() == u"customers") {
                table.text(u"name_norm"_s).text(u"phone_norm"_s);
                table.write(u"name_norm"_s, WriteRule::Server).write(u"phone_norm"_s, WriteRule::Server);
                table.index({u"name_norm"_s}).index({u"phone_norm"_s});
                for (const ColumnDef &c : customerPoolAndMergeColumns())
                    table.add(c).write(c.name, WriteRule::Server);
                // Bookkeeping of the owner changes, which the audit trail has already.
                table.add(customerOwnerSinceColumn()).write(u"owner_since"_s, WriteRule::Server);
                table.audited(table.isAudited(), {u"owner_since"_s});
            } else if (table.name() == u"approvals") {
                for (const ColumnDef &c : approvalValueColumns())
                    table.add(c);
                table.write(u"old_value"_s, WriteRule::CreateOnly)
                    .write(u"new_value"_s, WriteRule::CreateOnly)
                    .write(u"approver_id"_s, WriteRule::Server);
                // The engine (migration 10) decides a request from its steps: its status and
                // comment (Workflow) move with them.
                for (const ColumnDef &c : approvalEngineColumns())
                    table.add(c);
                table.write(u"summary"_s, WriteRule::CreateOnly)
                    .write(u"step_no"_s, WriteRule::Server);
            } else if (table.name() == u"expenses") {
                table.add(expenseOpportunityColumn());
                table.index({u"for_opportunity_id"_s});
            } else if (table.name() == u"products") {
                for (const ColumnDef &c : productWarrantyColumns())
                    table.add(c);
            } else if (table.name() == u"tickets") {
                table.add(ticketAssetColumn());
            } else if (table.name() == u"users") {
                for (const ColumnDef &c : userDelegationColumns())
                    table.add(c);
            }
            checkDeclared(table);
        }
        // Parents before children: a download in this order never holds an orphan.
        reg.synced = QStringList{u"departments"_s,   u"users"_s,          u"user_departments"_s,
                                 u"products"_s,      u"sales_stages"_s,   u"app_settings"_s,
                                 u"customers"_s,     u"contacts"_s,       u"activities"_s,
                                 u"opportunities"_s, u"stage_changes"_s,  u"quotes"_s,
                                 u"quote_lines"_s,   u"approvals"_s,      u"contracts"_s,
                                 u"contract_lines"_s, u"payment_plans"_s, u"payments"_s,
                                 u"invoices"_s,      u"deliveries"_s,     u"attachments"_s,
                                 u"import_batches"_s, u"approval_steps"_s, u"voucher_batches"_s,
                                 u"budgets"_s,       u"expenses"_s,       u"expenses_members"_s,
                                 u"expense_lines"_s, u"expense_steps"_s, u"expense_attachments"_s,
                                 u"loan_repayments"_s, u"assets"_s,       u"tickets"_s,
                                 u"ticket_events"_s};
        reg.derive();
        return reg;
    }();
    return r;
}

// Migration 7: what the client shows of a customer's way through the public pool and of
// a merge (issue 19, C3/C6) — why and when it went back to the pool, and the card it was
// merged into (a merged-away card is a tombstone that points to its survivor). The server
// writes all three.
void addCustomerPoolAndMerge(Database &db)
{
    for (const ColumnDef &c : customerPoolAndMergeColumns())
        db.exec(u"ALTER TABLE customers ADD COLUMN %1"_s.arg(TableDef::columnSql(c, db.dialect())));
}

// Migration 8: since when the customer has its current owner (created with it, claimed,
// assigned; null in the pool), written by the server (RecordWriter) with the owner, so a
// client counts the pool reclaim's days as the server does. The server fills the owned
// customers' from its own notes (server migration 13).
void addCustomerOwnerSince(Database &db)
{
    db.exec(u"ALTER TABLE customers ADD COLUMN %1"_s.arg(TableDef::columnSql(customerOwnerSinceColumn(), db.dialect())));
}

// Migration 9: approvals of a value (a customer's level, issue 19 C4): the value when asked
// and the one asked for, and who decides, named by the server when it is asked.
void addApprovalValues(Database &db)
{
    for (const ColumnDef &c : approvalValueColumns())
        db.exec(u"ALTER TABLE approvals ADD COLUMN %1"_s.arg(TableDef::columnSql(c, db.dialect())));
}

// Migration 10: the approval engine (issue 21, W2) — the decision slots of every request,
// what a request asks in words, the step deciding it; and users' delegation while away.
void addApprovalEngine(Database &db)
{
    createTables(db, version10Tables());
    for (const ColumnDef &c : approvalEngineColumns())
        db.exec(u"ALTER TABLE approvals ADD COLUMN %1"_s.arg(TableDef::columnSql(c, db.dialect())));
    for (const ColumnDef &c : userDelegationColumns())
        db.exec(u"ALTER TABLE users ADD COLUMN %1"_s.arg(TableDef::columnSql(c, db.dialect())));
}

} // namespace

void declare(const TableDef &table, int version)
{
    Registry &r = registry();
    checkDeclared(table);
    if (find(table.name()))
        throw SchemaError(u"Table %1 is declared twice."_s.arg(table.name()));
    if (table.search())
        for (const TableDef &t : r.tables)
            if (t.search() && t.search()->kind == table.search()->kind)
                throw SchemaError(u"Table %1: search kind %2 is %3's."_s.arg(table.name()).arg(t.search()->kind).arg(t.name()));
    // Migrations are numbered without gaps: a table joins the newest declared migration or
    // opens the next one.
    int newest = BuiltInVersion;
    for (const auto &d : r.declared)
        newest = std::max(newest, d.first);
    if (version < newest || version > newest + 1)
        throw SchemaError(u"Table %1: declare it with migration %2 or %3."_s.arg(table.name()).arg(newest).arg(newest + 1));
    if (table.scope() == ScopeKind::MemberChild) {
        const TableDef *parent = find(table.parentTable());
        if (!parent || parent->scope() != ScopeKind::Members)
            throw SchemaError(u"Table %1 is part of %2, which is not declared with the Members scope kind."_s.arg(
                table.name(), table.parentTable()));
    }
    QList<TableDef> added{table};
    if (table.scope() == ScopeKind::Members)
        added << table.membersTable(); // in the same migration, right after its record
    for (const TableDef &t : std::as_const(added)) {
        if (find(t.name()))
            throw SchemaError(u"Table %1 is declared twice."_s.arg(t.name()));
        r.tables << t;
        if (t.kind() == TableDef::Kind::Synced)
            r.synced << t.name();
        auto at = std::find_if(r.declared.begin(), r.declared.end(), [&](const auto &d) { return d.first == version; });
        if (at == r.declared.end())
            r.declared.append({version, {t.name()}});
        else
            at->second << t.name();
    }
    r.derive();
}

const QList<TableDef> &tables()
{
    return registry().tables;
}

const TableDef *find(const QString &name)
{
    for (const TableDef &t : tables())
        if (t.name() == name)
            return &t;
    return nullptr;
}

const TableDef &table(const QString &name)
{
    for (const TableDef &t : tables())
        if (t.name() == name)
            return t;
    throw SchemaError(u"No table %1 in the domain schema."_s.arg(name));
}

const QStringList &syncedTables()
{
    return registry().synced;
}

bool isGlobal(const QString &table)
{
    const TableDef *t = find(table);
    return t && (t->scope() == ScopeKind::Organisation || t->scope() == ScopeKind::Catalogue);
}

bool isCatalogue(const QString &table)
{
    const TableDef *t = find(table);
    return t && t->scope() == ScopeKind::Catalogue;
}

ScopeKind scopeOf(const QString &table)
{
    const TableDef *t = find(table);
    return t ? t->scope() : ScopeKind::Undeclared;
}

const QStringList &customerChildTables()
{
    return registry().customerChildren;
}

QStringList childTables(const QString &table)
{
    if (table == u"customers")
        return customerChildTables();
    QStringList out;
    for (const QString &name : registry().synced)
        if (find(name)->parentTable() == table)
            out << name;
    return out;
}

QVariant scopeRootOf(const QString &table, const Row &row)
{
    const TableDef *t = find(table);
    if (!t)
        return {};
    switch (t->scope()) {
    case ScopeKind::Customer:
    case ScopeKind::Members:
        return row.value(u"id"_s);
    case ScopeKind::CustomerChild:
    case ScopeKind::MemberChild:
        return row.value(t->parentColumn());
    default:
        return {};
    }
}

QList<Migration> migrations()
{
    QList<Migration> out{
        {1, u"domain tables"_s, [](Database &db) { createTables(db, version1Tables()); }},
        {2, u"customer duplicate-check keys"_s, addCustomerKeys},
        {3, u"sales stages, settings, approvals, stage history"_s, [](Database &db) { createTables(db, version3Tables()); }},
        {4, u"deliveries"_s, [](Database &db) { createTables(db, version4Tables()); }},
        {5, u"attachments"_s, [](Database &db) { createTables(db, version5Tables()); }},
        {6, u"import batches"_s, [](Database &db) { createTables(db, version6Tables()); }},
        {7, u"customers: pool reason and date, merged into"_s, addCustomerPoolAndMerge},
        {8, u"customers: owner since"_s, addCustomerOwnerSince},
        {9, u"approvals: values asked for, approver"_s, addApprovalValues},
        {10, u"approval engine: steps, summary; users' delegation"_s, addApprovalEngine},
        {11, u"voucher batches"_s, [](Database &db) { createTables(db, version11Tables()); }},
        {12, u"expenses and loans, their lines and steps; budgets"_s, [](Database &db) { createTables(db, version12Tables()); }},
        {13, u"expense attachments; expenses by the customer they are for"_s,
         [](Database &db) {
             createTables(db, version13Tables());
             // Declared with the expenses since; a store made by migration 12 before has it
             // not (every index statement is IF NOT EXISTS).
             for (const TableDef &t : version12Tables())
                 if (t.name() == u"expenses")
                     for (const QString &sql : t.createIndexSql(db.dialect()))
                         db.exec(sql);
         }},
        {14, u"loan repayments; expenses for an opportunity"_s,
         [](Database &db) {
             createTables(db, version14Tables());
             db.exec(u"ALTER TABLE expenses ADD COLUMN %1"_s.arg(TableDef::columnSql(expenseOpportunityColumn(), db.dialect())));
             for (const TableDef &t : tables())
                 if (t.name() == u"expenses")
                     for (const QString &sql : t.createIndexSql(db.dialect()))
                         db.exec(sql);
         }},
        {15, u"service tickets and their history"_s, [](Database &db) { createTables(db, version15Tables()); }},
        {16, u"assets; products' warranty category; tickets' asset"_s,
         [](Database &db) {
             createTables(db, version16Tables());
             for (const ColumnDef &c : productWarrantyColumns())
                 db.exec(u"ALTER TABLE products ADD COLUMN %1"_s.arg(TableDef::columnSql(c, db.dialect())));
             db.exec(u"ALTER TABLE tickets ADD COLUMN %1"_s.arg(TableDef::columnSql(ticketAssetColumn(), db.dialect())));
         }},
    };
    QList<std::pair<int, QStringList>> declared = registry().declared;
    std::sort(declared.begin(), declared.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[version, names] : declared)
        out.append({version, names.join(u", "), [names](Database &db) {
                        QList<TableDef> defs;
                        for (const QString &n : names)
                            defs << table(n);
                        createTables(db, defs);
                    }});
    return out;
}

Migrator migrator()
{
    return Migrator(u"domain"_s, migrations());
}

} // namespace Huike::DomainSchema
