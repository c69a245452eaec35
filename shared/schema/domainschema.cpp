#include "schema/domainschema.h"

#include "core/companyname.h"
#include "core/phonenumber.h"
#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike::DomainSchema {

namespace {

constexpr auto Synced = TableDef::Kind::Synced;

TableDef lineTable(const QString &name, const QString &parentColumn)
{
    TableDef t(name, Synced);
    t.resource(QString(name).replace(u'_', u'-'))
        .ref(u"customer_id"_s, u"customers"_s, true)
        .ref(parentColumn, parentColumn == u"quote_id" ? u"quotes"_s : u"contracts"_s, true)
        .integer(u"line_no"_s, true)
        .ref(u"product_id"_s, u"products"_s)
        .text(u"description"_s, true)
        .text(u"unit"_s)
        .decimal(u"quantity_e4"_s)
        .decimal(u"unit_price_e4"_s)
        .decimal(u"discount_pct_e4"_s, true, u"0"_s)
        .decimal(u"vat_rate_e4"_s)
        .money(u"net_fen"_s)
        .money(u"tax_fen"_s)
        .money(u"gross_fen"_s)
        .index({u"customer_id"_s})
        .index({parentColumn})
        .scope(ScopeKind::CustomerChild)
        .write(parentColumn, WriteRule::CreateOnly);
    return t;
}

// Migration 1: the tables without the duplicate-check keys.
QList<TableDef> version1Tables()
{
    QList<TableDef> t;
    t << TableDef(u"departments"_s, Synced)
             .text(u"name"_s, true)
             .id(u"parent_id"_s)
             .add({u"path"_s, ColumnType::Text, true, {}, true})
             .integer(u"sort_order"_s, true, u"0"_s)
             .scope(ScopeKind::Organisation);
    t << TableDef(u"users"_s, Synced)
             .add({u"login"_s, ColumnType::Text, true, {}, true})
             .text(u"display_name"_s, true)
             .text(u"role"_s, true)
             .text(u"email"_s)
             .text(u"mobile"_s)
             .id(u"manager_id"_s)
             .boolean(u"disabled"_s)
             .scope(ScopeKind::Organisation);
    t << TableDef(u"user_departments"_s, Synced)
             .id(u"user_id"_s, true)
             .id(u"department_id"_s, true)
             .index({u"user_id"_s, u"department_id"_s}, true)
             .scope(ScopeKind::Organisation);
    t << TableDef(u"customers"_s, Synced)
             .resource(u"customers"_s)
             .text(u"name"_s, true)
             .text(u"short_name"_s)
             .text(u"address"_s)
             .text(u"province"_s)
             .text(u"city"_s)
             .text(u"postcode"_s)
             .text(u"phone"_s)
             .text(u"website"_s)
             .text(u"email"_s)
             .text(u"credit_code"_s)
             .text(u"industry"_s)
             .text(u"region"_s)
             .text(u"size"_s)
             .text(u"status"_s, true, u"'potential'"_s)
             .text(u"level"_s)
             .text(u"type"_s, true, u"'end'"_s)
             .text(u"source"_s)
             .text(u"background"_s)
             .text(u"credit_rating"_s)
             .text(u"security_level"_s)
             .text(u"tags"_s)
             .id(u"department_id"_s)
             .timestamp(u"last_activity_at"_s)
             .index({u"owner_id"_s})
             .index({u"credit_code"_s})
             .index({u"department_id"_s})
             .index({u"updated_at"_s})
             .scope(ScopeKind::Customer)
             .write(u"department_id"_s, WriteRule::Department)
             .write(u"last_activity_at"_s, WriteRule::Server);
    t << TableDef(u"contacts"_s, Synced)
             .resource(u"contacts"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .text(u"name"_s, true)
             .text(u"title"_s)
             .text(u"department"_s)
             .text(u"phone"_s)
             .text(u"mobile"_s)
             .text(u"email"_s)
             .text(u"decision_role"_s)
             .boolean(u"is_primary"_s)
             .text(u"notes"_s)
             .index({u"customer_id"_s})
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"products"_s, Synced)
             .resource(u"products"_s)
             .writableBy({u"admin"_s, u"director"_s, u"manager"_s})
             .add({u"code"_s, ColumnType::Text, true, {}, true})
             .text(u"name"_s, true)
             .text(u"specification"_s)
             .text(u"unit"_s)
             .decimal(u"list_price_e4"_s, true, u"0"_s)
             .decimal(u"vat_rate_e4"_s, true, u"130000"_s)
             .text(u"currency"_s, true, u"'CNY'"_s)
             .boolean(u"active"_s, true)
             .scope(ScopeKind::Catalogue);
    t << TableDef(u"opportunities"_s, Synced)
             .resource(u"opportunities"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .text(u"name"_s, true)
             .text(u"stage"_s, true)
             .decimal(u"probability_e4"_s, true, u"0"_s)
             .money(u"amount_fen"_s)
             .text(u"currency"_s, true, u"'CNY'"_s)
             .date(u"expected_close"_s)
             .text(u"competitors"_s)
             .text(u"next_step"_s)
             .text(u"status"_s, true, u"'open'"_s)
             .text(u"lost_reason"_s)
             .index({u"customer_id"_s})
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"quotes"_s, Synced)
             .resource(u"quotes"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"opportunity_id"_s, u"opportunities"_s)
             .text(u"number"_s, true)
             .integer(u"revision"_s, true, u"1"_s)
             .text(u"title"_s)
             .text(u"status"_s, true, u"'draft'"_s)
             .text(u"tax_mode"_s, true, u"'exclusive'"_s)
             .text(u"currency"_s, true, u"'CNY'"_s)
             .date(u"valid_until"_s)
             .money(u"net_fen"_s)
             .money(u"tax_fen"_s)
             .money(u"gross_fen"_s)
             .text(u"terms"_s)
             .text(u"notes"_s)
             .index({u"customer_id"_s})
             .index({u"number"_s, u"revision"_s}, true)
             .scope(ScopeKind::CustomerChild)
             .write(u"status"_s, WriteRule::Workflow);
    t << lineTable(u"quote_lines"_s, u"quote_id"_s);
    t << TableDef(u"contracts"_s, Synced)
             .resource(u"contracts"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"quote_id"_s, u"quotes"_s)
             .add({u"number"_s, ColumnType::Text, true, {}, true})
             .text(u"title"_s, true)
             .text(u"status"_s, true, u"'draft'"_s)
             .text(u"tax_mode"_s, true, u"'exclusive'"_s)
             .text(u"currency"_s, true, u"'CNY'"_s)
             .date(u"sign_date"_s)
             .date(u"start_date"_s)
             .date(u"end_date"_s)
             .text(u"party_a"_s)
             .text(u"party_b"_s)
             .money(u"net_fen"_s)
             .money(u"tax_fen"_s)
             .money(u"amount_fen"_s)
             .text(u"notes"_s)
             .index({u"customer_id"_s})
             .scope(ScopeKind::CustomerChild)
             .write(u"status"_s, WriteRule::Workflow);
    t << lineTable(u"contract_lines"_s, u"contract_id"_s);
    t << TableDef(u"payment_plans"_s, Synced)
             .resource(u"payment-plans"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s, true)
             .integer(u"line_no"_s, true)
             .date(u"due_date"_s, true)
             .money(u"amount_fen"_s)
             .boolean(u"is_balance"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .scope(ScopeKind::CustomerChild)
             .write(u"contract_id"_s, WriteRule::CreateOnly);
    t << TableDef(u"payments"_s, Synced)
             .resource(u"payments"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s, true)
             .ref(u"plan_id"_s, u"payment_plans"_s)
             .date(u"paid_on"_s, true)
             .money(u"amount_fen"_s)
             .text(u"method"_s)
             .text(u"reference"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"invoices"_s, Synced)
             .resource(u"invoices"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s, true)
             .text(u"number"_s, true)
             .date(u"issued_on"_s, true)
             .text(u"kind"_s, true)
             .money(u"amount_fen"_s)
             .money(u"tax_fen"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"activities"_s, Synced)
             .resource(u"activities"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contact_id"_s, u"contacts"_s)
             .text(u"kind"_s, true)
             .timestamp(u"occurred_at"_s, true)
             .text(u"subject"_s)
             .text(u"body"_s)
             .text(u"next_step"_s)
             .date(u"next_step_due"_s)
             .boolean(u"done"_s)
             .index({u"customer_id"_s, u"occurred_at"_s})
             .scope(ScopeKind::CustomerChild);
    return t;
}

// Migration 3: the pipeline's configuration and workflow (sales stages, settings,
// approvals, stage history).
QList<TableDef> version3Tables()
{
    QList<TableDef> t;
    t << TableDef(u"sales_stages"_s, Synced)
             .resource(u"sales-stages"_s)
             .writableBy({u"admin"_s})
             .add({u"code"_s, ColumnType::Text, true, {}, true})
             .text(u"name"_s, true)
             .decimal(u"probability_e4"_s, true, u"0"_s)
             .integer(u"sort_order"_s, true, u"0"_s)
             .text(u"outcome"_s, true, u"'open'"_s)
             .boolean(u"active"_s, true)
             .scope(ScopeKind::Catalogue);
    t << TableDef(u"app_settings"_s, Synced)
             .resource(u"settings"_s)
             .writableBy({u"admin"_s})
             .add({u"key"_s, ColumnType::Text, true, {}, true})
             .text(u"value"_s)
             .scope(ScopeKind::Catalogue);
    t << TableDef(u"approvals"_s, Synced)
             .resource(u"approvals"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .text(u"table_name"_s, true)
             .id(u"record_id"_s, true)
             .text(u"kind"_s, true)
             .decimal(u"discount_pct_e4"_s, true, u"0"_s)
             .money(u"amount_fen"_s)
             .text(u"currency"_s, true, u"'CNY'"_s)
             .text(u"reason"_s)
             .text(u"status"_s, true, u"'pending'"_s)
             .id(u"decided_by"_s)
             .timestamp(u"decided_at"_s)
             .text(u"comment"_s)
             .index({u"customer_id"_s})
             .index({u"record_id"_s})
             .scope(ScopeKind::CustomerChild)
             .write(u"table_name"_s, WriteRule::CreateOnly)
             .write(u"record_id"_s, WriteRule::CreateOnly)
             .write(u"status"_s, WriteRule::Workflow)
             .write(u"comment"_s, WriteRule::Workflow)
             .write(u"decided_by"_s, WriteRule::Server)
             .write(u"decided_at"_s, WriteRule::Server);
    t << TableDef(u"stage_changes"_s, Synced)
             .resource(u"stage-changes"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"opportunity_id"_s, u"opportunities"_s, true)
             .text(u"from_stage"_s)
             .text(u"to_stage"_s, true)
             .timestamp(u"changed_at"_s, true)
             .index({u"customer_id"_s})
             .index({u"opportunity_id"_s})
             .scope(ScopeKind::CustomerChild)
             .write(u"opportunity_id"_s, WriteRule::CreateOnly);
    return t;
}

// Migration 4: deliveries (发货记录) against contracts, like invoices. A client before it
// skips the table's rows when a newer server sends them (DomainSchema::find is null).
QList<TableDef> version4Tables()
{
    QList<TableDef> t;
    t << TableDef(u"deliveries"_s, Synced)
             .resource(u"deliveries"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s, true)
             .date(u"delivered_on"_s, true)
             .text(u"description"_s, true)
             .text(u"carrier"_s)
             .text(u"tracking_number"_s)
             .text(u"receiver"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .scope(ScopeKind::CustomerChild);
    return t;
}

// Migration 5: attachments (附件) of customers and contracts. The row carries the file's
// SHA-256; the content is kept apart (the server's blob store, the client's file cache).
QList<TableDef> version5Tables()
{
    QList<TableDef> t;
    t << TableDef(u"attachments"_s, Synced)
             .resource(u"attachments"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s)
             .text(u"file_name"_s, true)
             .text(u"mime_type"_s)
             .integer(u"size_bytes"_s, true, u"0"_s)
             .text(u"sha256"_s, true)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .index({u"sha256"_s})
             .scope(ScopeKind::CustomerChild);
    return t;
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
}

Registry &registry()
{
    static Registry r = [] {
        Registry reg;
        reg.tables = version1Tables() + version3Tables() + version4Tables() + version5Tables();
        for (TableDef &table : reg.tables) {
            if (table.name() == u"customers") {
                table.text(u"name_norm"_s).text(u"phone_norm"_s);
                table.write(u"name_norm"_s, WriteRule::Server).write(u"phone_norm"_s, WriteRule::Server);
                table.index({u"name_norm"_s}).index({u"phone_norm"_s});
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
                                 u"invoices"_s,      u"deliveries"_s,     u"attachments"_s};
        reg.derive();
        return reg;
    }();
    return r;
}

} // namespace

void declare(const TableDef &table, int version)
{
    Registry &r = registry();
    checkDeclared(table);
    if (find(table.name()))
        throw SchemaError(u"Table %1 is declared twice."_s.arg(table.name()));
    // Migrations are numbered without gaps: a table joins the newest declared migration or
    // opens the next one.
    int newest = 5; // the built-in ones
    for (const auto &d : r.declared)
        newest = std::max(newest, d.first);
    if (version < newest || version > newest + 1)
        throw SchemaError(u"Table %1: declare it with migration %2 or %3."_s.arg(table.name()).arg(newest).arg(newest + 1));
    r.tables << table;
    if (table.kind() == TableDef::Kind::Synced)
        r.synced << table.name();
    auto at = std::find_if(r.declared.begin(), r.declared.end(), [&](const auto &d) { return d.first == version; });
    if (at == r.declared.end())
        r.declared.append({version, {table.name()}});
    else
        at->second << table.name();
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

QList<Migration> migrations()
{
    QList<Migration> out{
        {1, u"domain tables"_s, [](Database &db) { createTables(db, version1Tables()); }},
        {2, u"customer duplicate-check keys"_s, addCustomerKeys},
        {3, u"sales stages, settings, approvals, stage history"_s, [](Database &db) { createTables(db, version3Tables()); }},
        {4, u"deliveries"_s, [](Database &db) { createTables(db, version4Tables()); }},
        {5, u"attachments"_s, [](Database &db) { createTables(db, version5Tables()); }},
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
