#include "ui/delegationdialog.h"

#include "syncclient/delegationclient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

DelegationDialog::DelegationDialog(DelegationClient *client, QWidget *parent) : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("Delegation while away"));
    auto *intro = new QLabel(tr("While you are away, the colleague you choose decides the approval steps that "
                                "wait for you. Nobody decides a request they asked themselves."),
                             this);
    intro->setWordWrap(true);
    m_current = new QLabel(this);
    m_current->setWordWrap(true);
    m_delegate = new QComboBox(this);
    m_delegate->setObjectName(u"delegate"_s);
    if (m_client)
        for (const auto &[id, name] : m_client->colleagues())
            m_delegate->addItem(name, id);
    m_from = new QDateEdit(QDate::currentDate(), this);
    m_to = new QDateEdit(QDate::currentDate().addDays(6), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *form = new QFormLayout;
    auto *delegateLabel = new QLabel(tr("&Colleague:"), this);
    delegateLabel->setBuddy(m_delegate);
    form->addRow(delegateLabel, m_delegate);
    auto *fromLabel = new QLabel(tr("Away &from:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, m_from);
    auto *toLabel = new QLabel(tr("Away &until:"), this);
    toLabel->setBuddy(m_to);
    form->addRow(toLabel, m_to);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_set = buttons->addButton(tr("&Set delegation"), QDialogButtonBox::ApplyRole);
    m_clear = buttons->addButton(tr("C&lear delegation"), QDialogButtonBox::ResetRole);
    m_set->setDefault(true); // Enter sets it
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_set, &QPushButton::clicked, this, &DelegationDialog::apply);
    connect(m_clear, &QPushButton::clicked, this, &DelegationDialog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 36);
    showCurrent();
    if (!m_client || !m_client->isOnline()) {
        m_status->setText(DelegationClient::offlineMessage());
        m_set->setEnabled(false);
        m_clear->setEnabled(false);
    }
}

void DelegationDialog::showCurrent()
{
    const DelegationClient::Delegation d = m_client ? m_client->current() : DelegationClient::Delegation{};
    if (d.delegateId.isEmpty()) {
        m_current->setText(tr("No delegation is set."));
        m_clear->setEnabled(false);
        return;
    }
    const int index = m_delegate->findData(d.delegateId);
    if (index >= 0)
        m_delegate->setCurrentIndex(index);
    if (d.from.isValid())
        m_from->setDate(d.from);
    if (d.to.isValid())
        m_to->setDate(d.to);
    m_current->setText(tr("Now: %1 decides for you from %2 to %3.")
                           .arg(index >= 0 ? m_delegate->itemText(index) : d.delegateId, d.from.toString(Qt::ISODate),
                                d.to.toString(Qt::ISODate)));
    m_clear->setEnabled(m_client && m_client->isOnline());
}

bool DelegationDialog::apply()
{
    if (!m_client) {
        m_status->setText(DelegationClient::offlineMessage());
        return false;
    }
    if (m_delegate->currentIndex() < 0) {
        m_status->setText(tr("Choose the colleague who decides for you."));
        return false;
    }
    if (m_to->date() < m_from->date()) {
        m_status->setText(tr("The last day is before the first."));
        return false;
    }
    const DelegationClient::Result r = m_client->set(m_delegate->currentData().toString(), m_from->date(), m_to->date());
    if (!r.ok) {
        m_status->setText(r.message);
        return false;
    }
    m_status->setText(tr("The delegation is set."));
    showCurrent();
    emit changed();
    return true;
}

bool DelegationDialog::clear()
{
    if (!m_client) {
        m_status->setText(DelegationClient::offlineMessage());
        return false;
    }
    const DelegationClient::Result r = m_client->clear();
    if (!r.ok) {
        m_status->setText(r.message);
        return false;
    }
    m_status->setText(tr("The delegation is cleared."));
    showCurrent();
    emit changed();
    return true;
}

} // namespace Huike
