#include "invoicedialog.h"

#include "fieldrow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

InvoiceDialog::InvoiceDialog(const InvoiceRecord &record, const QString &currency, Saver save, QWidget *parent)
    : QDialog(parent), m_record(record), m_currency(currency), m_save(std::move(save))
{
    setWindowTitle(tr("Record an invoice"));
    auto *form = new QFormLayout;
    auto addEdit = [&](const QString &key, const QString &caption, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(key);
        m_edits.insert(key, edit);
        m_errors.insert(key, addFieldRow(form, caption, edit));
        connect(edit, &QLineEdit::textEdited, this, [this, key] {
            m_touched.insert(key);
            showErrors(errors(), false);
        });
        return edit;
    };
    addEdit(u"number"_s, tr("Invoice &number:"), record.number)
        ->setPlaceholderText(tr("8 digits, or 20 for a fully digital invoice"));
    m_date = new QDateEdit(QDate::fromString(record.issuedOn, Qt::ISODate).isValid()
                               ? QDate::fromString(record.issuedOn, Qt::ISODate)
                               : QDate::currentDate(),
                           this);
    m_date->setObjectName(u"issuedOn"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_errors.insert(u"issuedOn"_s, addFieldRow(form, tr("&Issued on:"), m_date));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"kind"_s);
    for (InvoiceKind k : enumValues<InvoiceKind>())
        m_kind->addItem(enumLabel(k), enumCode(k));
    m_kind->setCurrentIndex(m_kind->findData(enumCode(record.kind)));
    m_errors.insert(u"kind"_s, addFieldRow(form, tr("Invoice &type:"), m_kind));
    addEdit(u"amount"_s, tr("A&mount incl. VAT:"), record.amount.isZero() ? QString() : record.amount.toPlainString())
        ->setPlaceholderText(tr("e.g. 11300.00"));
    addEdit(u"tax"_s, tr("&VAT:"), record.amount.isZero() ? QString() : record.tax.toPlainString())
        ->setPlaceholderText(tr("e.g. 1300.00"));
    addEdit(u"note"_s, tr("N&ote:"), record.note);
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setStyleSheet(u"color: #c8102e"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InvoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 42);
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
ValidationErrors InvoiceDialog::errors() const
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

void InvoiceDialog::showErrors(const ValidationErrors &errors, bool showAll)
{
    QStringList other;
    for (const FieldError &e : errors.errors())
        if (!m_errors.contains(e.field))
            other << e.message;
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const bool visible = (showAll || m_touched.contains(it.key())) && errors.has(it.key());
        it.value()->setText(visible ? errors.messageFor(it.key()) : QString());
        it.value()->setVisible(visible);
    }
    m_message->setText(showAll ? other.join(u'\n') : QString());
    m_message->setVisible(showAll && !other.isEmpty());
    // Grow to show a message that wraps; never shrink under the user's hands.
    layout()->activate();
    if (sizeHint().height() > height())
        resize(width(), sizeHint().height());
}

void InvoiceDialog::accept()
{
    ValidationErrors e = errors();
    InvoiceRecord r = record();
    if (e.isEmpty() && m_save)
        e = m_save(r);
    if (e) {
        showErrors(e, true);
        if (QWidget *first = findChild<QWidget *>(e.errors().first().field))
            first->setFocus();
        return;
    }
    m_saved = r;
    QDialog::accept();
}

} // namespace Huike
