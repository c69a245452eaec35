#include "ui/contractrecorddialog.h"

#include "core/dateformat.h"
#include "ui/fieldrow.h"

#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ContractRecordDialog::ContractRecordDialog(QWidget *parent) : QDialog(parent), m_form(new QFormLayout) { }

QLineEdit *ContractRecordDialog::addEdit(const QString &key, const QString &caption, const QString &value, const QString &placeholder)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_edits.insert(key, edit);
    addRow(key, caption, edit);
    connect(edit, &QLineEdit::textEdited, this, [this, key] {
        m_touched.insert(key);
        showErrors(typedErrors(), false);
    });
    return edit;
}

QDateEdit *ContractRecordDialog::addDate(const QString &key, const QString &caption, const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), this);
    edit->setObjectName(key);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DateFormat::DatePattern.toString());
    addRow(key, caption, edit);
    return edit;
}

void ContractRecordDialog::addRow(const QString &key, const QString &caption, QWidget *field)
{
    m_errors.insert(key, addFieldRow(m_form, caption, field));
}

void ContractRecordDialog::finish(int widthInEms)
{
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setStyleSheet(u"color: #c8102e"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * widthInEms);
}

void ContractRecordDialog::showErrors(const ValidationErrors &errors, bool showAll)
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

bool ContractRecordDialog::refuse(const ValidationErrors &errors)
{
    if (errors.isEmpty())
        return false;
    showErrors(errors, true);
    if (QWidget *first = findChild<QWidget *>(errors.errors().first().field))
        first->setFocus();
    return true;
}

} // namespace Huike
