#pragma once

#include "core/validation.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>

namespace Huike {

// Saves a record of a contract (a payment, an invoice, a delivery) through `add`; the
// store's refusal becomes an error the record dialogs show (it has no field of theirs).
template<typename Record, typename Add>
ValidationErrors saveRecord(Record &record, Add add)
{
    try {
        return add(record);
    } catch (const SchemaError &e) {
        ValidationErrors errors;
        errors.add(QStringLiteral("store"), QStringLiteral("not_saved"),
                   QCoreApplication::translate("Huike::ContractEditor", "Not saved: %1").arg(e.message()));
        return errors;
    }
}

} // namespace Huike
