#include "ui/expenselinesdelegate.h"

#include "core/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace Huike {

ExpenseLinesDelegate::ExpenseLinesDelegate(const QList<ExpenseCategory> &categories, QObject *parent)
    : QStyledItemDelegate(parent), m_categories(categories)
{
}

QValidator *ExpenseLinesDelegate::amountValidator(QObject *parent)
{
    return new QRegularExpressionValidator(QRegularExpression(u"^[¥￥]?\\s*[0-9][0-9,]{0,14}(\\.[0-9]{0,2})?$"_s), parent);
}

QWidget *ExpenseLinesDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case DateColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        return edit;
    }
    case CategoryColumn: {
        auto *box = new QComboBox(parent);
        for (const ExpenseCategory &c : m_categories)
            box->addItem(c.label, c.code);
        return box;
    }
    case AmountColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(amountValidator(edit));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ExpenseLinesDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(index.data(Qt::EditRole).toString(), Qt::ISODate);
        edit->setDate(d.isValid() ? d : QDate::currentDate());
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(std::max(box->findData(index.data(Qt::UserRole)), 0));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ExpenseLinesDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date().toString(Qt::ISODate), Qt::EditRole);
    } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
        // The code first: the label's change is the one the editor reacts to.
        model->setData(index, box->currentData(), Qt::UserRole);
        model->setData(index, box->currentText(), Qt::EditRole);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor); line && index.column() == AmountColumn) {
        const auto m = Money::parse(line->text().trimmed());
        model->setData(index, m ? m->toPlainString() : QString(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Huike
