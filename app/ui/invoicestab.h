#pragma once

#include "ui/contractrecordstab.h"

namespace Huike {

class InvoiceDialog;

// The contract editor's "Invoices (开票记录)" tab: the invoices issued against the contract
// and how much of its amount is left to invoice.
class InvoicesTab : public ContractRecordsTab
{
    Q_OBJECT

public:
    explicit InvoicesTab(QWidget *parent = nullptr);
    void showRecords(const Contract &contract, ContractService &service, bool allowed) override;
    // "Add invoice…": the dialog for an invoice of `contract` (the editor's, read when
    // saving), suggesting what is left to invoice with its share of the VAT.
    static InvoiceDialog *newInvoiceDialog(const Contract &contract, ContractService &service, const QString &today,
                                           QWidget *parent);
};

} // namespace Huike
