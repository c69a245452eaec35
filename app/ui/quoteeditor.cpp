#include "core/dateformat.h"
#include "ui/linestableview.h"
#include "ui/quoteeditor.h"
#include "ui/statecommand.h"

#include "core/pricing.h"
#include "models/modelerror.h"
#include "models/outcomes.h"
#include "ui/companydata.h"
#include "ui/documentpdf.h"
#include "ui/historytab.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QCheckBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

QuoteEditor::QuoteEditor(QuoteService &service, const QString &quoteId, const QString &customerId,
                         const QString &opportunityId, QWidget *parent)
    : DocumentEditor(parent), m_service(service)
{
    build();
    connect(&m_service.outcomes(), &Outcomes::recorded, this, &QuoteEditor::followOutcome);
    std::optional<Quote> existing = quoteId.isEmpty() ? std::nullopt : m_service.load(quoteId);
    load(existing ? *existing : m_service.newQuote(customerId, opportunityId, QDate::currentDate().toString(Qt::ISODate)));
}

void QuoteEditor::build()
{
    resize(1100, 720);
    m_model = new QuoteLinesModel(this);
    m_title = new QLineEdit(this);
    m_taxMode = new QComboBox(this);
    m_taxMode->addItem(tr("Prices exclude VAT (不含税)"), u"exclusive"_s);
    m_taxMode->addItem(tr("Prices include VAT (含税)"), u"inclusive"_s);
    m_validUntil = new QDateEdit(this);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(DateFormat::DatePattern.toString());
    m_terms = new QPlainTextEdit(this);
    m_terms->setMaximumHeight(70);
    m_terms->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_title);
    auto *row = new QHBoxLayout;
    row->addWidget(m_taxMode);
    row->addSpacing(24);
    auto *validLabel = new QLabel(tr("&Valid until:"), this);
    validLabel->setBuddy(m_validUntil);
    row->addWidget(validLabel);
    row->addWidget(m_validUntil);
    row->addStretch(1);
    form->addRow(tr("&Prices:"), row);
    static_cast<QLabel *>(form->labelForField(row))->setBuddy(m_taxMode);

    m_view = new LinesTableView(m_model, LinesTableView::Mode::Editable, this);

    m_product = new QComboBox(this);
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->setMinimumContentsLength(30);
    m_product->lineEdit()->setPlaceholderText(tr("Product code or name…"));
    auto *addProduct = m_addProduct = new QPushButton(tr("Add &product"), this);
    auto *addFree = m_addFree = new QPushButton(tr("Add free &line"), this);
    auto *remove = m_removeLine = new QPushButton(tr("Re&move line"), this);
    auto *lineBar = new QHBoxLayout;
    lineBar->addWidget(m_product);
    lineBar->addWidget(addProduct);
    lineBar->addWidget(addFree);
    lineBar->addStretch(1);
    lineBar->addWidget(remove);

    m_words = new QLabel(this);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approval = new QLabel(this);
    m_approval->setWordWrap(true);

    m_save = new QPushButton(tr("&Save"), this);
    m_ask = new QPushButton(tr("Ask for &approval…"), this);
    m_withdraw = new QPushButton(tr("&Withdraw the request"), this);
    m_withdraw->setToolTip(tr("Withdraw the discount request to change the lines again"));
    m_send = new QPushButton(tr("Mark as s&ent"), this);
    m_accept = new QPushButton(tr("Customer a&ccepted"), this);
    m_reject = new QPushButton(tr("Customer &declined"), this);
    m_revise = new QPushButton(tr("New &revision"), this);
    m_pdf = new QPushButton(tr("E&xport PDF…"), this);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setToolTip(tr("Print the quote (Ctrl+P)"));
    m_contract = new QPushButton(tr("Make the con&tract…"), this);
    auto *undo = new QPushButton(tr("&Undo"), this);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    undo->setEnabled(false);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);

    auto *termsLabel = new QLabel(tr("&Terms:"), this);
    termsLabel->setBuddy(m_terms);
    QVBoxLayout *layout = body();
    layout->addLayout(form);
    // The lines, and the quote's 历史 beside them.
    auto *linesPage = new QWidget(this);
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addLayout(lineBar);
    linesLayout->addWidget(m_view, 1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(linesPage, tr("Lines"));
    tabs->addTab(new HistoryTab(m_service.replica(), u"quotes"_s, [this] { return documentId(); }, tabs), tr("History"));
    layout->addWidget(tabs, 1);
    layout->addWidget(totalsLabel());
    layout->addWidget(m_words);
    layout->addWidget(termsLabel);
    layout->addWidget(m_terms);
    layout->addWidget(m_approval);
    addFooter({m_save, m_ask, m_withdraw, m_send, m_accept, m_reject, m_revise, m_pdf, m_print, m_contract}, {undo});

    addShortcuts(m_print, [this] { printWithDialog(); });
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this, [this] { removeLine(m_view->currentIndex().row()); });

    m_products = m_service.products();
    for (const Product &p : m_products)
        m_product->addItem(u"%1  %2 %3"_s.arg(p.code, p.name, p.specification).trimmed());
    m_product->setCurrentIndex(-1);
    connectFields();
}

void QuoteEditor::connectFields()
{
    connect(m_model, &QuoteLinesModel::editRequested, this, [this](int r, int c, const QString &text) {
        const QString problem = QuoteLinesModel::checkCell(c, text);
        if (!problem.isEmpty()) {
            statusLabel()->setText(tr("Line %1: %2").arg(r + 1).arg(problem));
            return;
        }
        const Quote before = state();
        QuoteLinesModel probe;
        probe.setQuote(before);
        probe.applyEdit(r, c, text);
        Quote after = before;
        after.lines = probe.lines();
        if (after.lines == before.lines)
            return;
        push(before, after, tr("Edit line %1").arg(r + 1));
    });
    auto headerEdit = [this](const QString &text) {
        if (m_applying)
            return;
        Quote after = state();
        Quote before = after;
        before.title = m_shown.title;
        before.taxMode = m_shown.taxMode;
        before.validUntil = m_shown.validUntil;
        before.terms = m_shown.terms;
        if (before.title == after.title && before.taxMode == after.taxMode && before.validUntil == after.validUntil
            && before.terms == after.terms)
            return;
        push(before, after, text);
    };
    connect(m_title, &QLineEdit::editingFinished, this, [headerEdit, this] { headerEdit(tr("Edit subject")); });
    connect(m_taxMode, &QComboBox::currentIndexChanged, this, [headerEdit, this] { headerEdit(tr("Change prices with/without VAT")); });
    connect(m_validUntil, &QDateEdit::editingFinished, this, [headerEdit, this] { headerEdit(tr("Change validity")); });
    connect(m_terms, &QPlainTextEdit::textChanged, this, [headerEdit, this] {
        if (!m_terms->hasFocus())
            return;
        headerEdit(tr("Edit terms"));
    });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { updateActions(); });
    connect(m_addProduct, &QPushButton::clicked, this, [this] { addProductLine(m_product->currentIndex()); });
    connect(m_product->lineEdit(), &QLineEdit::returnPressed, this, [this] { addProductLine(m_product->currentIndex()); });
    connect(m_addFree, &QPushButton::clicked, this, &QuoteEditor::addFreeLine);
    connect(m_removeLine, &QPushButton::clicked, this, [this] { removeLine(m_view->currentIndex().row()); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ask, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Ask for approval"),
                                                              tr("Why this discount? (the manager sees it)"), {}, &ok);
        if (ok)
            requestApproval(reason);
    });
    connect(m_withdraw, &QPushButton::clicked, this, &QuoteEditor::withdrawApproval);
    connect(m_send, &QPushButton::clicked, this, &QuoteEditor::send);
    connect(m_accept, &QPushButton::clicked, this, [this] { changeStatus(QuoteStatus::Accepted); });
    connect(m_reject, &QPushButton::clicked, this, [this] { changeStatus(QuoteStatus::Rejected); });
    connect(m_revise, &QPushButton::clicked, this, &QuoteEditor::newRevision);
    connect(m_contract, &QPushButton::clicked, this, [this] { emit contractRequested(m_quote.meta.id.toString()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (!CompanyData::confirmBeforeExport(this, m_service.replica()))
            return;
        const QString path = askPdfPath(m_quote.number);
        if (path.isEmpty())
            return;
        const bool prices = QMessageBox::question(this, tr("Export PDF"), tr("Include prices? (No: the copy for the warehouse)"))
            == QMessageBox::Yes;
        exportPdf(path, prices);
    });
    connect(m_print, &QPushButton::clicked, this, &QuoteEditor::printWithDialog);
}

void QuoteEditor::push(const Quote &before, const Quote &after, const QString &text)
{
    m_undo->push(new StateCommand<QuoteEditor, Quote>(this, before, after, text));
}

void QuoteEditor::load(const Quote &quote)
{
    m_quote = quote;
    m_undo->clear();
    applyState(quote);
    m_undo->setClean();
    refresh();
}

Quote QuoteEditor::state() const
{
    Quote q = m_quote;
    q.title = m_title->text().trimmed();
    q.taxMode = m_taxMode->currentData().toString() == u"inclusive" ? TaxMode::Inclusive : TaxMode::Exclusive;
    q.validUntil = m_validUntil->date().toString(Qt::ISODate);
    q.terms = m_terms->toPlainText();
    q.lines = m_model->lines();
    return q;
}

void QuoteEditor::applyState(const Quote &s)
{
    m_applying = true;
    m_shown = s;
    if (m_title->text() != s.title)
        m_title->setText(s.title);
    m_taxMode->setCurrentIndex(s.taxMode == TaxMode::Inclusive ? 1 : 0);
    m_validUntil->setDate(QDate::fromString(s.validUntil, Qt::ISODate));
    if (m_terms->toPlainText() != s.terms)
        m_terms->setPlainText(s.terms);
    m_model->setQuote(s);
    m_applying = false;
    updateTotals();
}

void QuoteEditor::addProductLine(int productIndex)
{
    if (productIndex < 0 || productIndex >= m_products.size()) {
        statusLabel()->setText(tr("Choose a product from the list first."));
        return;
    }
    const Product &p = m_products[productIndex];
    const Quote before = state();
    Quote after = before;
    LineItem line;
    line.productId = p.meta.id;
    line.description = QString(p.name + u' ' + p.specification).trimmed();
    line.unit = p.unit;
    line.quantity = Decimal::fromInteger(1);
    line.unitPrice = p.listPrice;
    line.vatRatePercent = p.vatRatePercent;
    after.lines << line;
    push(before, after, tr("Add %1").arg(p.name));
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, QuoteLinesModel::Quantity));
    m_view->setFocus();
}

void QuoteEditor::addFreeLine()
{
    const Quote before = state();
    Quote after = before;
    LineItem line;
    line.description = tr("Service");
    line.quantity = Decimal::fromInteger(1);
    line.vatRatePercent = Decimal::fromInteger(6);
    after.lines << line;
    push(before, after, tr("Add a line"));
    m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, QuoteLinesModel::Description));
    m_view->setFocus();
}

void QuoteEditor::removeLine(int row)
{
    if (row < 0 || row >= m_model->rowCount() || m_quote.status != QuoteStatus::Draft)
        return;
    const Quote before = state();
    Quote after = before;
    after.lines.removeAt(row);
    push(before, after, tr("Remove line %1").arg(row + 1));
}

void QuoteEditor::updateTotals()
{
    Quote q = state();
    try {
        q.recalculate();
    } catch (const ArithmeticError &) {
        totalsLabel()->setText(tr("The amounts are too large."));
        m_words->clear();
        return;
    }
    const QLocale locale;
    QStringList byRate;
    for (const RateTotal &r : priceLineItems(q.lines, q.taxMode, q.currency).taxByRate)
        byRate << tr("%1 %: %2").arg(r.vatRatePercent.toString(), r.tax.format(locale));
    totalsLabel()->setText(tr("Net total <b>%1</b> &nbsp; VAT <b>%2</b>%3 &nbsp; Total incl. VAT <b style='font-size:large'>%4</b>")
                          .arg(q.net.format(locale), q.tax.format(locale),
                               byRate.size() > 1 ? u" ("_s + byRate.join(u", "_s) + u")"_s : QString(), q.gross.format(locale)));
    m_words->setText(tr("In words: %1").arg(inWords(q.gross)));
    m_model->headerDataChanged(Qt::Horizontal, QuoteLinesModel::UnitPrice, QuoteLinesModel::UnitPrice);
    updateActions();
}

void QuoteEditor::refresh()
{
    const QString customer = m_service.customerName(m_quote.customerId.toString());
    setHeader(u"%1 %2 V%3"_s.arg(tr("Quote"), m_quote.number).arg(m_quote.revision), customer, enumLabel(m_quote.status));
    setWindowTitle(tr("Quote %1 V%2 — %3").arg(m_quote.number).arg(m_quote.revision).arg(customer));
    const bool draft = m_quote.status == QuoteStatus::Draft;
    // A discount request waiting covers the lines, the totals and the tax mode (W2).
    const bool asked = draft && askedApproval().has_value();
    m_model->setEditable(draft && !asked);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_validUntil})
        w->setEnabled(draft);
    for (QWidget *w : std::initializer_list<QWidget *>{m_taxMode, m_product, m_addProduct, m_addFree, m_removeLine})
        w->setEnabled(draft && !asked);
    m_terms->setReadOnly(!draft);
    updateActions();
}

void QuoteEditor::updateActions()
{
    const Quote q = state();
    const bool draft = m_quote.status == QuoteStatus::Draft;
    const bool saved = !m_quote.meta.id.isNull();
    const bool modified = isModified();
    m_save->setEnabled(draft && (modified || !saved));
    const Decimal threshold = m_service.approvalThreshold();
    const bool needs = draft && q.needsApproval(threshold);
    const auto approval = saved ? m_service.latestApproval(m_quote.meta.id.toString()) : std::nullopt;
    const bool covered = approval && approval->status == ApprovalStatus::Approved && approval->discountPercent >= q.maxDiscount();
    const bool pending = approval && approval->status == ApprovalStatus::Pending;
    m_ask->setVisible(needs && !pending);
    m_ask->setEnabled(needs && !covered && !pending);
    m_withdraw->setVisible(draft && pending && approval->meta.createdBy.toString() == m_service.currentUserId());
    m_send->setEnabled(draft);
    m_accept->setEnabled(m_quote.status == QuoteStatus::Sent);
    m_reject->setEnabled(m_quote.status == QuoteStatus::Sent);
    m_revise->setEnabled(saved && !draft);
    m_pdf->setEnabled(saved);
    m_print->setEnabled(saved);
    m_contract->setEnabled(m_quote.status == QuoteStatus::Accepted);
    if (!needs) {
        m_approval->setText(draft && !q.lines.isEmpty() ? tr("Discounts up to %1 % need no approval.").arg(threshold.toString()) : QString());
    } else if (covered) {
        m_approval->setText(tr("✔ Approved by %1: a discount up to %2 %. %3")
                                .arg(m_service.userName(approval->decidedBy.toString()), approval->discountPercent.toString(),
                                     approval->comment.toHtmlEscaped()));
    } else if (pending) {
        m_approval->setText(tr("Waiting for a manager's approval of %1 % (asked %2); the lines stay as asked until it is decided or "
                               "withdrawn.")
                                .arg(approval->discountPercent.toString(), approval->meta.createdAt.left(10)));
    } else if (approval && approval->status == ApprovalStatus::Rejected) {
        m_approval->setText(tr("✘ Not approved: %1. Lower the discount or ask again.").arg(approval->comment.toHtmlEscaped()));
    } else {
        m_approval->setText(tr("A discount of %1 % is above %2 %: ask a manager for approval before sending.")
                                .arg(q.maxDiscount().toString(), threshold.toString()));
    }
    m_approval->setStyleSheet(needs && !covered ? u"color:#b45309"_s : QString());
}

bool QuoteEditor::save()
{
    Quote q = state();
    try {
        const ValidationErrors errors = m_service.save(q);
        if (errors) {
            const FieldError &e = errors.errors().first();
            QString where = e.field;
            if (e.field.startsWith(u"lines["))
                where = tr("line %1").arg(e.field.mid(6, e.field.indexOf(u']') - 6).toInt() + 1);
            statusLabel()->setText(tr("Not saved — %1: %2").arg(where, e.message));
            return false;
        }
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    const bool wasNew = m_quote.meta.id.isNull();
    m_quote = q;
    m_shown = q;
    m_undo->setClean();
    if (wasNew)
        m_undo->clear();
    refresh();
    statusLabel()->setText(tr("Saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    emit saved(m_quote.meta.id.toString());
    return true;
}

bool QuoteEditor::changeStatus(QuoteStatus to)
{
    // What the server would refuse is refused here, before anything is saved: the quote as
    // shown, with the lines typed.
    Quote shown = state();
    for (qsizetype i = 0; i < shown.lines.size(); ++i)
        shown.lines[i].lineNo = int(i + 1);
    try {
        shown.recalculate();
    } catch (const ArithmeticError &) {
        m_refusalCode = u"overflow"_s;
        statusLabel()->setText(tr("The amounts are too large."));
        return false;
    }
    const QString before = m_service.refusalFor(shown, to, &m_refusalCode);
    if (!before.isEmpty()) {
        statusLabel()->setText(before);
        return false;
    }
    if (isModified() || m_quote.meta.id.isNull()) {
        if (!save())
            return false;
    }
    const QString refusal = m_service.refusalFor(m_quote, to, &m_refusalCode);
    if (!refusal.isEmpty()) {
        statusLabel()->setText(refusal);
        return false;
    }
    try {
        m_service.changeStatus(m_quote, to);
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    refresh();
    statusLabel()->setText(tr("The quote is now “%1”.").arg(enumLabel(to)));
    emit saved(m_quote.meta.id.toString());
    return true;
}

void QuoteEditor::send()
{
    if (changeStatus(QuoteStatus::Sent) || m_refusalCode != u"approval_required" || !m_ask->isEnabled())
        return;
    // The server would refuse it: offer what it accepts instead — the manager's approval.
    if (QMessageBox::question(this, tr("Approval needed"),
                              statusLabel()->text() + u"\n\n"_s + tr("Save the quote and ask your manager for approval now?"))
        == QMessageBox::Yes)
        m_ask->click();
}

DocumentEditor::Texts QuoteEditor::texts() const
{
    return {tr("The server did not accept your change to this quote: %1"),
            tr("Someone else changed this quote at the same time: %1"),
            tr("The quote changed on the server"),
            tr("You have unsaved changes. Discard them and show the quote as it is stored?"),
            tr("Your unsaved changes are kept; the server may refuse them again."),
            tr("Save the changes to this quote?")};
}

bool QuoteEditor::isOwnRecord(const QString &table, const QString &recordId)
{
    const QString id = m_quote.meta.id.toString();
    bool ours = table == u"quotes" && recordId == id;
    if (table == u"quote_lines")
        for (const LineItem &line : std::as_const(m_quote.lines))
            ours = ours || line.meta.id.toString() == recordId;
    if (table == u"approvals") {
        const auto approval = m_service.approval(recordId);
        ours = approval && approval->recordId.toString() == id;
        updateActions(); // a refused request is gone
    }
    return ours;
}

bool QuoteEditor::reloadStored()
{
    const std::optional<Quote> stored = m_service.load(m_quote.meta.id.toString());
    if (stored)
        load(*stored);
    return stored.has_value();
}

QString QuoteEditor::reloadedText(bool stored) const
{
    return stored ? tr("The quote shows what is stored now.") : tr("The quote is no longer stored.");
}

bool QuoteEditor::requestApproval(const QString &reason)
{
    if ((isModified() || m_quote.meta.id.isNull()) && !save())
        return false;
    try {
        m_service.requestApproval(m_quote, reason);
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    refresh(); // the lines stay as asked now
    statusLabel()->setText(tr("Approval asked for. Your manager sees it after the next sync."));
    return true;
}

std::optional<Approval> QuoteEditor::askedApproval()
{
    if (m_quote.meta.id.isNull())
        return std::nullopt;
    try {
        const auto approval = m_service.latestApproval(m_quote.meta.id.toString());
        if (approval && approval->status == ApprovalStatus::Pending)
            return approval;
    } catch (const ModelError &) {
    }
    return std::nullopt;
}

bool QuoteEditor::withdrawApproval()
{
    const std::optional<Approval> asked = askedApproval();
    if (!asked)
        return false;
    QString refusal;
    try {
        refusal = m_service.withdrawApproval(*asked);
    } catch (const ModelError &e) {
        refusal = tr("Not saved: %1").arg(e.message());
    }
    if (!refusal.isEmpty()) {
        statusLabel()->setText(refusal);
        return false;
    }
    refresh();
    statusLabel()->setText(tr("The request is withdrawn: the lines can be changed again."));
    return true;
}

void QuoteEditor::newRevision()
{
    try {
        const Quote revision = m_service.newRevision(m_quote);
        load(revision);
        statusLabel()->setText(tr("Revision V%1 made from V%2; edit and send it.").arg(revision.revision).arg(revision.revision - 1));
        emit saved(m_quote.meta.id.toString());
    } catch (const ModelError &e) {
        statusLabel()->setText(tr("Not saved: %1").arg(e.message()));
    }
}

bool QuoteEditor::exportPdf(const QString &path, bool withPrices)
{
    QString error;
    const bool written = QuotePdf::write(m_service, m_quote, withPrices, path, &error);
    return reportPdf(written, path, error);
}

void QuoteEditor::printWithDialog()
{
    if (!CompanyData::confirmBeforeExport(this, m_service.replica()))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print quote %1").arg(m_quote.number));
    auto *noPrices = new QCheckBox(tr("Without &prices (the copy for the warehouse)"), &dialog);
    dialog.setOptionTabs({noPrices});
    if (dialog.exec() != QDialog::Accepted)
        return;
    print(&printer, !noPrices->isChecked());
}

void QuoteEditor::print(QPrinter *printer, bool withPrices)
{
    QuotePdf::print(m_service, m_quote, withPrices, printer);
    statusLabel()->setText(tr("Quote %1 sent to the printer.").arg(m_quote.number));
}

} // namespace Huike
