#include "approvaldialog.h"

#include "schemaerror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ApprovalDialog::ApprovalDialog(QuoteService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Approvals waiting for me"));
    resize(760, 460);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_comment = new QPlainTextEdit(this);
    m_comment->setMaximumHeight(60);
    m_comment->setPlaceholderText(tr("Comment for the requester (optional)"));
    m_comment->setTabChangesFocus(true);
    m_status = new QLabel(this);
    auto *approve = new QPushButton(tr("&Approve"), this);
    auto *reject = new QPushButton(tr("&Reject"), this);
    auto *close = new QPushButton(tr("Close"), this);
    connect(approve, &QPushButton::clicked, this, [this] { decide(true, m_comment->toPlainText().trimmed()); });
    connect(reject, &QPushButton::clicked, this, [this] { decide(false, m_comment->toPlainText().trimmed()); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(approve);
    buttons->addWidget(reject);
    buttons->addWidget(close);
    auto *commentLabel = new QLabel(tr("C&omment:"), this);
    commentLabel->setBuddy(m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);
    reload();
}

void ApprovalDialog::reload()
{
    m_pending = m_service.approvalsToDecide();
    m_list->clear();
    const QLocale locale;
    for (const QuoteService::PendingApproval &p : m_pending) {
        QString text = tr("%1 — quote %2 V%3: a discount of %4 %, total %5. Asked by %6 on %7.")
                           .arg(p.customerName, p.quoteNumber)
                           .arg(p.revision)
                           .arg(p.approval.discountPercent.toString(), p.approval.amount.format(locale), p.requester,
                                p.approval.meta.createdAt.left(10));
        if (!p.approval.reason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(p.approval.reason);
        m_list->addItem(text);
    }
    if (m_pending.isEmpty())
        m_status->setText(tr("Nothing waits for your approval."));
    else
        m_list->setCurrentRow(0);
}

bool ApprovalDialog::decide(bool approve, const QString &comment)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pending.size())
        return false;
    Approval approval = m_pending[row].approval;
    try {
        m_service.decide(approval, approve, comment);
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    m_comment->clear();
    reload();
    m_status->setText(approve ? tr("Approved. The requester sees it after the next sync.")
                              : tr("Rejected. The requester sees it after the next sync."));
    emit decided();
    return true;
}

} // namespace Huike
