#pragma once

#include "core/approvalflow.h"
#include "schema/rows.h"

namespace Huike {

class Database;
class RecordWriter;

// The approval engine on the store (FEATURES.md W2): a request's decision slots
// (approval_steps) made from the flow in force when it is asked, and the request moved on
// as they are decided. Every write goes through the caller's RecordWriter, inside the
// write's transaction, so a request, its slots and what its decision sets reach every
// replica with the same pull. The rules of who may decide are PipelineRules' (server/api).
class ApprovalSteps
{
public:
    explicit ApprovalSteps(Database &db);

    // Where a kind of request keeps its steps: a customer's request (approvals, the steps
    // in approval_steps by approval_id) or an expense or loan, which is its own request
    // (expenses, the steps in expense_steps by expense_id). Every method below takes the
    // request's table.
    struct Home
    {
        QString requests;
        QString steps;
        QString link;
    };
    static const Home &homeOf(const QString &requestTable);
    // The flow kind of a request: its kind (approvals), "expense" or "loan" (expenses).
    static QString kindOf(const QString &requestTable, const Row &request);

    // The people, from the users table (active: not disabled, not deleted).
    ApprovalDirectory directory();
    // Whom `approverId`'s requests go to today (their delegation while away), "" for nobody.
    QString delegateFor(const QString &approverId);
    // The flow of `kind` in force now (the setting's, or the default).
    ApprovalFlow flow(const QString &kind);

    // The request's context: who asked (created_by, or `requesterId` for one being asked),
    // whose manager chain, who may never decide it.
    ApprovalContext context(const QString &table, const Row &approval, const QString &requesterId = {});
    // The slots of a request being asked by `requesterId`, from the flow in force now, and
    // what they set on the request itself: its step, the approver when one person decides
    // it, and — when every step was skipped — its decision.
    QList<ApprovalSlot> plan(const QString &table, const Row &approval, const QString &requesterId);
    static Row requestFields(const QList<ApprovalSlot> &slotList);
    // Writes the planned slots of the request (written already, with requestFields).
    void writeSlots(RecordWriter &writer, const QString &table, const Row &approval, const QList<ApprovalSlot> &slotList,
                    const QString &userId);
    // Makes the slots of a request written without them and sets its fields. Returns the
    // request as written.
    Row materialise(RecordWriter &writer, const QString &table, const Row &approval, const QString &userId);
    // Asks for a contract's approval (submitted by `userId`): the request and its slots.
    Row askForContract(RecordWriter &writer, const Row &contract, const QString &userId);
    // Requests waiting without slots (asked before the engine, or written by the demo
    // seeder) get theirs, and a contract in approval without a request gets one, asked by
    // whoever submitted it (the audit trail says who; else its owner).
    void backfill();
    // Who last moved the record into approval (from the audit trail); empty if nobody.
    QString submitter(const QString &table, const QString &id);
    // After a slot was decided: the request rejected (its open slots cancelled), moved to
    // the next step, or approved. Returns the request as written.
    Row advance(RecordWriter &writer, const QString &table, const QString &approvalId, const QString &userId);
    // A withdrawn or removed request takes its slots with it.
    void removeSlots(RecordWriter &writer, const QString &table, const QString &approvalId, const QString &userId);

    QList<Row> slotRows(const QString &table, const QString &approvalId);
    // Adds users to an expense's list (expenses_members) with `role`, once each.
    void addMembers(RecordWriter &writer, const QString &expenseId, const QStringList &users, const QString &role,
                    const QString &userId);
    // Takes users of `role` off an expense's list (a withdrawn request's approvers: the
    // draft is the requester's alone again).
    void removeMembers(RecordWriter &writer, const QString &expenseId, const QString &role, const QString &userId);
    // Who pays an approved expense of `departmentId`: the active clerks serving it (their
    // department at or above it) and the users the finance.payers setting names.
    QStringList payers(const QVariant &departmentId);
    static ApprovalSlot slotFrom(const Row &row);
    static QList<ApprovalSlot> slotsFrom(const QList<Row> &rows);

private:
    Database &m_db;
};

} // namespace Huike
