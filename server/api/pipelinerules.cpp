#include "api/pipelinerules.h"

#include "core/slarules.h"
#include "api/pipelinerules_p.h"

#include "auth/session.h"
#include "auth/visibility.h"
#include "core/approval.h"
#include "core/approvalflow.h"
#include "core/attachmentrecord.h"
#include "core/expensepolicy.h"
#include "core/pipelinepolicy.h"
#include "core/slarules.h"
#include "core/timestamp.h"
#include "core/warranty.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "store/approvalsteps.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>


using namespace Qt::StringLiterals;

namespace Huike {

namespace PipelineRulesDetail {

RequestError refusal(const QString &code, const QString &field, const QString &message)
{
    ValidationErrors e;
    e.add(field, code, message);
    RequestError error = RequestError::validation(e);
    return RequestError(422, code, message, error.fields());
}

// The shared rules' verdict as the API's answer.
void enforce(const PipelineVerdict &verdict)
{
    if (!verdict)
        return;
    if (verdict->status != 422)
        throw RequestError(verdict->status, verdict->code, verdict->message);
    throw refusal(verdict->code, verdict->field, verdict->message);
}

bool changed(const Row *old, const Row &row, const QString &column)
{
    return old && old->value(column) != row.value(column);
}

// The row's id for "and not this row" (a new row may have none yet: never NULL, which
// would make `id <> ?` unknown and hide every match).
QString selfId(const Row &row)
{
    const QString id = row.value(u"id"_s).toString();
    return id.isNull() ? u""_s : id;
}

void enforce(const PipelinePolicy::Locked &locked, const Row *old, const Row &row)
{
    for (const QString &c : locked.columns)
        if (changed(old, row, c))
            throw refusal(u"document_locked"_s, Rows::jsonName(c), locked.message);
}

PipelinePolicy::Actor actor(const Session &s)
{
    return {s.userId, s.role};
}

} // namespace PipelineRulesDetail

using namespace PipelineRulesDetail;

PipelineRules::PipelineRules(Database &db) : m_db(db) { }

QString PipelineRules::setting(const QString &key)
{
    return Rows::setting(m_db, key);
}

void PipelineRules::checkAttachment(const Visibility &v, const Row *old, const Row &row)
{
    if (!row.value(u"contract_id"_s).toString().isEmpty())
        parent(u"contracts"_s, row.value(u"contract_id"_s).toString(), row);
    if (old) {
        for (const QString &column : {u"sha256"_s, u"size_bytes"_s, u"customer_id"_s}) {
            if (changed(old, row, column))
                throw refusal(u"document_locked"_s, Rows::jsonName(column),
                              u"An attachment's file stays as it was added; add the new file as another attachment."_s);
        }
        return;
    }
    requireContent(v, row);
}

void PipelineRules::requireContent(const Visibility &v, const Row &row)
{
    // Knowing a file's SHA-256 is not having it: the caller uploaded the content, or can
    // already read an attachment naming it. Otherwise the same answer as no content at all.
    const QVariant sha = row.value(u"sha256"_s);
    bool holds = m_db.scalar(u"SELECT count(*) FROM blob_holders WHERE sha256 = ? AND user_id = ?"_s,
                             {sha, v.session().userId}).toInt() > 0;
    if (!holds) {
        const Visibility::Filter naming = v.attachmentsNaming(sha.toString());
        holds = m_db.scalar(naming.sql, naming.values).toInt() > 0;
    }
    const QVariant size = holds ? m_db.scalar(u"SELECT size_bytes FROM blobs WHERE sha256 = ?"_s, {sha}) : QVariant();
    if (!size.isValid())
        throw refusal(u"blob_missing"_s, u"sha256"_s,
                      u"The server does not have this file yet: upload it (PUT /api/v1/blobs/{sha256}) before the record."_s);
    if (size.toLongLong() != row.value(u"size_bytes"_s).toLongLong())
        throw refusal(u"invalid_size"_s, u"sizeBytes"_s, u"The size does not match the uploaded file."_s);
}

void PipelineRules::checkExpenseAttachment(const Visibility &v, const Row *old, const Row &row)
{
    // An invoice is the claim's content: its requester's, while the claim is editable.
    const std::optional<Row> expense = RecordWriter(m_db).read(u"expenses"_s, row.value(u"expense_id"_s).toString());
    if (!expense || expense->value(u"deleted"_s).toInt() != 0)
        throw refusal(u"not_found"_s, u"expenseId"_s, u"There is no such expense."_s);
    if (v.session().userId != expense->value(u"owner_id"_s).toString() && v.session().role != UserRole::Admin)
        throw RequestError(403, u"forbidden"_s, u"Its requester attaches an expense's invoices."_s);
    enforce(ExpensePolicy::editable(expense->value(u"status"_s).toString()));
    // The file as an attachment's: a name without folders, the size limit, a SHA-256.
    AttachmentRecord file;
    file.customerId = Id::generate(); // stands in: an invoice belongs to its expense
    file.fileName = row.value(u"file_name"_s).toString();
    file.mimeType = row.value(u"mime_type"_s).toString();
    file.sizeBytes = row.value(u"size_bytes"_s).toLongLong();
    file.sha256 = row.value(u"sha256"_s).toString();
    file.note = row.value(u"note"_s).toString();
    if (const ValidationErrors errors = file.validate())
        throw RequestError::validation(errors);
    const QString line = row.value(u"line_id"_s).toString();
    if (!line.isEmpty() && (!old || changed(old, row, u"line_id"_s))) {
        const std::optional<Row> l = RecordWriter(m_db).read(u"expense_lines"_s, line);
        if (!l || l->value(u"deleted"_s).toInt() != 0 || l->value(u"expense_id"_s) != row.value(u"expense_id"_s))
            throw refusal(u"not_found"_s, u"lineId"_s, u"The line is not one of this expense's."_s);
    }
    if (!old)
        requireContent(v, row);
}

Row PipelineRules::parent(const QString &table, const QString &id, const Row &child)
{
    const std::optional<Row> p = RecordWriter(m_db).read(table, id);
    if (!p || p->value(u"deleted"_s).toInt() != 0
        || p->value(u"customer_id"_s) != child.value(u"customer_id"_s))
        throw refusal(u"not_found"_s, Rows::jsonName(table == u"quotes" ? u"quote_id"_s
                                                     : table == u"contracts" ? u"contract_id"_s
                                                                              : u"opportunity_id"_s),
                      u"The document this belongs to does not exist for this customer."_s);
    return *p;
}

void PipelineRules::requireDraftParent(const QString &table, const Row &row)
{
    const bool quote = table == u"quote_lines";
    const Row p = parent(quote ? u"quotes"_s : u"contracts"_s,
                         row.value(quote ? u"quote_id"_s : u"contract_id"_s).toString(), row);
    enforce(PipelinePolicy::linesEditable(quote, p.value(u"status"_s).toString()));
    if (quote)
        enforce(PipelinePolicy::discountAsked(pending(u"discount"_s, p.value(u"id"_s).toString())));
}

bool PipelineRules::pending(const QString &kind, const QString &recordId, const QString &exceptId)
{
    return m_db.scalar(u"SELECT count(*) FROM approvals WHERE record_id = ? AND kind = ? AND status = 'pending' "
                       u"AND deleted = 0 AND id <> ?"_s,
                       {recordId, kind, exceptId})
               .toInt()
        > 0;
}

void PipelineRules::checkWrite(const Visibility &v, const QString &table, const Row *old, const Row &row, Row &changes)
{
    if (table == u"quotes")
        checkQuote(v, old, row);
    else if (table == u"contracts")
        checkContract(v, old, row);
    else if (table == u"quote_lines" || table == u"contract_lines")
        requireDraftParent(table, row);
    else if (table == u"payment_plans") {
        const Row contract = parent(u"contracts"_s, row.value(u"contract_id"_s).toString(), row);
        const bool amounts = !old || changed(old, row, u"amount_fen"_s) || changed(old, row, u"is_balance"_s)
            || changed(old, row, u"contract_id"_s);
        if (amounts)
            enforce(PipelinePolicy::planAmountsEditable(contract.value(u"status"_s).toString()));
    } else if (table == u"payments" || table == u"invoices" || table == u"deliveries") {
        const Row contract = parent(u"contracts"_s, row.value(u"contract_id"_s).toString(), row);
        enforce(PipelinePolicy::recordsAllowed(contract.value(u"status"_s).toString()));
        if (table == u"payments" && !row.value(u"plan_id"_s).toString().isEmpty()) {
            const std::optional<Row> plan = RecordWriter(m_db).read(u"payment_plans"_s, row.value(u"plan_id"_s).toString());
            if (!plan || plan->value(u"contract_id"_s) != row.value(u"contract_id"_s))
                throw refusal(u"not_found"_s, u"planId"_s, u"The instalment is not one of this contract's."_s);
        }
    } else if (table == u"attachments") {
        checkAttachment(v, old, row);
    } else if (table == u"approvals")
        checkApproval(v, old, row, changes);
    else if (table == u"approval_steps" || table == u"expense_steps")
        checkSlot(v, table, old, row, changes);
    else if (table == u"expenses")
        checkExpense(v, old, row, changes);
    else if (table == u"expense_lines")
        checkExpenseLine(row);
    else if (table == u"expense_attachments")
        checkExpenseAttachment(v, old, row);
    else if (table == u"loan_repayments")
        checkRepayment(v, old, row, changes);
    else if (table == u"expenses_members")
        throw RequestError(403, u"forbidden"_s, u"Who sees an expense is the server's: its requester, its approvers and who pays it."_s);
    else if (table == u"tickets") {
        checkTicket(v, old, row, changes);
        checkTicketAsset(old, row, changes);
    } else if (table == u"assets")
        checkAsset(old, row, changes);
    else if (table == u"ticket_events")
        throw RequestError(403, u"forbidden"_s, u"A ticket's history is the server's: move the ticket instead."_s);
    else if (table == u"stage_changes")
        parent(u"opportunities"_s, row.value(u"opportunity_id"_s).toString(), row);
    else if (table == u"customers")
        checkCustomer(v, old, row);
    else if (table == u"app_settings" && row.value(u"key"_s).toString().startsWith(u"approval.flow."_s)
             && !row.value(u"value"_s).toString().trimmed().isEmpty()) {
        // An approval flow an administrator writes is one the engine can run.
        QString why;
        if (!ApprovalFlow::fromJson(row.value(u"value"_s).toString(), &why))
            throw refusal(u"invalid_flow"_s, u"value"_s, why);
    } else if (table == u"app_settings" && !row.value(u"value"_s).toString().trimmed().isEmpty()
               && (row.value(u"key"_s).toString() == SettingKeys::ServiceCalendar
                   || row.value(u"key"_s).toString() == SettingKeys::ServiceSla
                   || row.value(u"key"_s).toString() == SettingKeys::ServiceWarranty)) {
        // The working calendar, the service targets and the warranty periods are ones the SLA
        // and the warranty arithmetic can count with.
        QString why;
        const QString key = row.value(u"key"_s).toString();
        const QString value = row.value(u"value"_s).toString();
        const bool ok = key == SettingKeys::ServiceCalendar ? bool(WorkCalendar::fromJson(value, &why))
            : key == SettingKeys::ServiceSla                ? bool(SlaRules::fromJson(value, &why))
                                                            : bool(WarrantyRules::fromJson(value, &why));
        if (!ok)
            throw refusal(u"invalid"_s, u"value"_s, why);
    }
}

void PipelineRules::checkRemove(const Visibility &v, const QString &table, const Row &old)
{
    if (table == u"quotes" || table == u"contracts" || table == u"approvals") {
        enforce(PipelinePolicy::removal(table, old.value(u"status"_s).toString()));
        if (table == u"approvals")
            enforce(ApprovalEngine::withdrawal(actor(v.session()), old.value(u"created_by"_s).toString(),
                                               ApprovalSteps::slotsFrom(ApprovalSteps(m_db).slotRows(table, old.value(u"id"_s).toString()))));
    } else if (table == u"expenses") {
        checkExpenseRemoval(v, old);
    } else if (table == u"expense_lines") {
        checkExpenseLine(old);
    } else if (table == u"expense_attachments") {
        checkExpenseAttachment(v, &old, old);
    } else if (table == u"loan_repayments") {
        Row none;
        checkRepayment(v, &old, old, none);
    } else if (table == u"tickets") {
        // A ticket being worked is closed, not deleted: only one logged by mistake goes.
        if (old.value(u"status"_s).toString() != u"new")
            throw refusal(u"document_locked"_s, QString(), u"Only a new ticket is deleted; close the others."_s);
    } else if (table == u"ticket_events") {
        throw RequestError(403, u"forbidden"_s, u"A ticket's history is the server's."_s);
    } else if (table == u"assets") {
        checkAssetRemoval(old);
    } else if (table == u"approval_steps" || table == u"expense_steps" || table == u"expenses_members") {
        throw RequestError(403, u"forbidden"_s, u"The steps of a request are the server's: withdraw the request instead."_s);
    } else if (table == u"quote_lines" || table == u"contract_lines") {
        requireDraftParent(table, old);
    } else if (table == u"payment_plans") {
        const Row contract = parent(u"contracts"_s, old.value(u"contract_id"_s).toString(), old);
        enforce(PipelinePolicy::removal(table, contract.value(u"status"_s).toString()));
    }
}

void PipelineRules::checkQuote(const Visibility &, const Row *old, const Row &row)
{
    const QString from = old ? old->value(u"status"_s).toString() : QString();
    const QString to = row.value(u"status"_s).toString();
    enforce(PipelinePolicy::quoteStatus(from, to));
    enforce(PipelinePolicy::quoteLocked(from, to), old, row);
    if (old && from == u"draft" && to == u"draft") {
        bool asked = false;
        for (const QString &c : PipelinePolicy::discountAskedColumns())
            asked = asked || changed(old, row, c);
        if (asked)
            enforce(PipelinePolicy::discountAsked(pending(u"discount"_s, row.value(u"id"_s).toString())));
    }
    if (!old || changed(old, row, u"number"_s) || changed(old, row, u"revision"_s)) {
        if (m_db.scalar(u"SELECT count(*) FROM quotes WHERE number = ? AND revision = ? AND id <> ?"_s,
                        {row.value(u"number"_s), row.value(u"revision"_s), selfId(row)}).toInt() > 0)
            throw RequestError(409, u"duplicate_number"_s,
                               u"Quote %1 V%2 exists already."_s.arg(row.value(u"number"_s).toString()).arg(row.value(u"revision"_s).toInt()));
    }
    if (!old || from != u"draft" || to != u"sent")
        return;

    // Leaving draft: the quote as a whole.
    Quote quote = Rows::from<Quote>(row);
    for (const Row &line : Rows::select(m_db, u"quote_lines"_s, u"quote_id = ? AND deleted = 0 ORDER BY line_no"_s, {row.value(u"id"_s)}))
        quote.lines.append(Rows::lineFrom(u"quote_lines"_s, line, quote.currency));
    const ValidationErrors errors = quote.validate();
    if (!errors.isEmpty())
        throw RequestError(422, u"validation_failed"_s, errors.errors().first().message, errors.toJson());
    const Decimal threshold = discountApprovalThreshold(setting(SettingKeys::DiscountApprovalPercent.toString()));
    if (quote.needsApproval(threshold)) {
        const QVariant approved = m_db.scalar(
            u"SELECT MAX(discount_pct_e4) FROM approvals WHERE record_id = ? AND table_name = 'quotes' AND status = 'approved' "
            u"AND deleted = 0"_s,
            {row.value(u"id"_s)});
        enforce(PipelinePolicy::quoteApproval(quote, threshold, approved.isNull() ? std::nullopt
                                                                                  : std::optional(Decimal::fromRaw(approved.toLongLong()))));
    }
}

void PipelineRules::checkContract(const Visibility &v, const Row *old, const Row &row)
{
    const QString from = old ? old->value(u"status"_s).toString() : u"draft"_s;
    const QString to = row.value(u"status"_s).toString();
    if (!old)
        enforce(PipelinePolicy::contractStatus(QString(), to));
    if (!old && !row.value(u"quote_id"_s).toString().isEmpty()) {
        const Row quote = parent(u"quotes"_s, row.value(u"quote_id"_s).toString(), row);
        enforce(PipelinePolicy::contractFromQuote(quote.value(u"status"_s).toString()));
    }
    if (!old || changed(old, row, u"number"_s)) {
        if (m_db.scalar(u"SELECT count(*) FROM contracts WHERE number = ? AND id <> ?"_s,
                        {row.value(u"number"_s), selfId(row)}).toInt() > 0)
            throw RequestError(409, u"duplicate_number"_s,
                               u"Contract %1 exists already."_s.arg(row.value(u"number"_s).toString()));
    }
    if (old)
        enforce(PipelinePolicy::contractLocked(from), old, row);
    if (!old || from == to)
        return;
    enforce(PipelinePolicy::contractStatus(from, to));
    if (from == u"in_approval")
        checkContractDecision(v, row, to);
    if (from != u"draft")
        return;

    // Leaving draft: the contract with its lines and payment plan.
    Contract contract = Rows::from<Contract>(row);
    const QString where = u"contract_id = ? AND deleted = 0 ORDER BY line_no"_s;
    for (const Row &r : Rows::select(m_db, u"contract_lines"_s, where, {row.value(u"id"_s)}))
        contract.lines.append(Rows::lineFrom(u"contract_lines"_s, r, contract.currency));
    for (const Row &r : Rows::select(m_db, u"payment_plans"_s, where, {row.value(u"id"_s)})) {
        PaymentPlanLine line = Rows::from<PaymentPlanLine>(r);
        line.amount = Money::fromFen(line.amount.fen(), contract.currency);
        contract.paymentPlan.append(line);
    }
    if (contract.paymentPlan.isEmpty())
        throw refusal(u"plan_does_not_add_up"_s, u"paymentPlan"_s,
                      u"A contract needs a payment plan that adds up to its amount before approval."_s);
    const ValidationErrors errors = contract.validate();
    if (!errors.isEmpty()) {
        const QString code = errors.codeFor(u"paymentPlan"_s) == u"plan_does_not_add_up" ? u"plan_does_not_add_up"_s
                                                                                          : u"validation_failed"_s;
        throw RequestError(422, code, errors.errors().first().message, errors.toJson());
    }
}

void PipelineRules::checkCustomer(const Visibility &v, const Row *old, const Row &row)
{
    if (!old || !changed(old, row, u"level"_s))
        return;
    enforce(PipelinePolicy::levelChange(v.session().role, old->value(u"level"_s).toString(), row.value(u"level"_s).toString(),
                                        pending(u"level"_s, old->value(u"id"_s).toString())));
}

} // namespace Huike
