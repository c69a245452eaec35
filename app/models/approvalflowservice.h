#pragma once

#include "core/approvalflow.h"
#include "core/validation.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Huike {

class Replica;

// 审批流程设置 over the replica (FEATURES.md W2): the flow of each declared kind of request
// (shared/core/approval.h approvalKinds()) as the administrator edits it — the setting
// approval.flow.<kind> (JSON, shared/core/approvalflow.h), or the kind's default while it is
// unset. Saving writes the settings like every company setting (app_settings through the
// replica, so it syncs; the server refuses anyone but an administrator, and a flow it cannot
// run). What ApprovalFlow::fromJson refuses is refused here first, with its reason. No
// widgets here; the methods that read the replica throw ModelError when they cannot.
class ApprovalFlowService
{
public:
    explicit ApprovalFlowService(Replica &replica);

    struct Kind
    {
        QString code;    // "discount"
        QString caption; // translated: 报价折扣
    };
    // The declared kinds, in their order.
    static QList<Kind> kinds();

    // An active colleague who may be named on a step.
    struct Person
    {
        QString id;
        QString name; // display name (login when it has none)
    };
    // Active users by name.
    QList<Person> people();
    // Every user's display name by id, those no longer active too (for what a flow names).
    QHash<QString, QString> names();

    // Only an administrator changes flows (everyone may read them).
    bool mayEdit();
    // The flow in force for `kind`: the setting's, or the default.
    ApprovalFlow flow(const QString &kind);
    // Whether the setting names a flow (false: the default is in force).
    bool isStored(const QString &kind);

    // The step as saved: only the fields its kind of approver uses (roles for a step by
    // roles, users for one by named users, levels up for one by the manager chain).
    static ApprovalFlowStep normalised(ApprovalFlowStep step);
    // Why the flow cannot be saved (translated, naming the step: "第 2 步：…"), as
    // ApprovalFlow::fromJson reads it; empty when it can.
    static QString check(const ApprovalFlow &flow);
    // Saves the edited flows (kind → flow, normalised) in one transaction; a flow equal to
    // the kind's default clears the setting, so the default in force follows the program's.
    // Errors by kind (translated); empty when saved. Throws ModelError.
    ValidationErrors save(const QHash<QString, ApprovalFlow> &flows);

    // The flow in plain words, one line per step:
    // "金额超过 ¥5,000.00 时：第 2 步 总监审批：总监（任一人）".
    // `nameOf` gives a user's display name from an id (the id itself when it does not know it).
    static QStringList describe(const ApprovalFlow &flow, const std::function<QString(const QString &)> &nameOf);
    QStringList describe(const ApprovalFlow &flow);
    // One step's approvers in words: "上级", "总监、经理（所有人）", "张三".
    static QString approvers(const ApprovalFlowStep &step, const std::function<QString(const QString &)> &nameOf);

private:
    Replica &m_replica;
};

} // namespace Huike
