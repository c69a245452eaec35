#include "ui/deliveriestab.h"

#include "models/contractservice.h"
#include "ui/deliverydialog.h"
#include "ui/saverecord.h"

#include <QLabel>
#include <QTableWidget>

namespace Huike {

namespace {
enum Column { Date, Goods, Carrier, Tracking, Receiver, Note };
}

DeliveriesTab::DeliveriesTab(QWidget *parent)
    : ContractRecordsTab({tr("Delivered on"), tr("Goods"), tr("Carrier"), tr("Tracking number"), tr("Received by"), tr("Note")},
                         Goods, tr("Add delive&ry…"), parent)
{
}

void DeliveriesTab::showRecords(const Contract &contract, ContractService &service, bool allowed)
{
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
