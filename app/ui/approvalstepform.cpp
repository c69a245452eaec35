#include "ui/approvalstepform.h"

#include "core/enums.h"
#include "core/money.h"
#include "ui/fieldrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The roles a step names or lets decide (shared/core/approvalflow.cpp: the deciding roles).
const QStringList &deciderRoles()
{
    static const QStringList roles{u"manager"_s, u"director"_s, u"admin"_s, u"clerk"_s};
    return roles;
}

} // namespace

ApprovalStepForm::ApprovalStepForm(const QList<ApprovalFlowService::Person> &people, bool editable, QWidget *parent)
    : QGroupBox(tr("The selected step"), parent), m_editable(editable)
{
    auto *form = new QFormLayout(this);
    // A row whose caption's Alt+letter jumps to the field (only the amount has an error line).
    const auto row = [&](const QString &caption, QWidget *field) {
        auto *label = new QLabel(caption, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. 部门经理审批"));
    row(tr("&Name:"), m_name);
    m_by = new QComboBox(this);
    m_by->addItem(tr("The manager chain"), int(ApprovalFlowStep::By::Manager));
    m_by->addItem(tr("Roles"), int(ApprovalFlowStep::By::Roles));
    m_by->addItem(tr("Named colleagues"), int(ApprovalFlowStep::By::Users));
    m_by->setToolTip(tr("The manager chain climbs from the owner of what is asked about: the manager, the manager's manager…"));
    row(tr("Approver &by:"), m_by);
    m_up = new QSpinBox(this);
    m_up->setRange(1, 10);
    m_up->setToolTip(tr("1: the manager; 2: the manager's manager; and so on"));
    row(tr("&Levels up:"), m_up);
    auto *roles = new QWidget(this);
    auto *rolesRow = new QHBoxLayout(roles);
    rolesRow->setContentsMargins(0, 0, 0, 0);
    auto *orRoles = new QWidget(this);
    auto *orRolesRow = new QHBoxLayout(orRoles);
    orRolesRow->setContentsMargins(0, 0, 0, 0);
    for (const QString &role : deciderRoles()) {
        const QString label = enumLabelFor(u"UserRole", role).value_or(role);
        auto *box = new QCheckBox(label, roles);
        box->setObjectName(u"role_"_s + role);
        rolesRow->addWidget(box);
        m_roles.insert(role, box);
        auto *orBox = new QCheckBox(label, orRoles);
        orBox->setObjectName(u"orRole_"_s + role);
        orRolesRow->addWidget(orBox);
        m_orRoles.insert(role, orBox);
    }
    rolesRow->addStretch(1);
    orRolesRow->addStretch(1);
    auto *rolesLabel = new QLabel(tr("&Roles:"), this);
    rolesLabel->setBuddy(m_roles.value(deciderRoles().first()));
    form->addRow(rolesLabel, roles);
    m_users = new QListWidget(this);
    m_users->setObjectName(u"users"_s);
    m_users->setMaximumHeight(fontMetrics().height() * 6);
    m_users->setToolTip(tr("Tick the colleagues who approve (Space ticks the selected one)"));
    for (const ApprovalFlowService::Person &p : people) {
        auto *item = new QListWidgetItem(p.name, m_users);
        item->setData(Qt::UserRole, p.id);
        m_offered.insert(p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_editable ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        item->setCheckState(Qt::Unchecked);
    }
    m_users->sortItems();
    row(tr("Colleag&ues:"), m_users);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Any one of them"), false);
    m_mode->addItem(tr("All of them"), true);
    m_mode->setToolTip(tr("Any one of them decides the step, or each of them must approve it"));
    row(tr("&Who decides:"), m_mode);
    auto *orRolesLabel = new QLabel(tr("Also &decide:"), this);
    orRolesLabel->setBuddy(m_orRoles.value(deciderRoles().first()));
    orRolesLabel->setToolTip(tr("Anyone of these roles may decide the step too"));
    form->addRow(orRolesLabel, orRoles);
    m_skipSelf = new QCheckBox(tr("S&kip the step when the approver is the requester"), this);
    form->addRow(QString(), m_skipSelf);
    m_above = new QLineEdit(this);
    m_above->setObjectName(u"above"_s);
    m_above->setPlaceholderText(tr("Empty: whatever the amount"));
    m_above->setToolTip(tr("The step applies only when the amount asked is above this, e.g. 5000.00"));
    m_aboveError = addFieldRow(form, tr("Only &above (¥):"), m_above);
    m_overBudget = new QCheckBox(tr("Only when the request is &over budget"), this);
    form->addRow(QString(), m_overBudget);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(0, 24 * 90);
    m_timeout->setSpecialValueText(tr("No reminder"));
    m_timeout->setSuffix(tr(" h"));
    m_timeout->setToolTip(tr("The approver is reminded once the step has waited this many hours"));
    row(tr("Re&mind after:"), m_timeout);

    if (!m_editable) {
        m_name->setReadOnly(true);
        m_above->setReadOnly(true);
        for (QWidget *w : std::initializer_list<QWidget *>{m_by, m_up, m_users, m_mode, m_skipSelf, m_overBudget, m_timeout})
            w->setEnabled(false);
        for (QCheckBox *b : m_roles)
            b->setEnabled(false);
        for (QCheckBox *b : m_orRoles)
            b->setEnabled(false);
    }
    const auto changed = [this] {
        if (!m_filling)
            emit edited(false);
    };
    const auto typed = [this] {
        if (!m_filling)
            emit edited(true);
    };
    connect(m_name, &QLineEdit::editingFinished, this, [this] { emit typingFinished(tr("Rename the step")); });
    connect(m_above, &QLineEdit::editingFinished, this, [this] { emit typingFinished(tr("Change the amount threshold")); });
    connect(m_name, &QLineEdit::textEdited, this, typed);
    connect(m_above, &QLineEdit::textEdited, this, typed);
    connect(m_by, &QComboBox::currentIndexChanged, this, changed);
    connect(m_up, &QSpinBox::valueChanged, this, changed);
    connect(m_users, &QListWidget::itemChanged, this, changed);
    connect(m_mode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_skipSelf, &QCheckBox::toggled, this, changed);
    connect(m_overBudget, &QCheckBox::toggled, this, changed);
    connect(m_timeout, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *b : m_roles)
        connect(b, &QCheckBox::toggled, this, changed);
    for (QCheckBox *b : m_orRoles)
        connect(b, &QCheckBox::toggled, this, changed);
}

void ApprovalStepForm::show(const ApprovalFlowStep &s)
{
    m_filling = true;
    if (m_name->text() != s.name) // typing keeps its cursor
        m_name->setText(s.name);
    m_by->setCurrentIndex(m_by->findData(int(s.by)));
    m_up->setValue(s.up);
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        it.value()->setChecked(s.roles.contains(it.key()));
    for (int i = 0; i < m_users->count(); ++i)
        m_users->item(i)->setCheckState(s.users.contains(m_users->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_mode->setCurrentIndex(s.all ? 1 : 0);
    for (auto it = m_orRoles.cbegin(); it != m_orRoles.cend(); ++it)
        it.value()->setChecked(s.orRoles.contains(it.key()));
    m_skipSelf->setChecked(s.skipSelf);
    if (!s.aboveFen || *s.aboveFen != UnreadableAmount) {
        const std::optional<Money> shown = Money::parse(m_above->text());
        if (s.aboveFen ? !shown || shown->fen() != *s.aboveFen : !m_above->text().trimmed().isEmpty())
            m_above->setText(s.aboveFen ? Money::fromFen(*s.aboveFen).toPlainString() : QString());
    }
    m_aboveError->setText(tr("An amount in yuan, such as 5000.00."));
    m_aboveError->setVisible(s.aboveFen && *s.aboveFen == UnreadableAmount);
    m_overBudget->setChecked(s.overBudget);
    m_timeout->setValue(s.timeoutHours);
    m_filling = false;
    enableForApprover();
}

void ApprovalStepForm::enableForApprover()
{
    // Only the fields of the approver chosen.
    const auto by = ApprovalFlowStep::By(m_by->currentData().toInt());
    m_up->setEnabled(m_editable && by == ApprovalFlowStep::By::Manager);
    for (QCheckBox *b : m_roles)
        b->setEnabled(m_editable && by == ApprovalFlowStep::By::Roles);
    m_users->setEnabled(by == ApprovalFlowStep::By::Users); // read-only ones scroll it
    m_mode->setEnabled(m_editable && by != ApprovalFlowStep::By::Manager);
}

ApprovalFlowStep ApprovalStepForm::read(const ApprovalFlowStep &previous) const
{
    ApprovalFlowStep s;
    s.name = m_name->text();
    s.by = ApprovalFlowStep::By(m_by->currentData().toInt());
    s.up = m_up->value();
    for (const QString &role : deciderRoles())
        if (m_roles.value(role)->isChecked())
            s.roles << role;
    for (const QString &id : previous.users)
        if (!m_offered.contains(id))
            s.users << id;
    for (int i = 0; i < m_users->count(); ++i)
        if (m_users->item(i)->checkState() == Qt::Checked)
            s.users << m_users->item(i)->data(Qt::UserRole).toString();
    s.all = m_mode->currentData().toBool();
    for (const QString &role : deciderRoles())
        if (m_orRoles.value(role)->isChecked())
            s.orRoles << role;
    s.skipSelf = m_skipSelf->isChecked();
    const QString above = m_above->text().trimmed();
    if (!above.isEmpty()) {
        const std::optional<Money> m = Money::parse(above);
        s.aboveFen = m && m->fen() >= 0 ? m->fen() : UnreadableAmount;
    }
    s.overBudget = m_overBudget->isChecked();
    s.timeoutHours = m_timeout->value();
    return s;
}

QList<QWidget *> ApprovalStepForm::tabOrder() const
{
    QList<QWidget *> order{m_name, m_by, m_up};
    for (const QString &role : deciderRoles())
        order << m_roles.value(role);
    order << m_users << m_mode;
    for (const QString &role : deciderRoles())
        order << m_orRoles.value(role);
    order << m_skipSelf << m_above << m_overBudget << m_timeout;
    return order;
}

void ApprovalStepForm::installUndoFilter(QObject *filter)
{
    m_name->installEventFilter(filter);
    m_above->installEventFilter(filter);
}

} // namespace Huike
