#include "core/invoicerecord.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Huike {

ValidationErrors InvoiceRecord::validate() const
{
    ValidationErrors errors;
    if (contractId.isNull())
        errors.add(u"contractId"_s, u"required"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "An invoice is recorded against a contract."));
    // Paper invoices have 8-digit numbers, fully digital ones (全电发票) 20 digits.
    static const QRegularExpression invoiceNumber(u"^[0-9]{8}([0-9]{12})?$"_s);
    if (errors.requireText(u"number"_s, number, 20) && !invoiceNumber.match(number).hasMatch())
        errors.add(u"number"_s, u"invalid_invoice_number"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "An invoice number has 8 or 20 digits."));
    errors.checkDate(u"issuedOn"_s, issuedOn, true);
    if (amount.isNegative() || amount.isZero())
        errors.add(u"amount"_s, u"not_positive"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "An invoice amount is more than zero."));
    if (tax.isNegative() || (!amount.isNegative() && tax.currency() == amount.currency()
                             && amount < tax))
        errors.add(u"tax"_s, u"out_of_range"_s,
                   QCoreApplication::translate("Huike::Validation",
                                               "The tax is between zero and the amount."));
    errors.limitText(u"note"_s, note, 500);
    return errors;
}

} // namespace Huike
