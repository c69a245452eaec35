#pragma once

#include "models/expenseservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

class ApprovalService;
class AttachmentFetcher;
class ExpenseAttachments;
class LoanRepayments;
class SearchService;

// 费用 (FEATURES.md W2): one's own expense claims and loans (drafts first), the approved ones
// waiting to be paid (for finance: clerks, directors, administrators), and every expense the
// user sees; new claim, new loan, open (double-click or Enter), pay, delete a draft. The
// editor is ExpenseEditor. Read when shown and after a sync.
class ExpensesPage : public QWidget
{
    Q_OBJECT

public:
    ExpensesPage(ExpenseService &expenses, ApprovalService *approvals, SearchService *search, QWidget *parent = nullptr);

    void reload();
    // The claims' invoices in the editor (and the fetcher that downloads them), and the
    // loans' repayments.
    void setAttachments(ExpenseAttachments *attachments, AttachmentFetcher *fetcher, LoanRepayments *repayments = nullptr);
    // Opens the editor on a stored expense, or on a new claim / loan (id "" and `kind`).
    void open(const QString &id, const QString &kind = QStringLiteral("claim"));
    void setView(ExpenseService::View view);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // Something was written: the main window syncs soon.
    void changed();

private:
    QString selectedId() const;
    void updateActions();
    void paySelected();
    void removeSelected();

    ExpenseService &m_service;
    ApprovalService *m_approvals;
    SearchService *m_search;
    ExpenseAttachments *m_attachments = nullptr;
    AttachmentFetcher *m_fetcher = nullptr;
    LoanRepayments *m_repayments = nullptr;
    QList<ExpenseService::Item> m_items;
    QComboBox *m_view = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace Huike
