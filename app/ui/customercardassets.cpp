// The customer card's assets tab (设备, issue 20 V2): the customer's products with their
// serial numbers and warranty, registered and edited there. Part of CustomerCard
// (customercard.h); each change is saved at once, like the attachments'.
#include "ui/customercard.h"

#include "models/assetservice.h"
#include "models/customerservice.h"
#include "ui/assetspanel.h"
#include "ui/customer360page.h"

namespace Huike {

QWidget *CustomerCard::assetsTab()
{
    m_assetService = std::make_unique<AssetService>(m_service.replica());
    m_assets = new AssetsPanel(*m_assetService, this);
    connect(m_assets, &AssetsPanel::changed, this, [this] {
        if (m_page360)
            m_page360->reload();
        emit documentSaved(); // to the server with the next sync
    });
    return m_assets;
}

} // namespace Huike
