#pragma once

#include "core/approvalflow.h"
#include "schema/rows.h"

#include <optional>

namespace Huike {

class Database;
class SlaRules;
class WorkCalendar;
class RecordWriter;
class Visibility;

// The sales pipeline's workflow rules (FEATURES.md S2–S4, W2), enforced on every write —
// REST and sync — after scope and field validation, inside the write's transaction.
// The decisions themselves are shared/core/pipelinepolicy.h, which the client asks before
// it saves; this reads what they need and is the guard for clients that do not, and for
// edits that crossed while offline.
//
// Documents are edited freely while draft; leaving draft checks them whole:
//   quotes     draft → sent needs ≥ 1 line, totals that match the lines (Pricing), and,
//              when a line's discount is above the threshold (app_settings
//              quote.discount_approval_pct, default 10 %), an approved approval covering
//              it; sent → accepted / rejected / expired. A sent quote's content is fixed
//              (a change is a new revision); only draft quotes are deleted.
//   contracts  draft → in_approval needs totals that match the lines and a payment plan
//              that adds up exactly to the amount; in_approval → signed (with a sign
//              date) or back to draft is decided by a manager, director, clerk or
//              administrator, not by the contract's owner; then executing → completed,
//              or terminated. Out of draft, lines, amounts and instalment amounts are
//              fixed; instalment due dates and notes may still move.
//   payments, invoices, deliveries   only against a contract that is signed or later
//              (of the same customer).
//   approvals  made pending by anyone who may write the quote; decided (approved /
//              rejected, once) by a manager, director or administrator other than the
//              requester; the server stamps decided_by and decided_at. A level change
//              (kind level, C4) is asked from the customer's current level while none is
//              pending; the server names the approver (the owner's manager) and, when it
//              is approved, sets the level in the same transaction (afterWrite).
//   customers  the level does not change while a level request is pending, nor by a
//              sales rep once the customer has one (they ask).
// While a discount approval of a draft quote is pending, its lines, totals, tax mode and
// currency stay as asked (409 approval_pending).
// Refusals are RequestError 422 with code invalid_transition, document_locked,
// approval_required or plan_does_not_add_up, or 409 duplicate_number.
class PipelineRules
{
public:
    explicit PipelineRules(Database &db);

    // `old` is null for a create; `row` is the complete row after the write (with the
    // column defaults). May fill server-stamped columns into `changes` (approvals).
    void checkWrite(const Visibility &v, const QString &table, const Row *old, const Row &row, Row &changes);
    void checkRemove(const Visibility &v, const QString &table, const Row &old);
    // One instance checks a write and then does what follows it (checkWrite, afterWrite).
    // What follows a write in its transaction (server/api/approvalrules.cpp): a request's
    // steps made from the flow in force, a decided step moving the request on, a contract
    // submitted asking for approval, and what a decided request sets (the level, the
    // contract signed or back to draft). `old` is null for a create.
    void afterWrite(RecordWriter &writer, const QString &table, const Row *old, const Row &row, const QString &userId);
    // What follows a removal (a withdrawn request takes its steps with it).
    void afterRemove(RecordWriter &writer, const QString &table, const Row &old, const QString &userId);

    QString setting(const QString &key);

private:
    void checkQuote(const Visibility &v, const Row *old, const Row &row);
    void checkContract(const Visibility &v, const Row *old, const Row &row);
    void checkAttachment(const Visibility &v, const Row *old, const Row &row);
    // A new row naming content (sha256, size_bytes): the caller uploaded it or can read it.
    void requireContent(const Visibility &v, const Row &row);
    void checkExpenseAttachment(const Visibility &v, const Row *old, const Row &row);
    void checkApproval(const Visibility &v, const Row *old, const Row &row, Row &changes);
    void checkSlot(const Visibility &v, const QString &table, const Row *old, const Row &row, Row &changes);
    // Expenses and loans (server/api/expenserules.cpp).
    void checkExpense(const Visibility &v, const Row *old, const Row &row, Row &changes);
    void checkExpenseLine(const Row &line);
    void checkExpenseRemoval(const Visibility &v, const Row &old);
    void afterExpense(RecordWriter &writer, const Row *old, const Row &row, const QString &userId);
    void expenseDecided(RecordWriter &writer, const Row &expense, const QString &userId);
    void checkExpenseFor(const Visibility &v, const Row &row);
    void checkRepayment(const Visibility &v, const Row *old, const Row &row, Row &changes);
    // A loan's repaid_fen after a claim set against it was paid or cash came back.
    void loanSettles(RecordWriter &writer, const QString &loanId, const QString &userId);
    void afterRepayment(RecordWriter &writer, const Row &row, const QString &userId);
    // Service tickets (server/api/ticketrules.cpp).
    void checkTicket(const Visibility &v, const Row *old, const Row &row, Row &changes);
    void afterTicket(RecordWriter &writer, const Row *old, const Row &row, const QString &userId);
    // Assets (server/api/assetrules.cpp): the serial number, the contract; a ticket's asset.
    void checkAsset(const Row *old, const Row &row, Row &changes);
    void checkTicketAsset(const Row *old, const Row &row, Row &changes);
    void checkAssetRemoval(const Row &old);
    WorkCalendar workCalendar();
    SlaRules slaRules();
    // A contract in approval signed or sent back by a status change: the decision of the
    // caller's step (or the submitter's withdrawal before any decision).
    void checkContractDecision(const Visibility &v, const Row &contract, const QString &to);
    // The caller's step of `request` decided `to` (approved | rejected), remembered for afterWrite.
    void chooseDecision(const Visibility &v, const Row &request, const QString &to, const QVariant &comment);
    void recordDecision(RecordWriter &writer, const QString &requestId, const QString &userId);
    void afterContract(RecordWriter &writer, const Row &old, const Row &row, const QString &userId);
    // What a request's decision sets, once it is approved or rejected.
    void decided(RecordWriter &writer, const Row &request, const QString &userId);
    std::optional<Row> pendingRequest(const QString &kind, const QString &recordId);
    void checkCustomer(const Visibility &v, const Row *old, const Row &row);
    Row customerOf(const Row &approval);
    Row parent(const QString &table, const QString &id, const Row &child);
    void requireDraftParent(const QString &table, const Row &row);
    // A request of `kind` for the record waits (other than `exceptId`).
    bool pending(const QString &kind, const QString &recordId, const QString &exceptId = QStringLiteral(""));

    Database &m_db;
    // A decision the write being checked makes, which afterWrite then records: the caller's
    // step of a request decided through the request's or the contract's status.
    struct Decision
    {
        QString slotId;
        QString status; // approved | rejected
        QString onBehalfOf;
        QVariant comment;
    };
    std::optional<Decision> m_decision;
    QString m_withdrawn; // a contract's request its submitter withdrew
    std::optional<QList<ApprovalSlot>> m_planned; // the steps of a request being asked
    bool m_submitted = false;                     // an expense being submitted
    QString m_ticketAction;                       // the history's word for a ticket's move
    QString m_ticketNote;                         // the note given with it
};

} // namespace Huike
