#include "ui/expenseeditor.h"

#include "models/approvalservice.h"
#include "models/modelerror.h"
#include "models/searchservice.h"
#include "ui/expenseattachmentspanel.h"
#include "ui/expenseforpicker.h"
#include "ui/expenselinesdelegate.h"
#include "ui/loanrepaymentspanel.h"
#include "ui/statecommand.h"
#include "ui/undokeysfilter.h"
#include "ui/unsavedchanges.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ExpenseEditor::ExpenseEditor(ExpenseService &expenses, ApprovalService *approvals, SearchService *search, QWidget *parent)
    : QDialog(parent), m_service(expenses), m_approvals(approvals), m_search(search)
{
    setObjectName(u"expenseEditor"_s);
    m_undo = new QUndoStack(this);
    try {
        m_categories = m_service.categories();
    } catch (const ModelError &) {
        m_categories = ExpenseCategories::defaults();
    }
    build();
    resize(900, 640);
}

ExpenseEditor::~ExpenseEditor()
{
    // The fields lose focus while the dialog goes (editingFinished): not an edit any more.
    for (QObject *child : findChildren<QObject *>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void ExpenseEditor::build()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    auto *form = m_form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"title"_s);
    m_title->setPlaceholderText(tr("e.g. Visit to Hangzhou customers, 18–20 November"));
    form->addRow(tr("&Purpose:"), m_title);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"date"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setToolTip(tr("The month of this date is the budget month the claim counts against"));
    form->addRow(tr("&Date:"), m_date);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(u"amount"_s);
    m_amount->setValidator(ExpenseLinesDelegate::amountValidator(m_amount));
    m_amount->setPlaceholderText(tr("e.g. 5000.00"));
    form->addRow(tr("Amount &asked:"), m_amount);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reason"_s);
    form->addRow(tr("&Notes:"), m_reason);

    m_for = new ExpenseForPicker(m_service, m_search, this);
    connect(m_for, &ExpenseForPicker::chosen, this, [this](const QString &customer, const QString &opportunity, const QString &what) {
        ExpenseService::Expense after = state();
        after.forCustomerId = customer;
        after.forOpportunityId = opportunity;
        if (after != m_shown)
            m_undo->push(new StateCommand<ExpenseEditor, ExpenseService::Expense>(this, m_shown, after, what));
    });
    form->addRow(tr("For customer:"), m_for);

    auto *loanRow = m_loanRow = new QHBoxLayout;
    m_loan = new QComboBox(this);
    m_loan->setObjectName(u"loan"_s);
    loanRow->addWidget(m_loan, 2);
    m_offset = new QLineEdit(this);
    m_offset->setObjectName(u"offset"_s);
    m_offset->setValidator(ExpenseLinesDelegate::amountValidator(m_offset));
    m_offset->setPlaceholderText(tr("amount to offset"));
    loanRow->addWidget(m_offset, 1);
    form->addRow(tr("Offset against &loan:"), loanRow);
    layout->addLayout(form);

    m_lines = new QTableWidget(0, ExpenseLinesDelegate::ColumnCount, this);
    m_lines->setObjectName(u"lines"_s);
    m_lines->setHorizontalHeaderLabels({tr("Date"), tr("Category"), tr("Amount (¥)"), tr("What it was"), tr("Invoice number")});
    m_lines->horizontalHeader()->setSectionResizeMode(ExpenseLinesDelegate::DescriptionColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setItemDelegate(new ExpenseLinesDelegate(m_categories, m_lines));
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    layout->addWidget(m_lines, 1);
    auto *lineButtons = new QHBoxLayout;
    m_addLine = new QPushButton(tr("&Add line"), this);
    m_addLine->setObjectName(u"addLine"_s);
    m_removeLine = new QPushButton(tr("&Remove line"), this);
    m_removeLine->setObjectName(u"removeLine"_s);
    m_total = new QLabel(this);
    m_total->setObjectName(u"total"_s);
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    lineButtons->addWidget(m_total);
    layout->addLayout(lineButtons);

    auto wrapped = [&](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        layout->addWidget(label);
        return label;
    };
    m_budget = wrapped(u"budget"_s);
    m_budget->setTextFormat(Qt::RichText);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"steps"_s);
    m_steps->setMaximumHeight(fontMetrics().height() * 5);
    layout->addWidget(m_steps);
    m_notes = wrapped(u"notes"_s);
    m_status = wrapped(u"status"_s);

    auto *buttons = new QHBoxLayout;
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_redoButton = new QPushButton(tr("Redo"), this);
    auto named = [this](const QString &text, const QString &name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        return button;
    };
    m_save = named(tr("&Save"), u"save"_s);
    m_submit = named(tr("S&ubmit for approval"), u"submit"_s);
    m_withdraw = named(tr("&Withdraw"), u"withdraw"_s);
    m_reopen = named(tr("&Edit again"), u"reopen"_s);
    m_pay = named(tr("Mark &paid…"), u"pay"_s);
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {m_undoButton, m_redoButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_save, m_submit, m_withdraw, m_reopen, m_pay, close}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateActions(); });
    connect(new QShortcut(QKeySequence::Undo, this), &QShortcut::activated, m_undo, &QUndoStack::undo);
    connect(new QShortcut(QKeySequence::Redo, this), &QShortcut::activated, m_undo, &QUndoStack::redo);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &ExpenseEditor::save);
    auto *keys = new UndoKeysFilter(this);
    for (QLineEdit *w : {m_title, m_amount, m_reason, m_offset})
        w->installEventFilter(keys);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { edited(tr("Change the purpose")); });
    connect(m_reason, &QLineEdit::editingFinished, this, [this] { edited(tr("Change the notes")); });
    connect(m_amount, &QLineEdit::editingFinished, this, [this] { edited(tr("Change the loan amount")); });
    connect(m_offset, &QLineEdit::editingFinished, this, [this] { edited(tr("Change the offset")); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { edited(tr("Change the date")); });
    connect(m_loan, &QComboBox::currentIndexChanged, this, [this] { edited(tr("Choose the loan")); });
    connect(m_lines, &QTableWidget::itemChanged, this, [this] { edited(tr("Change a line")); });
    connect(m_addLine, &QPushButton::clicked, this, &ExpenseEditor::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &ExpenseEditor::removeLine);
    connect(m_save, &QPushButton::clicked, this, &ExpenseEditor::save);
    connect(m_submit, &QPushButton::clicked, this, &ExpenseEditor::submit);
    connect(m_withdraw, &QPushButton::clicked, this, &ExpenseEditor::withdraw);
    connect(m_reopen, &QPushButton::clicked, this, &ExpenseEditor::reopen);
    connect(m_pay, &QPushButton::clicked, this, &ExpenseEditor::pay);
    connect(close, &QPushButton::clicked, this, &ExpenseEditor::reject);
}

void ExpenseEditor::setAttachments(ExpenseAttachments &attachments, AttachmentFetcher *fetcher)
{
    if (m_invoices)
        return;
    m_invoices = new ExpenseAttachmentsPanel(attachments, this);
    m_invoices->setObjectName(u"invoices"_s);
    m_invoices->setFetcher(fetcher);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_steps), m_invoices);
    connect(m_invoices, &ExpenseAttachmentsPanel::changed, this, &ExpenseEditor::changed);
    connect(m_lines, &QTableWidget::currentCellChanged, this, &ExpenseEditor::followLine);
    updateActions();
}

void ExpenseEditor::setRepayments(LoanRepayments &repayments)
{
    if (m_repayments)
        return;
    m_repayments = new LoanRepaymentsPanel(repayments, this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_steps), m_repayments);
    connect(m_repayments, &LoanRepaymentsPanel::changed, this, &ExpenseEditor::changed);
    updateActions();
}

void ExpenseEditor::followLine()
{
    const QTableWidgetItem *date = m_lines->item(m_lines->currentRow(), ExpenseLinesDelegate::DateColumn);
    if (m_invoices)
        m_invoices->setDefaultLine(date ? date->data(Qt::UserRole).toString() : QString());
}

void ExpenseEditor::load(const ExpenseService::Expense &expense)
{
    m_expense = expense;
    m_undo->clear();
    applyState(expense);
    m_undo->setClean();
    m_status->clear();
    updateActions();
}

bool ExpenseEditor::isModified() const
{
    return !m_undo->isClean();
}

ExpenseService::Expense ExpenseEditor::state() const
{
    ExpenseService::Expense e = m_shown;
    e.title = m_title->text().trimmed();
    e.reason = m_reason->text().trimmed();
    e.spentOn = m_date->date().toString(Qt::ISODate);
    if (!e.isClaim())
        e.amount = Money::parse(m_amount->text().trimmed()).value_or(Money::fromFen(0));
    e.forOpportunityId = e.forCustomerId.isEmpty() ? QString() : m_for->opportunityId();
    e.loanId = m_loan->currentData().toString();
    e.offset = e.loanId.isEmpty() ? Money::fromFen(0) : Money::parse(m_offset->text().trimmed()).value_or(Money::fromFen(0));
    e.lines.clear();
    for (int r = 0; r < m_lines->rowCount(); ++r) {
        auto text = [&](int c) { return m_lines->item(r, c) ? m_lines->item(r, c)->text().trimmed() : QString(); };
        ExpenseService::Line l;
        l.id = m_lines->item(r, ExpenseLinesDelegate::DateColumn) ? m_lines->item(r, ExpenseLinesDelegate::DateColumn)->data(Qt::UserRole).toString() : QString();
        l.spentOn = text(ExpenseLinesDelegate::DateColumn);
        l.category = m_lines->item(r, ExpenseLinesDelegate::CategoryColumn) ? m_lines->item(r, ExpenseLinesDelegate::CategoryColumn)->data(Qt::UserRole).toString() : QString();
        l.amount = Money::parse(text(ExpenseLinesDelegate::AmountColumn)).value_or(Money::fromFen(0));
        l.description = text(ExpenseLinesDelegate::DescriptionColumn);
        l.invoiceNumber = text(ExpenseLinesDelegate::InvoiceColumn);
        e.lines << l;
    }
    return e;
}

void ExpenseEditor::fillLines(const ExpenseService::Expense &e)
{
    m_lines->setRowCount(int(e.lines.size()));
    for (int r = 0; r < e.lines.size(); ++r) {
        const ExpenseService::Line &l = e.lines[r];
        auto *date = new QTableWidgetItem(l.spentOn);
        date->setData(Qt::UserRole, l.id);
        auto *category = new QTableWidgetItem(ExpenseCategories::label(m_categories, l.category));
        category->setData(Qt::UserRole, l.category);
        auto *amount = new QTableWidgetItem(l.amount.isZero() ? QString() : l.amount.toPlainString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_lines->setItem(r, ExpenseLinesDelegate::DateColumn, date);
        m_lines->setItem(r, ExpenseLinesDelegate::CategoryColumn, category);
        m_lines->setItem(r, ExpenseLinesDelegate::AmountColumn, amount);
        m_lines->setItem(r, ExpenseLinesDelegate::DescriptionColumn, new QTableWidgetItem(l.description));
        m_lines->setItem(r, ExpenseLinesDelegate::InvoiceColumn, new QTableWidgetItem(l.invoiceNumber));
    }
    m_lines->resizeColumnToContents(ExpenseLinesDelegate::DateColumn);
    m_lines->resizeColumnToContents(ExpenseLinesDelegate::CategoryColumn);
}

void ExpenseEditor::applyState(const ExpenseService::Expense &s)
{
    m_applying = true;
    m_shown = s;
    const bool claim = s.isClaim();
    m_heading->setText(s.id.isEmpty() ? (claim ? tr("New expense claim") : tr("New loan"))
                                      : tr("%1 · %2").arg(ExpenseService::kindText(s.kind), ExpenseService::statusText(s.status)));
    setWindowTitle(claim ? tr("Expense claim") : tr("Loan"));
    if (m_title->text() != s.title)
        m_title->setText(s.title);
    if (m_reason->text() != s.reason)
        m_reason->setText(s.reason);
    m_date->setDate(QDate::fromString(s.spentOn, Qt::ISODate));
    m_amount->setText(s.amount.isZero() ? QString() : s.amount.toPlainString());
    m_form->setRowVisible(m_amount, !claim);
    m_form->setRowVisible(m_loanRow, claim);
    m_lines->setVisible(claim); // a loan asks one amount
    m_total->setVisible(claim);
    m_budget->setVisible(claim);
    m_for->setFor(s.forCustomerId, s.forOpportunityId);
    m_loan->clear();
    m_loan->addItem(tr("(no loan)"), QString());
    try {
        for (const ExpenseService::OpenLoan &l : m_service.openLoans(s.id))
            m_loan->addItem(tr("%1 — %2 left").arg(l.title, l.left.format(QLocale())), l.id);
        if (!s.loanId.isEmpty() && m_loan->findData(s.loanId) < 0) { // settled, or another's: still the one it names
            const auto named = m_service.load(s.loanId);
            m_loan->addItem(named ? named->title : tr("(a loan not on this computer)"), s.loanId);
        }
    } catch (const ModelError &) {
    }
    m_loan->setCurrentIndex(std::max(0, m_loan->findData(s.loanId)));
    m_offset->setText(s.offset.isZero() ? QString() : s.offset.toPlainString());
    if (state().lines != s.lines) { // not when the table itself made the change (an editor may still be open)
        const QSignalBlocker block(m_lines);
        fillLines(s);
    }
    m_applying = false;
    updateFigures();
    updateActions();
}

void ExpenseEditor::edited(const QString &what)
{
    if (m_applying)
        return;
    const ExpenseService::Expense after = state();
    if (after == m_shown) {
        updateFigures();
        return;
    }
    m_undo->push(new StateCommand<ExpenseEditor, ExpenseService::Expense>(this, m_shown, after, what));
}

void ExpenseEditor::addLine()
{
    ExpenseService::Expense after = state();
    ExpenseService::Line l;
    l.spentOn = after.lines.isEmpty() ? after.spentOn : after.lines.last().spentOn;
    l.category = after.lines.isEmpty() ? m_categories.value(0).code : after.lines.last().category;
    l.amount = Money::fromFen(0);
    after.lines << l;
    m_undo->push(new StateCommand<ExpenseEditor, ExpenseService::Expense>(this, m_shown, after, tr("Add a line")));
    m_lines->setCurrentCell(m_lines->rowCount() - 1, ExpenseLinesDelegate::AmountColumn);
    m_lines->editItem(m_lines->item(m_lines->rowCount() - 1, ExpenseLinesDelegate::AmountColumn));
}

void ExpenseEditor::removeLine()
{
    const int row = m_lines->currentRow();
    if (row < 0)
        return;
    ExpenseService::Expense after = state();
    after.lines.removeAt(row);
    m_undo->push(new StateCommand<ExpenseEditor, ExpenseService::Expense>(this, m_shown, after, tr("Remove a line")));
}

void ExpenseEditor::updateFigures()
{
    const ExpenseService::Expense e = m_applying ? m_shown : state();
    if (!e.isClaim()) {
        m_total->clear();
        m_budget->clear();
        return;
    }
    try {
        m_total->setText(tr("Total: %1").arg(e.linesTotal().format(QLocale())));
    } catch (const ArithmeticError &) {
        m_total->setText(tr("The amounts are too large."));
    }
    QStringList parts;
    bool over = false;
    try {
        for (const Budget::Use &u : m_service.budgetUse(e)) {
            const QString what = u.category.isEmpty() ? tr("All categories") : ExpenseCategories::label(m_categories, u.category);
            QString line = tr("%1: budget %2, used %3, this claim %4, left %5")
                               .arg(what.toHtmlEscaped(), u.budget.format(QLocale()), u.used.format(QLocale()), u.asked.format(QLocale()),
                                    u.left().format(QLocale()));
            if (u.over()) {
                over = true;
                line = u"<span style=\"color:#c0392b\"><b>"_s + line + u" — "_s + tr("over budget") + u"</b></span>"_s;
            }
            parts << line;
        }
    } catch (const ModelError &err) {
        parts << err.message().toHtmlEscaped();
    }
    const QString month = Budget::periodOf(e.spentOn);
    m_budget->setText(parts.isEmpty() ? tr("No budget is set for %1 in this department.").arg(month)
                                      : tr("Budget %1").arg(month) + u"<br>"_s + parts.join(u"<br>"_s)
                                            + (over && (e.status == u"draft" || e.status == u"rejected") ? u"<br>"_s + tr("Over budget: the approval takes the extra step the flow sets for it.")
                                                    : QString()));
}

void ExpenseEditor::updateActions()
{
    const ExpenseService::Expense &e = m_expense;
    bool editable = false, mine = false, payable = false, withdrawable = false;
    try {
        editable = m_service.mayEdit(e);
        mine = m_service.isMine(e);
        payable = m_service.mayPay(e);
        withdrawable = m_service.mayWithdraw(e);
    } catch (const ModelError &err) {
        showMessage(err.message());
    }
    for (QLineEdit *w : {m_title, m_reason, m_amount, m_offset})
        w->setReadOnly(!editable);
    m_date->setReadOnly(!editable);
    m_loan->setEnabled(editable);
    m_for->setEditable(editable);
    m_lines->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_addLine->setVisible(editable && e.isClaim());
    m_removeLine->setVisible(editable && e.isClaim());
    m_save->setVisible(editable);
    m_save->setEnabled(isModified() || e.id.isEmpty());
    m_submit->setVisible(editable && mine);
    m_withdraw->setVisible(withdrawable);
    m_reopen->setVisible(mine && e.status == u"rejected");
    m_pay->setVisible(payable);
    m_undoButton->setVisible(editable);
    m_redoButton->setVisible(editable);
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());

    if (m_invoices) {
        m_invoices->setVisible(e.isClaim());
        m_invoices->setExpense(e.id, editable); // its lines read again: a save adds, removes and renumbers them
        followLine();                           // a line saved just now has its id
    }
    if (m_repayments) { // what came back of a loan paid out
        m_repayments->setVisible(!e.isClaim() && e.status == u"paid");
        m_repayments->setLoan(e.isClaim() ? QString() : e.id);
    }

    // The steps of a submitted one, and what the server last said of it.
    m_steps->clear();
    QString stage;
    if (m_approvals && !e.id.isEmpty()) {
        try {
            if (const auto request = m_approvals->requestOfExpense(e.id); request && e.status != u"draft") {
                m_steps->addItems(request->steps);
                stage = request->stage;
            }
        } catch (const ModelError &) {
        }
    }
    m_steps->setVisible(m_steps->count() > 0);
    QStringList notes;
    if (!stage.isEmpty())
        notes << stage;
    if (e.overBudget && e.status != u"draft")
        notes << tr("Over budget when it was submitted.");
    if (!e.comment.isEmpty() && (e.status == u"rejected" || e.status == u"approved"))
        notes << tr("Comment: %1").arg(e.comment);
    if (e.status == u"paid")
        notes << tr("Paid on %1.").arg(e.paidOn);
    try {
        if (!e.id.isEmpty() && m_service.awaitsServer(e.id))
            notes << tr("Saved here; it goes to the server with the next sync.");
        if (const QString code = e.id.isEmpty() ? QString() : m_service.refusalCode(e.id); !code.isEmpty())
            notes << tr("The server refused the last change (%1): see Review conflicts.").arg(code);
    } catch (const ModelError &) {
    }
    m_notes->setText(notes.join(u"  ·  "_s));
}

void ExpenseEditor::showMessage(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #c0392b"_s : QString());
    m_status->setText(text);
}

bool ExpenseEditor::save()
{
    ExpenseService::Expense e = state();
    try {
        if (const ValidationErrors errors = m_service.save(e)) {
            QStringList lines;
            for (const FieldError &f : errors.errors())
                lines << f.message;
            showMessage(lines.join(u'\n'));
            return false;
        }
        const auto stored = m_service.load(e.id);
        load(stored ? *stored : e);
        showMessage(tr("Saved."), false);
        emit changed();
        return true;
    } catch (const ModelError &err) {
        showMessage(tr("Could not save: %1").arg(err.message()));
        return false;
    }
}

void ExpenseEditor::submit()
{
    ExpenseService::Expense e = state();
    try {
        const QList<Budget::Use> uses = m_service.budgetUse(e);
        if (Budget::over(uses)
            && QMessageBox::question(this, tr("Over budget"),
                                     tr("This claim is over the month's budget. Submit it anyway? It takes the extra approval step for "
                                        "claims over budget."))
                != QMessageBox::Yes)
            return;
        if (const QString refused = m_service.submit(e); !refused.isEmpty()) {
            showMessage(refused);
            return;
        }
        const auto stored = m_service.load(e.id);
        load(stored ? *stored : e);
        showMessage(tr("Submitted: the approvers see it after the next sync."), false);
        emit changed();
    } catch (const ModelError &err) {
        showMessage(tr("Could not submit: %1").arg(err.message()));
    }
}

void ExpenseEditor::withdraw()
{
    try {
        if (const QString refused = m_service.withdraw(m_expense.id); !refused.isEmpty()) {
            showMessage(refused);
            return;
        }
        if (const auto stored = m_service.load(m_expense.id))
            load(*stored);
        showMessage(tr("Withdrawn: it is a draft again."), false);
        emit changed();
    } catch (const ModelError &err) {
        showMessage(err.message());
    }
}

void ExpenseEditor::reopen()
{
    try {
        if (const QString refused = m_service.reopen(m_expense.id); !refused.isEmpty()) {
            showMessage(refused);
            return;
        }
        if (const auto stored = m_service.load(m_expense.id))
            load(*stored);
        emit changed();
    } catch (const ModelError &err) {
        showMessage(err.message());
    }
}

std::optional<QString> ExpenseEditor::askPaidOn(QWidget *parent, const ExpenseService::Expense &expense)
{
    bool ok = false;
    const QString day = QInputDialog::getText(parent, tr("Mark paid"),
                                              tr("Paid %1 to %2 on (YYYY-MM-DD):").arg(expense.amount.format(QLocale()), expense.title),
                                              QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok)
                              .trimmed();
    return ok ? std::optional<QString>(day) : std::nullopt;
}

void ExpenseEditor::pay()
{
    const std::optional<QString> day = askPaidOn(this, m_expense);
    if (!day)
        return;
    try {
        if (const QString refused = m_service.pay(m_expense.id, *day); !refused.isEmpty()) {
            showMessage(refused);
            return;
        }
        if (const auto stored = m_service.load(m_expense.id))
            load(*stored);
        showMessage(tr("Marked paid."), false);
        emit changed();
    } catch (const ModelError &err) {
        showMessage(err.message());
    }
}

void ExpenseEditor::reject()
{
    if (mayClose(this, isModified(), tr("Save the changes to this expense?"), [this] { return save(); }))
        QDialog::reject();
}

} // namespace Huike
