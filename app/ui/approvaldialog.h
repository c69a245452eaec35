#pragma once

#include "quoteservice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace Huike {

// 待我审批: the discount approvals a manager, director or administrator may decide — the
// customer, quote, discount, amount, who asked and why — approved or rejected with a
// comment. Offline the decision waits in the outbox and goes with the next sync.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(QuoteService &service, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // Decides the selected request; false when none is selected or it cannot be saved.
    bool decide(bool approve, const QString &comment);

signals:
    void decided();

private:
    void reload();

    QuoteService &m_service;
    QList<QuoteService::PendingApproval> m_pending;
    QListWidget *m_list;
    QPlainTextEdit *m_comment;
    QLabel *m_status;
};

} // namespace Huike
