#include "core/dateformat.h"
#include "ui/contracteditor.h"
#include "ui/deliveriestab.h"
#include "ui/invoicestab.h"
#include "ui/linestableview.h"
#include "ui/paymentplantab.h"
#include "ui/paymentstab.h"
#include "ui/statecommand.h"

#include "core/approval.h"
#include "models/modelerror.h"
#include "models/outcomes.h"
#include "models/paymentplanmodel.h"
#include "models/quotelinesmodel.h"
#include "ui/attachmentspanel.h"
#include "ui/companydata.h"
#include "ui/deliverydialog.h"
#include "ui/documentpdf.h"
#include "ui/historytab.h"
#include "ui/invoicedialog.h"
#include "ui/paymentdialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QPrintDialog>
#include <QPrinter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {
QString today() { return QDate::currentDate().toString(Qt::ISODate); }
} // namespace

ContractEditor::ContractEditor(ContractService &service, const Contract &contract, QWidget *parent)
    : DocumentEditor(parent), m_service(service)
{
    build();
    load(contract);
    connect(&m_service.outcomes(), &Outcomes::recorded, this, &ContractEditor::followOutcome);
}

DocumentEditor::Texts ContractEditor::texts() const
{
    return {tr("The server did not accept your change to this contract: %1"),
            tr("Someone else changed this contract at the same time: %1"),
            tr("The contract changed on the server"),
            tr("You have unsaved changes. Discard them and show the contract as it is stored?"),
            tr("Your unsaved changes are kept; the server may refuse them again."),
            tr("Save the changes to this contract?")};
}

bool ContractEditor::isOwnRecord(const QString &table, const QString &recordId)
{
    const QString id = m_contract.meta.id.toString();
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
    return ours;
}

bool ContractEditor::reloadStored()
{
    const std::optional<Contract> stored = m_service.load(m_contract.meta.id.toString());
    if (stored)
        load(*stored);
    return stored.has_value();
}

QString ContractEditor::reloadedText(bool stored) const
{
    return stored ? tr("The contract shows what is stored now.") : tr("The contract is no longer stored.");
}

void ContractEditor::build()
{
    resize(1100, 760);
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

    buildTabs();

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

    QVBoxLayout *layout = body();
    layout->addLayout(form);
    layout->addWidget(totalsLabel());
    layout->addWidget(m_tabs, 1);
    addFooter({m_save, m_submit, m_approve, m_return, m_execute, m_complete, m_terminate, m_pay, m_pdf, m_print});
    addShortcuts(m_print, [this] { printWithDialog(); });
    connectFields();
}

void ContractEditor::buildTabs()
{
    // Made in the order of the tab chain: the lines, the plan, payments, invoices,
    // deliveries, then the tabs themselves and the attachments.
    m_linesModel = new QuoteLinesModel(this);
    m_linesModel->setEditable(false);
    auto *linesPage = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->addWidget(new LinesTableView(m_linesModel, LinesTableView::Mode::ReadOnly, linesPage), 1);
    m_plan = new PaymentPlanTab(this);
    m_payments = new PaymentsTab(this);
    m_invoices = new InvoicesTab(this);
    m_deliveries = new DeliveriesTab(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_plan, tr("Payment &plan (回款计划)"));
    m_tabs->addTab(linesPage, tr("&Lines"));
    m_tabs->addTab(m_payments, tr("Pa&yments received"));
    m_tabs->addTab(m_invoices, tr("I&nvoices (开票记录)"));
    m_tabs->addTab(m_deliveries, tr("D&eliveries (发货记录)"));
    m_attachments = new AttachmentsPanel(m_service, m_tabs);
    m_tabs->addTab(m_attachments, tr("Attac&hments (附件)"));
    m_tabs->addTab(new HistoryTab(m_service.replica(), u"contracts"_s, [this] { return documentId(); }, m_tabs), tr("History"));
}

void ContractEditor::connectFields()
{
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
    connect(m_plan->model(), &PaymentPlanModel::editRequested, this, [this](int row, int column, const QString &text) {
        if (m_applying)
            return;
        if (column == PaymentPlanModel::Amount)
            setPlanAmount(row, text);
        else if (column == PaymentPlanModel::Due)
            setPlanDueDate(row, text);
        else if (column == PaymentPlanModel::Note) {
            Contract after = state();
            if (row < after.paymentPlan.size() && after.paymentPlan[row].note != text) {
                after.paymentPlan[row].note = text;
                push(after, tr("Edit instalment %1").arg(row + 1));
            }
        }
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateActions(); });
    connect(m_plan, &PaymentPlanTab::addRequested, this, &ContractEditor::addInstalment);
    connect(m_plan, &PaymentPlanTab::removeRequested, this, &ContractEditor::removeInstalment);
    connect(m_plan, &PaymentPlanTab::splitRequested, this, [this](const QString &proportions) { splitPlan(proportions); });
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
    connect(m_invoices->addButton(), &QPushButton::clicked, this, [this] { openInvoiceDialog(); });
    connect(m_deliveries->addButton(), &QPushButton::clicked, this, [this] { openDeliveryDialog(); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (!CompanyData::confirmBeforeExport(this, m_service.replica()))
            return;
        const QString path = askPdfPath(m_contract.number);
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(m_print, &QPushButton::clicked, this, &ContractEditor::printWithDialog);
    connect(m_attachments, &AttachmentsPanel::changed, this, [this] { emit saved(m_contract.meta.id.toString()); });
}

QTableView *ContractEditor::planTable() const { return m_plan->table(); }
QLabel *ContractEditor::planSumLabel() const { return m_plan->sumLabel(); }
QTableWidget *ContractEditor::invoiceTable() const { return m_invoices->table(); }
QTableWidget *ContractEditor::deliveryTable() const { return m_deliveries->table(); }
QLabel *ContractEditor::invoicingLabel() const { return m_invoices->summaryLabel(); }
QLabel *ContractEditor::deliverySummaryLabel() const { return m_deliveries->summaryLabel(); }
QPushButton *ContractEditor::addInvoiceButton() const { return m_invoices->addButton(); }
QPushButton *ContractEditor::addDeliveryButton() const { return m_deliveries->addButton(); }

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
    m_linesModel->setLines(s.lines, s.taxMode, s.currency);
    const QLocale locale;
    // Net and VAT only when there is tax (not "VAT ¥0.00" for an amount typed in).
    totalsLabel()->setText(s.tax.isZero() ? tr("Contract amount <b style='font-size:large'>%1</b> — in words: %2")
                                                .arg(s.amount.format(locale), inWords(s.amount))
                                          : tr("Contract amount <b style='font-size:large'>%1</b> (net %2, VAT %3) — in words: %4")
                                                .arg(s.amount.format(locale), s.net.format(locale), s.tax.format(locale),
                                                     inWords(s.amount)));
    showPlan();
    m_applying = false;
    updateActions();
}

void ContractEditor::push(const Contract &after, const QString &text)
{
    m_undo->push(new StateCommand<ContractEditor, Contract>(this, m_shown, after, text));
}

void ContractEditor::showPlan()
{
    const bool wasApplying = m_applying;
    m_applying = true;
    QList<ContractService::PlanState> states;
    if (!m_contract.meta.id.isNull())
        states = m_service.planState(m_shown, today());
    m_plan->setPlan(m_shown.paymentPlan, states, m_shown.currency, m_contract.status == ContractStatus::Draft, m_shown.amount);
    m_payments->showPayments(m_contract, m_shown, m_service);
    m_applying = wasApplying;
}

void ContractEditor::apply(const PaymentPlanEdits::Edit &edit)
{
    if (edit.after) {
        push(*edit.after, edit.text);
    } else if (!edit.problem.isEmpty()) {
        statusLabel()->setText(edit.problem);
        showPlan(); // the cell shows the instalment as it is again
    }
}

void ContractEditor::setPlanAmount(int row, const QString &amount)
{
    apply(PaymentPlanEdits::setAmount(state(), row, amount));
}

void ContractEditor::setPlanDueDate(int row, const QString &date)
{
    apply(PaymentPlanEdits::setDueDate(state(), row, date));
}

void ContractEditor::addInstalment()
{
    apply(PaymentPlanEdits::addInstalment(state(), today()));
}

void ContractEditor::removeInstalment(int row)
{
    apply(PaymentPlanEdits::removeInstalment(state(), row));
}

bool ContractEditor::splitPlan(const QString &proportions, SplitRemainder remainder)
{
    qint64 total = 0;
    QList<qint64> weights = PaymentPlanEdits::proportions(proportions, &total);
    if (weights.isEmpty()) {
        statusLabel()->setText(tr("Give percentages separated by /, e.g. 30/60/10."));
        return false;
    }
    // Percentages that do not make 100: asked what they mean instead of rescaled silently.
    if (total != 100) {
        if (remainder == SplitRemainder::Ask)
            remainder = m_plan->askSplitRemainder(proportions, total);
        if (remainder == SplitRemainder::BalanceLine && total < 100)
            weights << 100 - total;
        else if (remainder != SplitRemainder::Scale) {
            statusLabel()->setText(tr("The payment plan was not changed."));
            return false;
        }
    }
    apply(PaymentPlanEdits::split(state(), weights, proportions));
    return true;
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
    const PaymentPlanEdits::Edit edit = PaymentPlanEdits::setContractAmount(state(), amount);
    if (edit.after)
        push(*edit.after, edit.text);
    else if (!edit.problem.isEmpty())
        statusLabel()->setText(edit.problem);
}

void ContractEditor::refresh()
{
    setHeader(tr("Contract") + u' ' + m_contract.number, m_service.customerName(m_contract.customerId.toString()),
              enumLabel(m_contract.status));
    setWindowTitle(tr("Contract %1").arg(m_contract.number));
    const bool draft = m_contract.status == ContractStatus::Draft;
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_partyA, m_partyB, m_start, m_end})
        w->setEnabled(draft);
    m_amount->setEnabled(draft && m_shown.lines.isEmpty());
    m_signDate->setEnabled(draft || m_contract.status == ContractStatus::InApproval);
    m_plan->setButtonsEnabled(draft);
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
    m_invoices->showRecords(m_contract, m_service, recordsAllowed());
    m_deliveries->showRecords(m_contract, m_service, recordsAllowed());
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
    for (QPushButton *b : {m_pay, m_invoices->addButton(), m_deliveries->addButton()}) {
        b->setEnabled(recordsAllowed() && (b != m_pay || !m_contract.paymentPlan.isEmpty()));
        b->setToolTip(unsigned_);
    }
    m_pdf->setEnabled(saved);
    m_print->setEnabled(saved);
}

bool ContractEditor::save()
{
    Contract c = state();
    try {
        const ValidationErrors errors = m_service.save(c);
        if (errors) {
            statusLabel()->setText(tr("Not saved: %1").arg(errors.errors().first().message));
            return false;
        }
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    m_contract = c;
    load(c);
    statusLabel()->setText(tr("Saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
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
        statusLabel()->setText(refusal);
        return false;
    }
    try {
        m_service.changeStatus(c, to);
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    if (const auto reloaded = m_service.load(c.meta.id.toString()))
        load(*reloaded);
    statusLabel()->setText(tr("The contract is now “%1”.").arg(enumLabel(to)));
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
        statusLabel()->setText(tr("The amount is a sum like 36000.00."));
        return false;
    }
    p.amount = *money;
    p.method = PaymentMethod::Bank;
    p.reference = reference;
    try {
        const ValidationErrors errors = m_service.addPayment(m_contract, p);
        if (errors) {
            statusLabel()->setText(tr("Not saved: %1").arg(errors.errors().first().message));
            return false;
        }
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    showPlan();
    statusLabel()->setText(tr("Payment of %1 recorded.").arg(p.amount.format(QLocale())));
    emit saved(m_contract.meta.id.toString());
    return true;
}

void ContractEditor::openRecordDialog(QDialog *dialog, const std::function<void()> &recorded)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, recorded] {
        recorded();
        emit saved(m_contract.meta.id.toString());
    });
    dialog->open();
}

PaymentDialog *ContractEditor::openPaymentDialog()
{
    if (!recordsAllowed() || m_contract.paymentPlan.isEmpty()) {
        statusLabel()->setText(tr("Payments are recorded once the contract is signed (approved)."));
        return nullptr;
    }
    auto *dialog = m_payments->newPaymentDialog(m_contract, m_service, today(), std::max(0, m_plan->currentRow()), this);
    openRecordDialog(dialog, [this, dialog] {
        showPlan();
        statusLabel()->setText(tr("Payment of %1 recorded.").arg(dialog->saved().amount.format(QLocale())));
    });
    return dialog;
}

InvoiceDialog *ContractEditor::openInvoiceDialog()
{
    if (!recordsAllowed()) {
        statusLabel()->setText(tr("Invoices are recorded once the contract is signed (approved)."));
        return nullptr;
    }
    auto *dialog = m_invoices->newInvoiceDialog(m_contract, m_service, today(), this);
    openRecordDialog(dialog, [this, dialog] {
        showRecords();
        m_tabs->setCurrentWidget(m_invoices);
        statusLabel()->setText(tr("Invoice %1 recorded.").arg(dialog->saved().number));
    });
    return dialog;
}

DeliveryDialog *ContractEditor::openDeliveryDialog()
{
    if (!recordsAllowed()) {
        statusLabel()->setText(tr("Deliveries are recorded once the contract is signed (approved)."));
        return nullptr;
    }
    auto *dialog = m_deliveries->newDeliveryDialog(m_contract, m_service, today(), this);
    openRecordDialog(dialog, [this, dialog] {
        showRecords();
        m_tabs->setCurrentWidget(m_deliveries);
        statusLabel()->setText(tr("Delivery on %1 recorded.").arg(dialog->saved().deliveredOn));
    });
    return dialog;
}

bool ContractEditor::exportPdf(const QString &path)
{
    QString error;
    const bool written = ContractPdf::write(m_service, m_contract, path, &error);
    return reportPdf(written, path, error);
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
    statusLabel()->setText(tr("Contract %1 sent to the printer.").arg(m_contract.number));
}

} // namespace Huike
