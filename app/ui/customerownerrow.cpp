#include "ui/customerownerrow.h"

#include "models/customerservice.h"
#include "syncclient/ownershipclient.h"
#include "ui/releasereasondialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Huike {

CustomerOwnerRow::CustomerOwnerRow(CustomerService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_owner = new QLabel(this);
    m_owner->setObjectName(u"owner"_s);
    m_claim = new QPushButton(tr("Cla&im"), this);
    m_claim->setObjectName(u"claim"_s);
    m_claim->setToolTip(tr("Claim this customer from the public pool (Ctrl+Shift+C)"));
    m_release = new QPushButton(tr("R&elease to pool"), this);
    m_release->setObjectName(u"release"_s);
    m_release->setToolTip(tr("Release this customer to the public pool (Ctrl+Shift+P)"));
    m_changeOwner = new QPushButton(tr("Change o&wner…"), this);
    m_changeOwner->setObjectName(u"changeOwner"_s);
    m_changeOwner->setToolTip(tr("Give this customer to another sales rep (Ctrl+Shift+O)"));
    connect(m_claim, &QPushButton::clicked, this, &CustomerOwnerRow::claim);
    connect(m_release, &QPushButton::clicked, this, &CustomerOwnerRow::release);
    connect(m_changeOwner, &QPushButton::clicked, this, &CustomerOwnerRow::chooseOwner);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_owner, 1);
    row->addWidget(m_claim);
    row->addWidget(m_release);
    row->addWidget(m_changeOwner);

    m_claimAction = new QAction(tr("Claim"), this);
    m_claimAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_claimAction, &QAction::triggered, this, &CustomerOwnerRow::claim);
    m_releaseAction = new QAction(tr("Release to the public pool"), this);
    m_releaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_releaseAction, &QAction::triggered, this, &CustomerOwnerRow::release);
    m_changeOwnerAction = new QAction(tr("Change owner…"), this);
    m_changeOwnerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_changeOwnerAction, &QAction::triggered, this, &CustomerOwnerRow::chooseOwner);
}

QList<QAction *> CustomerOwnerRow::shortcutActions() const
{
    return {m_claimAction, m_releaseAction, m_changeOwnerAction};
}

QString CustomerOwnerRow::customerId() const
{
    return m_customer.meta.id.isNull() ? QString() : m_customer.meta.id.toString();
}

void CustomerOwnerRow::setOwnership(OwnershipClient *ownership)
{
    if (m_ownership)
        disconnect(m_ownership, nullptr, this, nullptr);
    m_ownership = ownership;
    if (m_ownership)
        connect(m_ownership, &OwnershipClient::ownerChanged, this, [this](const QString &id) {
            if (id == customerId())
                emit ownerChanged();
        });
    setCustomer(m_customer);
}

void CustomerOwnerRow::setCustomer(const Customer &customer)
{
    m_customer = customer;
    const Customer &c = m_customer;
    const QString owner = c.meta.id.isNull() ? m_service.userName(m_service.currentUserId())
                          : c.meta.ownerId.isNull() ? tr("Public pool")
                                                    : m_service.userName(c.meta.ownerId.toString());
    m_owner->setText(owner);
    const QString role = m_service.currentRole();
    const bool saved = !c.meta.id.isNull() && m_ownership;
    const bool claim = saved && c.meta.ownerId.isNull() && CustomerService::mayClaim(role);
    const bool release = saved && m_service.mayRelease(c.meta.ownerId.isNull() ? QString() : c.meta.ownerId.toString());
    const bool assign = saved && CustomerService::mayAssign(role);
    m_claim->setVisible(claim);
    m_claimAction->setEnabled(claim);
    m_release->setVisible(release);
    m_releaseAction->setEnabled(release);
    m_changeOwner->setVisible(assign);
    m_changeOwnerAction->setEnabled(assign);
}

bool CustomerOwnerRow::online()
{
    if (m_ownership && m_ownership->isOnline())
        return true;
    QMessageBox::information(window(), tr("Needs the server"), OwnershipClient::offlineMessage());
    return false;
}

bool CustomerOwnerRow::report(bool ok, const QString &message, const QString &done)
{
    emit reported(ok, ok ? done : message);
    if (!ok)
        QMessageBox::warning(window(), tr("Owner not changed"), message);
    return ok;
}

bool CustomerOwnerRow::claim()
{
    if (!m_claimAction->isEnabled() || !online())
        return false;
    if (QMessageBox::question(window(), tr("Claim"), tr("Claim %1 from the public pool? It becomes yours.").arg(m_customer.name))
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->claim(customerId());
    QApplication::restoreOverrideCursor();
    return report(r.ok, r.message, tr("Claimed: this customer is yours now."));
}

bool CustomerOwnerRow::release()
{
    if (!m_releaseAction->isEnabled() || !online())
        return false;
    const std::optional<QString> reason = ReleaseReasonDialog::ask(
        window(), tr("Release %1 to the public pool? Any sales rep can then claim it.").arg(m_customer.name));
    if (!reason)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->release(customerId(), *reason);
    QApplication::restoreOverrideCursor();
    return report(r.ok, r.message, tr("Released to the public pool."));
}

void CustomerOwnerRow::chooseOwner()
{
    if (!m_changeOwnerAction->isEnabled() || !online())
        return;
    QStringList names;
    QStringList ids;
    for (const auto &[id, name] : m_service.assignableUsers()) {
        if (id == m_customer.meta.ownerId.toString())
            continue;
        names << name;
        ids << id;
    }
    if (names.isEmpty()) {
        QMessageBox::information(window(), tr("Change owner"), tr("There is nobody you may give this customer to."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(window(), tr("Change owner"), tr("Give %1 to:").arg(m_customer.name), names, 0,
                                                 false, &ok);
    if (ok && names.contains(chosen))
        changeOwner(ids.value(names.indexOf(chosen)));
}

bool CustomerOwnerRow::changeOwner(const QString &ownerId)
{
    if (!m_changeOwnerAction->isEnabled() || ownerId.isEmpty() || !online())
        return false;
    const QString whom = m_service.userName(ownerId);
    if (QMessageBox::question(window(), tr("Change owner"),
                              tr("Give %1 to %2? Its contacts, opportunities, quotes and contracts go along.")
                                  .arg(m_customer.name, whom))
        != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->assign(customerId(), ownerId);
    QApplication::restoreOverrideCursor();
    return report(r.ok, r.message, tr("The customer now belongs to %1.").arg(whom));
}

} // namespace Huike
