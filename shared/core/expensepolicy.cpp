#include "core/expensepolicy.h"

using namespace Qt::StringLiterals;

namespace Huike::ExpensePolicy {

namespace {

PipelineRefusal refusal(const QString &code, const QString &field, const QString &message)
{
    return PipelineRefusal{422, code, field, message};
}

} // namespace

bool mayPay(const PipelinePolicy::Actor &actor, const QString &ownerId)
{
    const bool finance = actor.role == UserRole::Clerk || actor.role == UserRole::Director || actor.role == UserRole::Admin;
    return finance && actor.userId != ownerId;
}

PipelineVerdict transition(const PipelinePolicy::Actor &actor, const QString &ownerId, const QString &from, const QString &to)
{
    if (from == to)
        return {};
    const bool owner = actor.userId == ownerId;
    if ((from == u"draft" || from == u"rejected") && to == u"pending") {
        if (!owner)
            return PipelineRefusal{403, u"forbidden"_s, QString(), u"Its requester submits an expense."_s};
        return {};
    }
    if (from == u"rejected" && to == u"draft") {
        if (!owner)
            return PipelineRefusal{403, u"forbidden"_s, QString(), u"Its requester takes an expense back to edit it."_s};
        return {};
    }
    if (from == u"pending" && to == u"draft") // a withdrawal: the engine says whether it may
        return owner || actor.role == UserRole::Admin
            ? PipelineVerdict()
            : PipelineVerdict(PipelineRefusal{403, u"forbidden"_s, QString(), u"Only the requester withdraws a request."_s});
    if (from == u"approved" && to == u"paid") {
        if (!mayPay(actor, ownerId))
            return PipelineRefusal{403, u"forbidden"_s, QString(),
                                   u"Finance (a clerk, director or administrator other than the requester) marks an expense paid."_s};
        return {};
    }
    if (from == u"pending" && (to == u"approved" || to == u"rejected"))
        return refusal(u"invalid_transition"_s, u"status"_s, u"An expense is decided step by step: decide your step (expense-steps)."_s);
    return refusal(u"invalid_transition"_s, u"status"_s,
                   u"An expense goes draft → pending → approved → paid (or rejected, then draft or pending again)."_s);
}

QStringList contentColumns()
{
    return {u"title"_s,           u"spent_on"_s,           u"amount_fen"_s, u"currency"_s, u"reason"_s,
            u"for_customer_id"_s, u"for_opportunity_id"_s, u"loan_id"_s,    u"offset_fen"_s};
}

PipelineVerdict repayment(const QString &loanStatus, const Money &amount, const Money &left, const QString &method)
{
    if (loanStatus != u"paid")
        return refusal(u"invalid_transition"_s, u"loanId"_s, u"Only a loan paid out is repaid."_s);
    if (method != u"bank" && method != u"cash")
        return refusal(u"invalid"_s, u"method"_s, u"A repayment comes by bank or in cash."_s);
    if (amount.isZero() || amount.isNegative())
        return refusal(u"validation_failed"_s, u"amount"_s, u"The amount is more than nothing."_s);
    if (amount > left)
        return refusal(u"validation_failed"_s, u"amount"_s, u"Only %1 of the loan is left to repay."_s.arg(left.toPlainString()));
    return {};
}

PipelineVerdict editable(const QString &status)
{
    if (status == u"draft" || status == u"rejected")
        return {};
    return refusal(u"document_locked"_s, u"status"_s,
                   status == u"pending" ? u"The expense waits for approval: withdraw it to change it."_s
                                        : u"The expense has been approved: its content is fixed."_s);
}

PipelineVerdict submission(const QString &kind, const Money &amount, const Money &linesTotal, int lineCount, const Money &offset,
                           const Money &loanLeft)
{
    if (kind == u"claim") {
        if (lineCount == 0)
            return refusal(u"validation_failed"_s, u"lines"_s, u"An expense claim lists what was spent: add a line."_s);
        if (amount != linesTotal)
            return refusal(u"validation_failed"_s, u"amount"_s,
                           u"The amount %1 is not the lines' total %2."_s.arg(amount.toPlainString(), linesTotal.toPlainString()));
    }
    if (amount.isZero() || amount.isNegative())
        return refusal(u"validation_failed"_s, u"amount"_s, u"The amount is more than nothing."_s);
    if (offset.isNegative() || offset > amount)
        return refusal(u"validation_failed"_s, u"offset"_s, u"The offset against the loan is at most the claim's amount."_s);
    if (offset > loanLeft)
        return refusal(u"validation_failed"_s, u"offset"_s,
                       u"Only %1 of the loan is left to offset."_s.arg(loanLeft.toPlainString()));
    return {};
}

PipelineVerdict removal(const PipelinePolicy::Actor &actor, const QString &ownerId, const QString &status)
{
    if (status != u"draft" && status != u"rejected")
        return refusal(u"document_locked"_s, u"status"_s, u"A submitted expense is kept; withdraw it first."_s);
    if (actor.userId != ownerId && actor.role != UserRole::Admin)
        return PipelineRefusal{403, u"forbidden"_s, QString(), u"Its requester deletes an expense."_s};
    return {};
}

} // namespace Huike::ExpensePolicy
