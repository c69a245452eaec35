#include "ui/documentlistpage.h"

#include "core/enums.h"
#include "models/contractservice.h"
#include "models/customerlistmodel.h"
#include "models/listexport.h"
#include "models/modelerror.h"
#include "models/quoteservice.h"
#include "models/services.h"
#include "ui/contracteditor.h"
#include "ui/listexportdialog.h"
#include "ui/quoteeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

// Down in a search box goes to the list below it.
class DownToList : public QObject
{
public:
    DownToList(QLineEdit *box, QTableView *list) : QObject(box), m_list(list) { box->installEventFilter(this); }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Down)
            return false;
        if (m_list->model()->rowCount() == 0)
            return false;
        m_list->setFocus();
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_list->model()->index(0, 0));
        return true;
    }

private:
    QTableView *m_list;
};

// Cells the model marks for attention (overdue, past validity) in red, bold when overdue.
class AttentionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(DocumentList::AttentionRole).toBool())
            return;
        option->palette.setColor(QPalette::Text, QColor(0xb9, 0x1c, 0x1c));
        if (index.data(DocumentList::OverdueRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

// ---- CustomerPicker ----------------------------------------------------------------------

CustomerPicker::CustomerPicker(Database &db, QWidget *parent)
    : QDialog(parent), m_model(std::make_unique<CustomerListModel>(db))
{
    setWindowTitle(tr("Choose a customer"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Name, short name, pinyin or phone"));
    m_search->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Customer:"), this);
    label->setBuddy(m_search);
    m_view = new QTableView(this);
    m_view->setModel(m_model.get());
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        m_view->setColumnHidden(c, c != CustomerListModel::Name && c != CustomerListModel::ShortName
                                       && c != CustomerListModel::Region && c != CustomerListModel::Owner);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name, QHeaderView::Stretch);
    m_view->setColumnWidth(CustomerListModel::ShortName, fontMetrics().horizontalAdvance(u"汉"_s) * 8);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 70, fontMetrics().height() * 28);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CustomerPicker::search);
    // Enter in the search box takes the first (or current) customer.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            search();
        choose();
    });
    connect(m_view, &QAbstractItemView::activated, this, &CustomerPicker::choose);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerPicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    new DownToList(m_search, m_view);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CustomerListModel::Name));
    m_search->setFocus();
}

CustomerPicker::~CustomerPicker() = default;

QString CustomerPicker::customerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void CustomerPicker::search()
{
    m_debounce->stop();
    CustomerListModel::Filter f = m_model->filter();
    f.text = m_search->text().trimmed();
    m_model->setFilter(f);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CustomerListModel::Name));
}

void CustomerPicker::choose()
{
    if (!customerId().isEmpty())
        accept();
}

// ---- DocumentListPage --------------------------------------------------------------------

DocumentListPage::DocumentListPage(DocumentList::Kind kind, Services &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(std::make_unique<DocumentList>(kind, services.database(), DocumentList::Deferred())),
      m_quotes(std::make_unique<QuoteService>(services.replica())), m_contracts(std::make_unique<ContractService>(services.replica()))
{
    const bool quotes = kind == DocumentList::Kind::Quotes;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(quotes ? tr("Quote number, customer or subject (Ctrl+F)")
                                        : tr("Contract number, customer or subject (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("Fi&lter:"), this);
    filterLabel->setBuddy(m_filter);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    m_status->addItem(tr("All statuses"), QString());
    if (quotes) {
        for (QuoteStatus s : enumValues<QuoteStatus>())
            m_status->addItem(enumLabel(s), enumCode(s));
    } else {
        for (ContractStatus s : enumValues<ContractStatus>())
            m_status->addItem(enumLabel(s), enumCode(s));
    }
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    if (!quotes) {
        m_due = new QCheckBox(tr("&Due or overdue"), this);
        m_due->setObjectName(u"due"_s);
        m_due->setToolTip(tr("Only contracts with an instalment not paid in full that is overdue or due within the "
                             "reminder days (setting reminders.instalment_days, 7 by default)"));
    }
    m_new = new QPushButton(quotes ? tr("&New quote…") : tr("&New contract…"), this);
    m_new->setToolTip(quotes ? tr("Choose a customer, then write the quote") : tr("Choose a customer, then draw up the contract"));
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setToolTip(tr("Save the list as shown — its filter and sort, every row — as an Excel or CSV file"));
    connect(m_export, &QPushButton::clicked, this, &DocumentListPage::exportWithDialog);
    m_count = new QLabel(this);
    m_count->setObjectName(u"count"_s);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter, 3);
    bar->addSpacing(12);
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    if (m_due) {
        bar->addSpacing(12);
        bar->addWidget(m_due);
    }
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_export);
    bar->addWidget(m_new);

    m_view = new QTableView(this);
    m_view->setObjectName(kind == DocumentList::Kind::Quotes ? u"quoteList"_s : u"contractList"_s);
    m_view->setModel(m_model.get());
    m_view->setItemDelegate(new AttentionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSortIndicator(-1, Qt::DescendingOrder); // newest first until a header is clicked
    m_view->setSortingEnabled(true);
    const auto width = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 24; };
    const auto setWidth = [&](DocumentList::Column c, int w) {
        if (const int s = m_model->section(c); s >= 0)
            m_view->setColumnWidth(s, w);
    };
    setWidth(DocumentList::Number, width(quotes ? u"BJ-2026-0001234 V2"_s : u"HT-2026-0001234"_s));
    int status = 0;
    for (int i = 1; i < m_status->count(); ++i)
        status = std::max(status, width(m_status->itemText(i)));
    setWidth(DocumentList::Status, status);
    for (DocumentList::Column c : {DocumentList::Amount, DocumentList::Received, DocumentList::Outstanding})
        setWidth(c, width(u"¥12,345,678.00"_s));
    QFont bold = font(); // an overdue instalment shows in bold
    bold.setBold(true);
    const QString overdue = QCoreApplication::translate("Huike::DocumentList", "%1 · overdue").arg(u"2026-12-31"_s);
    setWidth(DocumentList::NextDue, QFontMetrics(bold).horizontalAdvance(overdue) + 24);
    setWidth(DocumentList::Date, width(u"2026-12-31"_s));
    setWidth(DocumentList::Until, width(u"2026-12-31"_s));
    m_view->viewport()->installEventFilter(this); // customer and subject share the width left

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_filter, m_status);
    if (m_due) {
        setTabOrder(m_status, m_due);
        setTabOrder(m_due, m_new);
    } else {
        setTabOrder(m_status, m_new);
    }
    setTabOrder(m_new, m_view);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // filter as the user types, not a query per key
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &DocumentListPage::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_model->index(0, 0));
        }
    });
    new DownToList(m_filter, m_view);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DocumentListPage::applyFilter);
    if (m_due)
        connect(m_due, &QCheckBox::toggled, this, &DocumentListPage::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &DocumentListPage::newDocument);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openDocument(m_model->idAt(index.row()));
    });
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, &DocumentListPage::updateCount);
    auto *find = new QShortcut(QKeySequence::Find, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setContext(Qt::WindowShortcut); // only while this page is the one shown
    updateCount();
}

DocumentListPage::~DocumentListPage()
{
    // The editors use this page's services: they go first.
    qDeleteAll(findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
}

void DocumentListPage::applyFilter()
{
    m_debounce->stop();
    DocumentList::Filter f;
    f.text = m_filter->text().trimmed();
    f.status = m_status->currentData().toString();
    f.dueOnly = m_due && m_due->isChecked();
    try {
        m_model->setFilter(f);
    } catch (const ModelError &e) {
        m_count->setText(tr("Could not read the list: %1").arg(e.message()));
    }
}

qint64 DocumentListPage::exportTo(const QString &path, bool gb18030)
{
    if (m_debounce->isActive()) // what was typed counts
        applyFilter();
    ListExport exporter(*m_model);
    return ListExportDialog::exportTo(this, exporter, path, SheetWriter::formatOf(path).value_or(SheetWriter::Format::Xlsx),
                                      gb18030 ? TextEncoding::Encoding::Gb18030 : TextEncoding::Encoding::Utf8);
}

void DocumentListPage::exportWithDialog()
{
    if (m_debounce->isActive())
        applyFilter();
    ListExport exporter(*m_model);
    ListExportDialog::run(this, exporter, kind() == DocumentList::Kind::Quotes ? tr("Quotes") : tr("Contracts"));
}

void DocumentListPage::reload()
{
    const QModelIndex before = m_view->currentIndex();
    const QString current = m_model->idAt(before.row());
    const int scrolled = m_view->verticalScrollBar()->value();
    try {
        m_model->reload();
    } catch (const ModelError &e) {
        m_count->setText(tr("Could not read the list: %1").arg(e.message()));
        return;
    }
    if (const int row = m_model->rowOf(current); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, std::max(0, before.column())));
    m_view->verticalScrollBar()->setValue(scrolled);
}

bool DocumentListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void DocumentListPage::fitColumns()
{
    // The names and subjects take what the other columns leave (they are the ones worth
    // reading in full), each keeping a readable minimum; a narrow window scrolls sideways.
    const int customer = m_model->section(DocumentList::Customer);
    const int subject = m_model->section(DocumentList::Title);
    int fixed = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != customer && c != subject)
            fixed += m_view->columnWidth(c);
    const int left = m_view->viewport()->width() - fixed;
    const int customerWidth = std::max(fontMetrics().horizontalAdvance(u"杭州华通科技有限公司"_s) + 24, left * 11 / 20);
    m_view->setColumnWidth(customer, customerWidth);
    m_view->setColumnWidth(subject, std::max(fontMetrics().horizontalAdvance(u"机房改造工程"_s) + 24, left - customerWidth));
}

void DocumentListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Quotes and contracts are also written from the customer cards: show them fresh.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

void DocumentListPage::updateCount()
{
    const bool quotes = kind() == DocumentList::Kind::Quotes;
    const int n = m_model->totalCount();
    m_count->setText(quotes ? tr("%n quote(s)", nullptr, n) : tr("%n contract(s)", nullptr, n));
    const DocumentList::Filter f = m_model->filter();
    const bool filtered = !f.text.isEmpty() || !f.status.isEmpty() || f.dueOnly;
    if (n > 0)
        m_empty->clear();
    else if (filtered)
        m_empty->setText(quotes ? tr("No quote matches the filter.") : tr("No contract matches the filter."));
    else
        m_empty->setText(quotes ? tr("No quotes yet. “New quote…” above writes one for a customer; so does “New quote…” in a customer's 360° view.")
                                : tr("No contracts yet. “New contract…” above draws one up for a customer; “Make the contract…” on an accepted quote copies its lines."));
    m_stack->setCurrentWidget(n > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

template<typename Editor>
Editor *DocumentListPage::findEditor(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (Editor *editor : findChildren<Editor *>(Qt::FindDirectChildrenOnly)) {
        QString editorId;
        if constexpr (std::is_same_v<Editor, QuoteEditor>)
            editorId = editor->quote().meta.id.toString();
        else
            editorId = editor->contract().meta.id.toString();
        if (editorId == id && editor->isVisible())
            return editor;
    }
    return nullptr;
}

QDialog *DocumentListPage::openDocument(const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    if (kind() == DocumentList::Kind::Quotes)
        return openQuote(id);
    return openContract(id);
}

QuoteEditor *DocumentListPage::openQuote(const QString &quoteId, const QString &customerId)
{
    if (QuoteEditor *open = findEditor<QuoteEditor>(quoteId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    QString customer = customerId;
    if (!quoteId.isEmpty()) {
        const auto quote = m_quotes->load(quoteId);
        if (!quote)
            return nullptr; // removed by a sync meanwhile
        customer = quote->customerId.toString();
    }
    auto *editor = new QuoteEditor(*m_quotes, quoteId, customer, {}, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QuoteEditor::saved, this, &DocumentListPage::editorSaved);
    connect(editor, &QuoteEditor::contractRequested, this, [this](const QString &id) { openContract({}, {}, id); });
    editor->show();
    return editor;
}

ContractEditor *DocumentListPage::openContract(const QString &contractId, const QString &customerId, const QString &fromQuoteId)
{
    if (ContractEditor *open = findEditor<ContractEditor>(contractId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    std::optional<Contract> contract;
    try {
        contract = !contractId.isEmpty()  ? m_contracts->load(contractId)
                 : !fromQuoteId.isEmpty() ? m_contracts->fromQuote(fromQuoteId, today())
                                          : std::optional<Contract>(m_contracts->newContract(customerId, today()));
    } catch (const ModelError &e) {
        QMessageBox::warning(this, tr("Contract"), tr("The contract could not be read: %1").arg(e.message()));
        return nullptr;
    }
    if (!contract)
        return nullptr;
    auto *editor = new ContractEditor(*m_contracts, *contract, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setAttachmentFetcher(m_attachmentFetcher);
    connect(editor, &ContractEditor::saved, this, &DocumentListPage::editorSaved);
    editor->show();
    return editor;
}

void DocumentListPage::newDocument()
{
    CustomerPicker picker(m_services.database(), this);
    picker.setWindowTitle(kind() == DocumentList::Kind::Quotes ? tr("New quote — choose the customer") : tr("New contract — choose the customer"));
    if (picker.exec() != QDialog::Accepted || picker.customerId().isEmpty())
        return;
    if (kind() == DocumentList::Kind::Quotes)
        openQuote({}, picker.customerId());
    else
        openContract({}, picker.customerId());
}

void DocumentListPage::editorSaved(const QString &id)
{
    reload();
    // A new record: select it when it is among the rows read.
    if (const int row = m_model->rowOf(id); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    emit documentSaved(id);
}

bool DocumentListPage::closeEditors()
{
    for (QDialog *editor : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
        if (editor->isVisible() && !editor->close())
            return false;
    return true;
}

} // namespace Huike
