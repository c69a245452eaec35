#pragma once

#include "core/expensecategory.h"

#include <QStyledItemDelegate>

class QValidator;

namespace Huike {

// The cells of an expense claim's lines (ExpenseEditor): a date picker, the company's
// categories (the code kept as Qt::UserRole, the label shown), a checked amount.
class ExpenseLinesDelegate : public QStyledItemDelegate
{
public:
    enum Column { DateColumn, CategoryColumn, AmountColumn, DescriptionColumn, InvoiceColumn, ColumnCount };

    ExpenseLinesDelegate(const QList<ExpenseCategory> &categories, QObject *parent);

    // Amounts as people type them: digits, grouping commas, at most two decimals.
    static QValidator *amountValidator(QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<ExpenseCategory> m_categories;
};

} // namespace Huike
