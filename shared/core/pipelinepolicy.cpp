#include "core/pipelinepolicy.h"

#include "core/contract.h"
#include "core/quote.h"

using namespace Qt::StringLiterals;

namespace Huike::PipelinePolicy {

namespace {

PipelineRefusal refusal(const QString &code, const QString &field, const QString &message)
{
    return PipelineRefusal{422, code, field, message};
}

} // namespace

bool isApprover(UserRole role)
{
    return role == UserRole::Admin || role == UserRole::Director || role == UserRole::Manager;
}

PipelineVerdict quoteStatus(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return to == u"draft" ? PipelineVerdict() : refusal(u"invalid_transition"_s, u"status"_s, u"A new quote starts as a draft."_s);
    if (from == to)
        return {};
    const auto f = enumFromCode<QuoteStatus>(from);
    const auto t = enumFromCode<QuoteStatus>(to);
    if (!f || !t || !Quote::canChangeStatus(*f, *t))
        return refusal(u"invalid_transition"_s, u"status"_s, u"A quote cannot go from %1 to %2."_s.arg(from, to));
    return {};
}

Locked quoteLocked(const QString &from, const QString &to)
{
    if (from.isEmpty() || (from == to && from == u"draft"))
        return {};
    if (from == to)
        return {{u"number"_s, u"revision"_s, u"tax_mode"_s, u"currency"_s, u"net_fen"_s, u"tax_fen"_s, u"gross_fen"_s,
                 u"valid_until"_s, u"terms"_s, u"customer_id"_s},
                u"The quote has been sent; make a new revision to change it."_s};
    return {{u"number"_s, u"revision"_s, u"tax_mode"_s, u"currency"_s, u"net_fen"_s, u"tax_fen"_s, u"gross_fen"_s},
            u"Save the quote's content before changing its status."_s};
}

PipelineVerdict quoteApproval(const Quote &quote, Decimal threshold, std::optional<Decimal> approvedUpTo)
{
    if (!quote.needsApproval(threshold) || (approvedUpTo && *approvedUpTo >= quote.maxDiscount()))
        return {};
    return refusal(u"approval_required"_s, u"status"_s,
                   u"A discount of %1 % is above %2 %: a manager approves it before the quote is sent."_s
                       .arg(quote.maxDiscount().toString(), threshold.toString()));
}

PipelineVerdict contractStatus(const QString &from, const QString &to)
{
    if (from.isEmpty())
        return to == u"draft" ? PipelineVerdict() : refusal(u"invalid_transition"_s, u"status"_s, u"A new contract starts as a draft."_s);
    if (from == to)
        return {};
    const auto f = enumFromCode<ContractStatus>(from);
    const auto t = enumFromCode<ContractStatus>(to);
    if (!f || !t || !Contract::canChangeStatus(*f, *t))
        return refusal(u"invalid_transition"_s, u"status"_s, u"A contract cannot go from %1 to %2."_s.arg(from, to));
    return {};
}

PipelineVerdict contractFromQuote(const QString &quoteStatus)
{
    if (quoteStatus == u"accepted")
        return {};
    return refusal(u"invalid_transition"_s, u"quoteId"_s, u"A contract is made from an accepted quote."_s);
}

Locked contractLocked(const QString &from)
{
    if (from.isEmpty() || from == u"draft")
        return {};
    return {{u"number"_s, u"tax_mode"_s, u"currency"_s, u"net_fen"_s, u"tax_fen"_s, u"amount_fen"_s, u"customer_id"_s,
             u"quote_id"_s},
            u"The contract has left draft; its amounts are fixed."_s};
}

PipelineVerdict contractDecision(const Actor &actor, const QString &ownerId, const QString &submitterId)
{
    // Four eyes, for administrators too: neither the contract's owner nor whoever
    // submitted it decides — also not after moving the customer to someone else.
    const bool mayDecide = isApprover(actor.role) || actor.role == UserRole::Clerk;
    if (mayDecide && ownerId != actor.userId && submitterId != actor.userId)
        return {};
    return PipelineRefusal{403, u"forbidden"_s, QString(),
                           u"A manager, director or contract clerk other than its owner and whoever submitted it approves a contract."_s};
}

PipelineVerdict linesEditable(bool quote, const QString &documentStatus)
{
    if (documentStatus == u"draft")
        return {};
    return refusal(u"document_locked"_s, u"status"_s,
                   quote ? u"The quote has been sent; make a new revision to change its lines."_s
                         : u"The contract has left draft; its lines and amounts are fixed."_s);
}

PipelineVerdict planAmountsEditable(const QString &contractStatus)
{
    if (contractStatus == u"draft")
        return {};
    return refusal(u"document_locked"_s, u"amount"_s,
                   u"The contract has left draft; the instalments' amounts are fixed (due dates and notes may change)."_s);
}

PipelineVerdict recordsAllowed(const QString &contractStatus)
{
    if (contractStatus != u"draft" && contractStatus != u"in_approval")
        return {};
    return refusal(u"document_locked"_s, u"contractId"_s, u"Payments, invoices and deliveries are recorded against a signed contract."_s);
}

PipelineVerdict removal(const QString &table, const QString &status)
{
    if ((table == u"quotes" || table == u"contracts") && status != u"draft")
        return refusal(u"document_locked"_s, u"status"_s, u"Only drafts are deleted; the others are kept as history."_s);
    if (table == u"payment_plans" && status != u"draft") // the contract's status
        return refusal(u"document_locked"_s, u"amount"_s, u"The contract has left draft; its instalments are fixed."_s);
    if (table == u"approvals" && status != u"pending")
        return refusal(u"document_locked"_s, u"status"_s, u"A decided approval is kept."_s);
    return {};
}

PipelineVerdict approvalRequest(const QString &status, const QString &quoteStatus, const QString &comment)
{
    if (status != u"pending")
        return refusal(u"invalid_transition"_s, u"status"_s, u"An approval is requested as pending."_s);
    if (quoteStatus != u"draft")
        return refusal(u"document_locked"_s, u"recordId"_s, u"Only a draft quote asks for approval."_s);
    if (!comment.isEmpty())
        return refusal(u"read_only"_s, u"comment"_s, u"The comment is the decider's, written with the decision."_s);
    return {};
}

PipelineVerdict approvalPending(const QString &from)
{
    if (from == u"pending")
        return {};
    return refusal(u"document_locked"_s, u"status"_s, u"This approval has been decided."_s);
}

QStringList approvalFixedColumns()
{
    return {u"record_id"_s, u"table_name"_s, u"kind"_s, u"discount_pct_e4"_s, u"amount_fen"_s, u"old_value"_s, u"new_value"_s};
}

PipelineVerdict approvalChange(const QString &from, const QString &to, bool commentChanged)
{
    if (from == to)
        return commentChanged ? refusal(u"read_only"_s, u"comment"_s, u"The comment is the decider's, written with the decision."_s)
                              : PipelineVerdict();
    if (to != u"approved" && to != u"rejected")
        return refusal(u"invalid_transition"_s, u"status"_s, u"An approval is approved or rejected."_s);
    return {};
}

PipelineVerdict approvalDecision(const Actor &actor, const QString &requesterId, const QString &quoteOwnerId)
{
    // Four eyes, for administrators too: not the requester, and not whoever owns the quote
    // (who would otherwise ask a colleague to request it, or move the customer first).
    if (isApprover(actor.role) && requesterId != actor.userId && quoteOwnerId != actor.userId)
        return {};
    return PipelineRefusal{403, u"forbidden"_s, QString(),
                           u"A manager, director or administrator other than the requester and the quote's owner decides."_s};
}

PipelineVerdict approvalWithdrawal(const Actor &actor, const QString &requesterId)
{
    if (actor.role == UserRole::Admin || (!requesterId.isEmpty() && requesterId == actor.userId))
        return {};
    return PipelineRefusal{403, u"forbidden"_s, QString(), u"Only the requester withdraws a request."_s};
}

QStringList discountAskedColumns()
{
    return {u"tax_mode"_s, u"currency"_s, u"net_fen"_s, u"tax_fen"_s, u"gross_fen"_s};
}

PipelineVerdict discountAsked(bool pending)
{
    if (!pending)
        return {};
    return PipelineRefusal{409, u"approval_pending"_s, u"lines"_s,
                           u"A discount approval of this quote waits: withdraw it to change the lines, or wait for the decision."_s};
}

PipelineVerdict levelRequest(const QString &status, const QString &comment, const QString &oldValue,
                             const QString &currentLevel, bool otherPending)
{
    if (status != u"pending")
        return refusal(u"invalid_transition"_s, u"status"_s, u"An approval is requested as pending."_s);
    if (!comment.isEmpty())
        return refusal(u"read_only"_s, u"comment"_s, u"The comment is the decider's, written with the decision."_s);
    if (otherPending)
        return PipelineRefusal{409, u"approval_pending"_s, u"newValue"_s,
                               u"A level change of this customer waits for approval already."_s};
    if (oldValue != currentLevel)
        return refusal(u"stale_value"_s, u"oldValue"_s, u"The customer's level changed since; ask again from the level it has now."_s);
    return {};
}

PipelineVerdict levelDecision(const Actor &actor, const QString &requesterId, const QString &approverId)
{
    if (requesterId == actor.userId)
        return PipelineRefusal{403, u"forbidden"_s, QString(), u"Another person decides a request: not the requester."_s};
    if (actor.role == UserRole::Director || actor.role == UserRole::Admin || (!approverId.isEmpty() && approverId == actor.userId))
        return {};
    if (approverId.isEmpty() && actor.role == UserRole::Manager)
        return {}; // the owner has no manager named: any manager who sees the customer
    return PipelineRefusal{403, u"forbidden"_s, QString(),
                           u"The owner's manager, a director or an administrator decides a level change."_s};
}

bool levelNeedsApproval(UserRole role)
{
    return role == UserRole::Sales;
}

PipelineVerdict levelChange(UserRole role, const QString &from, const QString &to, bool pending)
{
    if (from == to)
        return {};
    if (pending)
        return PipelineRefusal{409, u"approval_pending"_s, u"level"_s,
                               u"A level change of this customer waits for approval: decide or withdraw it first."_s};
    if (levelNeedsApproval(role) && !from.isEmpty())
        return refusal(u"level_approval_required"_s, u"level"_s, u"A sales rep's level change is approved by the owner's manager: ask for it."_s);
    return {};
}

} // namespace Huike::PipelinePolicy
