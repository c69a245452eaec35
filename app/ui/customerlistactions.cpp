// The customer list's actions on the selected customers (the buttons and the context
// menu): claim from the public pool, release to it, change of owner, merge and 撤销合并 —
// through the server, each asking first — and which of them the user's role and the
// selection allow. Part of CustomerListPage (customerlistpage.h).
#include "ui/customerlistpage.h"

#include "models/customermerge.h"
#include "models/customerservice.h"
#include "syncclient/mergeclient.h"
#include "syncclient/ownershipclient.h"
#include "ui/mergedialog.h"
#include "ui/releasereasondialog.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Huike {

void CustomerListPage::setOwnership(OwnershipClient *ownership)
{
    if (m_ownership)
        disconnect(m_ownership, nullptr, this, nullptr);
    m_ownership = ownership;
    if (!m_ownership)
        return;
    // A change made elsewhere (a card): the list shows it at once.
    connect(m_ownership, &OwnershipClient::ownerChanged, this, [this] {
        if (!m_changingOwners)
            m_model.reload();
    });
}

void CustomerListPage::updateRoleActions()
{
    m_role = m_service ? m_service->currentRole() : QString();
    const bool claim = CustomerService::mayClaim(m_role);
    const bool assign = CustomerService::mayAssign(m_role);
    m_claimAction->setVisible(claim);
    m_claim->setVisible(claim);
    m_releaseAction->setVisible(claim || assign);
    m_release->setVisible(claim || assign);
    m_changeOwnerAction->setVisible(assign);
    m_changeOwner->setVisible(assign);
    const bool merge = assign && m_merge; // who may merge: as who may reassign
    m_mergeAction->setVisible(merge);
    m_mergeButton->setVisible(merge);
    m_undoMergeAction->setVisible(merge);
    updateSelectionActions();
}

bool CustomerListPage::confirmOnline()
{
    if (m_ownership && m_ownership->isOnline())
        return true;
    QMessageBox::information(this, tr("Needs the server"), OwnershipClient::offlineMessage());
    return false;
}

int CustomerListPage::runOwnerChange(const QStringList &ids,
                                     const std::function<bool(const QString &id, QString *why)> &change,
                                     const QString &failureTitle)
{
    int changed = 0;
    QStringList failures;
    m_changingOwners = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString &id : ids) {
        QString why;
        if (change(id, &why)) {
            ++changed;
            continue;
        }
        const auto card = m_service->load(id);
        failures << tr("%1: %2").arg(card ? card->customer.name : id, why);
        if (!m_ownership->isOnline())
            break; // the connection went: the rest would say the same
    }
    QApplication::restoreOverrideCursor();
    m_changingOwners = false;
    if (changed > 0) {
        m_model.reload();
        emit customersChanged(); // their contacts, quotes … follow with the next sync
    }
    if (!failures.isEmpty()) {
        const int shown = 10;
        QString text = failures.mid(0, shown).join(u'\n');
        if (failures.size() > shown)
            text += u'\n' + tr("… and %n more", nullptr, int(failures.size() - shown));
        QMessageBox::warning(this, failureTitle,
                             tr("%n customer(s) could not be changed:", nullptr, int(failures.size())) + u"\n\n"_s + text);
    }
    return changed;
}

int CustomerListPage::claimSelection()
{
    if (!m_service || !CustomerService::mayClaim(m_role))
        return 0;
    const QHash<QString, QString> owners = m_service->ownersOf(selectedIds());
    QStringList ids;
    for (auto it = owners.begin(); it != owners.end(); ++it)
        if (it.value().isEmpty())
            ids << it.key();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Claim"), tr("None of the selected customers is in the public pool."));
        return 0;
    }
    if (!confirmOnline())
        return 0;
    if (QMessageBox::question(this, tr("Claim"),
                              tr("Claim %n customer(s) from the public pool? They become yours.", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return 0;
    return runOwnerChange(ids, [this](const QString &id, QString *why) {
        const OwnershipClient::Result r = m_ownership->claim(id);
        *why = r.message;
        return r.ok;
    }, tr("Not claimed"));
}

int CustomerListPage::releaseSelection()
{
    if (!m_service)
        return 0;
    const QHash<QString, QString> owners = m_service->ownersOf(selectedIds());
    QStringList ids;
    for (auto it = owners.begin(); it != owners.end(); ++it)
        if (m_service->mayRelease(it.value()))
            ids << it.key();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Release to the public pool"),
                                 tr("None of the selected customers is one you may release to the public pool."));
        return 0;
    }
    if (!confirmOnline())
        return 0;
    const std::optional<QString> reason = ReleaseReasonDialog::ask(
        this, tr("Release %n customer(s) to the public pool? Any sales rep can then claim them.", nullptr, int(ids.size())));
    if (!reason)
        return 0;
    return runOwnerChange(ids, [this, reason](const QString &id, QString *why) {
        const OwnershipClient::Result r = m_ownership->release(id, *reason);
        *why = r.message;
        return r.ok;
    }, tr("Not released"));
}

void CustomerListPage::chooseOwnerForSelection()
{
    if (!m_service || !CustomerService::mayAssign(m_role) || selectedIds().isEmpty() || !confirmOnline())
        return;
    QStringList names{tr("Public pool")};
    QStringList userIds{QString()};
    for (const auto &[id, name] : m_service->assignableUsers()) {
        names << name;
        userIds << id;
    }
    bool ok = false;
    const int n = int(selectedIds().size());
    const QString chosen = QInputDialog::getItem(this, tr("Change owner"), tr("Give %n customer(s) to:", nullptr, n), names,
                                                 0, false, &ok);
    if (ok && names.contains(chosen))
        changeOwnerOfSelection(userIds.value(names.indexOf(chosen)));
}

int CustomerListPage::changeOwnerOfSelection(const QString &ownerId)
{
    if (!m_service || !CustomerService::mayAssign(m_role))
        return 0;
    const QHash<QString, QString> owners = m_service->ownersOf(selectedIds());
    QStringList ids;
    for (auto it = owners.begin(); it != owners.end(); ++it)
        if (it.value() != ownerId)
            ids << it.key();
    if (ids.isEmpty() || !confirmOnline())
        return 0;
    const QString whom = ownerId.isEmpty() ? tr("the public pool") : m_service->userName(ownerId);
    if (QMessageBox::question(this, tr("Change owner"),
                              tr("Give %n customer(s) to %1? Their contacts, opportunities, quotes and contracts go with "
                                 "them.", nullptr, int(ids.size())).arg(whom))
        != QMessageBox::Yes)
        return 0;
    return runOwnerChange(ids, [this, ownerId](const QString &id, QString *why) {
        const OwnershipClient::Result r = m_ownership->assign(id, ownerId);
        *why = r.message;
        return r.ok;
    }, tr("Owner not changed"));
}

void CustomerListPage::updateSelectionActions()
{
    const bool any = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    bool pool = false, releasable = false;
    if (any && m_service) {
        const QStringList ids = selectedIds();
        // A big selection is not read here; the action itself says what does not apply.
        if (ids.size() > 500) {
            pool = releasable = true;
        } else {
            const QHash<QString, QString> owners = m_service->ownersOf(ids);
            for (const QString &owner : owners) {
                pool = pool || owner.isEmpty();
                releasable = releasable || m_service->mayRelease(owner);
            }
        }
    }
    const bool assign = any && CustomerService::mayAssign(m_role);
    pool = pool && CustomerService::mayClaim(m_role);
    m_claimAction->setEnabled(pool);
    m_claim->setEnabled(pool);
    m_releaseAction->setEnabled(releasable);
    m_release->setEnabled(releasable);
    m_changeOwnerAction->setEnabled(assign);
    m_changeOwner->setEnabled(assign);
    const int selected = any ? int(m_view->selectionModel()->selectedRows().size()) : 0;
    m_mergeAction->setEnabled(assign && m_merge && selected >= 2);
    m_mergeButton->setEnabled(assign && m_merge && selected >= 2);
    m_undoMergeAction->setEnabled(assign && m_merge && selected == 1);
}

void CustomerListPage::setMergeClient(MergeClient *client)
{
    m_merge = client;
    updateRoleActions();
}

void CustomerListPage::mergeSelection()
{
    const QStringList ids = selectedIds();
    if (!m_merge || ids.size() < 2 || !CustomerService::mayAssign(m_role))
        return;
    if (!m_merge->isOnline()) {
        QMessageBox::information(this, tr("Needs the server"), MergeClient::offlineMessage());
        return;
    }
    const CustomerMergePreview preview = CustomerMergePreview::read(m_merge->replica(), ids);
    if (preview.cards().size() < 2) {
        QMessageBox::information(this, tr("Merge customers"), tr("Select two or more customers to merge."));
        return;
    }
    MergeDialog dialog(preview, *m_merge, this);
    connect(&dialog, &MergeDialog::customersChanged, this, [this] {
        m_model.reload();
        emit customersChanged();
    });
    dialog.exec();
}

void CustomerListPage::undoMergeOfSelection()
{
    const QStringList ids = selectedIds();
    if (!m_merge || ids.size() != 1 || !CustomerService::mayAssign(m_role))
        return;
    if (!MergeDialog::undoMergeInto(this, *m_merge, ids.first()))
        return;
    m_model.reload();
    emit customersChanged();
}

} // namespace Huike
