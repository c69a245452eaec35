// The built-in tables of the domain (DATAMODEL.md), by the migration that creates them.
// Internal to shared/schema: DomainSchema (domainschema.cpp) registers them.
#include "schema/builtintables.h"

#include "schema/timelinetexts.h"

using namespace Qt::StringLiterals;

namespace Huike::DomainSchema::BuiltIn {

namespace {

constexpr auto Synced = TableDef::Kind::Synced;
using Text = TableDef::SearchText;
using Timeline = TableDef::Timeline;

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

// The approval engine's decision slots, declared once for every home of requests
// (approval_steps, expense_steps): what the server writes, and the status and comment an
// approver writes (shared/core/approvalflow.h).
TableDef &stepColumns(TableDef &t)
{
    t.integer(u"step_no"_s, true, u"1"_s)
        .text(u"name"_s)
        .text(u"approver_ids"_s)
        .text(u"approver_roles"_s)
        .text(u"status"_s, true, u"'waiting'"_s)
        .text(u"note"_s)
        .integer(u"timeout_hours"_s, true, u"0"_s)
        .timestamp(u"pending_since"_s)
        .id(u"decided_by"_s)
        .timestamp(u"decided_at"_s)
        .id(u"on_behalf_of"_s)
        .text(u"comment"_s);
    for (const char *column : {"step_no", "name", "approver_ids", "approver_roles", "note", "timeout_hours", "pending_since",
                               "decided_by", "decided_at", "on_behalf_of"})
        t.write(QString::fromLatin1(column), WriteRule::Server);
    return t.write(u"status"_s, WriteRule::Workflow).write(u"comment"_s, WriteRule::Workflow);
}

} // namespace

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
             .text(u"role"_s, true).enumerated(u"UserRole"_s)
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
             .text(u"size"_s).enumerated(u"CustomerSize"_s)
             .text(u"status"_s, true, u"'potential'"_s).enumerated(u"CustomerStatus"_s)
             .text(u"level"_s).enumerated(u"CustomerLevel"_s)
             .text(u"type"_s, true, u"'end'"_s).enumerated(u"CustomerType"_s)
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
             .searchable({0, QT_TRANSLATE_NOOP("Huike::SearchIndex", "Customers"),
                          {{u"name"_s, Text::CompanyName}, {u"short_name"_s, Text::OtherName}, {u"phone"_s, Text::Phone}},
                          u"id"_s})
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
             .text(u"decision_role"_s).enumerated(u"DecisionRole"_s)
             .boolean(u"is_primary"_s)
             .text(u"notes"_s)
             .index({u"customer_id"_s})
             .searchable({1, QT_TRANSLATE_NOOP("Huike::SearchIndex", "Contacts"),
                          {{u"name"_s}, {u"phone"_s, Text::Phone}, {u"mobile"_s, Text::Phone}}, u"customer_id"_s})
             .timeline(Timeline(20, QT_TRANSLATE_NOOP("Huike::Customer360", "Contact"), {u"created_at"_s})
                           .titled({u"name"_s})
                           .detailed({u"title"_s, u"mobile"_s, u"phone"_s}))
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
             .text(u"status"_s, true, u"'open'"_s).enumerated(u"OpportunityStatus"_s)
             .text(u"lost_reason"_s)
             .index({u"customer_id"_s})
             .searchable({2, QT_TRANSLATE_NOOP("Huike::SearchIndex", "Opportunities"), {{u"name"_s}}, u"customer_id"_s})
             .timeline(Timeline(30, QT_TRANSLATE_NOOP("Huike::Customer360", "Opportunity"), {u"created_at"_s})
                           .titled({u"name"_s})
                           .detailed({{u"stage"_s, TimelineTexts::stage},
                                      {u"expected_close"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "expected %1")}})
                           .withAmount(u"amount_fen"_s))
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"quotes"_s, Synced)
             .resource(u"quotes"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"opportunity_id"_s, u"opportunities"_s)
             .text(u"number"_s, true)
             .integer(u"revision"_s, true, u"1"_s)
             .text(u"title"_s)
             .text(u"status"_s, true, u"'draft'"_s).enumerated(u"QuoteStatus"_s)
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
             .timeline(Timeline(40, QT_TRANSLATE_NOOP("Huike::Customer360", "Quote"), {u"created_at"_s})
                           .titled({{u"number"_s}, {u"revision"_s, "V%1"}})
                           .detailed({{u"title"_s}, {u"status"_s, TimelineTexts::quoteStatus}})
                           .withAmount(u"gross_fen"_s))
             .scope(ScopeKind::CustomerChild)
             .write(u"status"_s, WriteRule::Workflow);
    t << lineTable(u"quote_lines"_s, u"quote_id"_s);
    t << TableDef(u"contracts"_s, Synced)
             .resource(u"contracts"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"quote_id"_s, u"quotes"_s)
             .add({u"number"_s, ColumnType::Text, true, {}, true})
             .text(u"title"_s, true)
             .text(u"status"_s, true, u"'draft'"_s).enumerated(u"ContractStatus"_s)
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
             .searchable({3, QT_TRANSLATE_NOOP("Huike::SearchIndex", "Contracts"), {{u"number"_s, Text::Code}, {u"title"_s}},
                          u"customer_id"_s})
             .timeline(Timeline(50, QT_TRANSLATE_NOOP("Huike::Customer360", "Contract"), {u"sign_date"_s, u"created_at"_s})
                           .titled({u"number"_s})
                           .detailed({{u"title"_s}, {u"status"_s, TimelineTexts::contractStatus}})
                           .withAmount(u"amount_fen"_s))
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
             .text(u"method"_s).enumerated(u"PaymentMethod"_s)
             .text(u"reference"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .timeline(Timeline(60, QT_TRANSLATE_NOOP("Huike::Customer360", "Payment"), {u"paid_on"_s})
                           .titled({u"contract_id.number"_s}, QT_TRANSLATE_NOOP("Huike::Customer360", "Payment for %1"))
                           .detailed({{u"method"_s, TimelineTexts::paymentMethod}, {u"reference"_s}})
                           .withAmount(u"amount_fen"_s))
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"invoices"_s, Synced)
             .resource(u"invoices"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contract_id"_s, u"contracts"_s, true)
             .text(u"number"_s, true)
             .date(u"issued_on"_s, true)
             .text(u"kind"_s, true).enumerated(u"InvoiceKind"_s)
             .money(u"amount_fen"_s)
             .money(u"tax_fen"_s)
             .text(u"note"_s)
             .index({u"customer_id"_s})
             .index({u"contract_id"_s})
             .timeline(Timeline(70, QT_TRANSLATE_NOOP("Huike::Customer360", "Invoice"), {u"issued_on"_s})
                           .titled({u"number"_s}, QT_TRANSLATE_NOOP("Huike::Customer360", "Invoice %1"))
                           .detailed({{u"kind"_s, TimelineTexts::invoiceKind}})
                           .withAmount(u"amount_fen"_s))
             .scope(ScopeKind::CustomerChild);
    t << TableDef(u"activities"_s, Synced)
             .resource(u"activities"_s)
             .ref(u"customer_id"_s, u"customers"_s, true)
             .ref(u"contact_id"_s, u"contacts"_s)
             .text(u"kind"_s, true).enumerated(u"ActivityKind"_s)
             .timestamp(u"occurred_at"_s, true)
             .text(u"subject"_s)
             .text(u"body"_s)
             .text(u"next_step"_s)
             .date(u"next_step_due"_s)
             .boolean(u"done"_s)
             .index({u"customer_id"_s, u"occurred_at"_s})
             .timeline(Timeline(10, QT_TRANSLATE_NOOP("Huike::Customer360", "Activity"), {u"occurred_at"_s})
                           .titled({{u"kind"_s, TimelineTexts::activityKind}, {TimelineTexts::activitySubject}},
                                   QT_TRANSLATE_NOOP("Huike::Customer360", "%1: %2"))
                           .detailed({{TimelineTexts::activityNextStep}})
                           .reading({u"subject"_s, u"body"_s, u"next_step"_s, u"next_step_due"_s, u"done"_s}))
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
             .text(u"outcome"_s, true, u"'open'"_s).enumerated(u"StageOutcome"_s)
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
             .text(u"status"_s, true, u"'pending'"_s).enumerated(u"ApprovalStatus"_s)
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
             .timeline(Timeline(80, QT_TRANSLATE_NOOP("Huike::Customer360", "Delivery"), {u"delivered_on"_s})
                           .titled({u"description"_s}, QT_TRANSLATE_NOOP("Huike::Customer360", "Delivery: %1"))
                           .detailed({{u"carrier"_s}, {u"tracking_number"_s},
                                      {u"receiver"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "received by %1")}}))
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
             .timeline(Timeline(90, QT_TRANSLATE_NOOP("Huike::Customer360", "Attachment"), {u"created_at"_s})
                           .titled({u"file_name"_s}, QT_TRANSLATE_NOOP("Huike::Customer360", "Attachment: %1"))
                           .detailed({{u"contract_id.number"_s, QT_TRANSLATE_NOOP("Huike::Customer360", "of contract %1")},
                                      {u"note"_s}}))
             .scope(ScopeKind::CustomerChild);
    return t;
}

// Migration 6: import batches (客户导入, FEATURES.md C5) — who imported which file when, what
// came of it, and whether it was undone. Owned: the importer's, read by the managers above.
// What each row of a batch wrote stays in the importing replica (its import_items), which
// is what the undo reads.
QList<TableDef> version6Tables()
{
    QList<TableDef> t;
    t << TableDef(u"import_batches"_s, Synced)
             .resource(u"import-batches"_s)
             .text(u"kind"_s, true, u"'customers'"_s)
             .text(u"file_name"_s, true)
             .text(u"on_duplicate"_s, true, u"'skip'"_s)
             .text(u"status"_s, true, u"'importing'"_s)
             .integer(u"rows_total"_s, true, u"0"_s)
             .integer(u"rows_done"_s, true, u"0"_s)
             .integer(u"created_count"_s, true, u"0"_s)
             .integer(u"updated_count"_s, true, u"0"_s)
             .integer(u"skipped_count"_s, true, u"0"_s)
             .integer(u"error_count"_s, true, u"0"_s)
             .integer(u"undone_count"_s, true, u"0"_s)
             .integer(u"kept_count"_s, true, u"0"_s)
             .timestamp(u"undone_at"_s)
             .write(u"kind"_s, WriteRule::CreateOnly)
             .write(u"file_name"_s, WriteRule::CreateOnly)
             .write(u"on_duplicate"_s, WriteRule::CreateOnly)
             .scope(ScopeKind::Owned);
    return t;
}

// Migration 10: the approval engine's decision slots (审批步骤, FEATURES.md W2). The server
// makes them when a request is asked, from the flow in force then (shared/core/approvalflow.h):
// one row per approver of an all-of step, one per any-one step. An approver decides a
// slot (status, comment); the server stamps who and when, advances the request and decides
// it. They follow the request's customer.
QList<TableDef> version10Tables()
{
    QList<TableDef> t;
    TableDef steps(u"approval_steps"_s, Synced);
    steps.resource(u"approval-steps"_s)
        .ref(u"customer_id"_s, u"customers"_s, true)
        .ref(u"approval_id"_s, u"approvals"_s, true)
        .index({u"customer_id"_s})
        .index({u"approval_id"_s})
        .scope(ScopeKind::CustomerChild)
        .write(u"approval_id"_s, WriteRule::Server);
    t << stepColumns(steps);
    return t;
}

// Migration 11: voucher batches (记账凭证导出, FEATURES.md W3) — which payments and invoices
// went to the accounting software in which file, under which voucher word and number, so
// a second export of the period leaves them out (or, asked to, writes the same numbers
// again and records that too). A batch is a fact: never edited, every column CreateOnly.
// Exported by / at are the sync columns created_by / created_at.
QList<TableDef> version11Tables()
{
    QList<TableDef> t;
    t << TableDef(u"voucher_batches"_s, Synced)
             .resource(u"voucher-batches"_s)
             .writableBy({u"admin"_s, u"director"_s, u"clerk"_s})
             .text(u"period"_s, true)      // YYYY-MM
             .text(u"format"_s, true)      // kingdee, yonyou, list
             .text(u"file_name"_s, true)
             .integer(u"voucher_count"_s, true, u"0"_s)
             .text(u"first_numbers"_s)     // per word: "收1 记1"
             .text(u"last_numbers"_s)      // per word: "收12 记30"
             .text(u"sources"_s)           // JSON: [{"table","id","word","number"}, …]
             .index({u"period"_s})
             .write(u"period"_s, WriteRule::CreateOnly)
             .write(u"format"_s, WriteRule::CreateOnly)
             .write(u"file_name"_s, WriteRule::CreateOnly)
             .write(u"voucher_count"_s, WriteRule::CreateOnly)
             .write(u"first_numbers"_s, WriteRule::CreateOnly)
             .write(u"last_numbers"_s, WriteRule::CreateOnly)
             .write(u"sources"_s, WriteRule::CreateOnly)
             .scope(ScopeKind::Catalogue);
    return t;
}

// Migration 12: expenses and loans (费用报销, 借款, FEATURES.md W2) and department budgets.
// An expense is its requester's (owned) and is seen too by the users on its list — the
// approvers of its steps and, once approved, who pays it — which the server keeps
// (expenses_members). Its lines and its steps follow it. A claim's amount is its lines'
// total; a loan's is asked as is. Budgets are the catalogue's: per department, month and
// category (empty: all categories), written by directors and administrators.
QList<TableDef> version12Tables()
{
    QList<TableDef> t;
    TableDef expenses(u"expenses"_s, Synced);
    expenses.resource(u"expenses"_s)
        .text(u"kind"_s, true, u"'claim'"_s)
        .text(u"title"_s, true)
        .text(u"status"_s, true, u"'draft'"_s)
        .date(u"spent_on"_s, true)
        .money(u"amount_fen"_s, true)
        .text(u"currency"_s, true, u"'CNY'"_s)
        .text(u"reason"_s)
        .ref(u"for_customer_id"_s, u"customers"_s)
        .ref(u"loan_id"_s, u"expenses"_s)
        .money(u"offset_fen"_s, true)
        .money(u"repaid_fen"_s, true)
        .boolean(u"over_budget"_s)
        .integer(u"step_no"_s, true, u"0"_s)
        .id(u"approver_id"_s)
        .id(u"decided_by"_s)
        .timestamp(u"decided_at"_s)
        .text(u"comment"_s)
        .date(u"paid_on"_s)
        .id(u"paid_by"_s)
        .index({u"loan_id"_s})
        .index({u"for_customer_id"_s}) // the customer's 360° view (migration 13 on a store made before it)
        .timeline(Timeline(100, QT_TRANSLATE_NOOP("Huike::Customer360", "Expense"), {u"paid_on"_s, u"spent_on"_s})
                      .about(u"for_customer_id"_s)
                      .titled({{u"kind"_s, TimelineTexts::expenseKind}, {u"title"_s}}, QT_TRANSLATE_NOOP("Huike::Customer360", "%1: %2"))
                      .detailed({{u"status"_s, TimelineTexts::expenseStatus}})
                      .withAmount(u"amount_fen"_s))
        .scope(ScopeKind::Members)
        .write(u"kind"_s, WriteRule::CreateOnly)
        .write(u"status"_s, WriteRule::Workflow)
        .write(u"comment"_s, WriteRule::Workflow)
        .write(u"repaid_fen"_s, WriteRule::Server)
        .write(u"over_budget"_s, WriteRule::Server)
        .write(u"step_no"_s, WriteRule::Server)
        .write(u"approver_id"_s, WriteRule::Server)
        .write(u"decided_by"_s, WriteRule::Server)
        .write(u"decided_at"_s, WriteRule::Server)
        .write(u"paid_by"_s, WriteRule::Server);
    t << expenses << expenses.membersTable();
    t << TableDef(u"expense_lines"_s, Synced)
             .resource(u"expense-lines"_s)
             .partOf(u"expense_id"_s, u"expenses"_s)
             .integer(u"line_no"_s, true)
             .date(u"spent_on"_s, true)
             .text(u"category"_s, true)
             .money(u"amount_fen"_s, true)
             .text(u"description"_s)
             .text(u"invoice_number"_s);
    TableDef steps(u"expense_steps"_s, Synced);
    steps.resource(u"expense-steps"_s).partOf(u"expense_id"_s, u"expenses"_s);
    t << stepColumns(steps);
    t << TableDef(u"budgets"_s, Synced)
             .resource(u"budgets"_s)
             .writableBy({u"admin"_s, u"director"_s})
             .ref(u"department_id"_s, u"departments"_s, true)
             .text(u"period"_s, true)
             .text(u"category"_s, true, u"''"_s)
             .money(u"amount_fen"_s, true)
             .index({u"department_id"_s, u"period"_s, u"category"_s}, true)
             .scope(ScopeKind::Catalogue);
    return t;
}

// Migration 13: invoices attached to expense claims (报销附件, FEATURES.md W2) — a photo or a
// PDF of an invoice, of the claim or one of its lines. They follow the expense: whoever
// reads it reads them (and may download the content); its requester adds and removes them
// while it is editable. The content is a blob as an attachment's, and as fixed: add another
// file rather than change one.
QList<TableDef> version13Tables()
{
    QList<TableDef> t;
    t << TableDef(u"expense_attachments"_s, Synced)
             .resource(u"expense-attachments"_s)
             .partOf(u"expense_id"_s, u"expenses"_s)
             .ref(u"line_id"_s, u"expense_lines"_s)
             .text(u"file_name"_s, true)
             .text(u"mime_type"_s)
             .integer(u"size_bytes"_s, true, u"0"_s)
             .text(u"sha256"_s, true)
             .text(u"note"_s)
             .index({u"sha256"_s})
             .write(u"line_id"_s, WriteRule::Client)
             .write(u"file_name"_s, WriteRule::Client)
             .write(u"mime_type"_s, WriteRule::Client)
             .write(u"size_bytes"_s, WriteRule::CreateOnly)
             .write(u"sha256"_s, WriteRule::CreateOnly)
             .write(u"note"_s, WriteRule::Client);
    return t;
}

// Migration 14: cash a borrower brings back (借款还款, FEATURES.md W2) — what of a loan was not
// settled by claims. Recorded by who pays (a clerk, director or administrator), as received:
// fixed once written (a wrong one is removed and recorded again). The loan's repaid_fen, the
// server's, adds them to the claims' offsets. They follow the loan: whoever reads it reads
// them.
QList<TableDef> version14Tables()
{
    QList<TableDef> t;
    t << TableDef(u"loan_repayments"_s, Synced)
             .resource(u"loan-repayments"_s)
             .partOf(u"loan_id"_s, u"expenses"_s)
             .date(u"received_on"_s, true)
             .money(u"amount_fen"_s, true)
             .text(u"currency"_s, true, u"'CNY'"_s)
             .text(u"method"_s, true, u"'bank'"_s) // bank | cash
             .text(u"note"_s)
             .id(u"recorded_by"_s)
             .write(u"received_on"_s, WriteRule::CreateOnly)
             .write(u"amount_fen"_s, WriteRule::CreateOnly)
             .write(u"currency"_s, WriteRule::CreateOnly)
             .write(u"method"_s, WriteRule::CreateOnly)
             .write(u"note"_s, WriteRule::Client)
             .write(u"recorded_by"_s, WriteRule::Server);
    return t;
}

} // namespace Huike::DomainSchema::BuiltIn
