#include "deliverydialog.h"

#include "fieldrow.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

DeliveryDialog::DeliveryDialog(const DeliveryRecord &record, Saver save, QWidget *parent)
    : QDialog(parent), m_record(record), m_save(std::move(save))
{
    setWindowTitle(tr("Record a delivery"));
    auto *form = new QFormLayout;
    m_date = new QDateEdit(QDate::fromString(record.deliveredOn, Qt::ISODate).isValid()
                               ? QDate::fromString(record.deliveredOn, Qt::ISODate)
                               : QDate::currentDate(),
                           this);
    m_date->setObjectName(u"deliveredOn"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_errors.insert(u"deliveredOn"_s, addFieldRow(form, tr("&Delivered on:"), m_date));
    auto addEdit = [&](const QString &key, const QString &caption, const QString &value, const QString &placeholder) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(key);
        edit->setPlaceholderText(placeholder);
        m_edits.insert(key, edit);
        m_errors.insert(key, addFieldRow(form, caption, edit));
        connect(edit, &QLineEdit::textEdited, this, [this, key] {
            m_touched.insert(key);
            showErrors(this->record().validate(), false);
        });
    };
    addEdit(u"description"_s, tr("&What was delivered:"), record.description, tr("e.g. 2 rack servers, 1 backup software licence"));
    addEdit(u"carrier"_s, tr("Ca&rrier:"), record.carrier, tr("e.g. SF Express, or our own van"));
    addEdit(u"trackingNumber"_s, tr("&Tracking number:"), record.trackingNumber, tr("e.g. SF1234567890123"));
    addEdit(u"receiver"_s, tr("Received &by:"), record.receiver, tr("Who signed for the goods"));
    addEdit(u"note"_s, tr("N&ote:"), record.note, QString());
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setStyleSheet(u"color: #c8102e"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 46);
}

DeliveryRecord DeliveryDialog::record() const
{
    DeliveryRecord r = m_record;
    r.deliveredOn = m_date->date().toString(Qt::ISODate);
    r.description = m_edits.value(u"description"_s)->text().trimmed();
    r.carrier = m_edits.value(u"carrier"_s)->text().trimmed();
    r.trackingNumber = m_edits.value(u"trackingNumber"_s)->text().trimmed();
    r.receiver = m_edits.value(u"receiver"_s)->text().trimmed();
    r.note = m_edits.value(u"note"_s)->text().trimmed();
    return r;
}

void DeliveryDialog::showErrors(const ValidationErrors &errors, bool showAll)
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

void DeliveryDialog::accept()
{
    DeliveryRecord r = record();
    ValidationErrors e = r.validate();
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
