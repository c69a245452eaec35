#pragma once

#include <QDialog>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace Huike {

class Money;

// The shell the quote and the contract editors share: the header line over the fields,
// the totals with the amount in Chinese capitals (大写金额), the status line and the row
// of buttons ending with Close; the undo stack with Ctrl+Z / Ctrl+Shift+Z, Ctrl+S and
// Ctrl+P; dirty tracking (modified = the undo stack is not clean) with Save / Discard /
// Cancel before it closes; and the banner after a conflict or refusal from the server
// about the document shown — reloading it, asking first when there are unsaved edits.
// Each editor builds its own fields between the header and the totals and says what is
// its own (save, the records that are its, how to reload).
class DocumentEditor : public QDialog
{
    Q_OBJECT

public:
    ~DocumentEditor() override;

    bool isModified() const;
    virtual bool save() = 0;
    QUndoStack *undoStack() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *totalsLabel() const { return m_totals; }

public slots:
    void done(int result) override;
    // A conflict or refusal the server sent back (Outcomes::recorded): when it is about
    // this document (isOwnRecord), show the stored one again — asking first when there are
    // unsaved edits — and say what happened.
    void followOutcome(const QString &table, const QString &recordId, const QString &kind, const QString &code);

protected:
    // What an editor says in its own words (the quote …, the contract …).
    struct Texts
    {
        QString rejected;   // "The server did not accept your change to this …: %1"
        QString changed;    // "Someone else changed this … at the same time: %1"
        QString outcomeTitle;
        QString outcomeQuestion;
        QString outcomeKept;
        QString closeQuestion; // "Save the changes to this …?"
    };

    explicit DocumentEditor(QWidget *parent);
    // The layout with the header line at its top; the editor adds its fields below.
    QVBoxLayout *body() const { return m_body; }
    QLabel *header() const { return m_header; }
    // The header line: the document's title large, its customer, its status in bold.
    void setHeader(const QString &title, const QString &customer, const QString &status);
    // The status line and the buttons: `actions` from the left, `right` before Close.
    void addFooter(const QList<QPushButton *> &actions, const QList<QPushButton *> &right = {});
    // Ctrl+S saves, Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+P prints while `print` is
    // enabled.
    void addShortcuts(QPushButton *print, const std::function<void()> &printWithDialog);
    // "人民币" and the amount in Chinese capitals.
    static QString inWords(const Money &amount);
    // The PDF file to write, asked for (empty when cancelled).
    QString askPdfPath(const QString &number);
    // Says that the PDF was written, or why not; returns ok.
    bool reportPdf(bool ok, const QString &path, const QString &error);

    virtual Texts texts() const = 0;
    // The document's own id (empty while it is new).
    virtual QString documentId() const = 0;
    // Whether that record (a line, an instalment, an approval …) is about this document.
    virtual bool isOwnRecord(const QString &table, const QString &recordId) = 0;
    // Shows the stored document again; false when it is no longer stored.
    virtual bool reloadStored() = 0;
    // The words after `what` once reloaded, or when the document is gone.
    virtual QString reloadedText(bool stored) const = 0;

    QUndoStack *m_undo;
    bool m_applying = false;

private:
    void showStored(const QString &what);

    QVBoxLayout *m_body;
    QLabel *m_header;
    QLabel *m_totals;
    QLabel *m_status;
};

} // namespace Huike
