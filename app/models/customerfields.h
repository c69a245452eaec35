#pragma once

#include "core/customer.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Huike {

// A customer as the card's fields show it: one text per field name ("name", "creditCode",
// "size" …; a choice as its code, the tags joined by ", "), and back. No widgets here.
namespace CustomerFields {

// The fields that may find a duplicate while typed.
extern const QStringList DuplicateFields;

QHash<QString, QString> values(const Customer &c);
// `original` with the fields' values: text trimmed (the background as typed), tags split at
// commas, 、 and semicolons (half or full width).
Customer apply(const Customer &original, const QHash<QString, QString> &values);

} // namespace CustomerFields

} // namespace Huike
