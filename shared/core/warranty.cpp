#include "core/warranty.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

const QStringList &monthKeys()
{
    static const QStringList keys{u"mainMonths"_s, u"partMonths"_s, u"afterRepairMonths"_s};
    return keys;
}

bool sameText(QStringView a, QStringView b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// The months under `key` when present; false with the reason when they are not 0..120.
bool readMonths(const QJsonObject &o, const QString &key, const QString &where, std::optional<int> &out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n < 0 || n > WarrantyRules::kMaxMonths || n != double(int(n)))
        return fail(error, u"\"%1\" in %2 is a whole number of months from 0 to %3."_s.arg(key, where).arg(WarrantyRules::kMaxMonths));
    out = int(n);
    return true;
}

bool knownKeys(const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return fail(error, u"Unknown key \"%1\" in %2."_s.arg(it.key(), where));
    return true;
}

QJsonObject monthsObject(const std::optional<int> &main, const std::optional<int> &part, const std::optional<int> &afterRepair)
{
    QJsonObject o;
    if (main)
        o[u"mainMonths"_s] = *main;
    if (part)
        o[u"partMonths"_s] = *part;
    if (afterRepair)
        o[u"afterRepairMonths"_s] = *afterRepair;
    return o;
}

} // namespace

WarrantyRules WarrantyRules::defaults()
{
    return WarrantyRules();
}

std::optional<WarrantyRules> WarrantyRules::fromJson(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return defaults();
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(error, u"Warranty rules are a JSON object {\"default\": {…}, \"categories\": […]}."_s);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!knownKeys(o, {u"default"_s, u"categories"_s}, u"the warranty rules"_s, error))
        return std::nullopt;

    WarrantyRules r;
    if (o.contains(u"default"_s)) {
        const QJsonValue v = o.value(u"default"_s);
        const QString where = u"the default"_s;
        if (!v.isObject()) {
            fail(error, u"\"default\" is a JSON object {\"mainMonths\", \"partMonths\", \"afterRepairMonths\"}."_s);
            return std::nullopt;
        }
        const QJsonObject d = v.toObject();
        std::optional<int> main, part, afterRepair;
        if (!knownKeys(d, monthKeys(), where, error) || !readMonths(d, u"mainMonths"_s, where, main, error)
            || !readMonths(d, u"partMonths"_s, where, part, error)
            || !readMonths(d, u"afterRepairMonths"_s, where, afterRepair, error))
            return std::nullopt;
        r.m_default = {main.value_or(r.m_default.mainMonths), part.value_or(r.m_default.partMonths),
                       afterRepair.value_or(r.m_default.afterRepairMonths)};
    }

    if (o.contains(u"categories"_s)) {
        const QJsonValue list = o.value(u"categories"_s);
        if (!list.isArray()) {
            fail(error, u"\"categories\" is a JSON array of {\"category\", \"mainMonths\", \"partMonths\", \"afterRepairMonths\"}."_s);
            return std::nullopt;
        }
        QStringList known = monthKeys();
        known.prepend(u"category"_s);
        for (const QJsonValue &v : list.toArray()) {
            if (!v.isObject()) {
                fail(error, u"A category is a JSON object {\"category\", \"mainMonths\", \"partMonths\", \"afterRepairMonths\"}."_s);
                return std::nullopt;
            }
            const QJsonObject c = v.toObject();
            Category category;
            category.name = c.value(u"category"_s).toString().trimmed();
            if (category.name.isEmpty()) {
                fail(error, u"A category of the warranty rules has no \"category\" name."_s);
                return std::nullopt;
            }
            const QString where = u"the category \"%1\""_s.arg(category.name);
            if (!knownKeys(c, known, where, error) || !readMonths(c, u"mainMonths"_s, where, category.mainMonths, error)
                || !readMonths(c, u"partMonths"_s, where, category.partMonths, error)
                || !readMonths(c, u"afterRepairMonths"_s, where, category.afterRepairMonths, error))
                return std::nullopt;
            if (std::any_of(r.m_categories.cbegin(), r.m_categories.cend(),
                            [&](const Category &other) { return sameText(other.name, category.name); })) {
                fail(error, u"The category \"%1\" is listed twice: keep one."_s.arg(category.name));
                return std::nullopt;
            }
            r.m_categories << category;
        }
    }
    return r;
}

QString WarrantyRules::toJson() const
{
    QJsonArray list;
    for (const Category &c : m_categories) {
        QJsonObject o = monthsObject(c.mainMonths, c.partMonths, c.afterRepairMonths);
        o[u"category"_s] = c.name;
        list.append(o);
    }
    const QJsonObject o{{u"default"_s, monthsObject(m_default.mainMonths, m_default.partMonths, m_default.afterRepairMonths)},
                        {u"categories"_s, list}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

WarrantyRules::Rule WarrantyRules::ruleFor(QStringView category) const
{
    for (const Category &c : m_categories) {
        if (sameText(c.name, category))
            return {c.mainMonths.value_or(m_default.mainMonths), c.partMonths.value_or(m_default.partMonths),
                    c.afterRepairMonths.value_or(m_default.afterRepairMonths)};
    }
    return m_default;
}

QStringList WarrantyRules::categories() const
{
    QStringList names;
    for (const Category &c : m_categories)
        names << c.name;
    return names;
}

namespace Warranty {

QDate startDate(const QDate &invoicedOn, const QDate &deliveredOn)
{
    if (invoicedOn.isValid())
        return invoicedOn;
    return deliveredOn.isValid() ? deliveredOn : QDate();
}

QDate lastDay(const QDate &start, int months)
{
    if (!start.isValid() || months < 1)
        return {};
    const QDate month = QDate(start.year(), start.month(), 1).addMonths(months);
    if (start.day() > month.daysInMonth())
        return QDate(month.year(), month.month(), month.daysInMonth());
    return QDate(month.year(), month.month(), start.day()).addDays(-1);
}

namespace {

// The last day a repair's extension covers; invalid without a fault code or months.
QDate extension(const Repair &repair, int months)
{
    if (!repair.completedOn.isValid() || repair.fault.trimmed().isEmpty())
        return {};
    return lastDay(repair.completedOn.addDays(1), months);
}

} // namespace

Status status(const WarrantyRules::Rule &rule, bool isPart, const QDate &start, const QList<Repair> &repairs,
              const QDate &onDate, QStringView fault)
{
    Status s;
    s.baseLastDay = lastDay(start, isPart ? rule.partMonths : rule.mainMonths);
    s.lastDay = s.baseLastDay;
    const Repair *latest = nullptr;
    if (onDate.isValid() && !fault.trimmed().isEmpty()) {
        for (const Repair &r : repairs) {
            if (r.completedOn.isValid() && r.completedOn <= onDate && sameText(r.fault, fault)
                && (!latest || r.completedOn > latest->completedOn))
                latest = &r;
        }
    }
    if (latest) {
        const QDate extended = extension(*latest, rule.afterRepairMonths);
        if (extended.isValid() && (!s.lastDay.isValid() || extended > s.lastDay)) {
            s.lastDay = extended;
            s.byRepair = true;
        }
    }
    s.covered = onDate.isValid() && s.lastDay.isValid() && onDate <= s.lastDay;
    return s;
}

QDate coverUntil(const WarrantyRules::Rule &rule, bool isPart, const QDate &start, const QList<Repair> &repairs)
{
    QDate until = lastDay(start, isPart ? rule.partMonths : rule.mainMonths);
    for (const Repair &r : repairs) {
        const QDate extended = extension(r, rule.afterRepairMonths);
        if (extended.isValid() && (!until.isValid() || extended > until))
            until = extended;
    }
    return until;
}

} // namespace Warranty

} // namespace Huike
