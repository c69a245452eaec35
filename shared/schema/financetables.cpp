// The built-in tables of the finance side (DATAMODEL.md): voucher batches, expenses and
// loans with their lines, steps, invoices and repayments, budgets — by the migration that
// creates them. Internal to shared/schema: DomainSchema (domainschema.cpp) registers them.
#include "schema/builtintables.h"

#include "schema/timelinetexts.h"

using namespace Qt::StringLiterals;

namespace Huike::DomainSchema::BuiltIn {

namespace {

constexpr auto Synced = TableDef::Kind::Synced;
using Timeline = TableDef::Timeline;

} // namespace

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
