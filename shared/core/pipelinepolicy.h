#pragma once

#include "core/decimal.h"
#include "core/enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Huike {

struct Quote;

// What the sales pipeline's workflow rules refuse (FEATURES.md S2–S4, W2): the server's
// answer — HTTP status, error code, the field in the API's naming and its English message.
// The client shows its own words for the code (app/models/outcometext.h).
struct PipelineRefusal
{
    int status = 422;
    QString code;
    QString field;
    QString message;
};
using PipelineVerdict = std::optional<PipelineRefusal>;

// The decisions of the pipeline rules from the record's values and the user — no database:
// the server (server/api/pipelinerules.h) reads what they need and applies them to every
// write; the client asks the same functions before it saves, so that what the server would
// refuse is refused while the user is still there. Statuses are the stored codes
// ("draft", "sent" …); an empty `from` is a record being created.
namespace PipelinePolicy {

struct Actor
{
    QString userId;
    UserRole role = UserRole::Sales;
};

// Managers, directors and administrators decide approvals.
bool isApprover(UserRole role);

// Columns a write may not change, with the reason (document_locked) — empty when free.
struct Locked
{
    QStringList columns;
    QString message;
};

// quotes: a new quote is a draft; draft → sent → accepted / rejected / expired.
PipelineVerdict quoteStatus(const QString &from, const QString &to);
// What a quote's write may not touch: a sent quote's content, and the totals while the
// status changes (save the content first).
Locked quoteLocked(const QString &from, const QString &to);
// Leaving draft for sent with `quote`'s lines: a discount above `threshold` needs an
// approved approval covering it (`approvedUpTo`: the largest approved discount, if any).
PipelineVerdict quoteApproval(const Quote &quote, Decimal threshold, std::optional<Decimal> approvedUpTo);

// contracts: a new contract is a draft, made from an accepted quote; the status flow of
// Contract::canChangeStatus.
PipelineVerdict contractStatus(const QString &from, const QString &to);
PipelineVerdict contractFromQuote(const QString &quoteStatus);
Locked contractLocked(const QString &from);
// Four eyes: in_approval → signed / draft is decided by a manager, director, clerk or
// administrator who neither owns the contract nor submitted it.
PipelineVerdict contractDecision(const Actor &actor, const QString &ownerId, const QString &submitterId);

// Lines of a quote or contract, and a contract's instalment amounts: while it is a draft.
PipelineVerdict linesEditable(bool quote, const QString &documentStatus);
PipelineVerdict planAmountsEditable(const QString &contractStatus);
// Payments, invoices, deliveries: against a signed contract (or later).
PipelineVerdict recordsAllowed(const QString &contractStatus);
// Removing a record of `table` in `status` (quotes, contracts: drafts; approvals: pending).
PipelineVerdict removal(const QString &table, const QString &status);

// approvals (of quotes' discounts): asked as pending on a draft quote without a comment;
// decided once, approved or rejected, by an approver other than the requester and the
// quote's owner (four eyes, for administrators too).
PipelineVerdict approvalRequest(const QString &status, const QString &quoteStatus, const QString &comment);
// A change of a request: only while pending (approvalPending), never of the fixed columns
// (approvalFixedColumns), then approvalChange.
PipelineVerdict approvalPending(const QString &from);
PipelineVerdict approvalChange(const QString &from, const QString &to, bool commentChanged);
PipelineVerdict approvalDecision(const Actor &actor, const QString &requesterId, const QString &quoteOwnerId);
// Withdrawing (removing) a pending request: its requester, or an administrator.
PipelineVerdict approvalWithdrawal(const Actor &actor, const QString &requesterId);
// The columns a request keeps once asked.
QStringList approvalFixedColumns();

// What a pending discount request covers (W2): the quote's lines and its totals, tax mode
// and currency stay as asked until it is decided or withdrawn (409 approval_pending);
// its title, validity and terms stay free.
QStringList discountAskedColumns();
PipelineVerdict discountAsked(bool pending);

// Customer levels (C4). A level request (kind "level"): pending, without a comment, asked
// from the level the customer has now (`oldValue` = `currentLevel`, "" for none), while no
// other level request of the customer is pending (409 approval_pending).
PipelineVerdict levelRequest(const QString &status, const QString &comment, const QString &oldValue,
                             const QString &currentLevel, bool otherPending);
// Decided by the approver the server named when it was asked, or a director or
// administrator — never by the requester (four eyes).
PipelineVerdict levelDecision(const Actor &actor, const QString &requesterId, const QString &approverId);
// A write of customers.level from `from` to `to`: refused while a level request is pending
// (approval_pending: decide or withdraw it first), and for a sales rep changing a level the
// customer has (level_approval_required: ask the owner's manager). A first level is set freely.
PipelineVerdict levelChange(UserRole role, const QString &from, const QString &to, bool pending);
// Whether `role` changes an existing level only through a request.
bool levelNeedsApproval(UserRole role);

} // namespace PipelinePolicy

} // namespace Huike
