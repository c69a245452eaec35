#include "ui/invoicestab.h"

#include "models/contractservice.h"
#include "ui/invoicedialog.h"
#include "ui/saverecord.h"

#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace Huike {

namespace {
enum Column { Issued, Number, Kind, Amount, Tax, Note };
}

InvoicesTab::InvoicesTab(QWidget *parent)
    : ContractRecordsTab({tr("Issued on"), tr("Invoice number"), tr("Invoice type"), tr("Amount incl. VAT"), tr("VAT"), tr("Note")},
                         Note, tr("Add &invoice…"), parent)
{
}

void InvoicesTab::showRecords(const Contract &contract, ContractService &service, bool allowed)
{
    const QLocale locale;
    const QList<InvoiceRecord> invoices = contract.meta.id.isNull() ? QList<InvoiceRecord>() : service.invoices(contract.meta.id.toString());
    table()->setRowCount(int(invoices.size()));
    for (int r = 0; r < invoices.size(); ++r) {
        const InvoiceRecord &i = invoices[r];
        table()->setItem(r, Issued, textItem(i.issuedOn));
        table()->setItem(r, Number, textItem(i.number));
        table()->setItem(r, Kind, textItem(enumLabel(i.kind)));
        table()->setItem(r, Amount, textItem(Money::fromFen(i.amount.fen(), contract.currency).format(locale), true));
        table()->setItem(r, Tax, textItem(Money::fromFen(i.tax.fen(), contract.currency).format(locale), true));
        table()->setItem(r, Note, textItem(i.note));
    }
    if (!allowed) {
        summaryLabel()->setText(tr("Invoices are recorded once the contract is signed (approved)."));
        return;
    }
    const ContractService::InvoicingState s = service.invoicing(contract);
    summaryLabel()->setText(s.left.isNegative()
                                ? tr("Invoiced %1 — %2 more than the contract amount %3.")
                                      .arg(s.invoiced.format(locale), (-s.left).format(locale), contract.amount.format(locale))
                                : tr("Invoiced %1 of the contract amount %2; %3 left to invoice.")
                                      .arg(s.invoiced.format(locale), contract.amount.format(locale), s.left.format(locale)));
}

InvoiceDialog *InvoicesTab::newInvoiceDialog(const Contract &contract, ContractService &service, const QString &today,
                                           QWidget *parent)
{
    InvoiceRecord suggested;
    suggested.customerId = contract.customerId;
    suggested.contractId = contract.meta.id;
    suggested.issuedOn = today;
    // What is left to invoice, with its share of the contract's VAT (exact to the fen).
    const ContractService::InvoicingState s = service.invoicing(contract);
    suggested.amount = Money::fromFen(0, contract.currency);
    suggested.tax = Money::fromFen(0, contract.currency);
    if (!s.left.isNegative() && !s.left.isZero() && !s.invoiced.isNegative()) {
        suggested.amount = s.left;
        suggested.tax = Money::fromFen(contract.tax.fen(), contract.currency).allocate({s.left.fen(), s.invoiced.fen()}).first();
    }
    return new InvoiceDialog(
        suggested, contract.currency,
        [&service, &contract](InvoiceRecord &i) {
            return saveRecord(i, [&](InvoiceRecord &r) { return service.addInvoice(contract, r); });
        },
        parent);
}

} // namespace Huike
