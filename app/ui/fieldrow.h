#pragma once

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Huike {

// The line under a field for its error (red, hidden until there is one). Its line is kept
// free while hidden: an error appearing never moves the fields below — a click aimed at
// one while typing would land in another. One line; the whole message is its tooltip too.
inline void reserveErrorLine(QLabel *error)
{
    error->setStyleSheet(QStringLiteral("color: #c8102e"));
    error->setWordWrap(false);
    error->setFixedHeight(error->fontMetrics().height());
    QSizePolicy policy = error->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    policy.setHorizontalPolicy(QSizePolicy::Ignored); // a long message never widens the form
    error->setSizePolicy(policy);
    error->hide();
}

// A form row for an editable field with its error underneath (see reserveErrorLine) and a
// caption whose Alt+letter jumps to the field. Returns the error label.
inline QLabel *addFieldRow(QFormLayout *form, const QString &caption, QWidget *field)
{
    QWidget *parent = form->parentWidget() ? form->parentWidget() : field->parentWidget();
    auto *error = new QLabel(parent);
    error->setObjectName(field->objectName() + QStringLiteral("Error"));
    reserveErrorLine(error);
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(error);
    auto *label = new QLabel(caption, parent);
    label->setBuddy(field);
    // The caption spans the field and its error line, its text level with the field's
    // (the form would centre it on both).
    const int fieldHeight = field->sizeHint().height();
    const int textHeight = label->fontMetrics().height();
    label->setAlignment((form->labelAlignment() & Qt::AlignHorizontal_Mask) | Qt::AlignTop);
    label->setContentsMargins(0, fieldHeight <= 2 * textHeight ? std::max(0, (fieldHeight - textHeight) / 2) : 0, 0, 0);
    label->setMinimumHeight(fieldHeight + box->spacing() + error->height());
    form->addRow(label, box);
    return error;
}

} // namespace Huike
