#include "ui/expenseattachmentspanel.h"

#include "models/expenseattachments.h"
#include "ui/attachmentopener.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// Knows whether its list was opened: a line picked there is the edit made, while the arrow
// keys on the closed combo only move through the lines until Enter.
class LineCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    void showPopup() override
    {
        picking = true;
        QComboBox::showPopup();
    }
    bool picking = false;
};

// The line column's editor: a combo of the whole claim and the claim's lines. The line
// chosen goes to the panel, which writes it and reads the list again.
class LineDelegate : public QStyledItemDelegate
{
public:
    LineDelegate(const QList<ExpenseAttachments::LineChoice> &lines, std::function<void(int, const QString &)> chosen,
                 QObject *parent)
        : QStyledItemDelegate(parent), m_lines(lines), m_chosen(std::move(chosen))
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new LineCombo(parent);
        combo->setObjectName(u"lineChoice"_s);
        combo->addItem(ExpenseAttachmentsPanel::tr("Whole claim"), u""_s);
        for (const ExpenseAttachments::LineChoice &l : m_lines)
            combo->addItem(l.label, l.id);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            if (!combo->picking)
                return;
            emit const_cast<LineDelegate *>(this)->commitData(combo);
            emit const_cast<LineDelegate *>(this)->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        const QString line = static_cast<QComboBox *>(editor)->currentData().toString();
        if (line != index.data(Qt::UserRole).toString())
            m_chosen(index.row(), line);
    }

private:
    const QList<ExpenseAttachments::LineChoice> &m_lines;
    std::function<void(int, const QString &)> m_chosen;
};

} // namespace

ExpenseAttachmentsPanel::ExpenseAttachmentsPanel(ExpenseAttachments &service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setAcceptDrops(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Invoice file"), tr("Size"), tr("Invoice for"), tr("On this computer"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileName, QHeaderView::Stretch);
    for (int c : {Size, Line, Where})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(Line, new LineDelegate(m_lines, [this](int row, const QString &line) { setLineAt(row, line); },
                                                             m_table));
    m_table->setToolTip(tr("Drop invoice photos or PDFs here. Enter opens the selected invoice; in the column \"Invoice for\" "
                           "F2 or Enter chooses the expense line it is for."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    const AttachmentOpener::Texts texts{
        tr("No program on this computer opens the invoice %1."),
        tr("Invoice %1 opened."),
        tr("The invoice %1 is not on this computer yet; it is downloaded when you are logged in to the server."),
        tr("Downloading the invoice %1…"),
        tr("The invoice %1 cannot be opened: %2"),
    };
    m_opener = new AttachmentOpener(service.store(), m_status, m_progress, texts, this);
    connect(m_opener, &AttachmentOpener::opened, this, &ExpenseAttachmentsPanel::opened);
    connect(m_opener, &AttachmentOpener::downloaded, this, &ExpenseAttachmentsPanel::reload);
    m_add = new QPushButton(tr("Attach &invoices…"), this);
    m_open = new QPushButton(tr("Open invoice"), this);
    m_remove = new QPushButton(tr("Remove invoice"), this);
    m_remove->setToolTip(tr("Removes the selected invoice from the claim (Delete)."));
    m_add->setObjectName(u"add"_s);
    m_open->setObjectName(u"open"_s);
    m_remove->setObjectName(u"remove"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ExpenseAttachmentsPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, [this] { openAt(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, &ExpenseAttachmentsPanel::removeWithConfirmation);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column == Line && m_editable)
            m_table->editItem(m_table->item(row, Line));
        else
            openAt(row);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExpenseAttachmentsPanel::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ExpenseAttachmentsPanel::removeWithConfirmation);
    updateButtons();
}

ExpenseAttachmentsPanel::~ExpenseAttachmentsPanel() = default;

void ExpenseAttachmentsPanel::setExpense(const QString &expenseId, bool editable)
{
    m_expenseId = expenseId;
    m_editable = editable && !expenseId.isEmpty();
    reload();
}

void ExpenseAttachmentsPanel::setFetcher(AttachmentFetcher *fetcher)
{
    m_opener->setFetcher(fetcher);
}

void ExpenseAttachmentsPanel::setDefaultLine(const QString &lineId)
{
    m_defaultLine = lineId;
    const auto line = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const auto &l) { return l.id == lineId; });
    m_add->setToolTip(line != m_lines.cend() ? tr("New invoices are attached to expense line %1 (the line selected in the claim).").arg(line->lineNo)
                                             : tr("New invoices are attached to the whole claim."));
}

QString ExpenseAttachmentsPanel::shaAt(int row) const
{
    const QTableWidgetItem *item = row >= 0 && row < m_table->rowCount() ? m_table->item(row, FileName) : nullptr;
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void ExpenseAttachmentsPanel::reload()
{
    const int current = m_table->currentRow();
    const QList<ExpenseAttachments::Item> rows = m_expenseId.isEmpty() ? QList<ExpenseAttachments::Item>()
                                                                       : m_service.list(m_expenseId);
    m_lines = m_expenseId.isEmpty() ? QList<ExpenseAttachments::LineChoice>() : m_service.lines(m_expenseId);
    const QLocale locale;
    m_table->setEditTriggers(m_editable ? QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked
                                        : QAbstractItemView::NoEditTriggers);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const ExpenseAttachments::Item &a = rows[r];
        auto *name = new QTableWidgetItem(a.fileName);
        name->setData(Qt::UserRole, a.id);
        name->setData(Qt::UserRole + 1, a.sha256);
        name->setToolTip(a.mimeType);
        m_table->setItem(r, FileName, name);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(a.sizeBytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, Size, size);
        auto *line = new QTableWidgetItem(a.lineNo > 0 ? tr("Expense line %1").arg(a.lineNo) : tr("Whole claim"));
        line->setData(Qt::UserRole, a.lineId);
        if (m_editable)
            line->setToolTip(tr("F2 or Enter chooses the expense line this invoice is for."));
        m_table->setItem(r, Line, line);
        m_table->setItem(r, Where, new QTableWidgetItem(a.available ? tr("Yes") : tr("No — downloaded when opened")));
        m_table->setItem(r, Note, new QTableWidgetItem(a.note));
        for (int c = 0; c < ColumnCount; ++c) { // only the line is chosen here, and only while the claim is editable
            QTableWidgetItem *item = m_table->item(r, c);
            item->setFlags(c == Line && m_editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::clamp(current, 0, m_table->rowCount() - 1));
    if (m_expenseId.isEmpty())
        m_status->setText(tr("Save the claim before attaching invoices."));
    else if (rows.isEmpty())
        m_status->setText(m_editable ? tr("No invoices yet. Attach photos or PDFs of the invoices, or drop them here.")
                                     : tr("No invoices attached to this claim."));
    else if (!m_opener->isDownloading())
        m_status->clear();
    setDefaultLine(m_defaultLine); // its number may have changed
    updateButtons();
}

void ExpenseAttachmentsPanel::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && m_table->rowCount() > 0;
    m_add->setEnabled(m_editable);
    m_open->setEnabled(selected);
    m_remove->setEnabled(m_editable && selected);
    m_remove->setVisible(m_editable);
    m_add->setVisible(m_editable);
}

bool ExpenseAttachmentsPanel::addFiles(const QStringList &paths)
{
    if (!m_editable)
        return false;
    int added = 0;
    QString refused;
    for (const QString &path : paths) {
        const ValidationErrors errors = m_service.add(m_expenseId, path, m_defaultLine);
        if (errors) {
            refused = tr("%1 was not attached to the claim: %2").arg(QFileInfo(path).fileName(), errors.errors().first().message);
            break;
        }
        ++added;
    }
    if (added > 0) {
        reload(); // before the message: it clears the line
        emit changed();
    }
    if (!refused.isEmpty())
        m_status->setText(refused);
    else if (added > 0) {
        const auto line = std::find_if(m_lines.cbegin(), m_lines.cend(), [&](const auto &l) { return l.id == m_defaultLine; });
        m_status->setText(line == m_lines.cend()
                              ? tr("%n invoice(s) attached; uploaded with the next sync.", nullptr, added)
                              : tr("%n invoice(s) attached to expense line %1; uploaded with the next sync.", nullptr, added).arg(line->lineNo));
    }
    return refused.isEmpty();
}

bool ExpenseAttachmentsPanel::setLineAt(int row, const QString &lineId)
{
    const QTableWidgetItem *item = m_table->item(row, FileName);
    if (!item || !m_editable)
        return false;
    const QString name = item->text();
    const ValidationErrors errors = m_service.setLine(item->data(Qt::UserRole).toString(), lineId);
    if (errors) {
        m_status->setText(tr("The invoice %1 stays where it was: %2").arg(name, errors.errors().first().message));
        return false;
    }
    reload();
    const QString where = m_table->item(row, Line) ? m_table->item(row, Line)->text() : QString();
    m_status->setText(tr("The invoice %1 is now for: %2.").arg(name, where));
    emit changed();
    return true;
}

void ExpenseAttachmentsPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach invoices"), QString(),
                                                            tr("Invoice photos and PDFs (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.tif *.tiff *.pdf *.ofd)"));
    if (!files.isEmpty())
        addFiles(files);
}

void ExpenseAttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_editable && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ExpenseAttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = AttachmentOpener::droppedFiles(event->mimeData());
    if (files.isEmpty() || !m_editable)
        return;
    event->acceptProposedAction();
    addFiles(files);
}

bool ExpenseAttachmentsPanel::openAt(int row)
{
    const QString sha = shaAt(row);
    if (sha.isEmpty())
        return false;
    const QString name = m_table->item(row, FileName)->text();
    return m_opener->open(sha, name);
}

void ExpenseAttachmentsPanel::removeAt(int row)
{
    const QTableWidgetItem *item = m_table->item(row, FileName);
    if (!item || !m_editable)
        return;
    m_service.remove(item->data(Qt::UserRole).toString());
    const QString name = item->text();
    reload();
    m_status->setText(tr("Invoice %1 removed.").arg(name));
    emit changed();
}

void ExpenseAttachmentsPanel::removeWithConfirmation()
{
    const int row = m_table->currentRow();
    if (shaAt(row).isEmpty() || !m_editable)
        return;
    const QString name = m_table->item(row, FileName)->text();
    if (QMessageBox::question(this, tr("Remove invoice"), tr("Remove the invoice %1 from this claim?").arg(name)) == QMessageBox::Yes)
        removeAt(row);
}

} // namespace Huike
