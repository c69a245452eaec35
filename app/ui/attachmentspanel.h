#pragma once

#include "core/contract.h"
#include "syncclient/attachmentfetcher.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Huike {

class AttachmentOpener;
class ContractService;

// A contract's attachments (附件): scanned signed contracts, photos of delivery notes — or,
// bound to a customer (the customer card), all of the customer's: its own (营业执照, ID
// copies, NDAs) and its contracts', each saying where it belongs.
// Add files (the button, or drop them on the list), open one (downloaded first when it
// is not on this computer yet — with progress; afterwards it opens offline), save a copy,
// remove. New files are uploaded with the next sync, before their records.
class AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    // Where: on this computer or not. AttachedTo (customer mode only): the contract's
    // number, or the customer for its own files.
    enum Column { FileName, Size, AddedOn, Where, AttachedTo, Note, ColumnCount };

    explicit AttachmentsPanel(ContractService &service, QWidget *parent = nullptr);
    ~AttachmentsPanel() override;

    void setContract(const Contract &contract);
    // Customer mode: lists all of the customer's attachments; added files are its own (no
    // contract). An empty id is a new customer, not saved yet.
    void setCustomer(const QString &customerId);
    // Without a fetcher, files not on this computer cannot be opened (tests, export).
    void setFetcher(AttachmentFetcher *fetcher);
    void reload();

    // The actions behind the buttons, for tests and keyboard users. addFiles stops at the
    // first file that cannot be added (the message says which); true when all were added.
    bool addFiles(const QStringList &paths);
    // Opens the row's file in its program (QDesktopServices), downloading it first when
    // needed; false with a message when it cannot (offline and not downloaded …).
    bool openAt(int row);
    bool saveCopy(int row, const QString &path);
    void removeAt(int row);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QString shaAt(int row) const;
    void select(const QString &attachmentId);

signals:
    // A local edit (an attachment added or removed): sync soon.
    void changed();
    // A file was handed to its program.
    void opened(const QString &localPath);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void saveCopyWithDialog();
    void removeWithConfirmation();
    void updateButtons();
    bool isSaved() const; // the contract or customer exists: files can be added

    ContractService &m_service;
    const AttachmentStore m_files; // the content on this computer
    enum class Scope { Contract, Customer };
    Scope m_scope = Scope::Contract;
    Contract m_contract;
    QString m_customerId;
    AttachmentOpener *m_opener; // the files opened, downloaded first when needed
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace Huike
