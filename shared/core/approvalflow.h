#pragma once

#include "core/enums.h"
#include "core/pipelinepolicy.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Huike {

// The approval engine (审批流, FEATURES.md W2): the steps a request of a kind goes through,
// as a setting an administrator edits (app_settings "approval.flow.<kind>", JSON), and the
// decisions on them. The server materialises a flow into decision slots when a request is
// asked (approval_steps rows, so that the flow in force then is the one that counts) and
// decides with these functions; the client asks the same ones first.
//
// A step, in JSON (every key but "by" may be left out):
//   {"name": "部门经理审批",
//    "by": "manager" | "roles" | "users",
//    "up": 1,                     manager: 1 the manager, 2 the manager's manager…
//    "roles": ["director"],       roles: any active user of one of them (who sees the record)
//    "users": ["<user id>", …],   users: the users named
//    "mode": "any" | "all",       one of them decides, or each of them (users; roles: each user of the roles)
//    "orRoles": ["director", "admin"],  who may also decide the step (any one of them)
//    "skipSelf": true,            a step whose approver is the requester is skipped (default true)
//    "above": "5000.00",          the step applies only when the amount is above this (yuan)
//    "overBudget": false,         the step applies only when the request is over budget
//    "timeoutHours": 24}          the approver is reminded once the step has waited this long
// A flow: {"steps": [step, …]}. Nobody ever decides a request they asked (four eyes, for
// administrators too), nor, where the kind says so, one on a record they own.
struct ApprovalFlowStep
{
    enum class By { Manager, Roles, Users };
    QString name;
    By by = By::Manager;
    int up = 1;
    QStringList roles;
    QStringList users;
    bool all = false;
    QStringList orRoles;
    bool skipSelf = true;
    std::optional<qint64> aboveFen;
    bool overBudget = false;
    int timeoutHours = 0;

    friend bool operator==(const ApprovalFlowStep &, const ApprovalFlowStep &) = default;
};

struct ApprovalFlow
{
    QList<ApprovalFlowStep> steps;

    // The flow of a setting's text; nullopt with the reason (English) when it is not one.
    static std::optional<ApprovalFlow> fromJson(const QString &text, QString *error = nullptr);
    QString toJson() const;
    // The flow of `kind` when no setting names one: today's rules as one step.
    static ApprovalFlow defaultFor(QStringView kind);
    // The flow in force: the setting's, or the default when it is unset or unreadable.
    static ApprovalFlow inForce(QStringView kind, const QString &settingValue);

    friend bool operator==(const ApprovalFlow &, const ApprovalFlow &) = default;
};

// A decision slot of a request (one approval_steps row): one approver of an all-of step, or
// the candidates of an any-one step. Statuses: waiting (a later step), pending, approved,
// rejected, skipped (nobody to ask, or only the requester), cancelled (the request was
// decided or withdrawn before it).
struct ApprovalSlot
{
    int stepNo = 1;
    QString name;
    QStringList approverIds;
    QStringList approverRoles; // role codes
    QString status = QStringLiteral("waiting");
    QString note;              // why it was skipped or fell to directors and administrators (English)
    int timeoutHours = 0;
    QString decidedBy;
    QString onBehalfOf;        // the approver a delegate decided for

    friend bool operator==(const ApprovalSlot &, const ApprovalSlot &) = default;
};

// Who the engine asks about people (the server's users table; the client's replica).
struct ApprovalDirectory
{
    std::function<QString(const QString &userId)> managerOf;    // "" when none
    std::function<bool(const QString &userId)> isActive;
    std::function<QStringList(const QString &role)> usersWithRole; // active ones
};

// What a request is, for the flow.
struct ApprovalContext
{
    QString requesterId;
    QString chainOf;        // whose manager chain "manager" steps climb: the record's owner
    QStringList excluded;   // who may never decide it: the requester, and the owner where the kind says so
    qint64 amountFen = 0;
    bool overBudget = false;
};

namespace ApprovalEngine {

// The slots of a request asked now under `flow`, steps in order, the first step's pending.
QList<ApprovalSlot> materialise(const ApprovalFlow &flow, const ApprovalContext &context, const ApprovalDirectory &directory);
// Once a step's slots are all approved or skipped, the next step's become pending (those
// already decided or skipped stay); returns whether anything changed.
bool advance(QList<ApprovalSlot> &slotList);
// The request's status from its slots: "rejected" when one is, "approved" when every slot
// is approved or skipped, else "pending".
QString requestStatus(const QList<ApprovalSlot> &slotList);
// How many slots are neither approved nor skipped.
int openSlots(const QList<ApprovalSlot> &slotList);
// The step now deciding (the lowest with a slot pending); 0 when none.
int currentStep(const QList<ApprovalSlot> &slotList);
// Whether `actor` may decide `slot` (pending): an approver named on it, a user of one of its
// roles, or the delegate of a named approver (`delegateFor(approverId)` says whom an absent
// approver's requests go to today, "" for nobody); never anyone of `excluded`. On success
// the approver decided for, when by delegation ("" otherwise).
struct Eligibility
{
    PipelineVerdict refusal;
    QString onBehalfOf;
};
Eligibility mayDecide(const PipelinePolicy::Actor &actor, const ApprovalSlot &slot, const QStringList &excluded,
                      const std::function<QString(const QString &approverId)> &delegateFor);
// A delegation (users.delegate_id, away_from, away_to) is in force on `day`.
bool delegationInForce(const QString &delegateId, const QString &awayFrom, const QString &awayTo, QDate day);
// Withdrawing is for the requester (or an administrator) before anyone decided a step.
PipelineVerdict withdrawal(const PipelinePolicy::Actor &actor, const QString &requesterId, const QList<ApprovalSlot> &slotList);

} // namespace ApprovalEngine

// The setting holding the flow of `kind`.
QString approvalFlowKey(QStringView kind);

} // namespace Huike
