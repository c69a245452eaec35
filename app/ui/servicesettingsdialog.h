#pragma once

#include "core/slarules.h"
#include "core/warranty.h"
#include "core/workcalendar.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace Huike {

class SettingsService;
class SlaRulesTab;
class WarrantyTab;
class WorkCalendarTab;

// 服务设置, opened from the 服务 page: the service targets (服务时限), the working calendar
// they count in (工作日历) and the warranty periods (保修期) — the settings service.sla,
// service.calendar and service.warranty. Saving reads each tab's JSON with the value type's
// own fromJson, as the server will: a refusal shows its reason on the tab and nothing is
// saved or lost; otherwise only the settings that changed are written. Everyone can read
// them; only an administrator can change them (the server enforces it too). Ctrl+S saves.
class ServiceSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServiceSettingsDialog(SettingsService &service, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SlaRulesTab *slaTab() const { return m_sla; }
    WorkCalendarTab *calendarTab() const { return m_calendar; }
    WarrantyTab *warrantyTab() const { return m_warranty; }
    QLabel *statusLabel() const { return m_status; }
    bool isEditable() const { return m_editable; }
    // Validates and writes what changed; true when saved (or nothing changed).
    bool save();
    bool isModified() const;

signals:
    void saved();

private:
    void load();
    void done(int result) override;

    SettingsService &m_service;
    bool m_editable = false;
    QTabWidget *m_tabs = nullptr;
    SlaRulesTab *m_sla = nullptr;
    WorkCalendarTab *m_calendar = nullptr;
    WarrantyTab *m_warranty = nullptr;
    QLabel *m_status = nullptr;
    // What is stored, as read (the defaults where nothing is).
    SlaRules m_loadedSla;
    WorkCalendar m_loadedCalendar;
    WarrantyRules m_loadedWarranty;
};

} // namespace Huike
