#include "quoteeditor.h"
#include "dateformat.h"
#include "shortcutkeys.h"

#include "chineseamount.h"
#include "pricing.h"
#include "companydata.h"
#include "documentpdf.h"
#include "outcomefeed.h"
#include "outcometext.h"
#include "schemaerror.h"
#include "unsavedchanges.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
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
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Text for a Decimal cell: no trailing zeros beyond what was typed ("2", "12.5").
QString decimalText(Decimal d)
{
    return d.toString();
}

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

// One undoable step: the editor's whole state before and after.
class StateCommand : public QUndoCommand
{
public:
    StateCommand(QuoteEditor *editor, Quote before, Quote after, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_editor->applyState(m_before); }
    void redo() override { m_editor->applyState(m_after); }

private:
    QuoteEditor *m_editor;
    Quote m_before, m_after;
};

} // namespace

// ---- QuoteLinesModel -------------------------------------------------------------------

QuoteLinesModel::QuoteLinesModel(QObject *parent) : QAbstractTableModel(parent) { }

void QuoteLinesModel::setQuote(const Quote &quote)
{
    beginResetModel();
    m_lines = quote.lines;
    m_mode = quote.taxMode;
    m_currency = quote.currency;
    for (LineItem &l : m_lines)
        compute(l);
    endResetModel();
}

void QuoteLinesModel::setTaxMode(TaxMode mode)
{
    m_mode = mode;
    for (LineItem &l : m_lines)
        compute(l);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, Net), index(rowCount() - 1, Gross));
}

void QuoteLinesModel::compute(LineItem &line) const
{
    try {
        const LineAmounts a = Pricing::computeLine(line.priceLine(), m_mode, m_currency);
        line.net = a.net;
        line.tax = a.tax;
        line.gross = a.gross;
    } catch (const ArithmeticError &) {
        line.net = line.tax = line.gross = Money::fromFen(0, m_currency);
    }
}

int QuoteLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LineItem &l = m_lines[index.row()];
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Discount && !l.discountPercent.isZero())
        return tr("Discount on the list price, in percent");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Description: return l.description;
    case Unit: return l.unit;
    case Quantity: return decimalText(l.quantity);
    case UnitPrice: return decimalText(l.unitPrice);
    case Discount: return role == Qt::EditRole ? decimalText(l.discountPercent) : decimalText(l.discountPercent) + u" %"_s;
    case VatRate: return role == Qt::EditRole ? decimalText(l.vatRatePercent) : decimalText(l.vatRatePercent) + u" %"_s;
    case Net: return l.net.format(locale);
    case Tax: return l.tax.format(locale);
    case Gross: return l.gross.format(locale);
    }
    return {};
}

QVariant QuoteLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Description: return tr("Product / description");
    case Unit: return tr("Unit");
    case Quantity: return tr("Quantity");
    case UnitPrice: return m_mode == TaxMode::Inclusive ? tr("Unit price (incl. VAT)") : tr("Unit price (excl. VAT)");
    case Discount: return tr("Discount");
    case VatRate: return tr("VAT rate");
    case Net: return tr("Net");
    case Tax: return tr("VAT");
    case Gross: return tr("Total");
    }
    return {};
}

Qt::ItemFlags QuoteLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.column() < Net)
        f |= Qt::ItemIsEditable;
    return f;
}

QString QuoteLinesModel::checkCell(int column, const QString &text)
{
    const QString t = text.trimmed();
    switch (column) {
    case Description:
        return t.isEmpty() ? tr("Describe the line.") : QString();
    case Quantity: {
        const auto d = Decimal::parse(t);
        return !d || d->isNegative() || d->isZero() ? tr("The quantity is a number above zero, e.g. 2 or 1.5.") : QString();
    }
    case UnitPrice: {
        const auto d = Decimal::parse(QString(t).remove(u',').remove(u'¥').remove(u'￥'));
        return !d || d->isNegative() ? tr("The unit price is an amount, e.g. 38500 or 1250.50.") : QString();
    }
    case Discount: {
        const auto d = Decimal::parse(QString(t).remove(u'%').trimmed());
        return !d || d->isNegative() || *d > Decimal::fromInteger(100) ? tr("The discount is between 0 and 100 %.") : QString();
    }
    case VatRate: {
        const auto d = Decimal::parse(QString(t).remove(u'%').trimmed());
        return !d || !Pricing::isStandardVatRate(*d) ? tr("Use a VAT rate in force: 13, 9, 6, 5, 3, 1 or 0 %.") : QString();
    }
    }
    return {};
}

bool QuoteLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    emit editRequested(index.row(), index.column(), value.toString());
    return true;
}

bool QuoteLinesModel::applyEdit(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_lines.size() || !checkCell(column, text).isEmpty())
        return false;
    LineItem &l = m_lines[row];
    const QString t = text.trimmed();
    switch (column) {
    case Description: l.description = t; break;
    case Unit: l.unit = t; break;
    case Quantity: l.quantity = *Decimal::parse(t); break;
    case UnitPrice: l.unitPrice = *Decimal::parse(QString(t).remove(u',').remove(u'¥').remove(u'￥')); break;
    case Discount: l.discountPercent = *Decimal::parse(QString(t).remove(u'%').trimmed()); break;
    case VatRate: l.vatRatePercent = *Decimal::parse(QString(t).remove(u'%').trimmed()); break;
    default: return false;
    }
    compute(l);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

// ---- QuoteEditor -----------------------------------------------------------------------

QuoteEditor::QuoteEditor(QuoteService &service, const QString &quoteId, const QString &customerId,
                         const QString &opportunityId, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    build();
    connect(&m_service.outcomes(), &OutcomeFeed::recorded, this, &QuoteEditor::followOutcome);
    std::optional<Quote> existing = quoteId.isEmpty() ? std::nullopt : m_service.load(quoteId);
    load(existing ? *existing : m_service.newQuote(customerId, opportunityId, QDate::currentDate().toString(Qt::ISODate)));
}

QuoteEditor::~QuoteEditor()
{
    // The children outlive this object's members: ~QDialog hides the window afterwards,
    // which moves the focus out of a line edit (editingFinished), and the undo stack and
    // the model are destroyed later — none of them may call back into a half-destroyed
    // editor.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void QuoteEditor::build()
{
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1100, 720);
    m_undo = new QUndoStack(this);
    m_model = new QuoteLinesModel(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
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

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(QuoteLinesModel::VatRate, new VatDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QuoteLinesModel::Description, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->setAlternatingRowColors(true);

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

    m_totals = new QLabel(this);
    m_totals->setTextFormat(Qt::RichText);
    m_words = new QLabel(this);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_approval = new QLabel(this);
    m_approval->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_save = new QPushButton(tr("&Save"), this);
    m_ask = new QPushButton(tr("Ask for &approval…"), this);
    m_send = new QPushButton(tr("Mark as s&ent"), this);
    m_accept = new QPushButton(tr("Customer a&ccepted"), this);
    m_reject = new QPushButton(tr("Customer &declined"), this);
    m_revise = new QPushButton(tr("New &revision"), this);
    m_pdf = new QPushButton(tr("E&xport PDF…"), this);
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setToolTip(tr("Print the quote (Ctrl+P)"));
    m_contract = new QPushButton(tr("Make the con&tract…"), this);
    auto *undo = new QPushButton(tr("&Undo"), this);
    auto *close = new QPushButton(tr("Close"), this);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    undo->setEnabled(false);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_ask, m_send, m_accept, m_reject, m_revise, m_pdf, m_print, m_contract})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(undo);
    buttons->addWidget(close);

    auto *termsLabel = new QLabel(tr("&Terms:"), this);
    termsLabel->setBuddy(m_terms);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addLayout(lineBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_words);
    layout->addWidget(termsLabel);
    layout->addWidget(m_terms);
    layout->addWidget(m_approval);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    new QShortcut(QKeySequence::Save, this, [this] { save(); });
    new QShortcut(QKeySequence::Undo, this, m_undo, &QUndoStack::undo);
    auto *redoKey = new QShortcut(this);
    redoKey->setKeys(redoKeys());
    connect(redoKey, &QShortcut::activated, m_undo, &QUndoStack::redo);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), this, [this] { removeLine(m_view->currentIndex().row()); });

    connect(m_model, &QuoteLinesModel::editRequested, this, [this](int r, int c, const QString &text) {
        const QString problem = QuoteLinesModel::checkCell(c, text);
        if (!problem.isEmpty()) {
            m_status->setText(tr("Line %1: %2").arg(r + 1).arg(problem));
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
        m_undo->push(new StateCommand(this, before, after, tr("Edit line %1").arg(r + 1)));
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
        m_undo->push(new StateCommand(this, before, after, text));
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
    connect(addProduct, &QPushButton::clicked, this, [this] { addProductLine(m_product->currentIndex()); });
    connect(m_product->lineEdit(), &QLineEdit::returnPressed, this, [this] { addProductLine(m_product->currentIndex()); });
    connect(addFree, &QPushButton::clicked, this, &QuoteEditor::addFreeLine);
    connect(remove, &QPushButton::clicked, this, [this] { removeLine(m_view->currentIndex().row()); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ask, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Ask for approval"),
                                                              tr("Why this discount? (the manager sees it)"), {}, &ok);
        if (ok)
            requestApproval(reason);
    });
    connect(m_send, &QPushButton::clicked, this, &QuoteEditor::send);
    connect(m_accept, &QPushButton::clicked, this, [this] { changeStatus(QuoteStatus::Accepted); });
    connect(m_reject, &QPushButton::clicked, this, [this] { changeStatus(QuoteStatus::Rejected); });
    connect(m_revise, &QPushButton::clicked, this, &QuoteEditor::newRevision);
    connect(m_contract, &QPushButton::clicked, this, [this] { emit contractRequested(m_quote.meta.id.toString()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (!CompanyData::confirmBeforeExport(this, m_service.replica()))
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), m_quote.number + u".pdf"_s, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        const bool prices = QMessageBox::question(this, tr("Export PDF"), tr("Include prices? (No: the copy for the warehouse)"))
            == QMessageBox::Yes;
        exportPdf(path, prices);
    });
    connect(m_print, &QPushButton::clicked, this, &QuoteEditor::printWithDialog);
    new QShortcut(QKeySequence::Print, this, [this] {
        if (m_print->isEnabled())
            printWithDialog();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    m_products = m_service.products();
    for (const Product &p : m_products)
        m_product->addItem(u"%1  %2 %3"_s.arg(p.code, p.name, p.specification).trimmed());
    m_product->setCurrentIndex(-1);
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
        m_status->setText(tr("Choose a product from the list first."));
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
    m_undo->push(new StateCommand(this, before, after, tr("Add %1").arg(p.name)));
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
    m_undo->push(new StateCommand(this, before, after, tr("Add a line")));
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
    m_undo->push(new StateCommand(this, before, after, tr("Remove line %1").arg(row + 1)));
}

void QuoteEditor::updateTotals()
{
    Quote q = state();
    try {
        q.recalculate();
    } catch (const ArithmeticError &) {
        m_totals->setText(tr("The amounts are too large."));
        m_words->clear();
        return;
    }
    const QLocale locale;
    QStringList byRate;
    const QList<PriceLine> lines = [&] { QList<PriceLine> l; for (const LineItem &i : q.lines) l << i.priceLine(); return l; }();
    for (const RateTotal &r : Pricing::compute(lines, q.taxMode, q.currency).taxByRate)
        byRate << tr("%1 %: %2").arg(r.vatRatePercent.toString(), r.tax.format(locale));
    m_totals->setText(tr("Net total <b>%1</b> &nbsp; VAT <b>%2</b>%3 &nbsp; Total incl. VAT <b style='font-size:large'>%4</b>")
                          .arg(q.net.format(locale), q.tax.format(locale),
                               byRate.size() > 1 ? u" ("_s + byRate.join(u", "_s) + u")"_s : QString(), q.gross.format(locale)));
    m_words->setText(tr("In words: %1").arg(u"人民币"_s + ChineseAmount::fromMoney(q.gross)));
    m_model->headerDataChanged(Qt::Horizontal, QuoteLinesModel::UnitPrice, QuoteLinesModel::UnitPrice);
    updateActions();
}

void QuoteEditor::refresh()
{
    const QString customer = m_service.customerName(m_quote.customerId.toString());
    m_header->setText(u"<span style='font-size:large; font-weight:bold'>%1 %2 V%3</span> &nbsp; %4 &nbsp; <b>%5</b>"_s
                          .arg(tr("Quote"), m_quote.number.toHtmlEscaped())
                          .arg(m_quote.revision)
                          .arg(customer.toHtmlEscaped(), enumLabel(m_quote.status)));
    setWindowTitle(tr("Quote %1 V%2 — %3").arg(m_quote.number).arg(m_quote.revision).arg(customer));
    const bool draft = m_quote.status == QuoteStatus::Draft;
    m_model->setEditable(draft);
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_taxMode, m_validUntil, m_product, m_addProduct, m_addFree, m_removeLine})
        w->setEnabled(draft);
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
    m_ask->setVisible(needs);
    m_ask->setEnabled(needs && !covered && !pending);
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
        m_approval->setText(tr("⏳ Waiting for a manager's approval of %1 % (asked %2). It goes to the server at the next sync.")
                                .arg(approval->discountPercent.toString(), approval->meta.createdAt.left(10)));
    } else if (approval && approval->status == ApprovalStatus::Rejected) {
        m_approval->setText(tr("✘ Not approved: %1. Lower the discount or ask again.").arg(approval->comment.toHtmlEscaped()));
    } else {
        m_approval->setText(tr("A discount of %1 % is above %2 %: ask a manager for approval before sending.")
                                .arg(q.maxDiscount().toString(), threshold.toString()));
    }
    m_approval->setStyleSheet(needs && !covered ? u"color:#b45309"_s : QString());
}

bool QuoteEditor::isModified() const
{
    return !m_undo->isClean();
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
            m_status->setText(tr("Not saved — %1: %2").arg(where, e.message));
            return false;
        }
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    const bool wasNew = m_quote.meta.id.isNull();
    m_quote = q;
    m_shown = q;
    m_undo->setClean();
    if (wasNew)
        m_undo->clear();
    refresh();
    m_status->setText(tr("Saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
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
        m_status->setText(tr("The amounts are too large."));
        return false;
    }
    const QString before = m_service.refusalFor(shown, to, &m_refusalCode);
    if (!before.isEmpty()) {
        m_status->setText(before);
        return false;
    }
    if (isModified() || m_quote.meta.id.isNull()) {
        if (!save())
            return false;
    }
    const QString refusal = m_service.refusalFor(m_quote, to, &m_refusalCode);
    if (!refusal.isEmpty()) {
        m_status->setText(refusal);
        return false;
    }
    try {
        m_service.changeStatus(m_quote, to);
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    refresh();
    m_status->setText(tr("The quote is now “%1”.").arg(enumLabel(to)));
    emit saved(m_quote.meta.id.toString());
    return true;
}

void QuoteEditor::send()
{
    if (changeStatus(QuoteStatus::Sent) || m_refusalCode != u"approval_required" || !m_ask->isEnabled())
        return;
    // The server would refuse it: offer what it accepts instead — the manager's approval.
    if (QMessageBox::question(this, tr("Approval needed"),
                              m_status->text() + u"\n\n"_s + tr("Save the quote and ask your manager for approval now?"))
        == QMessageBox::Yes)
        m_ask->click();
}

void QuoteEditor::followOutcome(const QString &table, const QString &recordId, const QString &kind, const QString &code)
{
    const QString id = m_quote.meta.id.toString();
    if (id.isEmpty())
        return;
    bool ours = table == u"quotes" && recordId == id;
    if (table == u"quote_lines")
        for (const LineItem &line : std::as_const(m_quote.lines))
            ours = ours || line.meta.id.toString() == recordId;
    if (table == u"approvals") {
        const auto approval = m_service.approval(recordId);
        ours = approval && approval->recordId.toString() == id;
        updateActions(); // a refused request is gone
    }
    if (!ours)
        return;
    const QString what = kind == u"rejection" ? tr("The server did not accept your change to this quote: %1").arg(OutcomeText::reason(code))
                                              : tr("Someone else changed this quote at the same time: %1").arg(OutcomeText::reason(code));
    followServerOutcome(this, isModified(), what, tr("The quote changed on the server"),
                        tr("You have unsaved changes. Discard them and show the quote as it is stored?"),
                        tr("Your unsaved changes are kept; the server may refuse them again."), m_status,
                        [this](const QString &said) { reloadStored(said); });
}

void QuoteEditor::reloadStored(const QString &what)
{
    const std::optional<Quote> stored = m_service.load(m_quote.meta.id.toString());
    if (!stored) {
        m_status->setText(what + u' ' + tr("The quote is no longer stored."));
        return;
    }
    load(*stored);
    m_status->setText(what + u' ' + tr("The quote shows what is stored now."));
}

bool QuoteEditor::requestApproval(const QString &reason)
{
    if ((isModified() || m_quote.meta.id.isNull()) && !save())
        return false;
    try {
        m_service.requestApproval(m_quote, reason);
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    updateActions();
    m_status->setText(tr("Approval asked for. Your manager sees it after the next sync."));
    return true;
}

void QuoteEditor::newRevision()
{
    try {
        const Quote revision = m_service.newRevision(m_quote);
        load(revision);
        m_status->setText(tr("Revision V%1 made from V%2; edit and send it.").arg(revision.revision).arg(revision.revision - 1));
        emit saved(m_quote.meta.id.toString());
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
    }
}

bool QuoteEditor::exportPdf(const QString &path, bool withPrices)
{
    QString error;
    if (!QuotePdf::write(m_service, m_quote, withPrices, path, &error)) {
        m_status->setText(tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    m_status->setText(tr("PDF written to %1.").arg(path));
    return true;
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
    m_status->setText(tr("Quote %1 sent to the printer.").arg(m_quote.number));
}

void QuoteEditor::done(int result)
{
    // Escape, Close and the window's X all come here: unsaved changes are never dropped
    // without asking.
    if (result == QDialog::Rejected && !mayClose(this, isModified(), tr("Save the changes to this quote?"), [this] { return save(); }))
        return;
    QDialog::done(result);
}

} // namespace Huike
