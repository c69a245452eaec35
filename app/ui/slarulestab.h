#pragma once

#include "core/slarules.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Huike {

// 服务时限, the first tab of the service settings: a row per rule — priority, kind (or every
// kind), hours to the first response and to resolution, round the clock — and the days a
// customer may reopen a resolved ticket. Hours in half-hour steps as a manager thinks of them;
// the setting keeps minutes. What is typed is kept as typed: json() hands it to SlaRules to
// judge, and the dialog shows its reason under the table (showError).
class SlaRulesTab : public QWidget
{
    Q_OBJECT

public:
    enum Column { PriorityColumn, KindColumn, FirstResponseColumn, ResolutionColumn, RoundTheClockColumn, ColumnCount };

    explicit SlaRulesTab(QWidget *parent = nullptr);

    void setRules(const SlaRules &rules);
    // The rules as typed, as the setting's JSON ("service.sla").
    QString json() const;
    // Read-only: nothing can be changed, the table still scrolls.
    void setEditable(bool editable);
    // The reason the rules are not saved; empty hides it.
    void showError(const QString &message);

    // A rule as the row shows it (minutes from the hours).
    SlaRules::Rule rule(int row) const;
    void setRule(int row, const SlaRules::Rule &rule);
    // Appends a row (high priority, every kind, the normal rule's targets) and selects it.
    void addRule();
    // Removes the selected row, unless it is the fallback rule (normal, every kind).
    void removeRule();

    QTableWidget *table() const { return m_table; }
    QSpinBox *reopenDays() const { return m_reopenDays; }
    QLabel *errorLabel() const { return m_error; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insertRow(int row, const SlaRules::Rule &rule);

    QTableWidget *m_table = nullptr;
    QSpinBox *m_reopenDays = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr;
    QLabel *m_error = nullptr;
    bool m_editable = true;
};

} // namespace Huike
