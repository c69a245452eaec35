#pragma once

#include "core/salesstage.h"
#include "core/validation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Huike {

class Database;
class Replica;

// The company's settings over the replica (app_settings and sales_stages, synced to every
// client; only administrators may change them — the server refuses others too):
// letterhead, quote approval threshold and terms, the sales target, reminder lead times,
// and the pipeline's stages. No widgets here.
// A customer level as the company defines it (settings customer.level.<code>.*): empty
// texts where it defines nothing.
struct LevelDefinition
{
    QString code; // "a"…"d"
    QString name, description, criteria;
    // The level's label, with the company's name for it when it has one:
    // "A 级（重点客户）" or "A 级 · 战略客户".
    QString caption() const;
    // Description and criteria, for a tooltip; empty when neither is set.
    QString details() const;
};

class SettingsService
{
public:
    explicit SettingsService(Replica &replica);

    // One setting's stored value (empty when unset).
    QString value(QStringView key);

    // The keys the settings dialog edits (shared/core/approval.h SettingKeys).
    static QStringList keys();

    bool mayEdit();
    QHash<QString, QString> values();
    // Every stage, inactive ones too, in order; the defaults before the first sync.
    QList<SalesStage> stages();
    // Whether the stages came from the server (until then they are shown, not saved).
    bool stagesStored();

    // Validates everything, then writes what changed — settings and stages — in one
    // transaction. Errors by setting key, or "stages[N].name" / "stages[N].probabilityPercent"
    // / "stages"; empty when saved. Throws ModelError.
    ValidationErrors save(const QHash<QString, QString> &values, QList<SalesStage> stages);

    // The service settings (服务设置): SLA targets, the working calendar and the warranty
    // periods (SettingKeys::ServiceSla, ServiceCalendar, ServiceWarranty), as JSON.
    static QStringList serviceKeys();
    // Writes the service settings `values` holds (any of serviceKeys(), others ignored), each
    // only when it differs from the stored text, in one transaction. Each must be one its value
    // type's fromJson reads, as the server demands: errors by key, the English reason wrapped
    // in a translated sentence; "settings" when the user is not an administrator. Empty when
    // saved. Throws ModelError.
    ValidationErrors saveService(const QHash<QString, QString> &values);

    // Every level, A to D, with what the company defined for it.
    QList<LevelDefinition> levels();
    static QList<LevelDefinition> levels(Database &db);

    // A stage code for a new stage named `name`, unique among `stages`.
    static QString newStageCode(const QList<SalesStage> &stages);

    // Writes one setting as an edit that syncs: created, changed, or emptied ("" clears it);
    // nothing when it already holds the value. Throws SchemaError.
    static void put(Replica &replica, const QString &key, const QString &value);

private:
    Replica &m_replica;
};

} // namespace Huike
