#pragma once

#include "core/approval.h"
#include "core/approvalflow.h"
#include "core/pipelinepolicy.h"

#include <QList>
#include <QVariantMap>
#include <QString>

#include <memory>
#include <optional>

namespace Huike {

class Outcomes;
class Replica;

// 审批 over the replica (FEATURES.md W2, C4): the requests of every kind the current user
// decides (待我审批) and the ones they asked for (我的申请), deciding and withdrawing, and
// asking for a customer's level change. A request is an approvals row (its steps in
// approval_steps) or an expense or a loan, which is its own request (expenses, its steps in
// expense_steps): read here as an Approval of kind "expense" or "loan" whose tableName is
// "expenses" and whose recordId is the expense itself. The rules are the server's
// (shared/core/pipelinepolicy.h), asked here first, so that what the server would refuse is
// refused while the user is there; a decision is an edit that syncs, and what the server
// makes of it comes back with the pull (the level set, or the refusal). No widgets here;
// every method throws ModelError when the replica cannot be read or written.
class ApprovalService
{
public:
    explicit ApprovalService(Replica &replica);
    ~ApprovalService();

    // One request as a person reads it.
    struct Request
    {
        Approval approval;
        QString kindCaption;  // 报价折扣, 客户级别变更
        QString customerName;
        QString requester;    // display names
        QString approver;     // the approver the server named; empty: any approver
        QString decider;      // who decided, once decided
        QString subject;      // what is asked, translated ("报价 BJ-2026-0001 V1：折扣 15%，合计 ¥92,888.15")
        QString openTable;    // what opening it shows: "quotes", "contracts", "customers" or "expenses"
        QString openId;
        // discount: the quote's validity (YYYY-MM-DD) and whether it has passed
        QString validUntil;
        bool expired = false;
        // Why the current user may not decide it (four eyes), translated; empty if they may.
        QString refusal;
        // The engine's steps (审批流): the step the current user decides (its approval_steps
        // or expense_steps row; empty for a request without steps here yet), where the request stands
        // ("第 2/3 步：总监审批"), and each step as a line of its history.
        QString slotId;
        QString stage;
        QStringList steps;
        bool overdue = false; // the step waits longer than its flow's time-out
    };
    // Pending requests the current user may decide, oldest first (a discount request they
    // may not decide is listed with its refusal, as before; a level request is listed only
    // for whoever decides it).
    QList<Request> toDecide();
    // How many toDecide() lists, without reading what each asks (the status bar's count).
    int countToDecide();
    // The current user's own requests, newest first: pending, then the last decided ones.
    QList<Request> mine(int limit = 200);
    // An approvals row as it stands now (not an expense: see current()).
    std::optional<Approval> approval(const QString &approvalId);
    // The request as it stands now, of either table; nullopt once removed or withdrawn.
    std::optional<Approval> current(const Approval &request);
    // An expense claim or loan as a request (its steps and where it stands, for the expense
    // editor); nullopt when there is no such expense.
    std::optional<Request> requestOfExpense(const QString &expenseId);
    // The local edit of this request (or of one of its steps) still waits in the outbox.
    bool awaitsServer(const Approval &request);
    // The current user's step of this request has been decided (by them).
    bool stepDecided(const Approval &request);
    // The code of the open refusal of this request or its steps, if the server refused it.
    QString refusalCode(const Approval &request);
    // Why the current user may not decide `r` now, translated; empty if they may.
    QString decisionRefusal(const Request &r, bool approve);
    // Decides the current user's step of the request (or, for a request without steps here,
    // the request itself); the server moves the request on.
    void decide(Request &request, bool approve, const QString &comment);
    // Withdraws the current user's pending request (removes it), translated refusal or empty.
    // An expense or a loan is withdrawn on the expense itself (back to draft): refused here.
    QString withdraw(const Approval &approval);

    // A contract in approval (kind "contract", asked when it was submitted): why the current
    // user may not move it to signed (`sign`) or back to draft now, translated; empty if
    // they may — the last open step's approver signs, any step's approver sends it back,
    // its submitter withdraws it before anyone decided. nullopt when the contract has no
    // request here (submitted before the engine, or not synced yet).
    std::optional<QString> contractDecisionRefusal(const QString &contractId, bool sign);

    // Customer levels (C4): whether the current user changes a level the customer has only
    // through a request; the level request pending for the customer, if any; asking for a
    // change (the request is saved, the customer's level stays until it is approved).
    bool levelNeedsApproval();
    std::optional<Approval> pendingLevel(const QString &customerId);
    Approval requestLevel(const QString &customerId, const QString &from, const QString &to, const QString &reason);
    // What a level request asks, translated: "B 级（重要客户）→ A 级（重点客户）".
    QString levelChangeText(const Approval &approval);

    // The colleagues away today whose approval steps the current user decides as their
    // delegate (users.delegate_id, away_from, away_to), by name.
    struct Absence
    {
        QString userId;
        QString name;
        QString from, to; // YYYY-MM-DD
        QString delegate; // the current user's display name
    };
    QList<Absence> delegatedToMe();

    // Conflicts and refusals coming back from the server, for the open windows.
    Outcomes &outcomes();

private:
    Request describe(const Approval &approval);
    // "费用报销「杭州出差」¥1,105.50（差旅费 ¥860.00、餐费 ¥245.50），超预算", "借款「备用金」¥5,000.00".
    QString expenseSubject(const Approval &expense);
    // The steps of a request in order (its approval_steps or expense_steps rows).
    QList<QVariantMap> slotRows(const Approval &request);
    QStringList excludedFrom(const Approval &approval);
    void describeSteps(Request &request);
    static QString slotStatusText(const QString &status);
    static ApprovalSlot slotFrom(const QVariantMap &row);
    // Whom an approver's requests go to today (users.delegate_id while away), "" for nobody.
    QString delegateFor(const QString &approverId);
    // The current user as the rules see them, and the pending requests they decide (both
    // throw SchemaError).
    PipelinePolicy::Actor me();
    // The pending requests of both tables someone other than `userId` asked, oldest first.
    QList<Approval> pendingRequests(const QString &userId);
    // With the step (its slot's id) each is decided at, "" for a request without steps.
    QList<std::pair<Approval, QString>> pendingFor(const PipelinePolicy::Actor &actor);

    // What one listing reads once for all its requests (approvalrequests.cpp) — people's
    // names, delegates, every request's steps and an expense's lines in a few statements
    // instead of several per request (待我审批 with thousands of expense claims). Set for the
    // length of a listing (toDecide, countToDecide, mine); null otherwise, when every read is
    // fresh.
    struct Memo;
    std::unique_ptr<Memo> m_memo;
    void remember(const QList<Approval> &requests);
    QString userName(const QString &userId);

    Replica &m_replica;
    std::unique_ptr<Outcomes> m_outcomes;
};

} // namespace Huike
