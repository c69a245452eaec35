#pragma once

#include "ui/contractrecordstab.h"

namespace Huike {

class DeliveryDialog;

// The contract editor's "Deliveries (发货记录)" tab: what was delivered, by whom, to whom.
class DeliveriesTab : public ContractRecordsTab
{
    Q_OBJECT

public:
    explicit DeliveriesTab(QWidget *parent = nullptr);
    void showRecords(const Contract &contract, ContractService &service, bool allowed) override;
    // "Add delivery…": the dialog for a delivery of `contract` (the editor's, read when saving).
    static DeliveryDialog *newDeliveryDialog(const Contract &contract, ContractService &service, const QString &today,
                                             QWidget *parent);
};

} // namespace Huike
