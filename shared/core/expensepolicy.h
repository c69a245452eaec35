#pragma once

#include "core/money.h"
#include "core/pipelinepolicy.h"

#include <QString>
#include <QStringList>

namespace Huike {

// Expenses and loans (费用报销, 借款, FEATURES.md W2): the rules the server enforces on every
// write and the client asks first. An expense (kind "claim") has lines (date, category,
// amount) whose total is its amount; a loan (kind "loan") asks an amount. Statuses:
//   draft     being written by its requester (its owner)
//   pending   submitted: its steps are being decided (the approval engine's flow "expense"
//             or "loan"); the requester withdraws it (back to draft) before any decision
//   approved  every step approved: waits to be paid
//   rejected  a step rejected it: the requester edits it (back to draft) or submits it again
//   paid      finance paid it (a clerk, director or administrator, not the requester)
// A claim may be offset against one of the requester's loans (approved or paid, not yet
// repaid in full): the offset part is not paid out but settles the loan.
namespace ExpensePolicy {

// A status change by `actor` of an expense owned by `ownerId` (approved / rejected are the
// engine's, never a client's).
PipelineVerdict transition(const PipelinePolicy::Actor &actor, const QString &ownerId, const QString &from, const QString &to);
// The content (title, amounts, lines, dates, links) changes only while draft or rejected.
PipelineVerdict editable(const QString &status);
QStringList contentColumns();
// Submitting: a claim's amount is its lines' total, and it has lines; a loan asks more than
// nothing; an offset is at most the claim's amount and what is left of the loan.
PipelineVerdict submission(const QString &kind, const Money &amount, const Money &linesTotal, int lineCount,
                           const Money &offset, const Money &loanLeft);
// Removing: drafts and rejected ones only, by their owner (or an administrator).
PipelineVerdict removal(const PipelinePolicy::Actor &actor, const QString &ownerId, const QString &status);
// Who pays: clerks, directors and administrators, never the requester.
bool mayPay(const PipelinePolicy::Actor &actor, const QString &ownerId);
// Cash brought back against a loan (还款), recorded by who pays: of a loan paid out, by bank
// or cash, more than nothing and at most what is left of it (`left`: its amount less what
// claims set against it and the cash already back).
PipelineVerdict repayment(const QString &loanStatus, const Money &amount, const Money &left, const QString &method);

} // namespace ExpensePolicy

} // namespace Huike
