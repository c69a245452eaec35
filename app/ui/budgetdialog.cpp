#include "ui/budgetdialog.h"

#include "models/modelerror.h"
#include "ui/expenselinesdelegate.h"
#include "ui/unsavedchanges.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

enum BudgetColumn { CategoryColumn, BudgetAmountColumn, UsedColumn, LeftColumn };
enum CategoryColumnNo { CodeColumn, LabelColumn, AccountColumn };

// The budget cells take amounts only.
class AmountDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setValidator(ExpenseLinesDelegate::amountValidator(edit));
        return edit;
    }
};

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

BudgetDialog::BudgetDialog(BudgetService &budgets, QWidget *parent) : QDialog(parent), m_service(budgets)
{
    setObjectName(u"budgetDialog"_s);
    setWindowTitle(tr("Budgets and expense categories"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto *budgetPage = new QWidget(m_tabs);
    auto *budgetLayout = new QVBoxLayout(budgetPage);
    auto *form = new QFormLayout;
    m_department = new QComboBox(budgetPage);
    m_department->setObjectName(u"department"_s);
    try {
        for (const BudgetService::Department &d : m_service.departments())
            m_department->addItem(d.path, d.id);
    } catch (const ModelError &e) {
        m_department->setToolTip(e.message());
    }
    form->addRow(tr("&Department:"), m_department);
    m_month = new QDateEdit(QDate::currentDate(), budgetPage);
    m_month->setObjectName(u"month"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    form->addRow(tr("&Month:"), m_month);
    budgetLayout->addLayout(form);
    m_budgets = new QTableWidget(0, 4, budgetPage);
    m_budgets->setObjectName(u"budgets"_s);
    m_budgets->setHorizontalHeaderLabels({tr("Category"), tr("Budget (¥)"), tr("Claimed this month"), tr("Budget left")});
    m_budgets->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Stretch);
    m_budgets->verticalHeader()->setVisible(false);
    m_budgets->setItemDelegateForColumn(BudgetAmountColumn, new AmountDelegate(m_budgets));
    budgetLayout->addWidget(m_budgets, 1);
    auto *budgetButtons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy last month"), budgetPage);
    m_copy->setObjectName(u"copy"_s);
    m_saveBudgets = new QPushButton(tr("&Save budgets"), budgetPage);
    m_saveBudgets->setObjectName(u"saveBudgets"_s);
    budgetButtons->addWidget(new QLabel(tr("An empty budget means none: claims in that category are not limited."), budgetPage), 1);
    budgetButtons->addWidget(m_copy);
    budgetButtons->addWidget(m_saveBudgets);
    budgetLayout->addLayout(budgetButtons);
    m_tabs->addTab(budgetPage, tr("Budgets"));

    bool admin = false;
    try {
        admin = m_service.mayEditCategories();
    } catch (const ModelError &) {
    }
    if (admin) {
        auto *categoryPage = new QWidget(m_tabs);
        auto *categoryLayout = new QVBoxLayout(categoryPage);
        m_categories = new QTableWidget(0, 3, categoryPage);
        m_categories->setObjectName(u"categories"_s);
        m_categories->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Voucher account (code and name)")});
        m_categories->horizontalHeader()->setSectionResizeMode(AccountColumn, QHeaderView::Stretch);
        m_categories->verticalHeader()->setVisible(false);
        categoryLayout->addWidget(m_categories, 1);
        auto *buttons = new QHBoxLayout;
        auto *add = new QPushButton(tr("&Add category"), categoryPage);
        auto *remove = new QPushButton(tr("&Remove category"), categoryPage);
        auto *save = new QPushButton(tr("Save &categories"), categoryPage);
        save->setObjectName(u"saveCategories"_s);
        buttons->addWidget(new QLabel(tr("An empty account books the category to the general expense account."), categoryPage), 1);
        for (QPushButton *b : {add, remove, save})
            buttons->addWidget(b);
        categoryLayout->addLayout(buttons);
        m_tabs->addTab(categoryPage, tr("Expense categories"));
        connect(add, &QPushButton::clicked, this, [this] {
            const int row = m_categories->rowCount();
            m_categories->insertRow(row);
            for (int c = 0; c < 3; ++c)
                m_categories->setItem(row, c, new QTableWidgetItem);
            m_categories->editItem(m_categories->item(row, CodeColumn));
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_categories->currentRow() >= 0)
                m_categories->removeRow(m_categories->currentRow());
        });
        connect(save, &QPushButton::clicked, this, &BudgetDialog::saveCategories);
        loadCategories();
    }
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(close);
    layout->addLayout(closeRow);

    connect(close, &QPushButton::clicked, this, &BudgetDialog::reject);
    connect(m_department, &QComboBox::currentIndexChanged, this, &BudgetDialog::reload);
    connect(m_month, &QDateEdit::dateChanged, this, &BudgetDialog::reload);
    connect(m_budgets, &QTableWidget::itemChanged, this, &BudgetDialog::updateLeft);
    connect(m_copy, &QPushButton::clicked, this, &BudgetDialog::copyPreviousMonth);
    connect(m_saveBudgets, &QPushButton::clicked, this, &BudgetDialog::saveBudgets);
    resize(720, 520);
    reload();
}

void BudgetDialog::setDepartment(const QString &departmentId)
{
    m_department->setCurrentIndex(std::max(0, m_department->findData(departmentId)));
}

void BudgetDialog::setPeriod(const QString &period)
{
    m_month->setDate(QDate::fromString(period + u"-01"_s, Qt::ISODate));
}

QString BudgetDialog::period() const
{
    return m_month->date().toString(u"yyyy-MM"_s);
}

void BudgetDialog::reload()
{
    // Typed for the month shown before: kept if the user says so, never dropped unasked.
    if (!m_loadedPeriod.isEmpty() && budgetsModified()
        && QMessageBox::question(this, tr("Unsaved changes"), tr("Save the budgets of %1 first?").arg(m_loadedPeriod),
                                 QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save)
            == QMessageBox::Save)
        saveTyped(m_loadedDepartment, m_loadedPeriod);
    m_loadedDepartment = m_department->currentData().toString();
    m_loadedPeriod = period();
    try {
        m_lines = m_service.month(m_department->currentData().toString(), period());
    } catch (const ModelError &e) {
        m_lines.clear();
        m_status->setText(e.message());
    }
    fill(m_lines);
}

void BudgetDialog::fill(const QList<BudgetService::Line> &lines)
{
    m_filling = true;
    m_budgets->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const BudgetService::Line &l = lines[r];
        auto *category = readOnly(l.label);
        category->setData(Qt::UserRole, l.category);
        if (l.category.isEmpty()) {
            QFont bold = category->font();
            bold.setBold(true);
            category->setFont(bold);
        }
        m_budgets->setItem(r, CategoryColumn, category);
        auto *amount = new QTableWidgetItem(l.budget ? l.budget->toPlainString() : QString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_budgets->setItem(r, BudgetAmountColumn, amount);
        auto *used = readOnly(l.used.format(QLocale()));
        used->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_budgets->setItem(r, UsedColumn, used);
        m_budgets->setItem(r, LeftColumn, readOnly(QString()));
    }
    m_filling = false;
    updateLeft();
    bool editable = false;
    try {
        editable = m_service.mayEdit();
    } catch (const ModelError &) {
    }
    m_budgets->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_copy->setEnabled(editable);
    m_saveBudgets->setEnabled(editable);
}

void BudgetDialog::updateLeft()
{
    if (m_filling)
        return;
    const QSignalBlocker block(m_budgets);
    for (int r = 0; r < m_budgets->rowCount() && r < m_lines.size(); ++r) {
        QTableWidgetItem *left = m_budgets->item(r, LeftColumn);
        const auto budget = Money::parse(m_budgets->item(r, BudgetAmountColumn)->text().trimmed());
        if (!budget) {
            left->setText(QString());
            continue;
        }
        const Money rest = *budget - m_lines[r].used;
        left->setText(rest.format(QLocale()));
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        left->setForeground(rest.isNegative() ? QColor(0xc0, 0x39, 0x2b) : palette().text().color());
    }
}

bool BudgetDialog::budgetsModified() const
{
    for (int r = 0; r < m_budgets->rowCount() && r < m_lines.size(); ++r) {
        const auto typed = Money::parse(m_budgets->item(r, BudgetAmountColumn)->text().trimmed());
        if (typed != m_lines[r].budget)
            return true;
    }
    return false;
}

void BudgetDialog::copyPreviousMonth()
{
    QList<BudgetService::Line> previous;
    try {
        previous = m_service.month(m_department->currentData().toString(), m_month->date().addMonths(-1).toString(u"yyyy-MM"_s));
    } catch (const ModelError &e) {
        m_status->setText(e.message());
        return;
    }
    for (int r = 0; r < m_budgets->rowCount(); ++r) {
        const QString category = m_budgets->item(r, CategoryColumn)->data(Qt::UserRole).toString();
        for (const BudgetService::Line &l : std::as_const(previous))
            if (l.category == category && l.budget)
                m_budgets->item(r, BudgetAmountColumn)->setText(l.budget->toPlainString());
    }
    m_status->setText(tr("Last month's budgets copied: save to keep them."));
}

bool BudgetDialog::saveBudgets()
{
    if (!saveTyped(m_loadedDepartment, m_loadedPeriod))
        return false;
    m_loadedPeriod.clear(); // saved: nothing to ask about
    reload();
    m_status->setText(tr("Budgets saved; they reach everyone with the next sync."));
    emit saved();
    return true;
}

bool BudgetDialog::saveTyped(const QString &departmentId, const QString &month)
{
    QList<BudgetService::Line> lines = m_lines;
    for (int r = 0; r < m_budgets->rowCount() && r < lines.size(); ++r) {
        const QString text = m_budgets->item(r, BudgetAmountColumn)->text().trimmed();
        const auto amount = Money::parse(text);
        if (!text.isEmpty() && !amount) {
            m_status->setText(tr("The budget for %1 is not an amount.").arg(lines[r].label));
            return false;
        }
        lines[r].budget = text.isEmpty() ? std::nullopt : amount;
    }
    try {
        if (const QString refused = m_service.save(departmentId, month, lines); !refused.isEmpty()) {
            m_status->setText(refused);
            return false;
        }
    } catch (const ModelError &e) {
        m_status->setText(tr("Could not save: %1").arg(e.message()));
        return false;
    }
    return true;
}

void BudgetDialog::loadCategories()
{
    QList<BudgetService::Category> list;
    try {
        list = m_service.categories();
    } catch (const ModelError &e) {
        m_status->setText(e.message());
    }
    m_categories->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        m_categories->setItem(r, CodeColumn, new QTableWidgetItem(list[r].code));
        m_categories->setItem(r, LabelColumn, new QTableWidgetItem(list[r].label));
        m_categories->setItem(r, AccountColumn, new QTableWidgetItem(list[r].account));
    }
    m_categories->resizeColumnToContents(CodeColumn);
    m_categories->resizeColumnToContents(LabelColumn);
}

bool BudgetDialog::saveCategories()
{
    if (!m_categories)
        return false;
    QList<BudgetService::Category> list;
    for (int r = 0; r < m_categories->rowCount(); ++r) {
        auto text = [&](int c) { return m_categories->item(r, c) ? m_categories->item(r, c)->text().trimmed() : QString(); };
        if (text(CodeColumn).isEmpty() && text(LabelColumn).isEmpty() && text(AccountColumn).isEmpty())
            continue; // an empty row added and left
        list << BudgetService::Category{text(CodeColumn), text(LabelColumn), text(AccountColumn)};
    }
    try {
        if (const QString refused = m_service.saveCategories(list); !refused.isEmpty()) {
            m_status->setText(refused);
            return false;
        }
    } catch (const ModelError &e) {
        m_status->setText(tr("Could not save: %1").arg(e.message()));
        return false;
    }
    loadCategories();
    reload();
    m_status->setText(tr("Categories saved; they reach everyone with the next sync."));
    emit saved();
    return true;
}

void BudgetDialog::reject()
{
    if (mayClose(this, budgetsModified(), tr("Save the budgets of %1?").arg(m_loadedPeriod), [this] { return saveBudgets(); }))
        QDialog::reject();
}

} // namespace Huike
