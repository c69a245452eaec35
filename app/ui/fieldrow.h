#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Huike {

// A form row for an editable field with its error underneath (red, hidden until there is
// one) and a caption whose Alt+letter jumps to the field. Returns the error label.
inline QLabel *addFieldRow(QFormLayout *form, const QString &caption, QWidget *field)
{
    QWidget *parent = form->parentWidget() ? form->parentWidget() : field->parentWidget();
    auto *error = new QLabel(parent);
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c8102e"));
    error->setWordWrap(true);
    error->hide();
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    auto *label = new QLabel(caption, parent);
    label->setBuddy(field);
    form->addRow(label, box);
    return error;
}

} // namespace Huike
