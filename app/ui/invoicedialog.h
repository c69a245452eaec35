#pragma once

#include "core/invoicerecord.h"
#include "ui/contractrecorddialog.h"

#include <functional>

class QComboBox;
class QDateEdit;

namespace Huike {

// Records one invoice (开票记录) against a contract: number, date issued (today by
// default), kind (增值税专用发票 / 普通发票), the gross amount and its VAT typed as text
// (Money::parse, never a double), a note. Errors show under the field as you type; Save
// hands the record to `save` (ContractService::addInvoice) and closes only when it
// returns no errors — the ones it returns show next to their fields too.
class InvoiceDialog : public ContractRecordDialog
{
    Q_OBJECT

public:
    using Saver = std::function<ValidationErrors(InvoiceRecord &)>;
    // `record` carries the contract, customer and suggested amount and tax.
    InvoiceDialog(const InvoiceRecord &record, const QString &currency, Saver save, QWidget *parent = nullptr);

    // The record as typed (an amount that does not parse is left zero).
    InvoiceRecord record() const;
    const InvoiceRecord &saved() const { return m_saved; }

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *kindBox() const { return m_kind; }

    void accept() override;

private:
    ValidationErrors typedErrors() const override;

    InvoiceRecord m_record;
    InvoiceRecord m_saved;
    QString m_currency;
    Saver m_save;
    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace Huike
