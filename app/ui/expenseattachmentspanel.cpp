#include "ui/expenseattachmentspanel.h"

#include "models/expenseattachments.h"
#include "ui/attachmentopener.h"

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
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

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
    m_table->setToolTip(tr("Drop invoice photos or PDFs here. Enter opens the selected invoice."));
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
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openAt(row); });
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
    const QLocale locale;
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
        m_table->setItem(r, Line, new QTableWidgetItem(a.lineNo > 0 ? tr("Expense line %1").arg(a.lineNo) : tr("Whole claim")));
        m_table->setItem(r, Where, new QTableWidgetItem(a.available ? tr("Yes") : tr("No — downloaded when opened")));
        m_table->setItem(r, Note, new QTableWidgetItem(a.note));
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
        const ValidationErrors errors = m_service.add(m_expenseId, path);
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
    else if (added > 0)
        m_status->setText(tr("%n invoice(s) attached; uploaded with the next sync.", nullptr, added));
    return refused.isEmpty();
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
