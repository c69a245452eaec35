#include "core/slarules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr qint64 kMSecsPerMinute = 60 * 1000;
constexpr qint64 kMaxTargetMinutes = 365 * 24 * 60; // a year: anything longer is a typo

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

std::optional<qint64> readMinutes(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n != double(qint64(n)) || n < 1 || n > kMaxTargetMinutes)
        return std::nullopt;
    return qint64(n);
}

bool readRule(const QJsonValue &value, SlaRules::Rule &rule, QString *error)
{
    if (!value.isObject())
        return fail(error, u"A rule is a JSON object {\"priority\", \"kind\", \"firstResponse\", \"resolution\", \"calendar\"}."_s);
    const QJsonObject o = value.toObject();
    static const QStringList known{u"priority"_s, u"kind"_s, u"firstResponse"_s, u"resolution"_s, u"calendar"_s};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(error, u"Unknown key \"%1\" in a rule."_s.arg(it.key()));
    rule.priority = o.value(u"priority"_s).toString();
    if (!SlaRules::priorities().contains(rule.priority))
        return fail(error, u"A rule's \"priority\" is urgent, high, normal or low."_s);
    if (o.contains(u"kind"_s)) {
        rule.kind = o.value(u"kind"_s).toString();
        if (!SlaRules::kinds().contains(rule.kind))
            return fail(error, u"A rule's \"kind\" is consultation, complaint, fault or return (or left out for every kind)."_s);
    }
    const std::optional<qint64> first = readMinutes(o, u"firstResponse"_s);
    const std::optional<qint64> resolution = readMinutes(o, u"resolution"_s);
    if (!first || !resolution)
        return fail(error, u"A rule's \"firstResponse\" and \"resolution\" are whole minutes from 1 to %1."_s.arg(kMaxTargetMinutes));
    if (*first > *resolution)
        return fail(error, u"A ticket is answered before it is resolved: \"firstResponse\" is at most \"resolution\"."_s);
    rule.firstResponseMinutes = *first;
    rule.resolutionMinutes = *resolution;
    if (o.contains(u"calendar"_s)) {
        if (!o.value(u"calendar"_s).isBool())
            return fail(error, u"A rule's \"calendar\" is true (round the clock) or false (working time)."_s);
        rule.calendar = o.value(u"calendar"_s).toBool();
    }
    return true;
}

} // namespace

const QStringList &SlaRules::priorities()
{
    static const QStringList list{u"urgent"_s, u"high"_s, u"normal"_s, u"low"_s};
    return list;
}

const QStringList &SlaRules::kinds()
{
    static const QStringList list{u"consultation"_s, u"complaint"_s, u"fault"_s, u"return"_s};
    return list;
}

SlaRules::SlaRules()
    : m_rules{{u"urgent"_s, QString(), 30, 240, true},
              {u"high"_s, QString(), 120, 960, false},
              {u"normal"_s, u"complaint"_s, 240, 1440, false},
              {u"normal"_s, QString(), 480, 2880, false},
              {u"low"_s, QString(), 960, 7200, false}}
{
}

SlaRules SlaRules::defaults()
{
    return SlaRules();
}

std::optional<SlaRules> SlaRules::fromJson(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return SlaRules();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, u"Service targets are a JSON object {\"rules\": […], \"reopenDays\": 7}."_s);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != u"rules" && it.key() != u"reopenDays") {
            fail(error, u"Unknown key \"%1\" in the service targets."_s.arg(it.key()));
            return std::nullopt;
        }
    }
    SlaRules r;
    const QJsonValue rules = o.value(u"rules"_s);
    if (!rules.isArray() || rules.toArray().isEmpty()) {
        fail(error, u"\"rules\" lists at least the rule for normal priority."_s);
        return std::nullopt;
    }
    r.m_rules.clear();
    for (const QJsonValue &v : rules.toArray()) {
        Rule rule;
        if (!readRule(v, rule, error))
            return std::nullopt;
        for (const Rule &other : std::as_const(r.m_rules)) {
            if (other.priority == rule.priority && other.kind == rule.kind) {
                fail(error, u"Two rules for %1%2: keep one."_s.arg(rule.priority, rule.kind.isEmpty() ? QString() : u" "_s + rule.kind));
                return std::nullopt;
            }
        }
        r.m_rules << rule;
    }
    if (std::none_of(r.m_rules.cbegin(), r.m_rules.cend(), [](const Rule &x) { return x.priority == u"normal" && x.kind.isEmpty(); })) {
        fail(error, u"A rule for normal priority without a kind is needed: other tickets fall back to it."_s);
        return std::nullopt;
    }
    if (o.contains(u"reopenDays"_s)) {
        const QJsonValue v = o.value(u"reopenDays"_s);
        const double n = v.toDouble(-1);
        if (!v.isDouble() || n != double(int(n)) || n < 0 || n > 365) {
            fail(error, u"\"reopenDays\" is a whole number of days from 0 (never reopened) to 365."_s);
            return std::nullopt;
        }
        r.m_reopenDays = int(n);
    }
    return r;
}

QString SlaRules::toJson() const
{
    QJsonArray rules;
    for (const Rule &rule : m_rules) {
        QJsonObject o{{u"priority"_s, rule.priority},
                      {u"firstResponse"_s, rule.firstResponseMinutes},
                      {u"resolution"_s, rule.resolutionMinutes}};
        if (!rule.kind.isEmpty())
            o[u"kind"_s] = rule.kind;
        if (rule.calendar)
            o[u"calendar"_s] = true;
        rules.append(o);
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"rules"_s, rules}, {u"reopenDays"_s, m_reopenDays}}).toJson(QJsonDocument::Compact));
}

SlaRules::Target SlaRules::targetFor(QStringView priority, QStringView kind) const
{
    const auto find = [this](QStringView p, QStringView k) -> const Rule * {
        for (const Rule &r : m_rules)
            if (r.priority == p && r.kind == k)
                return &r;
        return nullptr;
    };
    const Rule *rule = kind.isEmpty() ? nullptr : find(priority, kind);
    if (!rule)
        rule = find(priority, {});
    if (!rule && !kind.isEmpty())
        rule = find(u"normal", kind);
    if (!rule)
        rule = find(u"normal", {});
    if (!rule) // unreachable: the defaults and every setting fromJson accepts have normal's rule
        return {};
    return {rule->firstResponseMinutes, rule->resolutionMinutes, rule->calendar};
}

QDateTime SlaRules::due(const WorkCalendar &calendar, const QDateTime &createdUtc, qint64 minutes, bool roundTheClock,
                        const Suspensions &suspensions)
{
    if (!createdUtc.isValid() || minutes < 0 || minutes > qint64(WorkCalendar::kMaxDays) * 24 * 60)
        return {};
    const auto add = [&](const QDateTime &from, qint64 msecs) {
        return roundTheClock ? from.toUTC().addMSecs(msecs) : calendar.addWorkingMSecs(from, msecs);
    };
    const auto run = [&](const QDateTime &from, const QDateTime &to) {
        return roundTheClock ? std::max<qint64>(0, from.msecsTo(to)) : calendar.workingMSecsBetween(from, to);
    };
    Suspensions stops;
    for (const auto &[from, to] : suspensions) {
        if (!from.isValid())
            continue;
        if (!to.isValid())
            return {}; // still suspended: the clock is stopped
        if (to > from && to > createdUtc)
            stops.append({std::max(from, createdUtc), to});
    }
    std::sort(stops.begin(), stops.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QDateTime cursor = createdUtc;
    qint64 left = minutes * kMSecsPerMinute;
    for (const auto &[from, to] : std::as_const(stops)) {
        if (to <= cursor)
            continue; // inside a suspension already counted
        if (from > cursor) {
            // Due before this suspension begins (or as it does)?
            const QDateTime candidate = add(cursor, left);
            if (!candidate.isValid() || candidate <= from)
                return candidate;
            left -= run(cursor, from);
        }
        cursor = to;
    }
    return add(cursor, left);
}

qint64 SlaRules::minutesLeft(const WorkCalendar &calendar, const QDateTime &nowUtc, const QDateTime &dueUtc, bool roundTheClock)
{
    if (!nowUtc.isValid() || !dueUtc.isValid())
        return 0;
    if (nowUtc <= dueUtc)
        return (roundTheClock ? nowUtc.msecsTo(dueUtc) : calendar.workingMSecsBetween(nowUtc, dueUtc)) / kMSecsPerMinute;
    const qint64 over = roundTheClock ? dueUtc.msecsTo(nowUtc) : calendar.workingMSecsBetween(dueUtc, nowUtc);
    return -std::max<qint64>(1, (over + kMSecsPerMinute - 1) / kMSecsPerMinute);
}

} // namespace Huike
