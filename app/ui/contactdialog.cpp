#include "ui/contactdialog.h"

#include "core/enums.h"
#include "ui/fieldrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ContactDialog::ContactDialog(const Contact &contact, QWidget *parent) : QDialog(parent), m_contact(contact)
{
    setWindowTitle(contact.name.isEmpty() ? tr("New contact") : tr("Contact — %1").arg(contact.name));
    auto *form = new QFormLayout;
    const QList<QPair<QString, QString>> fields{
        {u"name"_s, tr("&Name")},         {u"title"_s, tr("&Title")},   {u"department"_s, tr("&Department")},
        {u"phone"_s, tr("&Phone")},       {u"mobile"_s, tr("&Mobile")}, {u"email"_s, tr("&Email")},
    };
    const QHash<QString, QString> values{{u"name"_s, contact.name},   {u"title"_s, contact.title},
                                         {u"department"_s, contact.department}, {u"phone"_s, contact.phone},
                                         {u"mobile"_s, contact.mobile}, {u"email"_s, contact.email}};
    for (const auto &[key, label] : fields) {
        auto *edit = new QLineEdit(values.value(key), this);
        edit->setObjectName(key);
        m_edits.insert(key, edit);
        m_errors.insert(key, addFieldRow(form, label, edit));
        connect(edit, &QLineEdit::textEdited, this, [this, key] {
            m_touched.insert(key);
            check(false);
        });
    }
    m_edits.value(u"name"_s)->setPlaceholderText(tr("Required"));
    m_edits.value(u"mobile"_s)->setPlaceholderText(u"138 0013 8000"_s);
    m_role = new QComboBox(this);
    m_role->addItem(tr("(not set)"), QString());
    for (DecisionRole r : enumValues<DecisionRole>())
        m_role->addItem(enumLabel(r), enumCode(r));
    if (contact.decisionRole)
        m_role->setCurrentIndex(m_role->findData(enumCode(*contact.decisionRole)));
    form->addRow(tr("Decision &role"), m_role);
    m_primary = new QCheckBox(tr("Primary contact"), this);
    m_primary->setChecked(contact.isPrimary);
    form->addRow(QString(), m_primary);
    m_notes = new QPlainTextEdit(contact.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    form->addRow(tr("N&otes"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 40);
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_edits.value(u"name"_s)->text().trimmed();
    c.title = m_edits.value(u"title"_s)->text().trimmed();
    c.department = m_edits.value(u"department"_s)->text().trimmed();
    c.phone = m_edits.value(u"phone"_s)->text().trimmed();
    c.mobile = m_edits.value(u"mobile"_s)->text().trimmed();
    c.email = m_edits.value(u"email"_s)->text().trimmed();
    const QString role = m_role->currentData().toString();
    c.decisionRole = role.isEmpty() ? std::nullopt : enumFromCode<DecisionRole>(role);
    c.isPrimary = m_primary->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

void ContactDialog::check(bool showAll)
{
    Contact c = contact();
    if (c.customerId.isNull())
        c.customerId = Id::generate(); // the card sets it on save
    const ValidationErrors errors = c.validate();
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const bool show = (showAll || m_touched.contains(it.key())) && errors.has(it.key());
        it.value()->setText(show ? errors.messageFor(it.key()) : QString());
        it.value()->setVisible(show);
    }
}

void ContactDialog::accept()
{
    Contact c = contact();
    if (c.customerId.isNull())
        c.customerId = Id::generate();
    const ValidationErrors errors = c.validate();
    if (errors) {
        check(true);
        if (QLineEdit *first = m_edits.value(errors.errors().first().field))
            first->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Huike
