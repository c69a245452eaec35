#include "ui/attachmentspanel.h"

#include "core/dateformat.h"
#include "models/contractservice.h"
#include "syncclient/attachmentfetcher.h"
#include "ui/attachmentopener.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
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

AttachmentsPanel::AttachmentsPanel(ContractService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_files(service.attachmentStore())
{
    setAcceptDrops(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Added"), tr("On this computer"), tr("Attached to"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileName, QHeaderView::Stretch);
    for (int c : {Size, AddedOn, Where, AttachedTo})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(Note, 220);
    m_table->setWordWrap(false);
    m_table->setColumnHidden(AttachedTo, true); // a contract's files are all its own
    m_table->setToolTip(tr("Drop files here to attach them. Enter opens the selected file."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    const AttachmentOpener::Texts texts{
        tr("No program on this computer opens %1; save a copy and open it from there."),
        tr("%1 opened."),
        tr("%1 is not on this computer yet; it is downloaded when you are logged in to the server."),
        tr("Downloading %1…"),
        tr("%1 cannot be opened: %2"),
    };
    m_opener = new AttachmentOpener(m_files, m_status, m_progress, texts, this);
    connect(m_opener, &AttachmentOpener::opened, this, &AttachmentsPanel::opened);
    connect(m_opener, &AttachmentOpener::downloaded, this, &AttachmentsPanel::reload);
    m_add = new QPushButton(tr("Attach &files…"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_save = new QPushButton(tr("Save a &copy…"), this);
    // No Alt+letter is left free in the editor; Delete on the list does it.
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setToolTip(tr("Removes the selected attachment (Delete)."));
    // Names for the host: the customer card moves Open's Alt+letter off its C&ontacts tab's.
    m_add->setObjectName(u"add"_s);
    m_open->setObjectName(u"open"_s);
    m_save->setObjectName(u"save"_s);
    m_remove->setObjectName(u"remove"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, [this] { openAt(m_table->currentRow()); });
    connect(m_save, &QPushButton::clicked, this, &AttachmentsPanel::saveCopyWithDialog);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeWithConfirmation);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openAt(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttachmentsPanel::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AttachmentsPanel::removeWithConfirmation);
    updateButtons();
}

AttachmentsPanel::~AttachmentsPanel() = default;

void AttachmentsPanel::setContract(const Contract &contract)
{
    m_scope = Scope::Contract;
    m_contract = contract;
    m_customerId.clear();
    m_table->setColumnHidden(AttachedTo, true);
    reload();
}

void AttachmentsPanel::setCustomer(const QString &customerId)
{
    m_scope = Scope::Customer;
    m_contract = Contract();
    m_customerId = customerId;
    m_table->setColumnHidden(AttachedTo, false);
    reload();
}

bool AttachmentsPanel::isSaved() const
{
    return m_scope == Scope::Customer ? !m_customerId.isEmpty() : !m_contract.meta.id.isNull();
}

void AttachmentsPanel::setFetcher(AttachmentFetcher *fetcher)
{
    m_opener->setFetcher(fetcher);
}

QString AttachmentsPanel::shaAt(int row) const
{
    const QTableWidgetItem *item = row >= 0 && row < m_table->rowCount() ? m_table->item(row, FileName) : nullptr;
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void AttachmentsPanel::select(const QString &attachmentId)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, FileName)->data(Qt::UserRole).toString() == attachmentId) {
            m_table->selectRow(r);
            m_table->setFocus();
            return;
        }
    }
}

void AttachmentsPanel::reload()
{
    const int current = m_table->currentRow();
    const QList<ContractService::AttachmentState> rows = !isSaved()                  ? QList<ContractService::AttachmentState>()
                                                         : m_scope == Scope::Customer ? m_service.customerAttachments(m_customerId)
                                                                                      : m_service.attachments(m_contract.meta.id.toString());
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const AttachmentRecord &a = rows[r].record;
        auto *name = new QTableWidgetItem(a.fileName);
        name->setData(Qt::UserRole, a.meta.id.toString());
        name->setData(Qt::UserRole + 1, a.sha256);
        name->setToolTip(a.mimeType);
        m_table->setItem(r, FileName, name);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(a.sizeBytes));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, Size, size);
        const QDateTime added = QDateTime::fromString(a.meta.createdAt, Qt::ISODateWithMs);
        m_table->setItem(r, AddedOn, new QTableWidgetItem(added.isValid() ? DateFormat::dateTime(added)
                                                                          : a.meta.createdAt.left(10)));
        m_table->setItem(r, Where, new QTableWidgetItem(rows[r].available ? tr("Yes")
                                                                          : tr("No — downloaded when opened")));
        // The contract's number (kept in UserRole for the removal question), or the customer.
        auto *of = new QTableWidgetItem(a.contractId.isNull() ? tr("This customer") : rows[r].contractNumber);
        of->setData(Qt::UserRole, rows[r].contractNumber);
        if (!a.contractId.isNull())
            of->setToolTip(tr("Attached to contract %1; also listed in its contract editor.").arg(rows[r].contractNumber));
        m_table->setItem(r, AttachedTo, of);
        m_table->setItem(r, Note, new QTableWidgetItem(a.note));
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(std::clamp(current, 0, m_table->rowCount() - 1));
    const bool customer = m_scope == Scope::Customer;
    if (!isSaved())
        m_status->setText(customer ? tr("Save the customer before adding attachments.")
                                   : tr("Save the contract before adding attachments."));
    else if (rows.isEmpty())
        m_status->setText(customer ? tr("No attachments yet. Attach the business licence scan, ID copies or signed NDAs, "
                                        "or drop files here.")
                                   : tr("No attachments yet. Attach the scanned signed contract, or drop files here."));
    else if (!m_opener->isDownloading())
        m_status->clear();
    updateButtons();
}

void AttachmentsPanel::updateButtons()
{
    const bool saved = isSaved();
    const bool selected = m_table->currentRow() >= 0 && m_table->rowCount() > 0;
    m_add->setEnabled(saved);
    m_open->setEnabled(selected);
    m_save->setEnabled(selected);
    m_remove->setEnabled(selected);
}

bool AttachmentsPanel::addFiles(const QStringList &paths)
{
    int added = 0;
    QString refused;
    for (const QString &path : paths) {
        const ValidationErrors errors = m_scope == Scope::Customer ? m_service.addCustomerAttachment(m_customerId, path)
                                                                   : m_service.addAttachment(m_contract, path);
        if (errors) {
            refused = tr("%1 was not attached: %2").arg(QFileInfo(path).fileName(), errors.errors().first().message);
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
        m_status->setText(tr("%n file(s) attached; uploaded with the next sync.", nullptr, added));
    return refused.isEmpty();
}

void AttachmentsPanel::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
                                                            tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx *.ofd);;All files (*)"));
    if (!files.isEmpty())
        addFiles(files);
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (isSaved() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = AttachmentOpener::droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}

bool AttachmentsPanel::openAt(int row)
{
    const QString sha = shaAt(row);
    if (sha.isEmpty())
        return false;
    const QString name = m_table->item(row, FileName)->text();
    return m_opener->open(sha, name);
}

bool AttachmentsPanel::saveCopy(int row, const QString &path)
{
    const QString sha = shaAt(row);
    if (sha.isEmpty())
        return false;
    const QString name = m_table->item(row, FileName)->text();
    if (!m_files.has(sha)) {
        m_status->setText(tr("%1 is not on this computer yet: open it once to download it.").arg(name));
        return false;
    }
    if (QFile::exists(path))
        QFile::remove(path);
    if (!QFile::copy(m_files.path(sha), path)) {
        m_status->setText(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
    m_status->setText(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void AttachmentsPanel::saveCopyWithDialog()
{
    const int row = m_table->currentRow();
    if (shaAt(row).isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), m_table->item(row, FileName)->text());
    if (!path.isEmpty())
        saveCopy(row, path);
}

void AttachmentsPanel::removeAt(int row)
{
    const QTableWidgetItem *item = m_table->item(row, FileName);
    if (!item)
        return;
    m_service.removeAttachment(item->data(Qt::UserRole).toString());
    const QString name = item->text();
    reload();
    m_status->setText(tr("%1 removed.").arg(name));
    emit changed();
}

void AttachmentsPanel::removeWithConfirmation()
{
    const int row = m_table->currentRow();
    if (shaAt(row).isEmpty())
        return;
    const QString name = m_table->item(row, FileName)->text();
    const QString contract = m_table->item(row, AttachedTo)->data(Qt::UserRole).toString();
    const QString question = m_scope == Scope::Contract
        ? tr("Remove %1 from this contract? Everyone who syncs will no longer see it.").arg(name)
        : contract.isEmpty() ? tr("Remove %1 from this customer? Everyone who syncs will no longer see it.").arg(name)
                             : tr("Remove %1 from contract %2? Everyone who syncs will no longer see it.").arg(name, contract);
    if (QMessageBox::question(this, tr("Remove attachment"), question) == QMessageBox::Yes)
        removeAt(row);
}

} // namespace Huike
