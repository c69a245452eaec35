#include "ui/linestableview.h"

#include "core/pricing.h"
#include "models/quotelinesmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The VAT rate column edits with the standard rates.
class VatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (Decimal rate : Pricing::standardVatRates())
            combo->addItem(rate.toString() + u" %"_s, rate.toString());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

LinesTableView::LinesTableView(QuoteLinesModel *model, Mode mode, QWidget *parent) : QTableView(parent)
{
    setModel(model);
    if (mode == Mode::Editable)
        setItemDelegateForColumn(QuoteLinesModel::VatRate, new VatDelegate(this));
    horizontalHeader()->setSectionResizeMode(QuoteLinesModel::Description, QHeaderView::Stretch);
    if (mode == Mode::Editable) {
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    }
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    if (mode == Mode::Editable)
        setAlternatingRowColors(true);
}

} // namespace Huike
