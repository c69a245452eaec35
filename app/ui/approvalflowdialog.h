#pragma once

#include "core/approvalflow.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace Huike {

class ApprovalFlowService;
class ApprovalStepForm;

// 审批流程设置 (FEATURES.md W2): for each kind of request, the steps it goes through — who
// approves a step (the manager chain, roles, named colleagues), one of them or all of
// them, who may also decide, whether a step whose approver is the requester is skipped,
// the amount above which it applies, whether only when over budget, and the reminder
// after a time. Steps are added, removed, moved and the default restored; a plain-language
// preview says what the flow does. Every kind's edits are kept until Save, which writes the
// changed flows (they sync); a flow the engine would refuse is refused with the reason.
// Every edit can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z, Ctrl+Y), whichever kind it
// was made in. An administrator edits; everyone else reads.
class ApprovalFlowDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalFlowDialog(ApprovalFlowService &service, QWidget *parent = nullptr);
    ~ApprovalFlowDialog() override;

    QComboBox *kindBox() const { return m_kind; }
    QListWidget *stepList() const { return m_steps; }
    // The selected step's fields (ApprovalStepForm).
    ApprovalStepForm *stepForm() const { return m_form; }
    QLineEdit *nameEdit() const;
    QComboBox *byBox() const;
    QSpinBox *upBox() const;
    QCheckBox *roleBox(const QString &role) const;
    QListWidget *userList() const;
    QComboBox *modeBox() const;
    QCheckBox *orRoleBox(const QString &role) const;
    QCheckBox *skipSelfBox() const;
    QLineEdit *aboveEdit() const;
    QCheckBox *overBudgetBox() const;
    QSpinBox *timeoutBox() const;
    QLabel *preview() const { return m_preview; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_moveUp; }
    QPushButton *downButton() const { return m_moveDown; }
    QPushButton *defaultButton() const { return m_default; }
    bool isEditable() const { return m_editable; }
    QUndoStack *undoStack() const { return m_undo; }

    // What an undo step puts back: a kind's flow and the step selected.
    struct State
    {
        QString kind;
        ApprovalFlow flow;
        int row = 0;
        friend bool operator==(const State &, const State &) = default;
    };
    // Shows `state` (undo and redo).
    void applyState(const State &state);

    // The flow of `kind` as edited here.
    ApprovalFlow edited(const QString &kind);
    // Saves the changed flows; false (the reason shown) when refused or not saved.
    bool save();

signals:
    void saved();

private:
    void showKind();
    void showSteps(int select);
    void showStep();
    void stepEdited(bool typing);
    void updatePreview();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void restoreDefault();
    State state() const;
    // Makes the edits since the last one recorded an undo step.
    void record(const QString &text);
    QString stepTitle(int row) const;
    bool isModified() const;
    void done(int result) override;

    ApprovalFlowService &m_service;
    bool m_editable = false;
    bool m_filling = false;
    QString m_current; // the kind shown
    QHash<QString, ApprovalFlow> m_loaded;
    QHash<QString, ApprovalFlow> m_flows; // as edited
    QHash<QString, QString> m_names;      // user id → display name
    QUndoStack *m_undo;
    State m_recorded; // as of the last undo step
    QComboBox *m_kind;
    QListWidget *m_steps;
    ApprovalStepForm *m_form;
    QLabel *m_preview;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QPushButton *m_default;
};

} // namespace Huike
