#pragma once

#include "models/approvalservice.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Huike {

// 审批 in two tabs (FEATURES.md W2, C4).
// 待我审批: the requests the user decides, of every kind — a quote's discount (the customer,
// quote, discount, amount), a customer's level change (from, to), a contract, an expense
// claim (its amount by category, over budget) or a loan — with who asked, when and why;
// approved or rejected with a comment. A decision goes to the server with the next sync:
// until the server confirms it the request shows as submitted, then as approved or
// rejected — or, refused by the server, why (and it waits for a decision again). A request
// the user may not decide (four eyes, an expired quote, a level that changed since) says so
// instead of offering to approve. Double-click opens the record (openRecord: the table, the
// id, the customer's id or empty — an expense need not be for a customer).
// 我的申请: the user's own requests and where each stands; a pending one can be withdrawn.
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApprovalDialog(ApprovalService &service, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *list() const { return m_list; }
    // The decisions made here, with what became of them.
    QListWidget *submitted() const { return m_submitted; }
    // 我的申请.
    QListWidget *mine() const { return m_mine; }
    QLabel *statusLabel() const { return m_status; }
    // "张三 休假中（12-01 至 12-10），其审批由 李四 代理": whom the user decides for today.
    QLabel *delegationLabel() const { return m_delegation; }
    // 审批代理…: sets or clears the user's own delegation while away (DelegationDialog).
    QPushButton *delegationButton() const { return m_delegationButton; }
    // Decides the selected requests (several: in bulk, the same decision and comment for
    // each); false when none is selected, the rules refuse every one (the reason shown), or
    // nothing can be saved. Those the rules refuse are left as they are, and the status says so.
    bool decide(bool approve, const QString &comment);
    // Withdraws the selected one of my requests; false when it cannot be (the reason shown).
    bool withdraw();
    // Re-reads the requests and the state of the decisions (after a sync round).
    void reload();

signals:
    void decided();
    void openRecord(const QString &table, const QString &id, const QString &customerId);

private:
    void updateButtons();
    QList<int> chosenRows() const; // the selected requests to decide (or the current one)
    QString stateText(const Approval &a);

    ApprovalService &m_service;
    QList<ApprovalService::Request> m_pending;
    QList<ApprovalService::Request> m_decided; // decided in this dialog, as they were
    QList<ApprovalService::Request> m_own;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    QListWidget *m_submitted;
    QListWidget *m_mine;
    QPlainTextEdit *m_comment;
    QLabel *m_status;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_withdraw;
    QLabel *m_delegation;
    QPushButton *m_delegationButton;
};

} // namespace Huike
