#include "ui/approvaldialog.h"

#include "models/outcometext.h"
#include "replica/outcomefeed.h"
#include "schema/schemaerror.h"

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
    resize(760, 520);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Double-click to open the quote"));
    m_submitted = new QListWidget(this);
    m_submitted->setWordWrap(true);
    m_submitted->setMaximumHeight(110);
    m_comment = new QPlainTextEdit(this);
    m_comment->setMaximumHeight(60);
    m_comment->setPlaceholderText(tr("Comment for the requester (optional)"));
    m_comment->setTabChangesFocus(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_approve = new QPushButton(tr("&Approve"), this);
    m_reject = new QPushButton(tr("&Reject"), this);
    auto *close = new QPushButton(tr("Close"), this);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true, m_comment->toPlainText().trimmed()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false, m_comment->toPlainText().trimmed()); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, &ApprovalDialog::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_pending.size())
            emit openQuote(m_pending[row].approval.recordId.toString(), m_pending[row].approval.customerId.toString());
    });
    // After each sync round: decisions confirmed or refused by the server.
    connect(&m_service.outcomes(), &OutcomeFeed::polled, this, &ApprovalDialog::reload);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(close);
    auto *commentLabel = new QLabel(tr("C&omment:"), this);
    commentLabel->setBuddy(m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(new QLabel(tr("Decided here:"), this));
    layout->addWidget(m_submitted);
    layout->addLayout(buttons);
    reload();
}

void ApprovalDialog::reload()
{
    const QString current = m_list->currentRow() >= 0 && m_list->currentRow() < m_pending.size()
        ? m_pending[m_list->currentRow()].approval.meta.id.toString()
        : QString();
    m_pending = m_service.approvalsToDecide();
    m_list->clear();
    const QLocale locale;
    int select = m_pending.isEmpty() ? -1 : 0;
    for (const QuoteService::PendingApproval &p : std::as_const(m_pending)) {
        QString text = tr("%1 — quote %2 V%3: a discount of %4 %, total %5. Asked by %6 on %7.")
                           .arg(p.customerName, p.quoteNumber)
                           .arg(p.revision)
                           .arg(p.approval.discountPercent.toString(), p.approval.amount.format(locale), p.requester,
                                p.approval.meta.createdAt.left(10));
        if (!p.approval.reason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(p.approval.reason);
        if (p.expired)
            text += u'\n' + tr("⚠ The quote expired on %1: it can no longer be approved.").arg(p.validUntil);
        if (!p.refusal.isEmpty())
            text += u'\n' + tr("⚠ %1").arg(p.refusal);
        const QString refused = m_service.refusalCode(u"approvals"_s, p.approval.meta.id.toString());
        if (!refused.isEmpty())
            text += u'\n' + tr("✘ Your decision was not accepted by the server: %1").arg(OutcomeText::reason(refused));
        auto *item = new QListWidgetItem(text, m_list);
        if (p.expired || !p.refusal.isEmpty())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (p.approval.meta.id.toString() == current)
            select = m_list->count() - 1;
    }
    m_submitted->clear();
    for (const QuoteService::PendingApproval &p : std::as_const(m_decided)) {
        const QString id = p.approval.meta.id.toString();
        const auto a = m_service.approval(id);
        if (!a)
            continue;
        const QString refused = m_service.refusalCode(u"approvals"_s, id);
        QString state;
        if (m_service.awaitsServer(u"approvals"_s, id))
            state = tr("Submitted, waiting for the server to confirm.");
        else if (a->status == ApprovalStatus::Approved)
            state = tr("✔ Approved.");
        else if (a->status == ApprovalStatus::Rejected)
            state = tr("✔ Rejected.");
        else if (!refused.isEmpty())
            state = tr("✘ Not accepted by the server: %1 The request waits for a decision again.").arg(OutcomeText::reason(refused));
        else
            state = tr("Submitted, waiting for the server to confirm.");
        m_submitted->addItem(tr("%1 — quote %2 V%3, a discount of %4 %: %5")
                                 .arg(p.customerName, p.quoteNumber)
                                 .arg(p.revision)
                                 .arg(a->discountPercent.toString(), state));
    }
    if (m_pending.isEmpty() && m_decided.isEmpty())
        m_status->setText(tr("Nothing waits for your approval."));
    m_list->setCurrentRow(select);
    updateButtons();
}

void ApprovalDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_pending.size();
    m_approve->setEnabled(any && m_service.decisionRefusal(m_pending[row], true).isEmpty());
    m_reject->setEnabled(any && m_service.decisionRefusal(m_pending[row], false).isEmpty());
}

bool ApprovalDialog::decide(bool approve, const QString &comment)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pending.size())
        return false;
    // What the server would refuse is refused here (four eyes, an expired quote).
    const QString refusal = m_service.decisionRefusal(m_pending[row], approve);
    if (!refusal.isEmpty()) {
        m_status->setText(refusal);
        return false;
    }
    const QuoteService::PendingApproval chosen = m_pending[row];
    Approval approval = chosen.approval;
    try {
        m_service.decide(approval, approve, comment);
    } catch (const SchemaError &e) {
        m_status->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    m_decided.removeIf([&](const QuoteService::PendingApproval &p) { return p.approval.meta.id == approval.meta.id; });
    m_decided << chosen;
    m_comment->clear();
    reload();
    m_status->setText(tr("Submitted, waiting for the server to confirm."));
    emit decided();
    return true;
}

} // namespace Huike
