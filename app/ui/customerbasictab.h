#pragma once

#include "ui/customerfieldstab.h"

namespace Huike {

// The customer card's "Basic data" tab: name, short name, credit code, phone, email,
// website, address, province, city, postcode, industry, region, size.
class CustomerBasicTab : public CustomerFieldsTab
{
    Q_OBJECT

public:
    explicit CustomerBasicTab(QWidget *parent = nullptr);
};

} // namespace Huike
