#pragma once

#include "core/approvalflow.h"
#include "schema/rows.h"

namespace Huike {

class Database;
class RecordWriter;

// The approval engine on the store (FEATURES.md W2): a request's decision slotList
// (approval_steps) made from the flow in force when it is asked, and the request moved on
// as they are decided. Every write goes through the caller's RecordWriter, inside the
// write's transaction, so a request, its slotList and what its decision sets reach every
// replica with the same pull. The rules of who may decide are PipelineRules' (server/api).
class ApprovalSteps
{
public:
    explicit ApprovalSteps(Database &db);

    // The people, from the users table (active: not disabled, not deleted).
    ApprovalDirectory directory();
    // Whom `approverId`'s requests go to today (their delegation while away), "" for nobody.
    QString delegateFor(const QString &approverId);
    // The flow of `kind` in force now (the setting's, or the default).
    ApprovalFlow flow(const QString &kind);

    // The request's context: who asked, whose manager chain, who may never decide it.
    ApprovalContext context(const Row &approval);
    // Makes the slotList of a request just asked and sets its step, named approver and — when
    // every step was skipped — its decision. Returns the request as written.
    Row materialise(RecordWriter &writer, const Row &approval, const QString &userId);
    // After a slot was decided: the request rejected (its open slotList cancelled), moved to
    // the next step, or approved. Returns the request as written.
    Row advance(RecordWriter &writer, const QString &approvalId, const QString &userId);
    // A withdrawn or removed request takes its slotList with it.
    void removeSlots(RecordWriter &writer, const QString &approvalId, const QString &userId);

    QList<Row> slotRows(const QString &approvalId);
    static ApprovalSlot slotFrom(const Row &row);
    static QList<ApprovalSlot> slotsFrom(const QList<Row> &rows);

private:
    Database &m_db;
};

} // namespace Huike
