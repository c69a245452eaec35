#pragma once

#include <QVariantMap>

namespace Huike {

// A row of a domain table as the store holds it: column name → value (Id and text as
// QString, Int/Money/Decimal as qint64, Bool as 0/1, NULL as an invalid QVariant).
using Row = QVariantMap;

} // namespace Huike
