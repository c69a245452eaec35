#pragma once

#include "ui/contractrecordstab.h"

#include <memory>

namespace Huike {

class AssetService;
class AssetsPanel;
class DeliveryDialog;

// The contract editor's "Deliveries (发货记录)" tab: what was delivered, by whom, to whom;
// and under it the serial numbers of the assets it delivered (设备, registered there).
class DeliveriesTab : public ContractRecordsTab
{
    Q_OBJECT

public:
    explicit DeliveriesTab(QWidget *parent = nullptr);
    ~DeliveriesTab() override;
    AssetsPanel *assetsPanel() const { return m_assets; }
    void showRecords(const Contract &contract, ContractService &service, bool allowed) override;
    // "Add delivery…": the dialog for a delivery of `contract` (the editor's, read when saving).
    static DeliveryDialog *newDeliveryDialog(const Contract &contract, ContractService &service, const QString &today,
                                             QWidget *parent);

private:
    std::unique_ptr<AssetService> m_assetService;
    AssetsPanel *m_assets = nullptr;
};

} // namespace Huike
