#pragma once

#include "syncclient/attachmentfetcher.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Huike {

class AttachmentOpener;
class ExpenseAttachments;

// An expense claim's invoices (发票附件): photos and PDFs, listed with their size and the line
// they are the invoice of. While the claim is editable its requester adds files (the
// button, or drops them on the list) and removes them; anyone who sees the claim opens
// them (downloaded first when not on this computer — afterwards they open offline). New
// files are uploaded with the next sync, before their records.
class ExpenseAttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { FileName, Size, Line, Where, Note, ColumnCount };

    explicit ExpenseAttachmentsPanel(ExpenseAttachments &service, QWidget *parent = nullptr);
    ~ExpenseAttachmentsPanel() override;

    // An empty id is a claim not saved yet. `editable`: the user may add and remove files
    // (the requester's draft or rejected claim).
    void setExpense(const QString &expenseId, bool editable);
    // Without a fetcher, files not on this computer cannot be opened (tests).
    void setFetcher(AttachmentFetcher *fetcher);
    void reload();

    // The actions behind the buttons, for tests and keyboard users. addFiles stops at the
    // first file that cannot be added (the message says which); true when all were added.
    bool addFiles(const QStringList &paths);
    bool openAt(int row);
    void removeAt(int row);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QString shaAt(int row) const;

signals:
    // A local edit (an invoice added or removed): sync soon.
    void changed();
    // A file was handed to its program.
    void opened(const QString &localPath);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeWithConfirmation();
    void updateButtons();

    ExpenseAttachments &m_service;
    QString m_expenseId;
    bool m_editable = false;
    AttachmentOpener *m_opener; // the files opened, downloaded first when needed
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace Huike
