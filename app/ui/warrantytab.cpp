#include "ui/warrantytab.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

WarrantyTab::WarrantyTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"warrantyTab"_s);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("How long a delivered product is covered, counted from the invoice date (or the delivery "
                               "date before there is an invoice). 0 months: no cover."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto months = [&](const QString &caption, const QString &name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, WarrantyRules::kMaxMonths);
        box->setSuffix(tr(" months"));
        auto *label = new QLabel(caption, this);
        label->setBuddy(box);
        form->addRow(label, box);
        connect(box, &QSpinBox::valueChanged, this, &WarrantyTab::showDefaults);
        return box;
    };
    m_main = months(tr("&Main unit (整机):"), u"mainMonths"_s);
    m_part = months(tr("&Part (配件):"), u"partMonths"_s);
    m_afterRepair = months(tr("After a &repair of the same fault:"), u"afterRepairMonths"_s);
    layout->addLayout(form);

    auto *categoriesNote = new QLabel(tr("Product categories with their own periods. Leave a cell empty to follow the "
                                         "default above."),
                                      this);
    categoriesNote->setWordWrap(true);
    layout->addWidget(categoriesNote);
    m_categories = new QTableWidget(0, ColumnCount, this);
    m_categories->setObjectName(u"categories"_s);
    m_categories->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_categories->verticalHeader()->hide();
    m_categories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_categories->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_categories, 1);
    showDefaults();

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add categor&y"), this);
    m_remove = new QPushButton(tr("Remo&ve category"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &WarrantyTab::addCategory);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const int row = m_categories->currentRow(); row >= 0)
            m_categories->removeRow(row);
    });

    m_error = new QLabel(this);
    m_error->setObjectName(u"warrantyError"_s);
    m_error->setStyleSheet(u"color: #c8102e"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

// The headings say what an empty cell means now: "Main unit (default 12)".
void WarrantyTab::showDefaults()
{
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Main unit (default %1)").arg(m_main->value()),
                                             tr("Part (default %1)").arg(m_part->value()),
                                             tr("After repair (default %1)").arg(m_afterRepair->value())});
}

void WarrantyTab::setRules(const WarrantyRules &rules)
{
    const WarrantyRules::Rule d = rules.defaultRule();
    m_main->setValue(d.mainMonths);
    m_part->setValue(d.partMonths);
    m_afterRepair->setValue(d.afterRepairMonths);
    m_categories->setRowCount(0);
    for (const WarrantyRules::Category &c : rules.categoryRules()) {
        const int row = m_categories->rowCount();
        m_categories->insertRow(row);
        const auto text = [](std::optional<int> n) { return n ? QString::number(*n) : QString(); };
        const QStringList cells{c.name, text(c.mainMonths), text(c.partMonths), text(c.afterRepairMonths)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            if (col != CategoryColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_categories->setItem(row, col, item);
        }
    }
}

QString WarrantyTab::json() const
{
    QJsonArray categories;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const auto cell = [&](int c) { return m_categories->item(row, c) ? m_categories->item(row, c)->text().trimmed() : QString(); };
        QJsonObject o;
        bool any = !cell(CategoryColumn).isEmpty();
        o[u"category"_s] = cell(CategoryColumn);
        const QString keys[] = {u"mainMonths"_s, u"partMonths"_s, u"afterRepairMonths"_s};
        for (int c = MainColumn; c <= AfterRepairColumn; ++c) {
            const QString text = cell(c);
            if (text.isEmpty())
                continue; // follows the default
            any = true;
            bool ok = false;
            const int n = text.toInt(&ok);
            // Not a number: as typed, for WarrantyRules to say what a month count is.
            o[keys[c - MainColumn]] = ok ? QJsonValue(n) : QJsonValue(text);
        }
        if (any)
            categories.append(o);
    }
    const QJsonObject o{
        {u"default"_s,
         QJsonObject{{u"mainMonths"_s, m_main->value()}, {u"partMonths"_s, m_part->value()}, {u"afterRepairMonths"_s, m_afterRepair->value()}}},
        {u"categories"_s, categories}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void WarrantyTab::addCategory()
{
    const int row = m_categories->rowCount();
    m_categories->insertRow(row);
    for (int col = 0; col < ColumnCount; ++col) {
        auto *item = new QTableWidgetItem;
        if (col != CategoryColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_categories->setItem(row, col, item);
    }
    m_categories->setCurrentCell(row, CategoryColumn);
    m_categories->setFocus();
    m_categories->editItem(m_categories->item(row, CategoryColumn));
}

void WarrantyTab::setEditable(bool editable)
{
    m_categories->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                 | QAbstractItemView::AnyKeyPressed
                                           : QAbstractItemView::NoEditTriggers);
    for (QWidget *w : std::initializer_list<QWidget *>{m_main, m_part, m_afterRepair, m_add, m_remove})
        w->setEnabled(editable);
}

void WarrantyTab::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace Huike
