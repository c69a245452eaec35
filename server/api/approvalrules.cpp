// PipelineRules: the approval engine's part (FEATURES.md W2, C4) — requests, their steps,
// and what a decision sets. See pipelinerules.h.
#include "api/pipelinerules.h"
#include "api/pipelinerules_p.h"

#include "auth/session.h"
#include "auth/visibility.h"
#include "core/approval.h"
#include "core/approvalflow.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "store/approvalsteps.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace Huike {

using namespace PipelineRulesDetail;

namespace {

// The first pending slot `who` may decide (its index), or the refusal of the first one.
struct Choice
{
    qsizetype index = -1;
    ApprovalEngine::Eligibility eligibility;
};

Choice choose(ApprovalSteps &steps, const PipelinePolicy::Actor &who, const QList<ApprovalSlot> &slotList,
              const QStringList &excluded)
{
    Choice first;
    auto delegate = [&](const QString &approver) { return steps.delegateFor(approver); };
    for (qsizetype i = 0; i < slotList.size(); ++i) {
        if (slotList[i].status != u"pending")
            continue;
        const ApprovalEngine::Eligibility e = ApprovalEngine::mayDecide(who, slotList[i], excluded, delegate);
        if (!e.refusal)
            return {i, e};
        if (first.index < 0 && !first.eligibility.refusal)
            first.eligibility = e;
    }
    if (!first.eligibility.refusal)
        first.eligibility.refusal = PipelineRefusal{422, u"invalid_transition"_s, u"status"_s, u"Nothing of this request waits for a decision."_s};
    return first;
}

} // namespace

std::optional<Row> PipelineRules::pendingRequest(const QString &kind, const QString &recordId)
{
    const QList<Row> rows = Rows::select(m_db, u"approvals"_s,
                                         u"record_id = ? AND kind = ? AND status = 'pending' AND deleted = 0 ORDER BY created_at DESC"_s,
                                         {recordId, kind});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

void PipelineRules::checkApproval(const Visibility &v, const Row *old, const Row &row, Row &changes)
{
    const QString kind = row.value(u"kind"_s).toString();
    const bool level = kind == u"level";
    if (kind == u"contract" && !old)
        throw refusal(u"invalid_transition"_s, u"kind"_s,
                      u"A contract asks for approval when it is submitted (its status in_approval)."_s);
    const ApprovalKindDef *def = approvalKind(kind);
    if (def && def->table == u"expenses")
        throw refusal(u"invalid_transition"_s, u"kind"_s, u"An expense or a loan is its own request: submit it (status pending)."_s);
    if (!def || row.value(u"table_name"_s).toString() != def->table)
        throw refusal(u"invalid_transition"_s, u"tableName"_s, u"This kind of approval is not for that kind of record."_s);
    if (old) {
        // A request is the server's once asked: its steps are decided, not the request.
        enforce(PipelinePolicy::approvalPending(old->value(u"status"_s).toString()));
        enforce({PipelinePolicy::approvalFixedColumns(), u"Ask again instead of changing a request."_s}, old, row);
        const QString to = row.value(u"status"_s).toString();
        enforce(PipelinePolicy::approvalChange(old->value(u"status"_s).toString(), to, changed(old, row, u"comment"_s)));
        if (!changed(old, row, u"status"_s))
            return;
        // Deciding the request is deciding one's step of it; the request follows its steps.
        if (level && to == u"approved")
            customerOf(*old); // a request of a card merged into another can only be rejected
        chooseDecision(v, *old, to, row.value(u"comment"_s));
        changes.remove(u"status"_s);
        changes.remove(u"comment"_s);
        return;
    }
    if (level) {
        const Row record = customerOf(row);
        // Asked by who may change the customer (not a clerk or a service agent, who write
        // some of its records but not the customer itself).
        if (!v.mayWrite(u"customers"_s, record))
            throw RequestError(403, u"forbidden"_s, u"Only who may change the customer asks to change its level."_s);
        enforce(PipelinePolicy::levelRequest(row.value(u"status"_s).toString(), row.value(u"comment"_s).toString(),
                                             row.value(u"old_value"_s).toString(), record.value(u"level"_s).toString(),
                                             pending(u"level"_s, row.value(u"record_id"_s).toString(), selfId(row))));
    } else {
        const Row record = parent(u"quotes"_s, row.value(u"record_id"_s).toString(), row);
        enforce(PipelinePolicy::approvalRequest(row.value(u"status"_s).toString(), record.value(u"status"_s).toString(),
                                                row.value(u"comment"_s).toString()));
    }
    changes[u"decided_by"_s] = QVariant();
    changes[u"decided_at"_s] = QVariant();
    // The steps of the flow in force now, and what they set on the request.
    m_planned = ApprovalSteps(m_db).plan(u"approvals"_s, row, v.session().userId);
    const Row fields = ApprovalSteps::requestFields(*m_planned);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        changes[it.key()] = it.value();
}

void PipelineRules::checkSlot(const Visibility &v, const QString &table, const Row *old, const Row &row, Row &changes)
{
    const ApprovalSteps::Home &home = ApprovalSteps::homeOf(table);
    if (!old)
        throw RequestError(403, u"forbidden"_s, u"The server makes the steps of a request when it is asked."_s);
    const QString from = old->value(u"status"_s).toString();
    const QString to = row.value(u"status"_s).toString();
    enforce(PipelinePolicy::approvalChange(from, to, changed(old, row, u"comment"_s)));
    if (from == to)
        return;
    const std::optional<Row> request = RecordWriter(m_db).read(home.requests, old->value(home.link).toString());
    if (!request || request->value(u"deleted"_s).toInt() != 0 || request->value(u"status"_s).toString() != u"pending")
        throw refusal(u"document_locked"_s, u"status"_s, u"This request has been decided or withdrawn."_s);
    // A level request of a card merged into another (or deleted) can only be rejected.
    if (to == u"approved" && home.requests == u"approvals" && request->value(u"kind"_s).toString() == u"level")
        customerOf(*request);
    ApprovalSteps steps(m_db);
    const ApprovalEngine::Eligibility e = ApprovalEngine::mayDecide(
        actor(v.session()), ApprovalSteps::slotFrom(*old), steps.context(home.requests, *request).excluded,
        [&](const QString &approver) { return steps.delegateFor(approver); });
    enforce(e.refusal);
    changes[u"decided_by"_s] = v.session().userId;
    changes[u"decided_at"_s] = Timestamp::now();
    changes[u"on_behalf_of"_s] = e.onBehalfOf.isEmpty() ? QVariant() : QVariant(e.onBehalfOf);
}

void PipelineRules::checkContractDecision(const Visibility &v, const Row &contract, const QString &to)
{
    const std::optional<Row> request = pendingRequest(u"contract"_s, contract.value(u"id"_s).toString());
    const PipelinePolicy::Actor who = actor(v.session());
    if (!request) { // submitted before the engine: the four-eyes rule of then
        enforce(PipelinePolicy::contractDecision(who, contract.value(u"owner_id"_s).toString(),
                                                 ApprovalSteps(m_db).submitter(u"contracts"_s, contract.value(u"id"_s).toString())));
        return;
    }
    if (to == u"draft" && who.userId == request->value(u"created_by"_s).toString()) {
        enforce(ApprovalEngine::withdrawal(who, who.userId,
                                           ApprovalSteps::slotsFrom(ApprovalSteps(m_db).slotRows(u"approvals"_s, request->value(u"id"_s).toString()))));
        m_withdrawn = request->value(u"id"_s).toString();
        return;
    }
    chooseDecision(v, *request, to == u"signed" ? u"approved"_s : u"rejected"_s, QVariant());
    if (to != u"signed")
        return;
    if (ApprovalEngine::openSlots(ApprovalSteps::slotsFrom(ApprovalSteps(m_db).slotRows(u"approvals"_s, request->value(u"id"_s).toString())))
        > 1)
        throw RequestError(409, u"approval_pending"_s,
                           u"The contract's approval waits for further steps: approve your step; the last approval signs it."_s);
}

void PipelineRules::chooseDecision(const Visibility &v, const Row &request, const QString &to, const QVariant &comment)
{
    ApprovalSteps steps(m_db);
    const QList<Row> rows = steps.slotRows(u"approvals"_s, request.value(u"id"_s).toString());
    const Choice choice = choose(steps, actor(v.session()), ApprovalSteps::slotsFrom(rows), steps.context(u"approvals"_s, request).excluded);
    enforce(choice.eligibility.refusal);
    m_decision = Decision{rows[choice.index].value(u"id"_s).toString(), to, choice.eligibility.onBehalfOf, comment};
}

void PipelineRules::recordDecision(RecordWriter &writer, const QString &requestId, const QString &userId)
{
    if (!m_decision)
        return;
    const Decision d = *std::exchange(m_decision, std::nullopt);
    writer.update(u"approval_steps"_s, d.slotId,
                  Row{{u"status"_s, d.status},
                      {u"decided_by"_s, userId},
                      {u"decided_at"_s, Timestamp::now()},
                      {u"on_behalf_of"_s, d.onBehalfOf.isEmpty() ? QVariant() : QVariant(d.onBehalfOf)},
                      {u"comment"_s, d.comment.toString().isEmpty() ? QVariant() : d.comment}},
                  userId);
    decided(writer, ApprovalSteps(m_db).advance(writer, u"approvals"_s, requestId, userId), userId);
}

void PipelineRules::afterWrite(RecordWriter &writer, const QString &table, const Row *old, const Row &row, const QString &userId)
{
    ApprovalSteps steps(m_db);
    if (table == u"approvals" && !old) {
        if (m_planned)
            steps.writeSlots(writer, u"approvals"_s, row, *std::exchange(m_planned, std::nullopt), userId);
        decided(writer, row, userId);
    } else if (table == u"approval_steps" && old && old->value(u"status"_s).toString() == u"pending"
               && row.value(u"status"_s).toString() != u"pending") {
        decided(writer, steps.advance(writer, u"approvals"_s, row.value(u"approval_id"_s).toString(), userId), userId);
    } else if (table == u"expense_steps" && old && old->value(u"status"_s).toString() == u"pending"
               && row.value(u"status"_s).toString() != u"pending") {
        expenseDecided(writer, steps.advance(writer, u"expenses"_s, row.value(u"expense_id"_s).toString(), userId), userId);
    } else if (table == u"expenses") {
        afterExpense(writer, old, row, userId);
    } else if (table == u"loan_repayments" && !old) {
        afterRepayment(writer, row, userId);
    } else if (table == u"approvals" && old) {
        recordDecision(writer, row.value(u"id"_s).toString(), userId);
    } else if (table == u"contracts" && old) {
        afterContract(writer, *old, row, userId);
    } else if (table == u"tickets") {
        afterTicket(writer, old, row, userId);
    }
}

void PipelineRules::afterContract(RecordWriter &writer, const Row &old, const Row &row, const QString &userId)
{
    const QString from = old.value(u"status"_s).toString();
    const QString to = row.value(u"status"_s).toString();
    if (from == to)
        return;
    const QString id = row.value(u"id"_s).toString();
    ApprovalSteps steps(m_db);
    if (from == u"draft" && to == u"in_approval") {
        // Submitted: the request, asked by the submitter, with the flow in force now.
        decided(writer, steps.askForContract(writer, row, userId), userId);
        return;
    }
    if (from != u"in_approval")
        return;
    if (!m_withdrawn.isEmpty()) {
        steps.removeSlots(writer, u"approvals"_s, m_withdrawn, userId);
        writer.remove(u"approvals"_s, std::exchange(m_withdrawn, QString()), userId);
        return;
    }
    // Signed or sent back by a status change: the decision of the caller's step.
    if (const std::optional<Row> request = pendingRequest(u"contract"_s, id))
        recordDecision(writer, request->value(u"id"_s).toString(), userId);
}

void PipelineRules::decided(RecordWriter &writer, const Row &request, const QString &userId)
{
    const QString status = request.value(u"status"_s).toString();
    if (status == u"pending")
        return;
    const QString kind = request.value(u"kind"_s).toString();
    const QString recordId = request.value(u"record_id"_s).toString();
    if (kind == u"level" && status == u"approved") {
        // The level asked for, in the decision's transaction: every replica gets both with
        // the same pull, as the approver's change.
        const QVariant level = request.value(u"new_value"_s).toString().isEmpty() ? QVariant() : request.value(u"new_value"_s);
        writer.update(u"customers"_s, recordId, Row{{u"level"_s, level}}, userId);
    } else if (kind == u"contract") {
        const std::optional<Row> contract = writer.read(u"contracts"_s, recordId);
        if (!contract || contract->value(u"deleted"_s).toInt() != 0 || contract->value(u"status"_s).toString() != u"in_approval")
            return; // a status change of the contract decided it: it is where the decider put it
        Row changes{{u"status"_s, status == u"approved" ? u"signed"_s : u"draft"_s}};
        if (status == u"approved" && contract->value(u"sign_date"_s).isNull())
            changes[u"sign_date"_s] = QDate::currentDate().toString(Qt::ISODate);
        writer.update(u"contracts"_s, recordId, changes, userId);
    }
}

void PipelineRules::afterRemove(RecordWriter &writer, const QString &table, const Row &old, const QString &userId)
{
    if (table == u"approvals" || table == u"expenses")
        ApprovalSteps(m_db).removeSlots(writer, table, old.value(u"id"_s).toString(), userId);
    else if (table == u"loan_repayments")
        afterRepayment(writer, old, userId);
    else if (table == u"expense_lines") // its invoices stay with the claim
        for (const Row &invoice : Rows::select(m_db, u"expense_attachments"_s, u"line_id = ? AND deleted = 0"_s, {old.value(u"id"_s)}))
            writer.update(u"expense_attachments"_s, invoice.value(u"id"_s).toString(), Row{{u"line_id"_s, QVariant()}}, userId);
}

Row PipelineRules::customerOf(const Row &approval)
{
    const std::optional<Row> c = RecordWriter(m_db).read(u"customers"_s, approval.value(u"customer_id"_s).toString());
    if (!c || c->value(u"deleted"_s).toInt() != 0 || approval.value(u"record_id"_s) != approval.value(u"customer_id"_s))
        throw refusal(u"not_found"_s, u"recordId"_s, u"A level change is asked for the customer itself."_s);
    return *c;
}

} // namespace Huike
