#pragma once

#include "models/expenseservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace Huike {

class ApprovalService;
class AttachmentFetcher;
class ExpenseAttachments;
class ExpenseAttachmentsPanel;
class ExpenseForPicker;
class LoanRepayments;
class LoanRepaymentsPanel;
class SearchService;

// 费用报销 / 借款 (FEATURES.md W2): the requester types a claim line by line (date, category,
// amount, what it was, the invoice number) or a loan, sees the month's department budget used
// and left as the lines change (超预算 in red), links it to a customer and its opportunity,
// offsets a claim against an open loan, saves it offline and submits it; withdraws it before
// the first decision, takes a rejected one back to edit. Approvers and finance see it
// read-only, with its steps; finance marks an approved one paid and records what comes back
// of a loan. Every change is undoable (Ctrl+Z), Ctrl+S saves, Escape asks before unsaved
// changes are lost.
class ExpenseEditor : public QDialog
{
    Q_OBJECT

public:
    ExpenseEditor(ExpenseService &expenses, ApprovalService *approvals, SearchService *search, QWidget *parent = nullptr);
    ~ExpenseEditor() override;

    // The invoices (photos, PDFs) of the claim: a panel above its steps.
    void setAttachments(ExpenseAttachments &attachments, AttachmentFetcher *fetcher);
    // A loan's repayments (what came back in cash or by bank): a panel once it is paid out.
    void setRepayments(LoanRepayments &repayments);
    void load(const ExpenseService::Expense &expense);
    const ExpenseService::Expense &expense() const { return m_expense; }
    bool isModified() const;
    // What the fields hold now.
    ExpenseService::Expense state() const;
    void applyState(const ExpenseService::Expense &state);

    bool save();
    void submit();
    void withdraw();
    void reopen();
    void pay();
    // The day an expense was paid out, asked (today offered); nullopt when cancelled.
    static std::optional<QString> askPaidOn(QWidget *parent, const ExpenseService::Expense &expense);
    void addLine();
    void removeLine();

signals:
    // Something was written (the main window syncs soon).
    void changed();

protected:
    void reject() override;

private:
    void build();
    void edited(const QString &what);
    void updateFigures();
    void updateActions();
    void showMessage(const QString &text, bool error = true);
    void fillLines(const ExpenseService::Expense &e);
    // New invoices go to the line selected in the table once it is saved (has an id); to the
    // whole claim while none is, or the selected one is not saved yet.
    void followLine();

    ExpenseService &m_service;
    ApprovalService *m_approvals;
    SearchService *m_search;
    ExpenseService::Expense m_expense; // as stored
    ExpenseService::Expense m_shown;   // as shown, for undo
    QList<ExpenseCategory> m_categories;
    bool m_applying = false;

    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_loanRow = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr; // a loan's
    QLineEdit *m_reason = nullptr;
    ExpenseForPicker *m_for = nullptr; // the customer and opportunity it was for
    QComboBox *m_loan = nullptr;
    QLineEdit *m_offset = nullptr;
    QTableWidget *m_lines = nullptr;
    QPushButton *m_addLine = nullptr;
    QPushButton *m_removeLine = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_budget = nullptr;
    QListWidget *m_steps = nullptr;
    ExpenseAttachmentsPanel *m_invoices = nullptr;
    LoanRepaymentsPanel *m_repayments = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace Huike
