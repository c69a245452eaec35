#include "ui/customerclassificationtab.h"
#include "ui/customerownerrow.h"
#include "ui/enumitems.h"
#include "ui/fieldrow.h"

#include "core/customer.h"
#include "models/customerservice.h"
#include "models/modelerror.h"
#include "models/settingsservice.h"

#include <QComboBox>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

CustomerClassificationTab::CustomerClassificationTab(CustomerService &service, QWidget *parent)
    : CustomerFieldsTab(parent), m_service(service)
{
    // Alt+letters: unique on this page with the tabs and the card's buttons (B, L, O, M, 3,
    // U, S are always on screen).
    addCombo(u"status"_s, tr("Sta&tus"), enumItems<CustomerStatus>(false));
    addCombo(u"level"_s, tr("Le&vel"), enumItems<CustomerLevel>(true));
    // The company's words for each level (设置 › 客户级别), on the items.
    if (QComboBox *level = combo(u"level"_s)) {
        for (const LevelDefinition &d : service.levelDefinitions()) {
            const int i = level->findData(d.code);
            if (i < 0)
                continue;
            level->setItemText(i, d.caption());
            level->setItemData(i, d.details(), Qt::ToolTipRole);
        }
    }
    // The level's approval: the pending request or the hint, the reason to give.
    m_levelBox = new QWidget(this);
    m_levelNote = new QLabel(m_levelBox);
    m_levelNote->setObjectName(u"levelNote"_s);
    m_levelNote->setWordWrap(true);
    m_levelNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_withdrawLevel = new QPushButton(tr("Withdraw request"), m_levelBox);
    m_withdrawLevel->setObjectName(u"withdrawLevel"_s);
    m_withdrawLevel->setToolTip(tr("Withdraw your level change request before it is decided"));
    connect(m_withdrawLevel, &QPushButton::clicked, this, &CustomerClassificationTab::withdrawLevelRequest);
    auto *box = new QVBoxLayout(m_levelBox);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_levelNote);
    box->addWidget(m_withdrawLevel, 0, Qt::AlignLeft);
    form()->addRow(QString(), m_levelBox);
    m_levelReason = new QLineEdit(this);
    m_levelReason->setObjectName(u"levelReason"_s);
    m_levelReason->setPlaceholderText(tr("Why the customer should change level, for the approver"));
    m_levelReason->setMaxLength(1000);
    form()->addRow(tr("Reason for the &change"), m_levelReason);
    if (QComboBox *level = combo(u"level"_s))
        connect(level, &QComboBox::activated, this, &CustomerClassificationTab::updateLevelHint);
    addCombo(u"type"_s, tr("Ty&pe"), enumItems<CustomerType>(false));
    addLine(u"source"_s, tr("Sou&rce"), tr("e.g. trade fair, referral, website"));
    addLine(u"creditRating"_s, tr("Cre&dit rating"));
    addLine(u"securityLevel"_s, tr("Securit&y level"));
    addLine(u"tags"_s, tr("Ta&gs"), tr("separated by commas"));
    m_owner = new CustomerOwnerRow(service, this);
    form()->addRow(tr("Owner"), m_owner);
    m_background = new QPlainTextEdit(this);
    m_background->setObjectName(u"background"_s);
    m_background->setTabChangesFocus(true);
    m_background->setUndoRedoEnabled(false);
    auto *error = new QLabel(this);
    reserveErrorLine(error);
    addError(u"background"_s, error);
    form()->addRow(tr("Bac&kground"), m_background);
    form()->addRow(QString(), error);
    connect(m_background, &QPlainTextEdit::textChanged, this, [this] { emit edited(u"background"_s, m_background->toPlainText()); });
}

bool CustomerClassificationTab::setValue(const QString &name, const QString &value)
{
    if (name == u"level") {
        CustomerFieldsTab::setValue(name, value);
        updateLevelHint(); // undo and redo too
        return true;
    }
    if (name != u"background")
        return CustomerFieldsTab::setValue(name, value);
    if (m_background->toPlainText() != value)
        m_background->setPlainText(value);
    return true;
}

QWidget *CustomerClassificationTab::fieldWidget(const QString &name) const
{
    return name == u"background" ? m_background : CustomerFieldsTab::fieldWidget(name);
}

void CustomerClassificationTab::refreshLevel(const QString &customerId, const QString &storedLevel)
{
    m_customerId = customerId;
    m_storedLevel = storedLevel;
    m_pendingId.clear();
    std::optional<CustomerService::LevelRequest> pending;
    try {
        m_needsApproval = m_service.levelNeedsApproval();
        if (!customerId.isEmpty())
            pending = m_service.pendingLevelRequest(customerId);
    } catch (const ModelError &e) {
        m_levelNote->setText(tr("The level's approval could not be read: %1").arg(e.message()));
        form()->setRowVisible(m_levelBox, true);
        return;
    }
    QComboBox *level = combo(u"level"_s);
    if (pending) {
        m_pendingId = pending->approvalId;
        QString text = pending->approver.isEmpty()
            ? tr("Level change waiting for approval: %1, asked by %2 on %3.").arg(pending->text, pending->requester, pending->askedAt)
            : tr("Level change waiting for approval: %1, asked by %2 on %3; %4 decides.")
                  .arg(pending->text, pending->requester, pending->askedAt, pending->approver);
        if (!pending->reason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(pending->reason);
        m_levelNote->setText(text);
        m_withdrawLevel->setVisible(pending->mine);
        if (level) {
            level->setEnabled(false);
            level->setToolTip(tr("The level does not change while a request waits for approval."));
        }
        form()->setRowVisible(m_levelBox, true);
        form()->setRowVisible(m_levelReason, false);
        return;
    }
    m_withdrawLevel->setVisible(false);
    if (level) {
        level->setEnabled(true);
        level->setToolTip(QString());
    }
    updateLevelHint();
}

void CustomerClassificationTab::updateLevelHint()
{
    if (!m_pendingId.isEmpty())
        return;
    const QComboBox *level = combo(u"level"_s);
    const QString chosen = level ? level->currentData().toString() : QString();
    const bool ask = m_needsApproval && !m_customerId.isEmpty() && !m_storedLevel.isEmpty() && chosen != m_storedLevel;
    m_levelNote->setText(ask ? tr("Saving asks your manager to approve this level change; the customer keeps its level until then.")
                             : QString());
    form()->setRowVisible(m_levelBox, ask);
    form()->setRowVisible(m_levelReason, ask);
}

QString CustomerClassificationTab::levelReason() const
{
    return m_levelReason->text().trimmed();
}

void CustomerClassificationTab::clearLevelReason()
{
    m_levelReason->clear();
}

bool CustomerClassificationTab::withdrawLevelRequest()
{
    if (m_pendingId.isEmpty())
        return false;
    QString refusal;
    try {
        refusal = m_service.withdrawLevelRequest(m_pendingId);
    } catch (const ModelError &e) {
        refusal = tr("Not saved: %1").arg(e.message());
    }
    if (!refusal.isEmpty()) {
        m_levelNote->setText(refusal);
        return false;
    }
    refreshLevel(m_customerId, m_storedLevel);
    emit levelRequestChanged(tr("The level change request is withdrawn."));
    return true;
}

} // namespace Huike
