#include "ui/customerfieldstab.h"
#include "ui/fieldrow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Huike {

CustomerFieldsTab::CustomerFieldsTab(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
}

void CustomerFieldsTab::addLine(const QString &name, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    m_lines.insert(name, edit);
    m_errors.insert(name, addFieldRow(m_form, label, edit));
    connect(edit, &QLineEdit::textEdited, this, [this, name](const QString &text) { emit edited(name, text); });
}

void CustomerFieldsTab::addCombo(const QString &name, const QString &label, const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    for (const auto &[code, text] : items)
        box->addItem(text, code);
    m_form->addRow(label, box);
    m_combos.insert(name, box);
    connect(box, &QComboBox::activated, this, [this, name, box](int index) { emit edited(name, box->itemData(index).toString()); });
}

bool CustomerFieldsTab::setValue(const QString &name, const QString &value)
{
    if (QLineEdit *e = m_lines.value(name)) {
        if (e->text() != value)
            e->setText(value);
        return true;
    }
    if (QComboBox *box = m_combos.value(name)) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
        return true;
    }
    return false;
}

QWidget *CustomerFieldsTab::fieldWidget(const QString &name) const
{
    return m_lines.value(name);
}

} // namespace Huike
