#include "ui/servicesettingsdialog.h"

#include "core/approval.h"
#include "models/modelerror.h"
#include "models/settingsservice.h"
#include "ui/slarulestab.h"
#include "ui/unsavedchanges.h"
#include "ui/warrantytab.h"
#include "ui/workcalendartab.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ServiceSettingsDialog::ServiceSettingsDialog(SettingsService &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_loadedWarranty(WarrantyRules::defaults())
{
    setWindowTitle(tr("Service settings"));
    setObjectName(u"serviceSettings"_s);
    m_editable = service.mayEdit();
    m_tabs = new QTabWidget(this);
    m_sla = new SlaRulesTab(this);
    m_calendar = new WorkCalendarTab(this);
    m_warranty = new WarrantyTab(this);
    m_tabs->addTab(m_sla, tr("Service &targets"));
    m_tabs->addTab(m_calendar, tr("Working &calendar"));
    m_tabs->addTab(m_warranty, tr("&Warranty periods"));
    m_sla->setEditable(m_editable);
    m_calendar->setEditable(m_editable);
    m_warranty->setEditable(m_editable);

    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    if (m_editable) {
        buttons->addButton(QDialogButtonBox::Save);
        buttons->addButton(QDialogButtonBox::Cancel);
        auto *saveKey = new QShortcut(QKeySequence::Save, this);
        connect(saveKey, &QShortcut::activated, this, [this] { save(); });
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 72, fontMetrics().height() * 34);
    load();
}

void ServiceSettingsDialog::load()
{
    QStringList notes;
    QString why;
    const auto stored = [this](QStringView key) { return m_service.value(key); };
    // The server refuses what fromJson cannot read, so this is a setting written by an older
    // or a broken client: show the defaults and say so rather than an empty tab.
    if (const auto sla = SlaRules::fromJson(stored(SettingKeys::ServiceSla), &why)) {
        m_loadedSla = *sla;
    } else {
        m_loadedSla = SlaRules::defaults();
        notes << tr("The stored service targets cannot be read (%1); the defaults are shown.").arg(why);
    }
    if (const auto calendar = WorkCalendar::fromJson(stored(SettingKeys::ServiceCalendar), &why)) {
        m_loadedCalendar = *calendar;
    } else {
        m_loadedCalendar = WorkCalendar::defaultCalendar();
        notes << tr("The stored working calendar cannot be read (%1); the default is shown.").arg(why);
    }
    if (const auto warranty = WarrantyRules::fromJson(stored(SettingKeys::ServiceWarranty), &why)) {
        m_loadedWarranty = *warranty;
    } else {
        m_loadedWarranty = WarrantyRules::defaults();
        notes << tr("The stored warranty periods cannot be read (%1); the defaults are shown.").arg(why);
    }
    m_sla->setRules(m_loadedSla);
    m_calendar->setCalendar(m_loadedCalendar);
    m_warranty->setRules(m_loadedWarranty);
    m_sla->showError({});
    m_calendar->showError({});
    m_warranty->showError({});
    if (!m_editable)
        notes.prepend(tr("Only an administrator can change the service settings."));
    m_status->setText(notes.join(u'\n'));
}

bool ServiceSettingsDialog::isModified() const
{
    if (!m_editable)
        return false;
    // Anything the value types cannot read was typed, so it is a change too.
    const auto sla = SlaRules::fromJson(m_sla->json());
    const auto calendar = WorkCalendar::fromJson(m_calendar->json());
    const auto warranty = WarrantyRules::fromJson(m_warranty->json());
    return !sla || *sla != m_loadedSla || !calendar || *calendar != m_loadedCalendar || !warranty || *warranty != m_loadedWarranty;
}

bool ServiceSettingsDialog::save()
{
    if (!m_editable)
        return false;
    QString slaWhy, calendarWhy, warrantyWhy;
    const auto sla = SlaRules::fromJson(m_sla->json(), &slaWhy);
    const auto calendar = WorkCalendar::fromJson(m_calendar->json(), &calendarWhy);
    const auto warranty = WarrantyRules::fromJson(m_warranty->json(), &warrantyWhy);
    // The English reason is the value type's; the sentence around it says where.
    m_sla->showError(sla ? QString() : tr("The service targets cannot be saved: %1").arg(slaWhy));
    m_calendar->showError(calendar ? QString() : tr("The working calendar cannot be saved: %1").arg(calendarWhy));
    m_warranty->showError(warranty ? QString() : tr("The warranty periods cannot be saved: %1").arg(warrantyWhy));
    if (!sla || !calendar || !warranty) {
        m_tabs->setCurrentWidget(!sla ? static_cast<QWidget *>(m_sla) : !calendar ? static_cast<QWidget *>(m_calendar) : m_warranty);
        m_status->setText(tr("Nothing was saved: correct what the tab says first."));
        return false;
    }

    QHash<QString, QString> changed;
    if (*sla != m_loadedSla)
        changed.insert(SettingKeys::ServiceSla.toString(), sla->toJson());
    if (*calendar != m_loadedCalendar)
        changed.insert(SettingKeys::ServiceCalendar.toString(), calendar->toJson());
    if (*warranty != m_loadedWarranty)
        changed.insert(SettingKeys::ServiceWarranty.toString(), warranty->toJson());
    if (changed.isEmpty()) {
        m_status->setText(tr("Nothing has changed."));
        return true;
    }
    ValidationErrors errors;
    try {
        errors = m_service.saveService(changed);
    } catch (const ModelError &e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return false;
    }
    if (errors) {
        m_sla->showError(errors.messageFor(SettingKeys::ServiceSla.toString()));
        m_calendar->showError(errors.messageFor(SettingKeys::ServiceCalendar.toString()));
        m_warranty->showError(errors.messageFor(SettingKeys::ServiceWarranty.toString()));
        m_status->setText(errors.has(u"settings"_s) ? errors.messageFor(u"settings"_s) : tr("Nothing was saved: correct what the tab says first."));
        return false;
    }
    load();
    m_status->setText(tr("Saved."));
    emit saved();
    return true;
}

void ServiceSettingsDialog::done(int result)
{
    if (result == QDialog::Rejected && !mayClose(this, isModified(), tr("Save the changed service settings?"), [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
