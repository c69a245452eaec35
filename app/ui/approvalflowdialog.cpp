#include "ui/approvalflowdialog.h"

#include "ui/approvalstepform.h"

#include "core/enums.h"
#include "core/money.h"
#include "models/approvalflowservice.h"
#include "models/modelerror.h"
#include "ui/fieldrow.h"
#include "ui/shortcutkeys.h"
#include "ui/statecommand.h"
#include "ui/undokeysfilter.h"
#include "ui/unsavedchanges.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr qint64 UnreadableAmount = ApprovalStepForm::UnreadableAmount;

// A flow as it would be saved: a step keeps what its other kinds of approver had while edited.
ApprovalFlow asSaved(const ApprovalFlow &edited)
{
    ApprovalFlow flow;
    for (const ApprovalFlowStep &s : edited.steps)
        flow.steps << ApprovalFlowService::normalised(s);
    return flow;
}

} // namespace

ApprovalFlowDialog::ApprovalFlowDialog(ApprovalFlowService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Approval flows"));
    m_undo = new QUndoStack(this);
    QList<ApprovalFlowService::Person> people; // offered on a step: the active ones
    try {
        m_editable = service.mayEdit();
        people = service.people();
        m_names = service.names();
    } catch (const ModelError &) {
        m_editable = false;
    }

    m_kind = new QComboBox(this);
    for (const ApprovalFlowService::Kind &k : ApprovalFlowService::kinds())
        m_kind->addItem(k.caption, k.code);
    auto *kindLabel = new QLabel(tr("&Kind of request:"), this);
    kindLabel->setBuddy(m_kind);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);

    // The steps, in order.
    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"steps"_s);
    m_steps->setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 18);
    auto *stepsLabel = new QLabel(tr("&Steps:"), this);
    stepsLabel->setBuddy(m_steps);
    m_add = new QPushButton(tr("&Add step"), this);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_moveUp = new QPushButton(tr("Move &up"), this);
    m_moveDown = new QPushButton(tr("Move do&wn"), this);
    m_default = new QPushButton(tr("Restore the de&fault"), this);
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_moveUp->setToolTip(tr("Move the step up (Ctrl+Up)"));
    m_moveDown->setToolTip(tr("Move the step down (Ctrl+Down)"));
    m_default->setToolTip(tr("Show the flow this kind of request has when nobody set one"));
    auto *stepButtons = new QGridLayout;
    stepButtons->addWidget(m_add, 0, 0);
    stepButtons->addWidget(m_remove, 0, 1);
    stepButtons->addWidget(m_moveUp, 1, 0);
    stepButtons->addWidget(m_moveDown, 1, 1);
    stepButtons->addWidget(m_default, 2, 0, 1, 2);
    auto *left = new QVBoxLayout;
    left->addWidget(stepsLabel);
    left->addWidget(m_steps, 1);
    left->addLayout(stepButtons);

    // The selected step.
    m_form = new ApprovalStepForm(people, m_editable, this);
    auto *stepPane = new QWidget(this);
    auto *stepPaneLayout = new QVBoxLayout(stepPane);
    stepPaneLayout->setContentsMargins(0, 0, 0, 0);
    stepPaneLayout->addWidget(m_form);
    stepPaneLayout->addStretch(1);
    auto *stepScroll = new QScrollArea(this);
    stepScroll->setWidget(stepPane);
    stepScroll->setWidgetResizable(true);
    stepScroll->setFrameShape(QFrame::NoFrame);

    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 2);
    middle->addWidget(stepScroll, 3);

    auto *previewBox = new QGroupBox(tr("What the flow does"), this);
    m_preview = new QLabel(previewBox);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    if (m_editable) {
        buttons->addButton(QDialogButtonBox::Save);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
        m_status->setText(tr("Only an administrator can change the approval flows."));
        for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_remove, m_moveUp, m_moveDown, m_default})
            w->setEnabled(false);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addLayout(middle, 1);
    layout->addWidget(previewBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Tab goes down the form as it reads (the role boxes were made two by two).
    QList<QWidget *> order{m_kind, m_steps, m_add, m_remove, m_moveUp, m_moveDown, m_default};
    order << m_form->tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    if (m_editable) {
        new QShortcut(QKeySequence::Undo, this, m_undo, &QUndoStack::undo);
        auto *redoKey = new QShortcut(this);
        redoKey->setKeys(redoKeys());
        connect(redoKey, &QShortcut::activated, m_undo, &QUndoStack::redo);
        m_form->installUndoFilter(new UndoKeysFilter(this)); // the dialog's undo, not the line edit's own
    }
    connect(m_form, &ApprovalStepForm::typingFinished, this, &ApprovalFlowDialog::record);
    connect(m_form, &ApprovalStepForm::edited, this, &ApprovalFlowDialog::stepEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ApprovalFlowDialog::showKind);
    connect(m_steps, &QListWidget::currentRowChanged, this, &ApprovalFlowDialog::showStep);
    connect(m_add, &QPushButton::clicked, this, &ApprovalFlowDialog::addStep);
    connect(m_remove, &QPushButton::clicked, this, &ApprovalFlowDialog::removeStep);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStep(+1); });
    connect(m_default, &QPushButton::clicked, this, &ApprovalFlowDialog::restoreDefault);

    resize(fontMetrics().horizontalAdvance(u"M"_s) * 76, fontMetrics().height() * 44);
    showKind();
}

QLineEdit *ApprovalFlowDialog::nameEdit() const { return m_form->nameEdit(); }
QComboBox *ApprovalFlowDialog::byBox() const { return m_form->byBox(); }
QSpinBox *ApprovalFlowDialog::upBox() const { return m_form->upBox(); }
QCheckBox *ApprovalFlowDialog::roleBox(const QString &role) const { return m_form->roleBox(role); }
QListWidget *ApprovalFlowDialog::userList() const { return m_form->userList(); }
QComboBox *ApprovalFlowDialog::modeBox() const { return m_form->modeBox(); }
QCheckBox *ApprovalFlowDialog::orRoleBox(const QString &role) const { return m_form->orRoleBox(role); }
QCheckBox *ApprovalFlowDialog::skipSelfBox() const { return m_form->skipSelfBox(); }
QLineEdit *ApprovalFlowDialog::aboveEdit() const { return m_form->aboveEdit(); }
QCheckBox *ApprovalFlowDialog::overBudgetBox() const { return m_form->overBudgetBox(); }
QSpinBox *ApprovalFlowDialog::timeoutBox() const { return m_form->timeoutBox(); }

ApprovalFlowDialog::~ApprovalFlowDialog()
{
    // ~QDialog hides the window after the members are gone, which moves the focus out of a
    // line edit (editingFinished → an undo step): nothing may call back into this by then.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

ApprovalFlow ApprovalFlowDialog::edited(const QString &kind)
{
    if (!m_flows.contains(kind)) {
        ApprovalFlow flow;
        try {
            flow = m_service.flow(kind);
        } catch (const ModelError &e) {
            flow = ApprovalFlow::defaultFor(kind);
            m_status->setText(tr("The flow could not be read: %1").arg(e.message()));
        }
        m_loaded.insert(kind, asSaved(flow));
        m_flows.insert(kind, flow);
    }
    return asSaved(m_flows.value(kind));
}

void ApprovalFlowDialog::showKind()
{
    if (m_filling)
        return;
    record(tr("Edit the step"));
    m_current = m_kind->currentData().toString();
    edited(m_current);
    showSteps(0);
    m_recorded = state();
}

ApprovalFlowDialog::State ApprovalFlowDialog::state() const
{
    return State{m_current, m_flows.value(m_current), m_steps->currentRow()};
}

void ApprovalFlowDialog::record(const QString &text)
{
    if (!m_editable || m_filling)
        return;
    State now = state();
    // Only the flow counts: selecting another step is no edit.
    if (now.kind == m_recorded.kind && now.flow == m_recorded.flow)
        return;
    m_undo->push(new StateCommand<ApprovalFlowDialog, State>(this, m_recorded, now, text));
}

void ApprovalFlowDialog::applyState(const State &state)
{
    m_flows[state.kind] = state.flow;
    if (state.kind != m_current) {
        m_filling = true;
        m_kind->setCurrentIndex(m_kind->findData(state.kind));
        m_filling = false;
        m_current = state.kind;
    }
    if (state.row != m_steps->currentRow() || m_steps->count() != state.flow.steps.size())
        showSteps(state.row);
    else {
        showStep(); // the fields, without moving the focus out of the one being typed in
        for (int row = 0; row < m_steps->count(); ++row)
            m_steps->item(row)->setText(stepTitle(row));
        updatePreview();
    }
    m_recorded = State{state.kind, state.flow, m_steps->currentRow()};
}

QString ApprovalFlowDialog::stepTitle(int row) const
{
    const ApprovalFlowStep &step = m_flows.value(m_current).steps.at(row);
    const auto nameOf = [this](const QString &id) { return m_names.value(id, id); };
    const QString who = ApprovalFlowService::approvers(step, nameOf);
    return step.name.isEmpty() ? tr("%1. %2").arg(row + 1).arg(who) : tr("%1. %2 — %3").arg(row + 1).arg(step.name, who);
}

void ApprovalFlowDialog::showSteps(int select)
{
    m_filling = true;
    m_steps->clear();
    const ApprovalFlow &flow = m_flows[m_current];
    for (int row = 0; row < flow.steps.size(); ++row)
        m_steps->addItem(stepTitle(row));
    m_filling = false;
    m_steps->setCurrentRow(std::min(select, int(flow.steps.size()) - 1));
    showStep();
    updatePreview();
}

void ApprovalFlowDialog::showStep()
{
    if (m_filling)
        return;
    const int row = m_steps->currentRow();
    const QList<ApprovalFlowStep> &steps = m_flows[m_current].steps;
    const bool has = row >= 0 && row < steps.size();
    m_form->setEnabled(has);
    if (m_editable) {
        m_remove->setEnabled(has && steps.size() > 1);
        m_moveUp->setEnabled(has && row > 0);
        m_moveDown->setEnabled(has && row + 1 < steps.size());
        m_add->setEnabled(steps.size() < 20);
    }
    if (!has)
        return;
    m_form->show(steps[row]);
}

void ApprovalFlowDialog::stepEdited(bool typing)
{
    const int row = m_steps->currentRow();
    if (m_filling || !m_editable || row < 0 || row >= m_flows[m_current].steps.size())
        return;
    ApprovalFlowStep &s = m_flows[m_current].steps[row];
    s = m_form->read(s);
    m_steps->item(row)->setText(stepTitle(row));
    showStep(); // the fields of the approver chosen
    updatePreview();
    m_status->clear();
    // Typing is one step once the field is left (typingFinished); the rest at once.
    if (!typing)
        record(tr("Edit the step"));
}

void ApprovalFlowDialog::updatePreview()
{
    ApprovalFlow flow = m_flows.value(m_current);
    for (ApprovalFlowStep &s : flow.steps)
        if (s.aboveFen && *s.aboveFen == UnreadableAmount)
            s.aboveFen.reset();
    const QStringList lines = ApprovalFlowService::describe(flow, [this](const QString &id) { return m_names.value(id, id); });
    QString text = lines.join(u'\n');
    if (flow == ApprovalFlow::defaultFor(m_current))
        text += u'\n' + tr("(This is the default flow of this kind of request.)");
    const QString why = ApprovalFlowService::check(m_flows.value(m_current));
    if (!why.isEmpty())
        text += u'\n' + tr("⚠ %1").arg(why);
    m_preview->setText(text);
}

void ApprovalFlowDialog::addStep()
{
    record(tr("Edit the step")); // what was typed, as its own step
    QList<ApprovalFlowStep> &steps = m_flows[m_current].steps;
    if (steps.size() >= 20)
        return;
    ApprovalFlowStep step;
    step.by = ApprovalFlowStep::By::Roles;
    step.roles = {u"director"_s};
    const int at = m_steps->currentRow() + 1;
    steps.insert(std::clamp(at, 0, int(steps.size())), step);
    showSteps(std::clamp(at, 0, int(steps.size()) - 1));
    record(tr("Add a step"));
    m_form->nameEdit()->setFocus();
}

void ApprovalFlowDialog::removeStep()
{
    record(tr("Edit the step")); // what was typed, as its own step
    QList<ApprovalFlowStep> &steps = m_flows[m_current].steps;
    const int row = m_steps->currentRow();
    if (row < 0 || row >= steps.size() || steps.size() <= 1)
        return;
    steps.removeAt(row);
    showSteps(std::min(row, int(steps.size()) - 1));
    record(tr("Remove the step"));
    m_steps->setFocus();
}

void ApprovalFlowDialog::moveStep(int delta)
{
    record(tr("Edit the step")); // what was typed, as its own step
    QList<ApprovalFlowStep> &steps = m_flows[m_current].steps;
    const int row = m_steps->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= steps.size())
        return;
    steps.swapItemsAt(row, row + delta);
    showSteps(row + delta);
    record(tr("Move the step"));
    m_steps->setFocus();
}

void ApprovalFlowDialog::restoreDefault()
{
    record(tr("Edit the step")); // what was typed, as its own step
    m_flows[m_current] = ApprovalFlow::defaultFor(m_current);
    showSteps(0);
    record(tr("Restore the default"));
    m_status->setText(tr("The default flow is shown; Save to put it in force."));
}

bool ApprovalFlowDialog::isModified() const
{
    if (!m_editable)
        return false;
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        if (asSaved(it.value()) != m_loaded.value(it.key()))
            return true;
    return false;
}

bool ApprovalFlowDialog::save()
{
    if (!m_editable)
        return false;
    QHash<QString, ApprovalFlow> changed;
    for (auto it = m_flows.cbegin(); it != m_flows.cend(); ++it)
        if (asSaved(it.value()) != m_loaded.value(it.key()))
            changed.insert(it.key(), it.value());
    ValidationErrors errors;
    try {
        errors = m_service.save(changed);
    } catch (const ModelError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    if (errors) {
        const FieldError &first = errors.errors().first();
        const int index = m_kind->findData(first.field);
        if (index >= 0 && index != m_kind->currentIndex())
            m_kind->setCurrentIndex(index);
        m_status->setText(index >= 0 ? tr("Not saved — %1: %2").arg(m_kind->itemText(index), first.message)
                                     : tr("Not saved: %1").arg(first.message));
        return false;
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        m_loaded.insert(it.key(), asSaved(it.value()));
        m_flows.insert(it.key(), asSaved(it.value()));
    }
    showSteps(m_steps->currentRow());
    m_recorded = state();
    m_status->setText(changed.isEmpty() ? tr("Nothing changed.") : tr("Saved; the flows apply to requests asked from now on."));
    if (!changed.isEmpty())
        emit saved();
    return true;
}

void ApprovalFlowDialog::done(int result)
{
    if (result == QDialog::Rejected && !mayClose(this, isModified(), tr("Save the changed approval flows?"), [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
