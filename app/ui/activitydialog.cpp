#include "ui/activitydialog.h"

#include "core/dateformat.h"
#include "core/enums.h"
#include "core/timestamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ActivityDialog::ActivityDialog(const Activity &activity, const QList<Contact> &contacts, QWidget *parent)
    : QDialog(parent), m_activity(activity)
{
    setWindowTitle(activity.meta.id.isNull() ? tr("Log an activity") : tr("Activity"));
    m_kind = new QComboBox(this);
    for (ActivityKind k : enumValues<ActivityKind>())
        m_kind->addItem(enumLabel(k), enumCode(k));
    m_kind->setCurrentIndex(m_kind->findData(enumCode(activity.kind)));

    m_when = new QDateTimeEdit(this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(DateFormat::DateTimePattern.toString()); // not the locale's 2026/11/12
    const auto when = Timestamp::parse(activity.occurredAt);
    m_when->setDateTime(when ? when->toLocalTime() : QDateTime::currentDateTime());

    m_contact = new QComboBox(this);
    m_contact->addItem(tr("(no contact)"), QString());
    for (const Contact &c : contacts)
        m_contact->addItem(c.title.isEmpty() ? c.name : u"%1（%2）"_s.arg(c.name, c.title), c.meta.id.toString());
    if (!activity.contactId.isNull())
        m_contact->setCurrentIndex(std::max(0, m_contact->findData(activity.contactId.toString())));

    m_subject = new QLineEdit(activity.subject, this);
    m_subject->setPlaceholderText(tr("e.g. discussed the second-phase quote"));
    m_body = new QPlainTextEdit(activity.body, this);
    m_body->setTabChangesFocus(true);
    m_nextStep = new QLineEdit(activity.nextStep, this);
    m_nextStep->setPlaceholderText(tr("e.g. send the revised quote"));
    m_remind = new QCheckBox(tr("Remind me on"), this);
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(DateFormat::DatePattern.toString());
    const auto due = Timestamp::parseDate(activity.nextStepDue);
    m_remind->setChecked(due.has_value());
    m_due->setDate(due.value_or(QDate::currentDate().addDays(3)));
    m_due->setEnabled(due.has_value());
    connect(m_remind, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    auto *remind = new QHBoxLayout;
    remind->addWidget(m_remind);
    remind->addWidget(m_due);
    remind->addStretch(1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(u"color: #c8102e"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&When"), m_when);
    form->addRow(tr("C&ontact"), m_contact);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Notes"), m_body);
    form->addRow(tr("Ne&xt step"), m_nextStep);
    form->addRow(QString(), remind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 50);
}

Activity ActivityDialog::activity() const
{
    Activity a = m_activity;
    a.kind = enumFromCode<ActivityKind>(m_kind->currentData().toString()).value_or(ActivityKind::Note);
    a.occurredAt = Timestamp::toText(m_when->dateTime().toUTC());
    const QString contact = m_contact->currentData().toString();
    a.contactId = contact.isEmpty() ? Id() : Id::fromString(contact).value_or(Id());
    a.subject = m_subject->text().trimmed();
    a.body = m_body->toPlainText();
    a.nextStep = m_nextStep->text().trimmed();
    a.nextStepDue = m_remind->isChecked() ? Timestamp::dateToText(m_due->date()) : QString();
    return a;
}

void ActivityDialog::accept()
{
    const ValidationErrors errors = activity().validate();
    if (errors) {
        QStringList messages;
        for (const FieldError &e : errors.errors())
            messages << e.message;
        m_error->setText(messages.join(u'\n'));
        m_error->show();
        if (errors.has(u"nextStep"_s))
            m_nextStep->setFocus();
        else
            m_subject->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Huike
