#include "ui/deliveriestab.h"

#include "models/assetservice.h"
#include "models/contractservice.h"
#include "ui/assetspanel.h"
#include "ui/deliverydialog.h"
#include "ui/saverecord.h"

#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Huike {

namespace {
enum Column { Date, Goods, Carrier, Tracking, Receiver, Note };
}

DeliveriesTab::DeliveriesTab(QWidget *parent)
    : ContractRecordsTab({tr("Delivered on"), tr("Goods"), tr("Carrier"), tr("Tracking number"), tr("Received by"), tr("Note")},
                         Goods, tr("Add delive&ry…"), parent)
{
}

DeliveriesTab::~DeliveriesTab() = default;

void DeliveriesTab::showRecords(const Contract &contract, ContractService &service, bool allowed)
{
    if (!m_assets) {
        m_assetService = std::make_unique<AssetService>(service.replica());
        auto *box = new QGroupBox(tr("Serial numbers of the assets delivered (设备)"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_assets = new AssetsPanel(*m_assetService, box);
        boxLayout->addWidget(m_assets);
        static_cast<QVBoxLayout *>(layout())->addWidget(box, 1);
    }
    m_assets->showContract(contract.customerId.toString(), contract.meta.id.isNull() ? QString() : contract.meta.id.toString(), allowed);
    const QList<DeliveryRecord> deliveries = contract.meta.id.isNull() ? QList<DeliveryRecord>() : service.deliveries(contract.meta.id.toString());
    table()->setRowCount(int(deliveries.size()));
    for (int r = 0; r < deliveries.size(); ++r) {
        const DeliveryRecord &d = deliveries[r];
        table()->setItem(r, Date, textItem(d.deliveredOn));
        table()->setItem(r, Goods, textItem(d.description));
        table()->setItem(r, Carrier, textItem(d.carrier));
        table()->setItem(r, Tracking, textItem(d.trackingNumber));
        table()->setItem(r, Receiver, textItem(d.receiver));
        table()->setItem(r, Note, textItem(d.note));
    }
    if (!allowed)
        summaryLabel()->setText(tr("Deliveries are recorded once the contract is signed (approved)."));
    else if (deliveries.isEmpty())
        summaryLabel()->setText(tr("No deliveries recorded yet."));
    else
        summaryLabel()->setText(tr("Deliveries recorded: %1, the latest on %2.").arg(deliveries.size()).arg(deliveries.last().deliveredOn));
}

DeliveryDialog *DeliveriesTab::newDeliveryDialog(const Contract &contract, ContractService &service, const QString &today,
                                                 QWidget *parent)
{
    DeliveryRecord suggested;
    suggested.customerId = contract.customerId;
    suggested.contractId = contract.meta.id;
    suggested.deliveredOn = today;
    return new DeliveryDialog(
        suggested,
        [&service, &contract](DeliveryRecord &d) {
            return saveRecord(d, [&](DeliveryRecord &r) { return service.addDelivery(contract, r); });
        },
        parent);
}

} // namespace Huike
