#pragma once

#include "core/approvalflow.h"
#include "models/approvalflowservice.h"

#include <QGroupBox>
#include <QHash>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Huike {

// The fields of one step of an approval flow (审批流程设置, ApprovalFlowDialog): its name,
// who approves it (the manager chain and how far up, roles, named colleagues), one of them
// or all of them, who may also decide, skip-self, the amount above which it applies, only
// when over budget, the reminder. Shows a step and reads it back; says when the user
// changed something. Read-only unless editable.
class ApprovalStepForm : public QGroupBox
{
    Q_OBJECT

public:
    // An amount the field does not read: kept as a negative threshold, which the flow
    // refuses (its reason names the step).
    static constexpr qint64 UnreadableAmount = -1;

    ApprovalStepForm(const QList<ApprovalFlowService::Person> &people, bool editable, QWidget *parent = nullptr);

    void show(const ApprovalFlowStep &step);
    // The step as the fields have it; colleagues named on `previous` whom the list does not
    // offer (no longer active) stay named: the engine passes them by.
    ApprovalFlowStep read(const ApprovalFlowStep &previous) const;
    // The fields in the order Tab goes through them.
    QList<QWidget *> tabOrder() const;
    // The typed fields' undo keys go to `filter` (the dialog's undo, not the line edit's own).
    void installUndoFilter(QObject *filter);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *byBox() const { return m_by; }
    QSpinBox *upBox() const { return m_up; }
    QCheckBox *roleBox(const QString &role) const { return m_roles.value(role); }
    QListWidget *userList() const { return m_users; }
    QComboBox *modeBox() const { return m_mode; }
    QCheckBox *orRoleBox(const QString &role) const { return m_orRoles.value(role); }
    QCheckBox *skipSelfBox() const { return m_skipSelf; }
    QLineEdit *aboveEdit() const { return m_above; }
    QCheckBox *overBudgetBox() const { return m_overBudget; }
    QSpinBox *timeoutBox() const { return m_timeout; }

signals:
    // The user changed a field; `typing` for the name and the amount, whose edit is one
    // undo step once the field is left (typingFinished).
    void edited(bool typing);
    void typingFinished(const QString &undoText);

private:
    void enableForApprover();

    bool m_editable = false;
    bool m_filling = false;
    QSet<QString> m_offered; // the active users the list offers
    QLineEdit *m_name;
    QComboBox *m_by;
    QSpinBox *m_up;
    QHash<QString, QCheckBox *> m_roles;
    QListWidget *m_users;
    QComboBox *m_mode;
    QHash<QString, QCheckBox *> m_orRoles;
    QCheckBox *m_skipSelf;
    QLineEdit *m_above;
    QLabel *m_aboveError;
    QCheckBox *m_overBudget;
    QSpinBox *m_timeout;
};

} // namespace Huike
