#pragma once

#include "models/quoteservice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Huike {

// 待我审批: the discount approvals a manager, director or administrator may decide — the
// customer, quote, discount, amount, who asked and why — approved or rejected with a
// comment. A decision goes to the server with the next sync: until the server confirms it
// the request shows as submitted, then as approved or rejected — or, refused by the
// server, why (and it waits for a decision again). A request whose quote has expired, or
// that the user may not decide (four eyes), says so instead of offering to approve.
// Double-click opens the quote.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(QuoteService &service, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The decisions made here, with what became of them.
    QListWidget *submitted() const { return m_submitted; }
    QLabel *statusLabel() const { return m_status; }
    // Decides the selected request; false when none is selected, the rules refuse it (the
    // reason shown), or it cannot be saved.
    bool decide(bool approve, const QString &comment);
    // Re-reads the requests and the state of the decisions (after a sync round).
    void reload();

signals:
    void decided();
    void openQuote(const QString &quoteId, const QString &customerId);

private:
    void updateButtons();

    QuoteService &m_service;
    QList<QuoteService::PendingApproval> m_pending;
    QList<QuoteService::PendingApproval> m_decided; // decided in this dialog, as they were
    QListWidget *m_list;
    QListWidget *m_submitted;
    QPlainTextEdit *m_comment;
    QLabel *m_status;
    QPushButton *m_approve;
    QPushButton *m_reject;
};

} // namespace Huike
