#include "contracteditor.h"
#include "dateformat.h"
#include "shortcutkeys.h"

#include "approval.h"
#include "chineseamount.h"
#include "attachmentspanel.h"
#include "deliverydialog.h"
#include "companydata.h"
#include "documentpdf.h"
#include "invoicedialog.h"
#include "outcomefeed.h"
#include "outcometext.h"
#include "paymentdialog.h"
#include "quoteeditor.h"
#include "schemaerror.h"
#include "unsavedchanges.h"

#include <QApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QPrintDialog>
#include <QPrinter>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

class ContractCommand : public QUndoCommand
{
public:
    ContractCommand(ContractEditor *editor, Contract before, Contract after, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_editor->applyState(m_before); }
    void redo() override { m_editor->applyState(m_after); }

private:
    ContractEditor *m_editor;
    Contract m_before, m_after;
};

enum PlanColumn { PlanNo, PlanDue, PlanAmount, PlanNote, PlanPaid, PlanLeft, PlanState, PlanColumns };
enum InvoiceColumn { InvoiceIssued, InvoiceNumber, InvoiceKindColumn, InvoiceAmount, InvoiceTax, InvoiceNote, InvoiceColumns };
enum DeliveryColumn { DeliveryDate, DeliveryGoods, DeliveryCarrier, DeliveryTracking, DeliveryReceiver, DeliveryNote, DeliveryColumns };

QTableWidget *recordTable(int columns, int stretch, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->setWordWrap(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    return t;
}

QTableWidgetItem *textItem(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A page of the tab widget: a summary line, the records, an "Add…" button.
QWidget *recordPage(QTableWidget *table, QLabel *summary, QPushButton *add, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addStretch(1);
    layout->addLayout(bar);
    return page;
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

ContractEditor::ContractEditor(ContractService &service, const Contract &contract, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    build();
    load(contract);
    connect(&m_service.outcomes(), &OutcomeFeed::recorded, this, &ContractEditor::followOutcome);
}

void ContractEditor::followOutcome(const QString &table, const QString &recordId, const QString &kind, const QString &code)
{
    const QString id = m_contract.meta.id.toString();
    if (id.isEmpty())
        return;
    bool ours = table == u"contracts" && recordId == id;
    if (!ours && table != u"contracts") {
        // A record of the contract (a line, an instalment, a payment …): whose is it? A
        // refused new one is gone from the replica; its lines and instalments are in memory.
        for (const LineItem &line : std::as_const(m_contract.lines))
            ours = ours || line.meta.id.toString() == recordId;
        for (const PaymentPlanLine &line : std::as_const(m_contract.paymentPlan))
            ours = ours || line.meta.id.toString() == recordId;
        ours = ours || m_service.isContractRecord(table, recordId, id);
    }
    if (!ours)
        return;
    const QString what = kind == u"rejection"
        ? tr("The server did not accept your change to this contract: %1").arg(OutcomeText::reason(code))
        : tr("Someone else changed this contract at the same time: %1").arg(OutcomeText::reason(code));
    followServerOutcome(this, isModified(), what, tr("The contract changed on the server"),
                        tr("You have unsaved changes. Discard them and show the contract as it is stored?"),
                        tr("Your unsaved changes are kept; the server may refuse them again."), m_status,
                        [this](const QString &said) { reloadStored(said); });
}

void ContractEditor::reloadStored(const QString &what)
{
    const std::optional<Contract> stored = m_service.load(m_contract.meta.id.toString());
    if (!stored) {
        m_status->setText(what + u' ' + tr("The contract is no longer stored."));
        return;
    }
    load(*stored);
    m_status->setText(what + u' ' + tr("The contract shows what is stored now."));
}

ContractEditor::~ContractEditor()
{
    // ~QDialog hides the window after our members are gone; hiding moves the focus out
    // of a line edit, and its editingFinished must not reach the handlers here (they read
    // m_shown). The same for the undo stack's signals.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void ContractEditor::build()
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1100, 760);
    m_undo = new QUndoStack(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_title = new QLineEdit(this);
    m_partyA = new QLineEdit(this);
    m_partyB = new QLineEdit(this);
    // Left empty, the documents print the company's name from the settings as 乙方.
    m_partyB->setPlaceholderText(m_service.setting(SettingKeys::CompanyName));
    m_signDate = new QLineEdit(this);
    m_signDate->setPlaceholderText(tr("YYYY-MM-DD, when signed"));
    m_start = new QDateEdit(this);
    m_end = new QDateEdit(this);
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(DateFormat::DatePattern.toString());
    }
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("Contract amount incl. VAT, e.g. 120000.00"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_title);
    form->addRow(tr("Party &A (customer):"), m_partyA);
    form->addRow(tr("Party &B (us):"), m_partyB);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addSpacing(24);
    auto *signLabel = new QLabel(tr("Si&gned on:"), this);
    signLabel->setBuddy(m_signDate);
    dates->addWidget(signLabel);
    dates->addWidget(m_signDate);
    dates->addStretch(1);
    form->addRow(tr("&Term:"), dates);
    static_cast<QLabel *>(form->labelForField(dates))->setBuddy(m_start);
    form->addRow(tr("A&mount:"), m_amount);

    m_linesModel = new QuoteLinesModel(this);
    m_linesModel->setEditable(false);
    m_lines = new QTableView(this);
    m_lines->setModel(m_linesModel);
    m_lines->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::Description, QHeaderView::Stretch);
    m_lines->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::RichText);

    m_plan = new QTableWidget(0, PlanColumns, this);
    m_plan->setHorizontalHeaderLabels({tr("No."), tr("Due"), tr("Amount"), tr("Note"), tr("Received"), tr("Outstanding"), tr("State")});
    m_plan->horizontalHeader()->setSectionResizeMode(PlanNote, QHeaderView::Stretch);
    m_plan->verticalHeader()->hide();
    m_plan->installEventFilter(this); // Enter edits and commits a cell, never the dialog's default button
    m_planSum = new QLabel(this);
    auto *add = new QPushButton(tr("Add &instalment"), this);
    auto *split = new QPushButton(tr("S&plit by proportion…"), this);
    auto *remove = new QPushButton(tr("Remove instalment"), this);
    m_planButtons = {add, split, remove};
    for (QPushButton *b : m_planButtons)
        b->setAutoDefault(false); // Enter in a field never adds or removes an instalment
    auto *planBar = new QHBoxLayout;
    planBar->addWidget(add);
    planBar->addWidget(split);
    planBar->addWidget(remove);
    planBar->addStretch(1);
    planBar->addWidget(m_planSum);

    m_payments = new QTableWidget(0, 5, this);
    m_payments->setHorizontalHeaderLabels({tr("Paid on"), tr("Instalment"), tr("Amount"), tr("Method"), tr("Reference")});
    m_payments->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->verticalHeader()->hide();

    m_invoices = recordTable(InvoiceColumns, InvoiceNote, this);
    m_invoices->setHorizontalHeaderLabels({tr("Issued on"), tr("Invoice number"), tr("Invoice type"), tr("Amount incl. VAT"), tr("VAT"), tr("Note")});
    m_invoicing = new QLabel(this);
    m_addInvoice = new QPushButton(tr("Add &invoice…"), this);
    m_deliveries = recordTable(DeliveryColumns, DeliveryGoods, this);
    m_deliveries->setHorizontalHeaderLabels({tr("Delivered on"), tr("Goods"), tr("Carrier"), tr("Tracking number"), tr("Received by"), tr("Note")});
    m_deliverySummary = new QLabel(this);
    m_addDelivery = new QPushButton(tr("Add delive&ry…"), this);

    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    auto *planPage = new QWidget(tabs);
    auto *planLayout = new QVBoxLayout(planPage);
    planLayout->addWidget(m_plan, 1);
    planLayout->addLayout(planBar);
    tabs->addTab(planPage, tr("Payment &plan (回款计划)"));
    auto *linesPage = new QWidget(tabs);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->addWidget(m_lines, 1);
    tabs->addTab(linesPage, tr("&Lines"));
    tabs->addTab(m_payments, tr("Pa&yments received"));
    tabs->addTab(recordPage(m_invoices, m_invoicing, m_addInvoice, tabs), tr("I&nvoices (开票记录)"));
    tabs->addTab(recordPage(m_deliveries, m_deliverySummary, m_addDelivery, tabs), tr("D&eliveries (发货记录)"));
    m_attachments = new AttachmentsPanel(m_service, tabs);
    tabs->addTab(m_attachments, tr("Attac&hments (附件)"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("&Save"), this);
    m_submit = new QPushButton(tr("Submit for appro&val"), this);
    m_approve = new QPushButton(tr("Approve — si&gned"), this);
    m_return = new QPushButton(tr("Send &back"), this);
    m_execute = new QPushButton(tr("Start e&xecution"), this);
    m_complete = new QPushButton(tr("Co&mplete"), this);
    m_terminate = new QPushButton(tr("Terminate"), this);
    m_pay = new QPushButton(tr("Record pa&yment…"), this);
    m_pdf = new QPushButton(tr("Export P&DF…"), this);
    m_print = new QPushButton(tr("P&rint…"), this);
    m_print->setToolTip(tr("Print the contract (Ctrl+P)"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_submit, m_approve, m_return, m_execute, m_complete, m_terminate, m_pay, m_pdf, m_print})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_totals);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    new QShortcut(QKeySequence::Save, this, [this] { save(); });
    new QShortcut(QKeySequence::Undo, this, m_undo, &QUndoStack::undo);
    auto *redoKey = new QShortcut(this);
    redoKey->setKeys(redoKeys());
    connect(redoKey, &QShortcut::activated, m_undo, &QUndoStack::redo);

    auto headerEdit = [this] {
        if (m_applying)
            return;
        Contract after = state();
        if (after.title == m_shown.title && after.partyA == m_shown.partyA && after.partyB == m_shown.partyB
            && after.startDate == m_shown.startDate && after.endDate == m_shown.endDate && after.signDate == m_shown.signDate)
            return;
        push(after, tr("Edit the contract"));
    };
    for (QLineEdit *e : {m_title, m_partyA, m_partyB, m_signDate})
        connect(e, &QLineEdit::editingFinished, this, headerEdit);
    for (QDateEdit *d : {m_start, m_end})
        connect(d, &QDateEdit::editingFinished, this, headerEdit);
    connect(m_amount, &QLineEdit::editingFinished, this, [this] {
        if (!m_applying)
            setAmount(m_amount->text());
    });
    connect(m_plan, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_applying)
            return;
        const int row = item->row();
        if (item->column() == PlanAmount)
            setPlanAmount(row, item->text());
        else if (item->column() == PlanDue)
            setPlanDueDate(row, item->text());
        else if (item->column() == PlanNote) {
            Contract after = state();
            if (row < after.paymentPlan.size() && after.paymentPlan[row].note != item->text()) {
                after.paymentPlan[row].note = item->text();
                push(after, tr("Edit instalment %1").arg(row + 1));
            }
        }
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateActions(); });
    connect(add, &QPushButton::clicked, this, &ContractEditor::addInstalment);
    connect(remove, &QPushButton::clicked, this, [this] { removeInstalment(m_plan->currentRow()); });
    connect(split, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Split the amount"),
                                                   tr("Proportions of the instalments, e.g. 30/60/10:"), QLineEdit::Normal,
                                                   u"30/60/10"_s, &ok);
        if (ok)
            splitPlan(text);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_submit, &QPushButton::clicked, this, [this] { changeStatus(ContractStatus::InApproval); });
    connect(m_approve, &QPushButton::clicked, this, [this] { changeStatus(ContractStatus::Signed); });
    connect(m_return, &QPushButton::clicked, this, [this] { changeStatus(ContractStatus::Draft); });
    connect(m_execute, &QPushButton::clicked, this, [this] { changeStatus(ContractStatus::Executing); });
    connect(m_complete, &QPushButton::clicked, this, [this] { changeStatus(ContractStatus::Completed); });
    connect(m_terminate, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Terminate"), tr("Terminate this contract? This cannot be undone.")) == QMessageBox::Yes)
            changeStatus(ContractStatus::Terminated);
    });
    connect(m_pay, &QPushButton::clicked, this, [this] { openPaymentDialog(); });
    connect(m_addInvoice, &QPushButton::clicked, this, [this] { openInvoiceDialog(); });
    connect(m_addDelivery, &QPushButton::clicked, this, [this] { openDeliveryDialog(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (!CompanyData::confirmBeforeExport(this, m_service.replica()))
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), m_contract.number + u".pdf"_s, tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_print, &QPushButton::clicked, this, &ContractEditor::printWithDialog);
    connect(m_attachments, &AttachmentsPanel::changed, this, [this] { emit saved(m_contract.meta.id.toString()); });
    new QShortcut(QKeySequence::Print, this, [this] {
        if (m_print->isEnabled())
            printWithDialog();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void ContractEditor::load(const Contract &contract)
{
    m_contract = contract;
    m_undo->clear();
    applyState(contract);
    m_undo->setClean();
    refresh();
}

Contract ContractEditor::state() const
{
    Contract c = m_shown;
    c.title = m_title->text().trimmed();
    c.partyA = m_partyA->text().trimmed();
    c.partyB = m_partyB->text().trimmed();
    c.signDate = m_signDate->text().trimmed();
    c.startDate = m_start->date().toString(Qt::ISODate);
    c.endDate = m_end->date().toString(Qt::ISODate);
    return c;
}

void ContractEditor::applyState(const Contract &s)
{
    m_applying = true;
    m_shown = s;
    m_title->setText(s.title);
    m_partyA->setText(s.partyA);
    m_partyB->setText(s.partyB);
    m_signDate->setText(s.signDate);
    m_start->setDate(QDate::fromString(s.startDate, Qt::ISODate));
    m_end->setDate(QDate::fromString(s.endDate, Qt::ISODate));
    m_amount->setText(s.amount.toPlainString());
    Quote lines;
    lines.lines = s.lines;
    lines.taxMode = s.taxMode;
    lines.currency = s.currency;
    m_linesModel->setQuote(lines);
    const QLocale locale;
    // Net and VAT only when there is tax (not "VAT ¥0.00" for an amount typed in).
    m_totals->setText(s.tax.isZero() ? tr("Contract amount <b style='font-size:large'>%1</b> — in words: %2")
                                           .arg(s.amount.format(locale), u"人民币"_s + ChineseAmount::fromMoney(s.amount))
                                     : tr("Contract amount <b style='font-size:large'>%1</b> (net %2, VAT %3) — in words: %4")
                                           .arg(s.amount.format(locale), s.net.format(locale), s.tax.format(locale),
                                                u"人民币"_s + ChineseAmount::fromMoney(s.amount)));
    showPlan();
    m_applying = false;
    updateActions();
}

void ContractEditor::push(const Contract &after, const QString &text)
{
    m_undo->push(new ContractCommand(this, m_shown, after, text));
}

void ContractEditor::showPlan()
{
    const bool wasApplying = m_applying;
    m_applying = true;
    const QLocale locale;
    const bool draft = m_contract.status == ContractStatus::Draft;
    QList<ContractService::PlanState> states;
    if (!m_contract.meta.id.isNull())
        states = m_service.planState(m_shown, today());
    m_plan->setRowCount(int(m_shown.paymentPlan.size()));
    for (int r = 0; r < m_shown.paymentPlan.size(); ++r) {
        const PaymentPlanLine &p = m_shown.paymentPlan[r];
        auto cell = [&](int column, const QString &text, bool editable) {
            auto *item = new QTableWidgetItem(text);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            if (column == PlanAmount || column == PlanPaid || column == PlanLeft)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_plan->setItem(r, column, item);
            return item;
        };
        cell(PlanNo, p.isBalance ? tr("%1 (balance)").arg(r + 1) : QString::number(r + 1), false);
        cell(PlanDue, p.dueDate, true);
        cell(PlanAmount, p.amount.toPlainString(), draft && !p.isBalance)->setToolTip(
            p.isBalance ? tr("The balance line takes what the other instalments leave.") : QString());
        cell(PlanNote, p.note, true);
        const bool known = r < states.size() && states[r].line.meta.id == p.meta.id && !p.meta.id.isNull();
        cell(PlanPaid, known ? states[r].paid.format(locale) : QString(), false);
        cell(PlanLeft, known ? states[r].balance.format(locale) : QString(), false);
        QString state;
        if (known)
            state = states[r].balance.fen() <= 0 ? tr("Paid") : states[r].overdue ? tr("Overdue") : tr("Open");
        QTableWidgetItem *s = cell(PlanState, state, false);
        if (known && states[r].overdue)
            s->setForeground(QColor(u"#b91c1c"_s));
    }
    // The sum against the amount.
    Money sum = Money::fromFen(0, m_shown.currency);
    for (const PaymentPlanLine &p : m_shown.paymentPlan)
        sum += Money::fromFen(p.amount.fen(), m_shown.currency);
    const bool adds = sum == m_shown.amount;
    int notPositive = 0; // the first instalment of zero or less, counted from 1
    for (qsizetype i = 0; i < m_shown.paymentPlan.size() && !notPositive; ++i)
        if (m_shown.paymentPlan[i].amount.isNegative() || m_shown.paymentPlan[i].amount.isZero())
            notPositive = int(i + 1);
    m_planSum->setText(m_shown.paymentPlan.isEmpty() ? tr("No payment plan yet.")
                       : !adds ? tr("✘ The instalments add up to %1, the contract amount is %2.").arg(sum.format(locale), m_shown.amount.format(locale))
                       : notPositive ? tr("✘ Instalment %1 is %2: each instalment is more than zero.")
                                           .arg(notPositive)
                                           .arg(Money::fromFen(m_shown.paymentPlan[notPositive - 1].amount.fen(), m_shown.currency).format(locale))
                                     : tr("✔ %1 instalments add up to %2.").arg(m_shown.paymentPlan.size()).arg(sum.format(locale)));
    m_planSum->setStyleSheet(adds && !notPositive ? QString() : u"color:#b91c1c"_s);
    // Payments received.
    const QList<PaymentRecord> paid = m_contract.meta.id.isNull() ? QList<PaymentRecord>() : m_service.payments(m_contract.meta.id.toString());
    m_payments->setRowCount(int(paid.size()));
    for (int r = 0; r < paid.size(); ++r) {
        int planNo = 0;
        for (const PaymentPlanLine &p : m_shown.paymentPlan)
            if (p.meta.id == paid[r].planId)
                planNo = p.lineNo;
        m_payments->setItem(r, 0, new QTableWidgetItem(paid[r].paidOn));
        m_payments->setItem(r, 1, new QTableWidgetItem(planNo ? QString::number(planNo) : QString()));
        m_payments->setItem(r, 2, new QTableWidgetItem(Money::fromFen(paid[r].amount.fen(), m_shown.currency).format(locale)));
        m_payments->setItem(r, 3, new QTableWidgetItem(paid[r].method ? enumLabel(*paid[r].method) : QString()));
        m_payments->setItem(r, 4, new QTableWidgetItem(paid[r].reference));
    }
    m_applying = wasApplying;
}

bool ContractEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the plan: starts editing the current cell, or (coming up from the cell's
    // editor, which has committed it) ends there. Left alone, the table ignores it and the
    // dialog clicks its default button — which added an instalment.
    if (watched == m_plan && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            QTableWidgetItem *item = m_plan->currentItem();
            QWidget *focus = QApplication::focusWidget();
            const bool editing = focus && focus != m_plan && m_plan->isAncestorOf(focus); // the cell's editor
            if (!editing && item && (item->flags() & Qt::ItemIsEditable))
                m_plan->editItem(item);
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ContractEditor::setPlanAmount(int row, const QString &amount)
{
    Contract after = state();
    if (row < 0 || row >= after.paymentPlan.size())
        return;
    const auto money = Money::parse(amount.trimmed(), after.currency);
    if (!money || money->isNegative()) {
        m_status->setText(tr("Instalment %1: the amount is a sum like 36000.00.").arg(row + 1));
        showPlan();
        return;
    }
    after.paymentPlan[row].amount = *money;
    after.rebalancePlan();
    push(after, tr("Change instalment %1").arg(row + 1));
}

void ContractEditor::setPlanDueDate(int row, const QString &date)
{
    Contract after = state();
    if (row < 0 || row >= after.paymentPlan.size())
        return;
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        m_status->setText(tr("Instalment %1: the due date is a date like 2027-03-31.").arg(row + 1));
        showPlan();
        return;
    }
    after.paymentPlan[row].dueDate = d.toString(Qt::ISODate);
    push(after, tr("Change instalment %1").arg(row + 1));
}

void ContractEditor::addInstalment()
{
    Contract after = state();
    if (after.paymentPlan.isEmpty()) {
        after.paymentPlan = Contract::splitPlan(after.amount, {100}, {QDate::fromString(today(), Qt::ISODate).addMonths(1).toString(Qt::ISODate)});
        push(after, tr("Add an instalment"));
        return;
    }
    // The new instalment goes before the balance line (尾款), which stays the last payment:
    // it takes half of what the balance line held, so the plan still adds up, and falls due
    // a month after the instalment before it — or halfway to the balance, when that is sooner.
    qsizetype at = after.paymentPlan.size() - 1;
    for (qsizetype i = after.paymentPlan.size() - 1; i >= 0; --i)
        if (after.paymentPlan[i].isBalance)
            at = i;
    PaymentPlanLine &balance = after.paymentPlan[at];
    const QDate balanceDue = QDate::fromString(balance.dueDate, Qt::ISODate);
    QDate previous = at > 0 ? QDate::fromString(after.paymentPlan[at - 1].dueDate, Qt::ISODate) : QDate();
    if (!previous.isValid())
        previous = QDate::fromString(at > 0 ? today() : after.startDate, Qt::ISODate);
    if (!previous.isValid())
        previous = QDate::fromString(today(), Qt::ISODate);
    QDate due = previous.addMonths(1);
    if (balanceDue.isValid() && due >= balanceDue)
        due = previous < balanceDue ? previous.addDays(previous.daysTo(balanceDue) / 2) : balanceDue;
    PaymentPlanLine line;
    line.dueDate = due.toString(Qt::ISODate);
    const QList<Money> halves = balance.amount.isNegative() ? QList<Money>{Money::fromFen(0, after.currency), balance.amount}
                                                            : balance.amount.allocate({1, 1});
    line.amount = halves[0];
    balance.amount = halves[1];
    after.paymentPlan.insert(at, line);
    after.rebalancePlan();
    push(after, tr("Add an instalment"));
}

void ContractEditor::removeInstalment(int row)
{
    Contract after = state();
    if (row < 0 || row >= after.paymentPlan.size())
        return;
    const bool wasBalance = after.paymentPlan[row].isBalance;
    after.paymentPlan.removeAt(row);
    if (wasBalance && !after.paymentPlan.isEmpty())
        after.paymentPlan.last().isBalance = true;
    after.rebalancePlan();
    push(after, tr("Remove instalment %1").arg(row + 1));
}

bool ContractEditor::splitPlan(const QString &proportions, SplitRemainder remainder)
{
    QList<qint64> weights;
    qint64 total = 0;
    for (const QString &part : proportions.split(u'/', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 w = part.trimmed().remove(u'%').toLongLong(&ok);
        if (!ok || w <= 0 || w > 1000000) {
            weights.clear();
            break;
        }
        weights << w;
        total += w;
    }
    if (weights.isEmpty() || weights.size() > 24) {
        m_status->setText(tr("Give percentages separated by /, e.g. 30/60/10."));
        return false;
    }
    // Percentages that do not make 100: asked what they mean instead of rescaled silently.
    if (total != 100) {
        if (remainder == SplitRemainder::Ask)
            remainder = askSplitRemainder(proportions, total);
        if (remainder == SplitRemainder::BalanceLine && total < 100)
            weights << 100 - total;
        else if (remainder != SplitRemainder::Scale) {
            m_status->setText(tr("The payment plan was not changed."));
            return false;
        }
    }
    Contract after = state();
    QStringList dates;
    QDate due = QDate::fromString(after.startDate, Qt::ISODate);
    if (!due.isValid())
        due = QDate::currentDate();
    for (qsizetype i = 0; i < weights.size(); ++i)
        dates << due.addMonths(int(i)).addDays(i == 0 ? 7 : 0).toString(Qt::ISODate);
    const QList<PaymentPlanLine> old = after.paymentPlan;
    after.paymentPlan = Contract::splitPlan(after.amount, weights, dates);
    // Keep the ids of the instalments that stay, so nothing is deleted and re-made needlessly.
    for (qsizetype i = 0; i < after.paymentPlan.size() && i < old.size(); ++i)
        after.paymentPlan[i].meta = old[i].meta;
    push(after, tr("Split the plan %1").arg(proportions));
    return true;
}

ContractEditor::SplitRemainder ContractEditor::askSplitRemainder(const QString &proportions, qint64 total)
{
    QMessageBox box(QMessageBox::Question, tr("Split the amount"),
                    tr("The proportions %1 add up to %2 %, not 100 %.").arg(proportions.trimmed()).arg(total), QMessageBox::NoButton, this);
    QPushButton *rest = nullptr;
    if (total < 100) {
        box.setInformativeText(tr("Add the remaining %1 % as the balance instalment (尾款), or spread the whole amount in these proportions?").arg(100 - total));
        rest = box.addButton(tr("Add %1 % as the &balance").arg(100 - total), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(tr("Spread the whole amount in these proportions, or correct them?"));
    }
    QPushButton *scale = box.addButton(tr("&Spread in proportion"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(rest ? rest : scale);
    box.exec();
    if (rest && box.clickedButton() == rest)
        return SplitRemainder::BalanceLine;
    return box.clickedButton() == scale ? SplitRemainder::Scale : SplitRemainder::Cancel;
}

void ContractEditor::setSignDate(const QString &date)
{
    m_signDate->setText(date);
    Contract after = state();
    if (after.signDate != m_shown.signDate)
        push(after, tr("Edit the contract"));
}

void ContractEditor::setAmount(const QString &amount)
{
    Contract after = state();
    if (!after.lines.isEmpty())
        return;
    const auto money = Money::parse(amount.trimmed(), after.currency);
    if (!money || money->isNegative()) {
        m_status->setText(tr("The amount is a sum like 120000.00."));
        return;
    }
    if (*money == after.amount)
        return;
    after.amount = *money;
    after.net = *money;
    after.tax = Money::fromFen(0, after.currency);
    after.rebalancePlan();
    push(after, tr("Change the amount"));
}

void ContractEditor::refresh()
{
    m_header->setText(u"<span style='font-size:large; font-weight:bold'>%1 %2</span> &nbsp; %3 &nbsp; <b>%4</b>"_s
                          .arg(tr("Contract"), m_contract.number.toHtmlEscaped(),
                               m_service.customerName(m_contract.customerId.toString()).toHtmlEscaped(), enumLabel(m_contract.status)));
    setWindowTitle(tr("Contract %1").arg(m_contract.number));
    const bool draft = m_contract.status == ContractStatus::Draft;
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_partyA, m_partyB, m_start, m_end})
        w->setEnabled(draft);
    m_amount->setEnabled(draft && m_shown.lines.isEmpty());
    m_signDate->setEnabled(draft || m_contract.status == ContractStatus::InApproval);
    for (QPushButton *b : m_planButtons)
        b->setEnabled(draft);
    showPlan();
    showRecords();
    m_attachments->setContract(m_contract);
    updateActions();
}

void ContractEditor::showAttachment(const QString &attachmentId)
{
    m_tabs->setCurrentWidget(m_attachments);
    m_attachments->select(attachmentId);
}

void ContractEditor::setAttachmentFetcher(AttachmentFetcher *fetcher)
{
    m_attachments->setFetcher(fetcher);
}

bool ContractEditor::recordsAllowed() const
{
    const ContractStatus s = m_contract.status;
    return !m_contract.meta.id.isNull() && s != ContractStatus::Draft && s != ContractStatus::InApproval;
}

void ContractEditor::showRecords()
{
    const QLocale locale;
    const bool allowed = recordsAllowed();
    const QString contractId = m_contract.meta.id.toString();
    const QList<InvoiceRecord> invoices = m_contract.meta.id.isNull() ? QList<InvoiceRecord>() : m_service.invoices(contractId);
    m_invoices->setRowCount(int(invoices.size()));
    for (int r = 0; r < invoices.size(); ++r) {
        const InvoiceRecord &i = invoices[r];
        m_invoices->setItem(r, InvoiceIssued, textItem(i.issuedOn));
        m_invoices->setItem(r, InvoiceNumber, textItem(i.number));
        m_invoices->setItem(r, InvoiceKindColumn, textItem(enumLabel(i.kind)));
        m_invoices->setItem(r, InvoiceAmount, textItem(Money::fromFen(i.amount.fen(), m_contract.currency).format(locale), true));
        m_invoices->setItem(r, InvoiceTax, textItem(Money::fromFen(i.tax.fen(), m_contract.currency).format(locale), true));
        m_invoices->setItem(r, InvoiceNote, textItem(i.note));
    }
    if (!allowed) {
        m_invoicing->setText(tr("Invoices are recorded once the contract is signed (approved)."));
    } else {
        const ContractService::InvoicingState s = m_service.invoicing(m_contract);
        m_invoicing->setText(s.left.isNegative()
                                 ? tr("Invoiced %1 — %2 more than the contract amount %3.")
                                       .arg(s.invoiced.format(locale), (-s.left).format(locale), m_contract.amount.format(locale))
                                 : tr("Invoiced %1 of the contract amount %2; %3 left to invoice.")
                                       .arg(s.invoiced.format(locale), m_contract.amount.format(locale), s.left.format(locale)));
    }
    const QList<DeliveryRecord> deliveries = m_contract.meta.id.isNull() ? QList<DeliveryRecord>() : m_service.deliveries(contractId);
    m_deliveries->setRowCount(int(deliveries.size()));
    for (int r = 0; r < deliveries.size(); ++r) {
        const DeliveryRecord &d = deliveries[r];
        m_deliveries->setItem(r, DeliveryDate, textItem(d.deliveredOn));
        m_deliveries->setItem(r, DeliveryGoods, textItem(d.description));
        m_deliveries->setItem(r, DeliveryCarrier, textItem(d.carrier));
        m_deliveries->setItem(r, DeliveryTracking, textItem(d.trackingNumber));
        m_deliveries->setItem(r, DeliveryReceiver, textItem(d.receiver));
        m_deliveries->setItem(r, DeliveryNote, textItem(d.note));
    }
    if (!allowed)
        m_deliverySummary->setText(tr("Deliveries are recorded once the contract is signed (approved)."));
    else if (deliveries.isEmpty())
        m_deliverySummary->setText(tr("No deliveries recorded yet."));
    else
        m_deliverySummary->setText(tr("Deliveries recorded: %1, the latest on %2.").arg(deliveries.size()).arg(deliveries.last().deliveredOn));
}

void ContractEditor::updateActions()
{
    const bool saved = !m_contract.meta.id.isNull();
    const ContractStatus s = m_contract.status;
    m_save->setEnabled(isModified() || !saved);
    m_submit->setEnabled(s == ContractStatus::Draft);
    m_approve->setEnabled(s == ContractStatus::InApproval);
    m_return->setEnabled(s == ContractStatus::InApproval);
    m_execute->setEnabled(s == ContractStatus::Signed);
    m_complete->setEnabled(s == ContractStatus::Executing);
    m_terminate->setEnabled(s == ContractStatus::Signed || s == ContractStatus::Executing);
    const QString unsigned_ = recordsAllowed() ? QString() : tr("Available once the contract is signed.");
    for (QPushButton *b : {m_pay, m_addInvoice, m_addDelivery}) {
        b->setEnabled(recordsAllowed() && (b != m_pay || !m_contract.paymentPlan.isEmpty()));
        b->setToolTip(unsigned_);
    }
    m_pdf->setEnabled(saved);
    m_print->setEnabled(saved);
}

bool ContractEditor::isModified() const
{
    return !m_undo->isClean();
}

bool ContractEditor::save()
{
    Contract c = state();
    try {
        const ValidationErrors errors = m_service.save(c);
        if (errors) {
            m_status->setText(tr("Not saved: %1").arg(errors.errors().first().message));
            return false;
        }
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    m_contract = c;
    load(c);
    m_status->setText(tr("Saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    emit saved(m_contract.meta.id.toString());
    return true;
}

bool ContractEditor::changeStatus(ContractStatus to)
{
    if ((isModified() || m_contract.meta.id.isNull()) && !save())
        return false;
    Contract c = m_contract;
    c.signDate = m_signDate->text().trimmed();
    const QString refusal = m_service.refusalFor(c, to);
    if (!refusal.isEmpty()) {
        m_status->setText(refusal);
        return false;
    }
    try {
        m_service.changeStatus(c, to);
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    if (const auto reloaded = m_service.load(c.meta.id.toString()))
        load(*reloaded);
    m_status->setText(tr("The contract is now “%1”.").arg(enumLabel(to)));
    emit saved(m_contract.meta.id.toString());
    return true;
}

bool ContractEditor::recordPayment(int planRow, const QString &paidOn, const QString &amount, const QString &reference)
{
    if (planRow < 0 || planRow >= m_contract.paymentPlan.size())
        return false;
    PaymentRecord p;
    p.planId = m_contract.paymentPlan[planRow].meta.id;
    p.paidOn = paidOn;
    const auto money = Money::parse(amount.trimmed(), m_contract.currency);
    if (!money) {
        m_status->setText(tr("The amount is a sum like 36000.00."));
        return false;
    }
    p.amount = *money;
    p.method = PaymentMethod::Bank;
    p.reference = reference;
    try {
        const ValidationErrors errors = m_service.addPayment(m_contract, p);
        if (errors) {
            m_status->setText(tr("Not saved: %1").arg(errors.errors().first().message));
            return false;
        }
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    showPlan();
    m_status->setText(tr("Payment of %1 recorded.").arg(p.amount.format(QLocale())));
    emit saved(m_contract.meta.id.toString());
    return true;
}

namespace {

// The store's refusal as an error the dialogs show (it has no field of theirs).
template<typename Record, typename Add>
ValidationErrors saveRecord(Record &record, Add add)
{
    try {
        return add(record);
    } catch (const SchemaError &e) {
        ValidationErrors errors;
        errors.add(u"store"_s, u"not_saved"_s, ContractEditor::tr("Not saved: %1").arg(e.message()));
        return errors;
    }
}

} // namespace

PaymentDialog *ContractEditor::openPaymentDialog()
{
    if (!recordsAllowed() || m_contract.paymentPlan.isEmpty()) {
        m_status->setText(tr("Payments are recorded once the contract is signed (approved)."));
        return nullptr;
    }
    QList<PaymentDialog::Instalment> instalments;
    const QList<ContractService::PlanState> states = m_service.planState(m_contract, today());
    for (qsizetype i = 0; i < states.size(); ++i) {
        const PaymentPlanLine &line = states[i].line;
        instalments.append({line.meta.id,
                            line.isBalance ? tr("%1 (balance), due %2").arg(i + 1).arg(line.dueDate)
                                           : tr("%1, due %2").arg(i + 1).arg(line.dueDate),
                            states[i].balance});
    }
    auto *dialog = new PaymentDialog(
        instalments, std::max(0, m_plan->currentRow()), m_contract.currency,
        [this](PaymentRecord &p) { return saveRecord(p, [this](PaymentRecord &r) { return m_service.addPayment(m_contract, r); }); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showPlan();
        m_status->setText(tr("Payment of %1 recorded.").arg(dialog->saved().amount.format(QLocale())));
        emit saved(m_contract.meta.id.toString());
    });
    dialog->open();
    return dialog;
}

InvoiceDialog *ContractEditor::openInvoiceDialog()
{
    if (!recordsAllowed()) {
        m_status->setText(tr("Invoices are recorded once the contract is signed (approved)."));
        return nullptr;
    }
    InvoiceRecord suggested;
    suggested.customerId = m_contract.customerId;
    suggested.contractId = m_contract.meta.id;
    suggested.issuedOn = today();
    // What is left to invoice, with its share of the contract's VAT (exact to the fen).
    const ContractService::InvoicingState s = m_service.invoicing(m_contract);
    suggested.amount = Money::fromFen(0, m_contract.currency);
    suggested.tax = Money::fromFen(0, m_contract.currency);
    if (!s.left.isNegative() && !s.left.isZero() && !s.invoiced.isNegative()) {
        suggested.amount = s.left;
        suggested.tax = Money::fromFen(m_contract.tax.fen(), m_contract.currency).allocate({s.left.fen(), s.invoiced.fen()}).first();
    }
    auto *dialog = new InvoiceDialog(
        suggested, m_contract.currency,
        [this](InvoiceRecord &i) { return saveRecord(i, [this](InvoiceRecord &r) { return m_service.addInvoice(m_contract, r); }); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showRecords();
        m_tabs->setCurrentWidget(m_invoices->parentWidget());
        m_status->setText(tr("Invoice %1 recorded.").arg(dialog->saved().number));
        emit saved(m_contract.meta.id.toString());
    });
    dialog->open();
    return dialog;
}

DeliveryDialog *ContractEditor::openDeliveryDialog()
{
    if (!recordsAllowed()) {
        m_status->setText(tr("Deliveries are recorded once the contract is signed (approved)."));
        return nullptr;
    }
    DeliveryRecord suggested;
    suggested.customerId = m_contract.customerId;
    suggested.contractId = m_contract.meta.id;
    suggested.deliveredOn = today();
    auto *dialog = new DeliveryDialog(
        suggested,
        [this](DeliveryRecord &d) { return saveRecord(d, [this](DeliveryRecord &r) { return m_service.addDelivery(m_contract, r); }); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showRecords();
        m_tabs->setCurrentWidget(m_deliveries->parentWidget());
        m_status->setText(tr("Delivery on %1 recorded.").arg(dialog->saved().deliveredOn));
        emit saved(m_contract.meta.id.toString());
    });
    dialog->open();
    return dialog;
}

bool ContractEditor::exportPdf(const QString &path)
{
    QString error;
    if (!ContractPdf::write(m_service, m_contract, path, &error)) {
        m_status->setText(tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    m_status->setText(tr("PDF written to %1.").arg(path));
    return true;
}

void ContractEditor::printWithDialog()
{
    if (!CompanyData::confirmBeforeExport(this, m_service.replica()))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print contract %1").arg(m_contract.number));
    if (dialog.exec() == QDialog::Accepted)
        print(&printer);
}

void ContractEditor::print(QPrinter *printer)
{
    ContractPdf::print(m_service, m_contract, printer);
    m_status->setText(tr("Contract %1 sent to the printer.").arg(m_contract.number));
}

void ContractEditor::done(int result)
{
    // Escape, Close and the window's X all come here: unsaved changes are never dropped
    // without asking.
    if (result == QDialog::Rejected && !mayClose(this, isModified(), tr("Save the changes to this contract?"), [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
