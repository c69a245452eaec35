#include "ui/expensespage.h"

#include "models/modelerror.h"
#include "ui/expenseeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The amount column sorts by the amount, not by its text.
class AmountItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole + 1).toLongLong() < other.data(Qt::UserRole + 1).toLongLong();
    }
};

enum Column { KindColumn, TitleColumn, DateColumn, AmountColumn, CategoriesColumn, StatusColumn, RequesterColumn, DepartmentColumn, ColumnCount };

} // namespace

ExpensesPage::ExpensesPage(ExpenseService &expenses, ApprovalService *approvals, SearchService *search, QWidget *parent)
    : QWidget(parent), m_service(expenses), m_approvals(approvals), m_search(search)
{
    setObjectName(u"expensesPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_view = new QComboBox(this);
    m_view->setObjectName(u"view"_s);
    m_view->addItem(tr("My claims and loans"), int(ExpenseService::View::Mine));
    bool payer = false;
    try {
        payer = m_service.mayPayAny();
    } catch (const ModelError &) {
    }
    if (payer) {
        m_view->addItem(tr("Approved, to be paid"), int(ExpenseService::View::ToPay));
        m_view->addItem(tr("Loans not yet repaid"), int(ExpenseService::View::LoansOut));
    }
    m_view->addItem(tr("All I can see"), int(ExpenseService::View::Visible));
    bar->addWidget(m_view);
    auto *newClaim = new QPushButton(tr("&New claim"), this);
    newClaim->setObjectName(u"newClaim"_s);
    auto *newLoan = new QPushButton(tr("New &loan"), this);
    newLoan->setObjectName(u"newLoan"_s);
    m_open = new QPushButton(tr("&Open"), this);
    m_pay = new QPushButton(tr("Mark &paid…"), this);
    m_pay->setObjectName(u"pay"_s);
    m_remove = new QPushButton(tr("&Delete draft"), this);
    m_remove->setObjectName(u"remove"_s);
    for (QPushButton *b : {newClaim, newLoan, m_open, m_pay, m_remove})
        bar->addWidget(b);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"expenses"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Purpose"), tr("Date"), tr("Amount"), tr("Categories"), tr("Status"),
                                        tr("Requester"), tr("Department")});
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the view's order until a header is clicked
    m_table->setSortingEnabled(true);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_view, &QComboBox::currentIndexChanged, this, &ExpensesPage::reload);
    connect(newClaim, &QPushButton::clicked, this, [this] { open(QString(), u"claim"_s); });
    connect(newLoan, &QPushButton::clicked, this, [this] { open(QString(), u"loan"_s); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            open(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            open(id);
    });
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, m_open, &QPushButton::click);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExpensesPage::updateActions);
    connect(m_pay, &QPushButton::clicked, this, &ExpensesPage::paySelected);
    connect(m_remove, &QPushButton::clicked, this, &ExpensesPage::removeSelected);
    updateActions();
}

void ExpensesPage::setAttachments(ExpenseAttachments *attachments, AttachmentFetcher *fetcher, LoanRepayments *repayments)
{
    m_attachments = attachments;
    m_fetcher = fetcher;
    m_repayments = repayments;
}

void ExpensesPage::setView(ExpenseService::View view)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(int(view))));
    reload();
}

void ExpensesPage::reload()
{
    const QString keep = selectedId();
    try {
        m_items = m_service.list(ExpenseService::View(m_view->currentData().toInt()));
    } catch (const ModelError &e) {
        m_items.clear();
        m_status->setText(tr("Could not read the expenses: %1").arg(e.message()));
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_items.size()));
    Money total = Money::fromFen(0);
    for (int r = 0; r < m_items.size(); ++r) {
        const ExpenseService::Item &i = m_items[r];
        const ExpenseService::Expense &e = i.expense;
        auto set = [&](int column, const QString &text) {
            auto *item = column == AmountColumn ? new AmountItem(text) : new QTableWidgetItem(text);
            item->setData(Qt::UserRole, e.id);
            m_table->setItem(r, column, item);
            return item;
        };
        set(KindColumn, ExpenseService::kindText(e.kind));
        set(TitleColumn, e.title);
        set(DateColumn, e.spentOn);
        auto *amount = set(AmountColumn, e.amount.format(QLocale()));
        amount->setData(Qt::UserRole + 1, e.amount.fen());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        set(CategoriesColumn, i.categories);
        QString status = ExpenseService::statusText(e.status);
        if (e.overBudget && e.status != u"draft")
            status += tr(" · over budget");
        auto *statusItem = set(StatusColumn, status);
        if (e.overBudget && e.status != u"draft")
            statusItem->setForeground(QColor(0xc0, 0x39, 0x2b));
        set(RequesterColumn, i.requester);
        set(DepartmentColumn, i.department);
        if (e.amount.currency() == total.currency())
            total += e.amount;
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == keep)
            m_table->selectRow(r);
    m_status->setText(m_items.isEmpty() ? tr("Nothing here yet. “New claim” starts an expense claim.")
                                        : tr("%n expense(s), together %1", nullptr, int(m_items.size())).arg(total.format(QLocale())));
    updateActions();
}

QString ExpensesPage::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString();
}

void ExpensesPage::updateActions()
{
    const QString id = selectedId();
    const ExpenseService::Expense *e = nullptr;
    for (const ExpenseService::Item &i : std::as_const(m_items))
        if (i.expense.id == id)
            e = &i.expense;
    m_open->setEnabled(e);
    bool pay = false, remove = false;
    try {
        pay = e && m_service.mayPay(*e);
        remove = e && m_service.mayEdit(*e);
    } catch (const ModelError &) {
    }
    m_pay->setEnabled(pay);
    m_remove->setEnabled(remove);
}

void ExpensesPage::open(const QString &id, const QString &kind)
{
    ExpenseEditor editor(m_service, m_approvals, m_search, this);
    if (m_attachments)
        editor.setAttachments(*m_attachments, m_fetcher);
    if (m_repayments)
        editor.setRepayments(*m_repayments);
    try {
        if (id.isEmpty()) {
            ExpenseService::Expense e = kind == u"loan" ? m_service.newLoan() : m_service.newClaim();
            if (e.isClaim()) // a claim starts with its first line to fill in
                e.lines << ExpenseService::Line{{}, e.spentOn, m_service.categories().value(0).code, Money::fromFen(0), {}, {}};
            editor.load(e);
        } else if (const auto e = m_service.load(id)) {
            editor.load(*e);
        } else {
            m_status->setText(tr("The expense no longer exists."));
            return reload();
        }
    } catch (const ModelError &e) {
        m_status->setText(e.message());
        return;
    }
    connect(&editor, &ExpenseEditor::changed, this, &ExpensesPage::changed);
    editor.exec();
    reload();
}

void ExpensesPage::paySelected()
{
    const QString id = selectedId();
    const auto chosen = std::find_if(m_items.cbegin(), m_items.cend(), [&](const ExpenseService::Item &i) { return i.expense.id == id; });
    if (chosen == m_items.cend())
        return;
    const std::optional<QString> day = ExpenseEditor::askPaidOn(this, chosen->expense);
    if (!day)
        return;
    try {
        const QString refused = m_service.pay(id, *day);
        m_status->setText(refused.isEmpty() ? tr("Marked paid.") : refused);
        if (refused.isEmpty())
            emit changed();
    } catch (const ModelError &e) {
        m_status->setText(e.message());
    }
    reload();
}

void ExpensesPage::removeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || QMessageBox::question(this, tr("Delete draft"), tr("Delete this draft?")) != QMessageBox::Yes)
        return;
    try {
        const QString refused = m_service.remove(id);
        m_status->setText(refused.isEmpty() ? tr("Deleted.") : refused);
        if (refused.isEmpty())
            emit changed();
    } catch (const ModelError &e) {
        m_status->setText(e.message());
    }
    reload();
}

} // namespace Huike
