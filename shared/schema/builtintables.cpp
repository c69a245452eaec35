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

} // namespace

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

} // namespace Huike::DomainSchema::BuiltIn
