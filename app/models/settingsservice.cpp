#include "models/settingsservice.h"

#include "core/approval.h"
#include "core/decimal.h"
#include "core/enums.h"
#include "core/money.h"
#include "core/slarules.h"
#include "core/warranty.h"
#include "core/workcalendar.h"
#include "models/modelerror.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::SettingsService", text);
}

} // namespace

SettingsService::SettingsService(Replica &replica) : m_replica(replica) { }

QStringList SettingsService::keys()
{
    using namespace SettingKeys;
    QStringList out;
    for (QStringView k : {CompanyName, CompanyAddress, CompanyPhone, CompanyBank, CompanyTaxNumber, CompanyLogo,
                          DiscountApprovalPercent, QuoteTerms, SalesTarget, InstalmentReminderDays, ContractEndReminderDays,
                          PoolMaxCustomersPerRep})
        out << k.toString();
    for (const QString &code : enumCodesFor(u"CustomerLevel"))
        for (QStringView part : LevelParts)
            out << levelKey(code, part);
    return out;
}

QString LevelDefinition::caption() const
{
    const QString label = enumLabelFor(u"CustomerLevel", code).value_or(code);
    if (name.isEmpty())
        return label;
    // The letter's own words ("A 级") before the company's name for it.
    const qsizetype bracket = label.indexOf(QRegularExpression(u"[（(]"_s));
    return (bracket > 0 ? label.left(bracket).trimmed() : label) + u" · "_s + name;
}

QString LevelDefinition::details() const
{
    QStringList parts;
    if (!description.isEmpty())
        parts << description;
    if (!criteria.isEmpty())
        parts << QCoreApplication::translate("Huike::SettingsService", "Criteria: %1").arg(criteria);
    return parts.join(u'\n');
}

QList<LevelDefinition> SettingsService::levels(Database &db)
{
    // Every level's settings in one read (a card reads them as it opens).
    QHash<QString, QString> stored;
    try {
        QSqlQuery q = db.exec(u"SELECT key, value FROM app_settings WHERE deleted = 0 AND key >= ? AND key < ?"_s,
                              {u"customer.level."_s, u"customer.level/"_s});
        while (q.next())
            stored.insert(q.value(0).toString(), q.value(1).toString().trimmed());
    } catch (const SchemaError &) {
        // shown without the company's words
    }
    QList<LevelDefinition> out;
    for (const QString &code : enumCodesFor(u"CustomerLevel"))
        out << LevelDefinition{code, stored.value(SettingKeys::levelKey(code, u"name")),
                               stored.value(SettingKeys::levelKey(code, u"description")),
                               stored.value(SettingKeys::levelKey(code, u"criteria"))};
    return out;
}

QList<LevelDefinition> SettingsService::levels()
{
    return levels(m_replica.database());
}

QString SettingsService::value(QStringView key)
{
    return Rows::setting(m_replica.database(), key);
}

bool SettingsService::mayEdit()
{
    const QString me = m_replica.userId();
    if (me.isEmpty())
        return true; // a replica without a login (tests, the demo without a server)
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {me}).toString() == u"admin";
}

QHash<QString, QString> SettingsService::values()
{
    QHash<QString, QString> out;
    for (const QString &k : keys())
        out.insert(k, Rows::setting(m_replica.database(), k));
    return out;
}

QList<SalesStage> SettingsService::stages()
{
    QList<SalesStage> out;
    for (const Row &r : Rows::select(m_replica.database(), u"sales_stages"_s, u"deleted = 0 ORDER BY sort_order, code"_s, {}))
        out << Rows::from<SalesStage>(r);
    return out.isEmpty() ? SalesStage::defaults() : out;
}

bool SettingsService::stagesStored()
{
    return m_replica.database().scalar(u"SELECT 1 FROM sales_stages WHERE deleted = 0 LIMIT 1"_s).isValid();
}

QString SettingsService::newStageCode(const QList<SalesStage> &stages)
{
    QSet<QString> taken;
    for (const SalesStage &s : stages)
        taken.insert(s.code);
    for (int n = 1;; ++n) {
        const QString code = u"stage_%1"_s.arg(n);
        if (!taken.contains(code))
            return code;
    }
}

ValidationErrors SettingsService::save(const QHash<QString, QString> &values, QList<SalesStage> edited)
try {
    using namespace SettingKeys;
    ValidationErrors errors;
    if (!mayEdit()) {
        errors.add(u"settings"_s, u"forbidden"_s, tr("Only an administrator can change the company's settings."));
        return errors;
    }
    const auto text = [&](QStringView key) { return values.value(key.toString()).trimmed(); };
    for (QStringView k : {CompanyName, CompanyAddress, CompanyPhone, CompanyBank, CompanyTaxNumber})
        errors.limitText(k.toString(), text(k), 200);
    errors.limitText(QuoteTerms.toString(), values.value(QuoteTerms.toString()), 4000);
    for (const QString &code : enumCodesFor(u"CustomerLevel")) {
        errors.limitText(levelKey(code, u"name"), text(levelKey(code, u"name")), 20);
        errors.limitText(levelKey(code, u"description"), text(levelKey(code, u"description")), 200);
        errors.limitText(levelKey(code, u"criteria"), text(levelKey(code, u"criteria")), 200);
    }
    if (values.value(CompanyLogo.toString()).size() > 20000)
        errors.add(CompanyLogo.toString(), u"too_long"_s, tr("The logo is too large; choose a smaller picture."));
    if (const QString pct = text(DiscountApprovalPercent); !pct.isEmpty()) {
        const std::optional<Decimal> d = Decimal::parse(pct);
        if (!d || d->isNegative() || *d > Decimal::fromInteger(100))
            errors.add(DiscountApprovalPercent.toString(), u"out_of_range"_s, tr("A percentage from 0 to 100, e.g. 10 or 12.5."));
    }
    if (const QString target = text(SalesTarget); !target.isEmpty()) {
        const std::optional<Money> m = Money::parse(target);
        if (!m || m->fen() < 0)
            errors.add(SalesTarget.toString(), u"invalid"_s, tr("An amount like 1000000.00, or empty for none."));
    }
    for (QStringView k : {InstalmentReminderDays, ContractEndReminderDays}) {
        if (const QString days = text(k); !days.isEmpty()) {
            bool ok = false;
            const int n = days.toInt(&ok);
            if (!ok || n < 0 || n > 366)
                errors.add(k.toString(), u"out_of_range"_s, tr("A number of days from 0 to 366."));
        }
    }
    if (const QString most = text(PoolMaxCustomersPerRep); !most.isEmpty()) {
        bool ok = false;
        const int n = most.toInt(&ok);
        if (!ok || n < 0 || n > 1000000)
            errors.add(PoolMaxCustomersPerRep.toString(), u"out_of_range"_s, tr("A whole number of customers, 0 for no limit."));
    }
    QSet<QString> names, codes;
    bool anyOpen = false;
    for (qsizetype i = 0; i < edited.size(); ++i) {
        SalesStage &s = edited[i];
        s.name = s.name.trimmed();
        s.sortOrder = int(i + 1) * 10;
        errors.merge(s.validate(), u"stages[%1]."_s.arg(i));
        if (!s.name.isEmpty() && names.contains(s.name))
            errors.add(u"stages[%1].name"_s.arg(i), u"duplicate"_s, tr("Two stages have this name."));
        if (codes.contains(s.code))
            errors.add(u"stages[%1].code"_s.arg(i), u"duplicate"_s, tr("Two stages have this code."));
        names.insert(s.name);
        codes.insert(s.code);
        anyOpen = anyOpen || (s.active && s.outcome == StageOutcome::Open);
    }
    if (!anyOpen)
        errors.add(u"stages"_s, u"required"_s, tr("Keep at least one active open stage."));
    if (errors)
        return errors;

    Database &db = m_replica.database();
    Replica::Batch batch(m_replica);
    for (const QString &k : keys()) {
        const QString value = k == QuoteTerms || k == CompanyLogo ? values.value(k) : values.value(k).trimmed();
        const QVariant id = db.scalar(u"SELECT id FROM app_settings WHERE key = ? AND deleted = 0"_s, {k});
        if (id.isNull()) {
            if (!value.isEmpty())
                m_replica.create(u"app_settings"_s, Row{{u"key"_s, k}, {u"value"_s, value}});
        } else if (Rows::setting(db, k) != value) {
            m_replica.update(u"app_settings"_s, id.toString(), Row{{u"value"_s, value.isEmpty() ? QVariant() : QVariant(value)}});
        }
    }
    // Stages only once they came from the server: the defaults shown before the first
    // sync would collide with the server's by code.
    const QList<SalesStage> before = stagesStored() ? stages() : edited;
    for (const SalesStage &s : std::as_const(edited)) {
        const Row row = Rows::toRow(s);
        const auto old = std::find_if(before.begin(), before.end(), [&](const SalesStage &b) { return b.code == s.code; });
        if (old == before.end()) {
            Row created;
            for (const QString &c : {u"code"_s, u"name"_s, u"probability_e4"_s, u"sort_order"_s, u"outcome"_s, u"active"_s})
                created.insert(c, row.value(c));
            m_replica.create(u"sales_stages"_s, created);
            continue;
        }
        Row changes;
        const Row was = Rows::toRow(*old);
        for (const QString &c : {u"name"_s, u"probability_e4"_s, u"sort_order"_s, u"active"_s})
            if (was.value(c) != row.value(c))
                changes.insert(c, row.value(c));
        if (!changes.isEmpty())
            m_replica.update(u"sales_stages"_s, old->meta.id.toString(), changes);
    }
    batch.commit();
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QStringList SettingsService::serviceKeys()
{
    using namespace SettingKeys;
    return {ServiceSla.toString(), ServiceCalendar.toString(), ServiceWarranty.toString()};
}

ValidationErrors SettingsService::saveService(const QHash<QString, QString> &values)
try {
    using namespace SettingKeys;
    ValidationErrors errors;
    if (!mayEdit()) {
        errors.add(u"settings"_s, u"forbidden"_s, tr("Only an administrator can change the company's settings."));
        return errors;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString why;
        const QString &key = it.key();
        if (key == ServiceSla && !SlaRules::fromJson(it.value(), &why))
            errors.add(key, u"invalid"_s, tr("The service targets cannot be saved: %1").arg(why));
        else if (key == ServiceCalendar && !WorkCalendar::fromJson(it.value(), &why))
            errors.add(key, u"invalid"_s, tr("The working calendar cannot be saved: %1").arg(why));
        else if (key == ServiceWarranty && !WarrantyRules::fromJson(it.value(), &why))
            errors.add(key, u"invalid"_s, tr("The warranty periods cannot be saved: %1").arg(why));
    }
    if (errors)
        return errors;
    Replica::Batch batch(m_replica);
    for (const QString &key : serviceKeys())
        if (values.contains(key))
            put(m_replica, key, values.value(key).trimmed());
    batch.commit();
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void SettingsService::put(Replica &replica, const QString &key, const QString &value)
{
    Database &db = replica.database();
    const QVariant id = db.scalar(u"SELECT id FROM app_settings WHERE key = ? AND deleted = 0"_s, {key});
    if (id.isNull()) {
        if (!value.isEmpty())
            replica.create(u"app_settings"_s, Row{{u"key"_s, key}, {u"value"_s, value}});
    } else if (Rows::setting(db, key) != value) {
        replica.update(u"app_settings"_s, id.toString(), Row{{u"value"_s, value.isEmpty() ? QVariant() : QVariant(value)}});
    }
}

} // namespace Huike
