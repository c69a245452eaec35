#include "paymentdialog.h"

#include "fieldrow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

PaymentDialog::PaymentDialog(const QList<Instalment> &instalments, int current, const QString &currency, Saver save,
                             QWidget *parent)
    : QDialog(parent), m_instalments(instalments), m_currency(currency), m_save(std::move(save))
{
    setWindowTitle(tr("Record payment"));
    auto *form = new QFormLayout;
    const QLocale locale;
    m_instalment = new QComboBox(this);
    m_instalment->setObjectName(u"planId"_s);
    for (const Instalment &i : instalments)
        m_instalment->addItem(tr("%1 — outstanding %2").arg(i.label, i.outstanding.format(locale)), i.planId.toString());
    m_errors.insert(u"planId"_s, addFieldRow(form, tr("&Instalment:"), m_instalment));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(u"paidOn"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_errors.insert(u"paidOn"_s, addFieldRow(form, tr("&Paid on:"), m_date));
    auto addEdit = [&](const QString &key, const QString &caption) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        m_edits.insert(key, edit);
        m_errors.insert(key, addFieldRow(form, caption, edit));
        connect(edit, &QLineEdit::textEdited, this, [this, key] {
            m_touched.insert(key);
            showErrors(errors(), false);
        });
        return edit;
    };
    addEdit(u"amount"_s, tr("A&mount received:"))->setPlaceholderText(tr("e.g. 36000.00"));
    m_method = new QComboBox(this);
    m_method->setObjectName(u"method"_s);
    for (PaymentMethod m : enumValues<PaymentMethod>())
        m_method->addItem(enumLabel(m), enumCode(m));
    m_errors.insert(u"method"_s, addFieldRow(form, tr("Me&thod:"), m_method));
    addEdit(u"reference"_s, tr("&Reference:"))->setPlaceholderText(tr("Bank slip or voucher number"));
    addEdit(u"note"_s, tr("N&ote:"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(u"color: #c8102e"_s);
    m_message->setWordWrap(true);
    m_message->hide();

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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 46);
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

ValidationErrors PaymentDialog::errors() const
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

void PaymentDialog::showErrors(const ValidationErrors &errors, bool showAll)
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

void PaymentDialog::accept()
{
    ValidationErrors e = errors();
    PaymentRecord p = record();
    if (e.isEmpty() && m_save)
        e = m_save(p);
    if (e) {
        showErrors(e, true);
        if (QWidget *first = findChild<QWidget *>(e.errors().first().field))
            first->setFocus();
        return;
    }
    m_saved = p;
    QDialog::accept();
}

} // namespace Huike
