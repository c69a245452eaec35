#include "ui/paymentdialog.h"


#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

PaymentDialog::PaymentDialog(const QList<Instalment> &instalments, int current, const QString &currency, Saver save,
                             QWidget *parent)
    : ContractRecordDialog(parent), m_instalments(instalments), m_currency(currency), m_save(std::move(save))
{
    setWindowTitle(tr("Record payment"));
    const QLocale locale;
    m_instalment = new QComboBox(this);
    m_instalment->setObjectName(u"planId"_s);
    for (const Instalment &i : instalments)
        m_instalment->addItem(tr("%1 — outstanding %2").arg(i.label, i.outstanding.format(locale)), i.planId.toString());
    addRow(u"planId"_s, tr("&Instalment:"), m_instalment);
    m_date = addDate(u"paidOn"_s, tr("&Paid on:"), QString());
    addEdit(u"amount"_s, tr("A&mount received:"), QString(), tr("e.g. 36000.00"));
    m_method = new QComboBox(this);
    m_method->setObjectName(u"method"_s);
    for (PaymentMethod m : enumValues<PaymentMethod>())
        m_method->addItem(enumLabel(m), enumCode(m));
    addRow(u"method"_s, tr("Me&thod:"), m_method);
    addEdit(u"reference"_s, tr("&Reference:"), QString(), tr("Bank slip or voucher number"));
    addEdit(u"note"_s, tr("N&ote:"));

    // The amount follows the instalment chosen until the user types one.
    auto prefill = [this] {
        const int i = m_instalment->currentIndex();
        if (i >= 0 && i < m_instalments.size() && !m_touched.contains(u"amount"_s)) {
            const Money left = m_instalments[i].outstanding;
            m_edits.value(u"amount"_s)->setText(left.isNegative() || left.isZero() ? QString() : left.toPlainString());
        }
    };
    connect(m_instalment, &QComboBox::currentIndexChanged, this, prefill);
    if (!instalments.isEmpty())
        m_instalment->setCurrentIndex(std::clamp(current, 0, int(instalments.size()) - 1));
    prefill();

    finish(46);
}

PaymentRecord PaymentDialog::record() const
{
    PaymentRecord p;
    const int i = m_instalment->currentIndex();
    if (i >= 0 && i < m_instalments.size())
        p.planId = m_instalments[i].planId;
    p.paidOn = m_date->date().toString(Qt::ISODate);
    p.amount = Money::parse(m_edits.value(u"amount"_s)->text().trimmed(), m_currency).value_or(Money::fromFen(0, m_currency));
    p.method = enumFromCode<PaymentMethod>(m_method->currentData().toString());
    p.reference = m_edits.value(u"reference"_s)->text().trimmed();
    p.note = m_edits.value(u"note"_s)->text().trimmed();
    return p;
}

ValidationErrors PaymentDialog::typedErrors() const
{
    ValidationErrors out;
    const QString amount = m_edits.value(u"amount"_s)->text().trimmed();
    const bool parses = Money::parse(amount, m_currency).has_value();
    if (!parses)
        out.add(u"amount"_s, amount.isEmpty() ? u"required"_s : u"invalid_amount"_s,
                amount.isEmpty() ? tr("Enter the amount received.") : tr("Type a sum like 36000.00."));
    PaymentRecord p = record();
    if (p.contractId.isNull())
        p.contractId = Id::generate(); // the editor sets it when saving
    const ValidationErrors rules = p.validate();
    for (const FieldError &e : rules.errors())
        if (parses || e.field != u"amount")
            out.add(e.field, e.code, e.message);
    return out;
}

void PaymentDialog::accept()
{
    ValidationErrors e = typedErrors();
    PaymentRecord p = record();
    if (e.isEmpty() && m_save)
        e = m_save(p);
    if (refuse(e))
        return;
    m_saved = p;
    QDialog::accept();
}

} // namespace Huike
