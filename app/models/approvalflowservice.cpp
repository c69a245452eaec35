#include "models/approvalflowservice.h"

#include "core/approval.h"
#include "core/enums.h"
#include "core/money.h"
#include "models/modelerror.h"
#include "models/settingsservice.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr const char *Context = "Huike::ApprovalFlowService";

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) // lupdate: the class's context
{
    return QCoreApplication::translate(Context, text, disambiguation, n);
}

// The reasons ApprovalFlow::fromJson gives (shared/core/approvalflow.cpp, English there),
// for people: translated here when they are one of these.
[[maybe_unused]] const char *const FlowReasons[] = {
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "A flow has 1 to 20 steps."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "A step's \"by\" is manager, roles or users."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "\"up\" is 1 (the manager) to 10."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "\"users\" holds an empty user id."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "A step by roles names at least one role."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "A step by users names at least one user."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "\"above\" is an amount in yuan, such as \"5000.00\"."),
    QT_TRANSLATE_NOOP("Huike::ApprovalFlowService", "\"timeoutHours\" is 0 (none) to 2160."),
};

QString reason(const QString &why)
{
    return QCoreApplication::translate(Context, why.toUtf8().constData());
}

// `separator`: between the names of a list ("、" in Chinese).
QString roleNames(const QStringList &roles, const QString &separator)
{
    QStringList names;
    for (const QString &r : roles)
        names << enumLabelFor(u"UserRole", r).value_or(r);
    return names.join(separator);
}

} // namespace

ApprovalFlowService::ApprovalFlowService(Replica &replica) : m_replica(replica) { }

QList<ApprovalFlowService::Kind> ApprovalFlowService::kinds()
{
    QList<Kind> out;
    for (const ApprovalKindDef &k : approvalKinds())
        out << Kind{k.kind.toString(), approvalKindCaption(k.kind)};
    return out;
}

QList<ApprovalFlowService::Person> ApprovalFlowService::people()
try {
    QList<Person> out;
    QSqlQuery q = m_replica.database().exec(
        u"SELECT id, COALESCE(NULLIF(display_name, ''), login) AS name FROM users "
        u"WHERE deleted = 0 AND COALESCE(disabled, 0) = 0 ORDER BY name, id"_s);
    while (q.next())
        out << Person{q.value(0).toString(), q.value(1).toString()};
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QHash<QString, QString> ApprovalFlowService::names()
try {
    QHash<QString, QString> out;
    QSqlQuery q = m_replica.database().exec(u"SELECT id, COALESCE(NULLIF(display_name, ''), login) FROM users WHERE deleted = 0"_s);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ApprovalFlowService::mayEdit()
try {
    const QString me = m_replica.userId();
    if (me.isEmpty())
        return true; // a replica without a login (tests, the demo without a server)
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {me}).toString() == u"admin";
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ApprovalFlow ApprovalFlowService::flow(const QString &kind)
try {
    return ApprovalFlow::inForce(kind, Rows::setting(m_replica.database(), approvalFlowKey(kind)));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

bool ApprovalFlowService::isStored(const QString &kind)
try {
    return ApprovalFlow::fromJson(Rows::setting(m_replica.database(), approvalFlowKey(kind))).has_value();
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ApprovalFlowStep ApprovalFlowService::normalised(ApprovalFlowStep step)
{
    step.name = step.name.trimmed().left(60);
    if (step.by != ApprovalFlowStep::By::Manager)
        step.up = 1;
    if (step.by != ApprovalFlowStep::By::Roles)
        step.roles.clear();
    if (step.by != ApprovalFlowStep::By::Users)
        step.users.clear();
    if (step.by == ApprovalFlowStep::By::Manager)
        step.all = false; // one manager
    return step;
}

QString ApprovalFlowService::check(const ApprovalFlow &flow)
{
    QString why;
    for (qsizetype i = 0; i < flow.steps.size(); ++i) {
        const ApprovalFlow one{{normalised(flow.steps[i])}};
        if (!ApprovalFlow::fromJson(one.toJson(), &why))
            return tr("Step %1: %2").arg(i + 1).arg(reason(why));
    }
    ApprovalFlow whole;
    for (const ApprovalFlowStep &s : flow.steps)
        whole.steps << normalised(s);
    if (!ApprovalFlow::fromJson(whole.toJson(), &why))
        return reason(why);
    return {};
}

ValidationErrors ApprovalFlowService::save(const QHash<QString, ApprovalFlow> &flows)
try {
    ValidationErrors errors;
    if (!mayEdit()) {
        errors.add(u"settings"_s, u"forbidden"_s, tr("Only an administrator can change the approval flows."));
        return errors;
    }
    for (auto it = flows.cbegin(); it != flows.cend(); ++it) {
        if (!approvalKind(it.key()))
            errors.add(it.key(), u"unknown_kind"_s, tr("There is no kind of request \"%1\".").arg(it.key()));
        else if (const QString why = check(it.value()); !why.isEmpty())
            errors.add(it.key(), u"invalid_flow"_s, why);
    }
    if (errors)
        return errors;
    Replica::Batch batch(m_replica);
    for (auto it = flows.cbegin(); it != flows.cend(); ++it) {
        ApprovalFlow flow;
        for (const ApprovalFlowStep &s : it.value().steps)
            flow.steps << normalised(s);
        const QString value = flow == ApprovalFlow::defaultFor(it.key()) ? QString() : flow.toJson();
        SettingsService::put(m_replica, approvalFlowKey(it.key()), value);
    }
    batch.commit();
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ApprovalFlowService::approvers(const ApprovalFlowStep &step, const std::function<QString(const QString &)> &nameOf)
{
    QString who;
    switch (step.by) {
    case ApprovalFlowStep::By::Manager:
        who = step.up <= 1 ? tr("the manager") : tr("the manager %1 levels up").arg(step.up);
        break;
    case ApprovalFlowStep::By::Roles:
        who = roleNames(step.roles, tr(", "));
        break;
    case ApprovalFlowStep::By::Users: {
        QStringList names;
        for (const QString &id : step.users)
            names << (nameOf ? nameOf(id) : id);
        who = names.join(tr(", "));
        break;
    }
    }
    if (step.by != ApprovalFlowStep::By::Manager)
        who = (step.all ? tr("%1 (each of them)") : tr("%1 (any one of them)")).arg(who);
    return who;
}

QStringList ApprovalFlowService::describe(const ApprovalFlow &flow, const std::function<QString(const QString &)> &nameOf)
{
    QStringList lines;
    for (qsizetype i = 0; i < flow.steps.size(); ++i) {
        const ApprovalFlowStep step = normalised(flow.steps[i]);
        QString what = approvers(step, nameOf);
        if (!step.name.isEmpty())
            what = tr("%1: %2").arg(step.name, what);
        if (!step.orRoles.isEmpty())
            what += tr("; %1 may also decide").arg(roleNames(step.orRoles, tr(", ")));
        if (!step.skipSelf)
            what += tr("; not skipped when the approver is the requester");
        if (step.timeoutHours > 0)
            what += tr("; a reminder after %n hour(s)", nullptr, step.timeoutHours);
        QString line = tr("Step %1 %2").arg(i + 1).arg(what);
        QStringList when;
        if (step.aboveFen)
            when << tr("the amount is above %1").arg(Money::fromFen(*step.aboveFen).format(QLocale()));
        if (step.overBudget)
            when << tr("the request is over budget");
        if (!when.isEmpty())
            line = tr("When %1: %2").arg(when.join(tr(" and ")), line);
        lines << line;
    }
    return lines;
}

QStringList ApprovalFlowService::describe(const ApprovalFlow &flow)
{
    QHash<QString, QString> names;
    try {
        names = this->names();
    } catch (const ModelError &) {
        // the ids, then
    }
    return describe(flow, [&](const QString &id) { return names.value(id, id); });
}

} // namespace Huike
