#pragma once

#include "models/expenseattachments.h"
#include "syncclient/attachmentfetcher.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Huike {

class AttachmentOpener;

// An expense claim's invoices (发票附件): photos and PDFs, listed with their size and the line
// they are the invoice of. While the claim is editable its requester adds files (the
// button, or drops them on the list) to the line chosen in the claim (setDefaultLine),
// moves one to another line (a combo in the line column: F2, Enter or a double click) and
// removes them; anyone who sees the claim opens them (downloaded first when not on this
// computer — afterwards they open offline). New files are uploaded with the next sync,
// before their records.
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
    // The saved line files added from now on are the invoices of; empty: the whole claim.
    void setDefaultLine(const QString &lineId);
    QString defaultLine() const { return m_defaultLine; }
    // The invoices and the claim's lines, read again.
    void reload();

    // The actions behind the buttons, for tests and keyboard users. addFiles stops at the
    // first file that cannot be added (the message says which); true when all were added.
    bool addFiles(const QStringList &paths);
    bool openAt(int row);
    void removeAt(int row);
    // Makes the invoice in `row` one of the line's (empty: the whole claim's); a refusal
    // shows in the status line.
    bool setLineAt(int row, const QString &lineId);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QString shaAt(int row) const;

signals:
    // A local edit (an invoice added, moved to another line or removed): sync soon.
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
    QString m_defaultLine;
    QList<ExpenseAttachments::LineChoice> m_lines; // the claim's, for the line column's combo
    AttachmentOpener *m_opener; // the files opened, downloaded first when needed
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_remove;
};

} // namespace Huike
