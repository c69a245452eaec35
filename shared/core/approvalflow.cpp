#include "core/approvalflow.h"

#include <algorithm>
#include <tuple>

#include "core/money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QStringList &deciderRoles()
{
    static const QStringList roles{u"manager"_s, u"director"_s, u"admin"_s, u"clerk"_s};
    return roles;
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool readRoles(const QJsonValue &value, QStringList &out, const QString &key, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(error, u"\"%1\" is a list of roles."_s.arg(key));
    for (const QJsonValue &r : value.toArray()) {
        const QString role = r.toString();
        if (!deciderRoles().contains(role))
            return fail(error, u"\"%1\": %2 is not a role that decides (manager, director, admin, clerk)."_s.arg(key, role));
        if (!out.contains(role))
            out << role;
    }
    return true;
}

bool readStep(const QJsonObject &o, ApprovalFlowStep &step, QString *error)
{
    static const QStringList known{u"name"_s, u"by"_s, u"up"_s, u"roles"_s, u"users"_s, u"mode"_s, u"orRoles"_s,
                                   u"skipSelf"_s, u"above"_s, u"overBudget"_s, u"timeoutHours"_s};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(error, u"Unknown key \"%1\" in a step."_s.arg(it.key()));
    step.name = o.value(u"name"_s).toString().trimmed().left(60);
    const QString by = o.value(u"by"_s).toString();
    if (by == u"manager")
        step.by = ApprovalFlowStep::By::Manager;
    else if (by == u"roles")
        step.by = ApprovalFlowStep::By::Roles;
    else if (by == u"users")
        step.by = ApprovalFlowStep::By::Users;
    else
        return fail(error, u"A step's \"by\" is manager, roles or users."_s);
    if (o.contains(u"up"_s)) {
        const int up = o.value(u"up"_s).toInt(0);
        if (up < 1 || up > 10)
            return fail(error, u"\"up\" is 1 (the manager) to 10."_s);
        step.up = up;
    }
    if (!readRoles(o.value(u"roles"_s), step.roles, u"roles"_s, error)
        || !readRoles(o.value(u"orRoles"_s), step.orRoles, u"orRoles"_s, error))
        return false;
    if (o.contains(u"users"_s)) {
        if (!o.value(u"users"_s).isArray())
            return fail(error, u"\"users\" is a list of user ids."_s);
        for (const QJsonValue &u : o.value(u"users"_s).toArray()) {
            const QString id = u.toString().trimmed().toLower();
            if (id.isEmpty())
                return fail(error, u"\"users\" holds an empty user id."_s);
            if (!step.users.contains(id))
                step.users << id;
        }
    }
    if (step.by == ApprovalFlowStep::By::Roles && step.roles.isEmpty())
        return fail(error, u"A step by roles names at least one role."_s);
    if (step.by == ApprovalFlowStep::By::Users && step.users.isEmpty())
        return fail(error, u"A step by users names at least one user."_s);
    const QString mode = o.value(u"mode"_s).toString(u"any"_s);
    if (mode != u"any" && mode != u"all")
        return fail(error, u"A step's \"mode\" is any or all."_s);
    step.all = mode == u"all";
    step.skipSelf = o.value(u"skipSelf"_s).toBool(true);
    if (o.contains(u"above"_s)) {
        const std::optional<Money> above = Money::parse(o.value(u"above"_s).toString());
        if (!above || above->fen() < 0)
            return fail(error, u"\"above\" is an amount in yuan, such as \"5000.00\"."_s);
        step.aboveFen = above->fen();
    }
    step.overBudget = o.value(u"overBudget"_s).toBool(false);
    if (o.contains(u"timeoutHours"_s)) {
        const int hours = o.value(u"timeoutHours"_s).toInt(-1);
        if (hours < 0 || hours > 24 * 90)
            return fail(error, u"\"timeoutHours\" is 0 (none) to 2160."_s);
        step.timeoutHours = hours;
    }
    return true;
}

QJsonArray array(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

QString approvalFlowKey(QStringView kind)
{
    return u"approval.flow."_s + kind;
}

std::optional<ApprovalFlow> ApprovalFlow::fromJson(const QString &text, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, u"A flow is a JSON object {\"steps\": […]}."_s);
        return std::nullopt;
    }
    const QJsonValue steps = doc.object().value(u"steps"_s);
    if (!steps.isArray() || steps.toArray().isEmpty() || steps.toArray().size() > 20) {
        fail(error, u"A flow has 1 to 20 steps."_s);
        return std::nullopt;
    }
    ApprovalFlow flow;
    for (const QJsonValue &s : steps.toArray()) {
        ApprovalFlowStep step;
        if (!s.isObject()) {
            fail(error, u"A step is a JSON object."_s);
            return std::nullopt;
        }
        if (!readStep(s.toObject(), step, error))
            return std::nullopt;
        flow.steps << step;
    }
    return flow;
}

QString ApprovalFlow::toJson() const
{
    QJsonArray steps;
    for (const ApprovalFlowStep &s : this->steps) {
        QJsonObject o;
        if (!s.name.isEmpty())
            o[u"name"_s] = s.name;
        o[u"by"_s] = s.by == ApprovalFlowStep::By::Manager ? u"manager"_s
            : s.by == ApprovalFlowStep::By::Roles          ? u"roles"_s
                                                           : u"users"_s;
        if (s.by == ApprovalFlowStep::By::Manager && s.up != 1)
            o[u"up"_s] = s.up;
        if (!s.roles.isEmpty())
            o[u"roles"_s] = array(s.roles);
        if (!s.users.isEmpty())
            o[u"users"_s] = array(s.users);
        if (s.all)
            o[u"mode"_s] = u"all"_s;
        if (!s.orRoles.isEmpty())
            o[u"orRoles"_s] = array(s.orRoles);
        if (!s.skipSelf)
            o[u"skipSelf"_s] = false;
        if (s.aboveFen)
            o[u"above"_s] = Money::fromFen(*s.aboveFen).toPlainString();
        if (s.overBudget)
            o[u"overBudget"_s] = true;
        if (s.timeoutHours > 0)
            o[u"timeoutHours"_s] = s.timeoutHours;
        steps.append(o);
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"steps"_s, steps}}).toJson(QJsonDocument::Compact));
}

ApprovalFlow ApprovalFlow::defaultFor(QStringView kind)
{
    ApprovalFlowStep step;
    if (kind == u"level") {
        // The owner's manager; directors and administrators too.
        step.by = ApprovalFlowStep::By::Manager;
        step.orRoles = {u"director"_s, u"admin"_s};
    } else if (kind == u"contract") {
        step.by = ApprovalFlowStep::By::Roles;
        step.roles = {u"manager"_s, u"director"_s, u"clerk"_s, u"admin"_s};
    } else if (kind == u"expense" || kind == u"loan") {
        step.by = ApprovalFlowStep::By::Manager;
        step.orRoles = {u"director"_s, u"admin"_s};
    } else {
        step.by = ApprovalFlowStep::By::Roles;
        step.roles = {u"manager"_s, u"director"_s, u"admin"_s};
    }
    return ApprovalFlow{{step}};
}

ApprovalFlow ApprovalFlow::inForce(QStringView kind, const QString &settingValue)
{
    if (settingValue.trimmed().isEmpty())
        return defaultFor(kind);
    return fromJson(settingValue).value_or(defaultFor(kind));
}

namespace ApprovalEngine {

namespace {

// Nobody the step names may decide: any manager, director or administrator who sees it.
const QStringList &fallbackRoles()
{
    static const QStringList roles{u"manager"_s, u"director"_s, u"admin"_s};
    return roles;
}

} // namespace

QList<ApprovalSlot> materialise(const ApprovalFlow &flow, const ApprovalContext &context, const ApprovalDirectory &directory)
{
    QList<ApprovalSlot> slotList;
    int stepNo = 0;
    auto isApprover = [&](const QString &id) {
        if (id.isEmpty() || !directory.isActive(id))
            return false;
        for (const QString &role : fallbackRoles())
            if (directory.usersWithRole(role).contains(id))
                return true;
        return false;
    };
    // Who decides a step: a conditional step asking the same people as a step already in
    // the request is not asked twice (a director above ¥5,000 and a director over budget).
    auto deciders = [](const ApprovalFlowStep &s) { return std::tuple(s.by, s.up, s.roles, s.users, s.all, s.orRoles); };
    QList<const ApprovalFlowStep *> taken;
    for (const ApprovalFlowStep &step : flow.steps) {
        if (step.aboveFen && context.amountFen <= *step.aboveFen)
            continue;
        if (step.overBudget && !context.overBudget)
            continue;
        if ((step.aboveFen || step.overBudget)
            && std::any_of(taken.cbegin(), taken.cend(), [&](const ApprovalFlowStep *t) { return deciders(*t) == deciders(step); }))
            continue;
        taken << &step;
        ++stepNo;
        ApprovalSlot base;
        base.stepNo = stepNo;
        base.name = step.name;
        base.timeoutHours = step.timeoutHours;
        base.approverRoles = step.orRoles;
        QList<ApprovalSlot> made;
        switch (step.by) {
        case ApprovalFlowStep::By::Manager: {
            // Up the owner's chain, past anyone who is not an active approver.
            QString at = context.chainOf;
            QString manager;
            QStringList seen{at};
            for (int level = 0; level < step.up && !at.isEmpty();) {
                at = directory.managerOf(at);
                if (at.isEmpty() || seen.contains(at))
                    break;
                seen << at;
                if (isApprover(at)) {
                    manager = at;
                    ++level;
                }
            }
            if (manager.isEmpty()) {
                ApprovalSlot s = base;
                s.approverRoles = fallbackRoles();
                s.note = u"No manager is named: any manager, director or administrator decides."_s;
                made << s;
            } else if (context.excluded.contains(manager)) {
                ApprovalSlot s = base;
                s.approverIds = {manager};
                if (step.skipSelf) {
                    s.status = u"skipped"_s;
                    s.note = u"The approver is the requester: skipped."_s;
                } else {
                    s.approverIds.clear();
                    s.approverRoles = fallbackRoles();
                    s.note = u"The approver is the requester: any manager, director or administrator decides."_s;
                }
                made << s;
            } else {
                ApprovalSlot s = base;
                s.approverIds = {manager};
                made << s;
            }
            break;
        }
        case ApprovalFlowStep::By::Roles:
            if (step.all) {
                QStringList users;
                for (const QString &role : step.roles)
                    for (const QString &u : directory.usersWithRole(role))
                        if (!users.contains(u) && !context.excluded.contains(u))
                            users << u;
                for (const QString &u : users) {
                    ApprovalSlot s = base;
                    s.approverIds = {u};
                    made << s;
                }
            } else {
                ApprovalSlot s = base;
                s.approverRoles = step.roles;
                for (const QString &r : step.orRoles)
                    if (!s.approverRoles.contains(r))
                        s.approverRoles << r;
                made << s;
            }
            break;
        case ApprovalFlowStep::By::Users: {
            QStringList users;
            bool self = false;
            for (const QString &u : step.users) {
                if (context.excluded.contains(u))
                    self = true;
                else if (directory.isActive(u))
                    users << u;
            }
            if (users.isEmpty()) {
                ApprovalSlot s = base;
                if (self && step.skipSelf) {
                    s.status = u"skipped"_s;
                    s.note = u"The approver is the requester: skipped."_s;
                } else {
                    s.approverRoles = fallbackRoles();
                    s.note = u"Nobody named can decide: any manager, director or administrator decides."_s;
                }
                made << s;
            } else if (step.all) {
                for (const QString &u : users) {
                    ApprovalSlot s = base;
                    s.approverIds = {u};
                    made << s;
                }
            } else {
                ApprovalSlot s = base;
                s.approverIds = users;
                made << s;
            }
            break;
        }
        }
        if (made.isEmpty()) { // an all-of step with nobody in the roles
            ApprovalSlot s = base;
            s.approverRoles = fallbackRoles();
            s.note = u"Nobody holds the roles named: any manager, director or administrator decides."_s;
            made << s;
        }
        slotList << made;
    }
    advance(slotList);
    return slotList;
}

int openSlots(const QList<ApprovalSlot> &slotList)
{
    return int(std::count_if(slotList.cbegin(), slotList.cend(),
                             [](const ApprovalSlot &s) { return s.status != u"approved" && s.status != u"skipped"; }));
}

int currentStep(const QList<ApprovalSlot> &slotList)
{
    int step = 0;
    for (const ApprovalSlot &s : slotList)
        if (s.status == u"pending" && (step == 0 || s.stepNo < step))
            step = s.stepNo;
    return step;
}

bool advance(QList<ApprovalSlot> &slotList)
{
    if (requestStatus(slotList) != u"pending")
        return false;
    // The first step with a slot neither approved nor skipped is the one deciding.
    int deciding = 0;
    for (const ApprovalSlot &s : slotList)
        if (s.status != u"approved" && s.status != u"skipped" && (deciding == 0 || s.stepNo < deciding))
            deciding = s.stepNo;
    bool changed = false;
    for (ApprovalSlot &s : slotList)
        if (s.stepNo == deciding && s.status == u"waiting") {
            s.status = u"pending"_s;
            changed = true;
        }
    return changed;
}

QString requestStatus(const QList<ApprovalSlot> &slotList)
{
    bool open = false;
    for (const ApprovalSlot &s : slotList) {
        if (s.status == u"rejected")
            return u"rejected"_s;
        if (s.status != u"approved" && s.status != u"skipped")
            open = true;
    }
    return open ? u"pending"_s : u"approved"_s;
}

Eligibility mayDecide(const PipelinePolicy::Actor &actor, const ApprovalSlot &slot, const QStringList &excluded,
                      const std::function<QString(const QString &)> &delegateFor)
{
    Eligibility out;
    if (slot.status != u"pending") {
        out.refusal = PipelineRefusal{422, u"invalid_transition"_s, u"status"_s,
                                      slot.status == u"waiting" ? u"An earlier step of this request is not decided yet."_s
                                                                : u"This step has been decided already."_s};
        return out;
    }
    if (excluded.contains(actor.userId)) {
        out.refusal = PipelineRefusal{403, u"forbidden"_s, QString(),
                                      u"Another person decides a request: not the requester, nor the owner of what it asks about."_s};
        return out;
    }
    if (slot.approverIds.contains(actor.userId) || slot.approverRoles.contains(enumCode(actor.role)))
        return out;
    if (delegateFor) {
        for (const QString &approver : slot.approverIds)
            if (!excluded.contains(approver) && delegateFor(approver) == actor.userId) {
                out.onBehalfOf = approver;
                return out;
            }
    }
    out.refusal = PipelineRefusal{403, u"forbidden"_s, QString(), u"This step is decided by the approvers the flow names."_s};
    return out;
}

bool delegationInForce(const QString &delegateId, const QString &awayFrom, const QString &awayTo, QDate day)
{
    if (delegateId.isEmpty())
        return false;
    const QDate from = QDate::fromString(awayFrom, Qt::ISODate);
    const QDate to = QDate::fromString(awayTo, Qt::ISODate);
    return (!from.isValid() || from <= day) && (!to.isValid() || day <= to) && (from.isValid() || to.isValid());
}

PipelineVerdict withdrawal(const PipelinePolicy::Actor &actor, const QString &requesterId, const QList<ApprovalSlot> &slotList)
{
    if (const PipelineVerdict who = PipelinePolicy::approvalWithdrawal(actor, requesterId))
        return who;
    for (const ApprovalSlot &s : slotList)
        if (s.status == u"approved" || s.status == u"rejected")
            return PipelineRefusal{409, u"approval_decided"_s, QString(),
                                   u"A step has been decided: the request can no longer be withdrawn."_s};
    return {};
}

} // namespace ApprovalEngine

} // namespace Huike
