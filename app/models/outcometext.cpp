#include "models/outcometext.h"

#include "core/enums.h"
#include "core/money.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "sync/rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Huike::OutcomeText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::OutcomeText", text);
}

// One sentence per code the server sends (server/API.md, server/api/pipelinerules.h and
// shared/core/pipelinepolicy.h, the field codes of its validation), and the kinds of a
// conflict. tst_outcometext checks that every code in the server's sources is here.
const QHash<QString, const char *> &reasons()
{
    static const QHash<QString, const char *> r{
        // the pipeline's workflow rules
        {u"invalid_transition"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This status change is not possible from the record's current status.")},
        {u"document_locked"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The document has left draft: its content is fixed. For a quote, make a new revision.")},
        {u"approval_required"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The discount is above the limit: a manager must approve it before the quote is sent.")},
        {u"level_approval_required"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A sales rep's change of a customer's level is approved by the owner's manager: ask for it on the card.")},
        {u"already_rated"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The ticket was rated already: a rating is given once.")},
        {u"reopen_expired"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The ticket was closed too long ago to reopen: log a new one.")},
        {u"approval_pending"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A request for this waits for approval: it is decided or withdrawn first.")},
        {u"self"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Choose someone other than yourself.")},
        {u"invalid_date"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Not a date: write it as 2026-12-01.")},
        {u"before_from"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The end date is before the start date.")},
        {u"unknown_field"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The request has a field the server does not know.")},
        {u"invalid_flow"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The approval flow is not one the server can run; see the flow's settings.")},
        {u"approval_decided"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A step of the request has been decided: it can no longer be withdrawn.")},
        {u"stale_value"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The value changed since the request was made; ask again from the value it has now.")},
        {u"unchanged"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The value asked for is the one it already has.")},
        {u"plan_does_not_add_up"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The payment plan does not add up to the contract amount.")},
        {u"duplicate_number"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This document number is already in use.")},
        {u"asset_in_use"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Service tickets name this asset: set its status to returned or scrapped instead of deleting it.")},
        {u"duplicate_serial"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Another asset of this product has this serial number.")},
        {u"four_eyes"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Someone other than the requester and the owner must decide this.")},
        {u"forbidden"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "You are not allowed to do this: it is decided by a manager other than the requester and the record's owner, or needs rights you do not have.")},
        // records and fields
        {u"validation_failed"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Some values are not valid; open the record and correct them.")},
        {u"required"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A required field is empty.")},
        {u"read_only"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This field cannot be changed here: it is set by the server or fixed when the record was created.")},
        {u"invalid_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The record refers to an invalid id.")},
        {u"not_found"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A record it refers to does not exist (or no longer exists) for this customer.")},
        {u"out_of_scope"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The record is no longer visible to you (it was deleted or moved to someone else).")},
        {u"duplicate_credit_code"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Another customer already has this unified social credit code.")},
        {u"conflict"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Someone else changed the same field after your last sync.")},
        {u"deleted"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Someone else deleted the record; your change was kept here.")},
        {u"read_only_table"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This kind of record cannot be changed from the client.")},
        {u"invalid"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A value is not in a valid form.")},
        {u"invalid_timestamp"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A date or time is not valid.")},
        {u"out_of_range"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A value is outside the allowed range.")},
        {u"blob_missing"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The attached file has not reached the server yet; it is sent again at the next sync.")},
        {u"invalid_size"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The attached file's size does not match the uploaded file.")},
        {u"hash_mismatch"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The attached file arrived damaged; it is sent again at the next sync.")},
        // the request itself
        {u"malformed_json"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The server could not read the change (damaged data).")},
        {u"malformed_request"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The server could not read the change (damaged data).")},
        {u"body_too_large"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The change is too large for the server.")},
        {u"mutation_gap"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Changes arrived out of order; they are sent again at the next sync.")},
        {u"resync_required"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The local copy is too old; it is downloaded again.")},
        {u"unsupported_protocol"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This version of the program is too old for the server; please update it.")},
        {u"upgrade_required"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This version of the program is too old for the server; please update it.")},
        {u"unauthorized"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Your login has expired; please log in again.")},
        {u"internal"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The server ran into an error; try again later or tell your administrator.")},
        {u"method_not_allowed"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The server does not allow this kind of request.")},
        {u"invalid_choice"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A value is not one of the allowed choices.")},
        {u"too_short"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A value is too short.")},
        {u"too_long"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A value is too long.")},
        {u"limit_reached"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "You hold as many customers as a rep may: release one before you claim another.")},
        {u"same_as_login"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The password must not be the same as the login name.")},
        {u"too_many_attempts"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Too many attempts; please wait a moment and try again.")},
        // customer merges (server/api/customermerge.h)
        {u"already_merged"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This customer was merged into another already.")},
        {u"not_mergeable"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This field cannot be chosen in a merge.")},
        {u"already_undone"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "This merge was undone already.")},
        {u"undo_expired"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "A merge can only be undone within 30 days.")},
        {u"merge_changed"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "The customers were changed since the merge; it cannot be undone.")},
    };
    return r;
}

// Captions per column, and where a table names a column otherwise.
const char *caption(const QString &table, const QString &column)
{
    static const QHash<QString, const char *> byTable{
        {u"quotes.title"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Subject")},
        {u"contracts.title"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contract title")},
        {u"customers.name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Customer name")},
        {u"contacts.name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contact name")},
        {u"contacts.title"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Job title")},
        {u"opportunities.name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Opportunity name")},
        {u"products.name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Product name")},
        {u"approvals.status"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approval status")},
        {u"approvals.kind"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approval kind")},
        {u"approvals.amount_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Quote total")},
        {u"payment_plans.amount_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Instalment amount")},
        {u"payment_plans.line_no"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Instalment")},
        {u"payments.amount_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Amount received")},
        {u"invoices.amount_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Invoice amount")},
        {u"invoices.number"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Invoice number")},
        {u"invoices.kind"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Invoice type")},
        {u"activities.kind"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Follow-up type")},
        {u"contracts.amount_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contract amount")},
        {u"products.active"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "In the catalogue")},
        {u"users.role"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Role")},
        {u"departments.name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Department name")},
        {u"sales_stages.name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Stage name")},
        {u"voucher_batches.period"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Month exported")},
        {u"voucher_batches.format"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Voucher file format")},
        {u"voucher_batches.voucher_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Number of vouchers")},
        {u"voucher_batches.first_numbers"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "First voucher numbers")},
        {u"voucher_batches.last_numbers"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Last voucher numbers")},
        {u"voucher_batches.sources"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Records exported")},
    };
    static const QHash<QString, const char *> byColumn{
        {u"name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Name")},
        {u"short_name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Short name")},
        {u"address"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Address")},
        {u"province"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Province")},
        {u"city"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "City")},
        {u"postcode"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Postcode")},
        {u"phone"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Phone")},
        {u"mobile"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Mobile")},
        {u"email"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Email")},
        {u"website"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Website")},
        {u"credit_code"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Unified social credit code")},
        {u"industry"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Industry")},
        {u"region"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Region")},
        {u"size"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Company size")},
        {u"status"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Status")},
        {u"level"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Level")},
        {u"type"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Customer type")},
        {u"source"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Source")},
        {u"background"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Background")},
        {u"credit_rating"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Credit rating")},
        {u"security_level"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Confidentiality")},
        {u"tags"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Tags")},
        {u"department_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Department")},
        {u"department"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Department")},
        {u"owner_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Owner")},
        {u"customer_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Customer")},
        {u"contact_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contact")},
        {u"opportunity_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Opportunity")},
        {u"quote_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Quote")},
        {u"contract_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contract")},
        {u"product_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Product")},
        {u"plan_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Instalment")},
        {u"record_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Quote")},
        {u"table_name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Kind of record")},
        {u"title"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Title")},
        {u"decision_role"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Role in the decision")},
        {u"is_primary"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Primary contact")},
        {u"notes"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Notes")},
        {u"note"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Note")},
        {u"code"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Code")},
        {u"specification"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Specification")},
        {u"unit"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Unit")},
        {u"list_price_e4"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "List price")},
        {u"vat_rate_e4"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "VAT rate")},
        {u"currency"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Currency")},
        {u"active"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Active")},
        {u"stage"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Stage")},
        {u"probability_e4"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Probability")},
        {u"amount_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Amount")},
        {u"expected_close"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expected close")},
        {u"competitors"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Competitors")},
        {u"next_step"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Next step")},
        {u"next_step_due"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Next step due")},
        {u"lost_reason"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Reason for losing")},
        {u"number"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Number")},
        {u"revision"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Revision")},
        {u"tax_mode"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Prices with/without VAT")},
        {u"valid_until"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Valid until")},
        {u"net_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Net")},
        {u"tax_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "VAT")},
        {u"gross_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Total")},
        {u"terms"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Terms")},
        {u"line_no"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Line")},
        {u"line_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expense line of the invoice")},
        {u"description"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Description")},
        {u"quantity_e4"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Quantity")},
        {u"unit_price_e4"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Unit price")},
        {u"discount_pct_e4"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Discount")},
        {u"sign_date"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Signing date")},
        {u"start_date"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Start date")},
        {u"end_date"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "End date")},
        {u"party_a"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Party A")},
        {u"party_b"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Party B")},
        {u"due_date"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Due date")},
        {u"is_balance"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Balance payment")},
        {u"paid_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Date received")},
        {u"method"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Payment method")},
        {u"reference"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Reference")},
        {u"issued_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Date issued")},
        {u"kind"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Kind")},
        {u"occurred_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Time")},
        {u"subject"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Subject")},
        {u"body"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Content")},
        {u"done"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Done")},
        {u"reason"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Reason")},
        {u"decided_by"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Decided by")},
        {u"decided_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Decided on")},
        {u"comment"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Comment")},
        {u"old_value"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Value when asked")},
        {u"new_value"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Value asked for")},
        {u"approver_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approver")},
        {u"summary"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "What is asked")},
        {u"step_no"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approval step")},
        {u"approval_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approval request")},
        {u"approver_ids"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approvers")},
        {u"approver_roles"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approver roles")},
        {u"timeout_hours"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Reminder after (hours)")},
        {u"pending_since"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Waiting since")},
        {u"on_behalf_of"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Decided on behalf of")},
        {u"delegate_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Delegate while away")},
        {u"away_from"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Away from")},
        {u"away_to"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Away until")},
        {u"spent_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Date spent")},
        {u"for_customer_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "For customer")},
        {u"loan_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Offset against loan")},
        {u"offset_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Offset")},
        {u"for_opportunity_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "For opportunity")},
        {u"channel"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Channel")},
        {u"priority"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Priority")},
        {u"assignee_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Handled by")},
        {u"tickets.level"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Escalation level")},
        {u"ticket_events.level"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Escalation level")},
        {u"step_note"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Note for this step")},
        {u"suspend_reason"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Reason for suspending")},
        {u"resume_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Resume on")},
        {u"resolution"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "How it was solved")},
        {u"response_due"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "First response due")},
        {u"resolution_due"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Resolution due")},
        {u"responded_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "First responded")},
        {u"resolved_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Resolved at")},
        {u"closed_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Closed at")},
        {u"suspensions"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Time suspended")},
        {u"response_breached"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "First response overdue")},
        {u"resolution_breached"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Resolution overdue")},
        {u"satisfaction"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Satisfaction")},
        {u"satisfaction_comment"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Customer's comment")},
        {u"rated_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Rated at")},
        {u"survey_token"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Survey link")},
        {u"ticket_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Service ticket")},
        {u"action"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Step")},
        {u"serial_number"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Serial number")},
        {u"invoiced_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Invoice date")},
        {u"location"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Installed at")},
        {u"asset_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Asset")},
        {u"is_part"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Spare part")},
        {u"products.category"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Product category")},
        {u"from_status"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "From status")},
        {u"to_status"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "To status")},
        {u"loan_repayments.loan_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Loan")},
        {u"loan_repayments.method"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Repayment method")},
        {u"received_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Date received")},
        {u"recorded_by"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Recorded by")},
        {u"repaid_fen"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Repaid")},
        {u"over_budget"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Over budget")},
        {u"paid_by"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Paid by")},
        {u"expenses.paid_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Date paid out")},
        {u"expense_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expense")},
        {u"category"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Category")},
        {u"invoice_number"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Invoice number")},
        {u"period"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Month")},
        {u"role"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Role")},
        {u"from_stage"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "From stage")},
        {u"to_stage"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "To stage")},
        {u"changed_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Changed on")},
        {u"delivered_on"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Delivery date")},
        {u"carrier"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Carrier")},
        {u"tracking_number"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Tracking number")},
        {u"receiver"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Receiver")},
        {u"file_name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "File name")},
        {u"mime_type"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "File type")},
        {u"size_bytes"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "File size")},
        {u"sha256"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "File")},
        {u"key"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Setting")},
        {u"value"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Value")},
        {u"login"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Login name")},
        {u"display_name"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Name")},
        {u"manager_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Manager")},
        {u"disabled"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Disabled")},
        {u"user_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "User")},
        {u"parent_id"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Parent department")},
        {u"sort_order"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Order")},
        {u"outcome"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Outcome")},
        {u"last_activity_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Last follow-up")},
        {u"on_duplicate"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Customers already there")},
        {u"rows_total"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Rows")},
        {u"rows_done"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Rows imported")},
        {u"created_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Created")},
        {u"updated_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Updated")},
        {u"skipped_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Skipped")},
        {u"error_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Rows with errors")},
        {u"undone_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Undone")},
        {u"kept_count"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Kept at the undo")},
        {u"undone_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Undone on")},
        {u"pool_reason"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Why it went to the public pool")},
        {u"pooled_at"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "In the public pool since")},
        {u"merged_into"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Merged into")},
        {u"owner_since"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "With its owner since")},
    };
    if (const char *c = byTable.value(table + u'.' + column))
        return c;
    return byColumn.value(column);
}

const QHash<QString, const char *> &tables()
{
    static const QHash<QString, const char *> t{
        {u"customers"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Customer")},
        {u"contacts"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contact")},
        {u"opportunities"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Opportunity")},
        {u"quotes"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Quote")},
        {u"quote_lines"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Quote line")},
        {u"contracts"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contract")},
        {u"contract_lines"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Contract line")},
        {u"payment_plans"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Instalment")},
        {u"payments"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Payment received")},
        {u"invoices"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Invoice record")},
        {u"deliveries"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Delivery record")},
        {u"activities"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Follow-up")},
        {u"approvals"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approval request")},
        {u"attachments"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Attachment")},
        {u"products"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Product")},
        {u"stage_changes"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Stage change")},
        {u"app_settings"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Setting")},
        {u"users"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "User account")},
        {u"departments"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Department")},
        {u"user_departments"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Department membership")},
        {u"sales_stages"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Sales stage")},
        {u"import_batches"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Import batch")},
        {u"voucher_batches"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Voucher export")},
        {u"approval_steps"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Approval step")},
        {u"expenses"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expense or loan")},
        {u"expenses_members"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Who sees an expense")},
        {u"expense_lines"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expense line")},
        {u"expense_steps"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expense approval step")},
        {u"expense_attachments"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Expense invoice attachment")},
        {u"loan_repayments"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Loan repayment")},
        {u"tickets"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Service ticket")},
        {u"ticket_events"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Ticket history entry")},
        {u"assets"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Asset")},
        {u"budgets"_s, QT_TRANSLATE_NOOP("Huike::OutcomeText", "Budget")},
    };
    return t;
}

// The row from the replica, or else what was typed.
Row rowOf(Replica &replica, const QString &table, const QString &id, const Row &typed = {})
{
    if (id.isEmpty() || !DomainSchema::find(table))
        return typed;
    const auto row = replica.read(table, id);
    return row ? *row : typed;
}

QString quoteCaption(const Row &quote)
{
    if (quote.value(u"number"_s).toString().isEmpty())
        return tr("Quote");
    return tr("Quote %1 V%2").arg(quote.value(u"number"_s).toString()).arg(quote.value(u"revision"_s).toInt());
}

QString contractCaption(const Row &contract)
{
    if (contract.value(u"number"_s).toString().isEmpty())
        return tr("Contract");
    return tr("Contract %1").arg(contract.value(u"number"_s).toString());
}

} // namespace

QString reason(const QString &code)
{
    if (const char *r = reasons().value(code))
        return tr(r);
    return tr("The server did not accept the change.");
}

bool knows(const QString &code)
{
    return reasons().contains(code);
}

QStringList codes()
{
    QStringList out = reasons().keys();
    out.sort();
    return out;
}

QString fieldCaption(const QString &table, const QString &column)
{
    // The column, or the API's name of it ("discountPercent", "amount" for amount_fen); for
    // a table this version does not know (a newer server's), the API's name in snake_case.
    QString c = column;
    if (const TableDef *def = DomainSchema::find(table)) {
        if (!def->column(column))
            if (const QString declared = Rows::columnFor(table, column); !declared.isEmpty())
                c = declared;
    } else {
        c.clear();
        for (const QChar ch : column) {
            if (ch.isUpper())
                c += u'_';
            c += ch.toLower();
        }
    }
    const char *label = caption(table, c);
    return label ? tr(label) : QString();
}

QString valueText(const QString &table, const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid() || value.toString().isEmpty())
        return tr("(empty)");
    const TableDef *def = DomainSchema::find(table);
    const ColumnDef *c = def ? def->column(column) : nullptr;
    // A code by its label, as the column declares (the merge preview, the conflict list);
    // a code the enumeration does not know as it is.
    if (c && !c->enumeration.isEmpty())
        return enumLabelFor(c->enumeration, value.toString()).value_or(value.toString());
    if (!c)
        return value.toString();
    switch (c->type) {
    case ColumnType::Money:
        return Money::fromFen(value.toLongLong()).format(QLocale());
    case ColumnType::Decimal: {
        const QString d = Decimal::fromRaw(value.toLongLong()).toString();
        return column.contains(u"pct"_s) || column.contains(u"rate"_s) || column.contains(u"probability"_s) ? d + u" %"_s : d;
    }
    case ColumnType::Bool:
        return value.toInt() != 0 ? tr("Yes") : tr("No");
    case ColumnType::Timestamp:
        return value.toString().left(16).replace(u'T', u' ');
    default:
        return value.toString();
    }
}

QString tableCaption(const QString &table)
{
    const char *t = tables().value(table);
    return t ? tr(t) : table;
}

Row typedValues(const QString &table, const QString &mine)
{
    const TableDef *def = DomainSchema::find(table);
    const QJsonObject typed = QJsonDocument::fromJson(mine.toUtf8()).object();
    if (!def || typed.isEmpty())
        return {};
    QStringList columns;
    for (const QJsonValue &c : typed.value(u"columns"_s).toArray())
        columns << c.toString();
    Row row;
    if (!RowCodec::decode(*def, columns, typed.value(u"values"_s).toArray(), &row))
        return {};
    return row;
}

QString recordCaption(Replica &replica, const QString &table, const QString &id, const Row &typed)
{
    const Row row = rowOf(replica, table, id, typed);
    const int lineNo = row.value(u"line_no"_s).toInt();
    if (table == u"customers")
        return row.value(u"name"_s).toString().isEmpty() ? tr("Customer") : row.value(u"name"_s).toString();
    if (table == u"quotes")
        return quoteCaption(row);
    if (table == u"quote_lines") {
        const QString quote = quoteCaption(rowOf(replica, u"quotes"_s, row.value(u"quote_id"_s).toString()));
        return lineNo > 0 ? tr("%1, line %2").arg(quote).arg(lineNo) : tr("%1, a line").arg(quote);
    }
    if (table == u"contracts")
        return contractCaption(row);
    const Row contract = row.contains(u"contract_id"_s) ? rowOf(replica, u"contracts"_s, row.value(u"contract_id"_s).toString()) : Row();
    if (table == u"contract_lines")
        return lineNo > 0 ? tr("%1, line %2").arg(contractCaption(contract)).arg(lineNo) : tr("%1, a line").arg(contractCaption(contract));
    if (table == u"payment_plans")
        return tr("%1, instalment %2").arg(contractCaption(contract)).arg(lineNo);
    if (table == u"payments")
        return tr("%1, payment of %2").arg(contractCaption(contract), row.value(u"paid_on"_s).toString());
    if (table == u"invoices")
        return tr("%1, invoice %2").arg(contractCaption(contract), row.value(u"number"_s).toString());
    if (table == u"deliveries")
        return tr("%1, delivery of %2").arg(contractCaption(contract), row.value(u"delivered_on"_s).toString());
    if (table == u"approvals" && row.value(u"kind"_s).toString() == u"level")
        return tr("Level change of %1").arg(rowOf(replica, u"customers"_s, row.value(u"customer_id"_s).toString()).value(u"name"_s).toString());
    if (table == u"approvals")
        return tr("Discount approval for %1").arg(quoteCaption(rowOf(replica, u"quotes"_s, row.value(u"record_id"_s).toString())));
    const QString customer = rowOf(replica, u"customers"_s, row.value(u"customer_id"_s).toString()).value(u"name"_s).toString();
    QString what = tableCaption(table);
    for (const QString &c : {u"name"_s, u"subject"_s, u"file_name"_s, u"display_name"_s, u"key"_s})
        if (!row.value(c).toString().isEmpty()) {
            what = u"%1 %2"_s.arg(what, row.value(c).toString());
            break;
        }
    return customer.isEmpty() ? what : tr("%1 (%2)").arg(what, customer);
}

} // namespace Huike::OutcomeText
