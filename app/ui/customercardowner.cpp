// The customer card's owner, public pool and sharing part (负责人, 公海, 共享; issue 19):
// the owner row's claim, release and change of owner through the server, the days left
// before the pool reclaim, the share dialog and 撤销合并…. Part of CustomerCard
// (customercard.h), kept apart from the card's loading, checking and saving.
#include "ui/customercard.h"
#include "ui/customerclassificationtab.h"
#include "ui/customerownerrow.h"

#include "models/poolservice.h"
#include "syncclient/ownershipclient.h"
#include "ui/mergedialog.h"
#include "ui/sharedialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Huike {

void CustomerCard::setOwnership(OwnershipClient *ownership)
{
    m_ownership = ownership;
    m_classification->ownerRow()->setOwnership(ownership);
}

void CustomerCard::setMergeClient(MergeClient *client)
{
    auto *row = findChild<QHBoxLayout *>(u"buttons"_s);
    if (!client || !row || customerId().isEmpty() || !CustomerService::mayAssign(m_service.currentRole()))
        return;
    auto *undoMerge = new QPushButton(tr("Undo a merge…"), this);
    undoMerge->setObjectName(u"undoMerge"_s);
    undoMerge->setToolTip(tr("Undo a merge of other cards into this one (within 30 days)"));
    row->insertWidget(1, undoMerge);
    connect(undoMerge, &QPushButton::clicked, this, [this, client] {
        if (!MergeDialog::undoMergeInto(this, *client, customerId()))
            return;
        m_status->setStyleSheet(QString());
        m_status->setText(tr("The merge was undone: the cards and the records that moved are back."));
        emit documentSaved(); // the main window syncs soon
    });
}

void CustomerCard::updateOwnerRow()
{
    m_classification->ownerRow()->setCustomer(m_original);
    QString clock;
    if (!m_original.meta.id.isNull()) {
        const PoolService pool(m_service.replica());
        if (m_original.isInPool())
            clock = tr("In the public pool: %1").arg(PoolService::reasonText(pool.reasonOf(customerId())));
        else if (const std::optional<int> left = pool.daysLeft(customerId()))
            clock = tr("%n day(s) left before it goes back to the pool", nullptr, *left);
    }
    m_poolClock->setText(clock);
    m_poolClock->setVisible(!clock.isEmpty());
    m_shareButton->setVisible(!m_original.meta.id.isNull());
}

void CustomerCard::openShares()
{
    if (m_original.meta.id.isNull())
        return;
    PoolService directory(m_service.replica());
    ShareDialog dialog(m_ownership, directory, customerId(), m_original.name, m_service.currentUserId(), this);
    dialog.exec();
}

void CustomerCard::ownerChangedOnServer()
{
    // Only the owner's part: what is being typed on the card stays.
    if (const auto stored = m_service.load(customerId())) {
        m_original.meta = stored->customer.meta;
        m_original.departmentId = stored->customer.departmentId;
    }
    updateOwnerRow();
    ensure360();
}

void CustomerCard::ownershipReported(bool ok, const QString &text)
{
    m_status->setStyleSheet(ok ? QString() : u"color: #c8102e"_s);
    m_status->setText(text);
    if (ok)
        emit documentSaved(); // the main window syncs soon: the customer's records follow
}

bool CustomerCard::claim()
{
    return m_classification->ownerRow()->claim();
}

bool CustomerCard::release()
{
    return m_classification->ownerRow()->release();
}

void CustomerCard::chooseOwner()
{
    m_classification->ownerRow()->chooseOwner();
}

bool CustomerCard::changeOwner(const QString &ownerId)
{
    return m_classification->ownerRow()->changeOwner(ownerId);
}

} // namespace Huike
