#include "ui/invoicedialog.h"


#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Huike {

InvoiceDialog::InvoiceDialog(const InvoiceRecord &record, const QString &currency, Saver save, QWidget *parent)
    : ContractRecordDialog(parent), m_record(record), m_currency(currency), m_save(std::move(save))
{
    setWindowTitle(tr("Record an invoice"));
    addEdit(u"number"_s, tr("Invoice &number:"), record.number, tr("8 digits, or 20 for a fully digital invoice"));
    m_date = addDate(u"issuedOn"_s, tr("&Issued on:"), record.issuedOn);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    for (InvoiceKind k : enumValues<InvoiceKind>())
        m_kind->addItem(enumLabel(k), enumCode(k));
    m_kind->setCurrentIndex(m_kind->findData(enumCode(record.kind)));
    addRow(u"kind"_s, tr("Invoice &type:"), m_kind);
    addEdit(u"amount"_s, tr("A&mount incl. VAT:"), record.amount.isZero() ? QString() : record.amount.toPlainString(), tr("e.g. 11300.00"));
    addEdit(u"tax"_s, tr("&VAT:"), record.amount.isZero() ? QString() : record.tax.toPlainString(), tr("e.g. 1300.00"));
    addEdit(u"note"_s, tr("N&ote:"), record.note);
    finish(42);
}

InvoiceRecord InvoiceDialog::record() const
{
    InvoiceRecord r = m_record;
    r.number = m_edits.value(u"number"_s)->text().trimmed();
    r.issuedOn = m_date->date().toString(Qt::ISODate);
    r.kind = enumFromCode<InvoiceKind>(m_kind->currentData().toString()).value_or(InvoiceKind::Special);
    r.amount = Money::parse(m_edits.value(u"amount"_s)->text().trimmed(), m_currency).value_or(Money::fromFen(0, m_currency));
    r.tax = Money::parse(m_edits.value(u"tax"_s)->text().trimmed(), m_currency).value_or(Money::fromFen(0, m_currency));
    r.note = m_edits.value(u"note"_s)->text().trimmed();
    return r;
}

// What is wrong with the typed record: sums that do not parse, then the invoice's rules.
ValidationErrors InvoiceDialog::typedErrors() const
{
    ValidationErrors out;
    QSet<QString> unparsed;
    for (const QString &key : {u"amount"_s, u"tax"_s}) {
        const QString text = m_edits.value(key)->text().trimmed();
        if (text.isEmpty() && key == u"tax")
            continue; // no VAT typed: zero (a tax-free invoice)
        if (!Money::parse(text, m_currency)) {
            unparsed.insert(key);
            out.add(key, text.isEmpty() ? u"required"_s : u"invalid_amount"_s,
                    text.isEmpty() ? tr("Enter the amount.") : tr("Type a sum like 11300.00."));
        }
    }
    const ValidationErrors rules = record().validate();
    for (const FieldError &e : rules.errors())
        if (!unparsed.contains(e.field) && !(e.field == u"tax" && unparsed.contains(u"amount"_s)))
            out.add(e.field, e.code, e.message);
    return out;
}

void InvoiceDialog::accept()
{
    ValidationErrors e = typedErrors();
    InvoiceRecord r = record();
    if (e.isEmpty() && m_save)
        e = m_save(r);
    if (refuse(e))
        return;
    m_saved = r;
    QDialog::accept();
}

} // namespace Huike
