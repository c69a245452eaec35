#include "ui/approvaldialog.h"

#include "models/modelerror.h"
#include "models/outcomes.h"
#include "models/outcometext.h"
#include "syncclient/delegationclient.h"
#include "ui/delegationdialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// "报价折扣 · 杭州华通科技有限公司 — 报价 BJ-2026-0001 V1：折扣 15%，合计 ¥92,888.15"; an
// expense for no customer: "费用报销 — 费用报销「杭州出差」¥1,105.50（…）".
QString headline(const ApprovalService::Request &r)
{
    if (r.customerName.isEmpty())
        return ApprovalDialog::tr("%1 — %2").arg(r.kindCaption, r.subject);
    return ApprovalDialog::tr("%1 · %2 — %3").arg(r.kindCaption, r.customerName, r.subject);
}

} // namespace

ApprovalDialog::ApprovalDialog(ApprovalService &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Approvals"));
    resize(780, 560);
    m_tabs = new QTabWidget(this);

    auto *toDecide = new QWidget(m_tabs);
    m_list = new QListWidget(toDecide);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // decided together
    m_list->setToolTip(tr("Double-click to open the record; select several (Ctrl, Shift) to decide them together"));
    m_submitted = new QListWidget(toDecide);
    m_submitted->setWordWrap(true);
    m_submitted->setMaximumHeight(110);
    m_comment = new QPlainTextEdit(toDecide);
    m_comment->setMaximumHeight(60);
    m_comment->setPlaceholderText(tr("Comment for the requester (optional)"));
    m_comment->setTabChangesFocus(true);
    m_approve = new QPushButton(tr("&Approve"), toDecide);
    m_reject = new QPushButton(tr("&Reject"), toDecide);
    auto *commentLabel = new QLabel(tr("C&omment:"), toDecide);
    commentLabel->setBuddy(m_comment);
    auto *decideButtons = new QHBoxLayout;
    decideButtons->addStretch(1);
    decideButtons->addWidget(m_approve);
    decideButtons->addWidget(m_reject);
    auto *decideLayout = new QVBoxLayout(toDecide);
    decideLayout->addWidget(m_list, 1);
    decideLayout->addWidget(commentLabel);
    decideLayout->addWidget(m_comment);
    decideLayout->addLayout(decideButtons);
    decideLayout->addWidget(new QLabel(tr("Decided here:"), toDecide));
    decideLayout->addWidget(m_submitted);
    m_tabs->addTab(toDecide, tr("Waiting for &me"));

    auto *own = new QWidget(m_tabs);
    m_mine = new QListWidget(own);
    m_mine->setWordWrap(true);
    m_mine->setAlternatingRowColors(true);
    m_mine->setToolTip(tr("Double-click to open the record"));
    m_withdraw = new QPushButton(tr("&Withdraw"), own);
    m_withdraw->setToolTip(tr("Withdraw the selected request before anyone decides it"));
    auto *ownButtons = new QHBoxLayout;
    ownButtons->addStretch(1);
    ownButtons->addWidget(m_withdraw);
    auto *ownLayout = new QVBoxLayout(own);
    ownLayout->addWidget(m_mine, 1);
    ownLayout->addLayout(ownButtons);
    m_tabs->addTab(own, tr("My re&quests"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_delegation = new QLabel(this);
    m_delegation->setWordWrap(true);
    m_delegation->hide();
    m_delegationButton = new QPushButton(tr("Dele&gation while away…"), this);
    m_delegationButton->setToolTip(tr("Choose who decides your approvals while you are away"));
    connect(m_delegationButton, &QPushButton::clicked, this, [this] {
        DelegationDialog dialog(DelegationClient::nearest(this), this);
        dialog.exec();
    });
    auto *close = new QPushButton(tr("Close"), this);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true, m_comment->toPlainText().trimmed()); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false, m_comment->toPlainText().trimmed()); });
    connect(m_withdraw, &QPushButton::clicked, this, &ApprovalDialog::withdraw);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ApprovalDialog::updateButtons);
    connect(m_mine, &QListWidget::currentRowChanged, this, &ApprovalDialog::updateButtons);
    auto open = [this](const QList<ApprovalService::Request> &requests, int row) {
        if (row < 0 || row >= requests.size())
            return;
        const Id &customer = requests[row].approval.customerId; // none for most expenses
        emit openRecord(requests[row].openTable, requests[row].openId, customer.isNull() ? QString() : customer.toString());
    };
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this, open](QListWidgetItem *item) { open(m_pending, m_list->row(item)); });
    connect(m_mine, &QListWidget::itemDoubleClicked, this, [this, open](QListWidgetItem *item) { open(m_own, m_mine->row(item)); });
    // After each sync round: decisions confirmed or refused by the server.
    connect(&m_service.outcomes(), &Outcomes::polled, this, &ApprovalDialog::reload);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_delegationButton);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_delegation);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    reload();
    if (m_pending.isEmpty() && !m_own.isEmpty())
        m_tabs->setCurrentIndex(1);
}

QString ApprovalDialog::stateText(const Approval &a)
{
    const QString refused = m_service.refusalCode(a);
    if (m_service.awaitsServer(a))
        return tr("Submitted, waiting for the server to confirm.");
    if (a.status == ApprovalStatus::Approved)
        return tr("✔ Approved.");
    if (a.status == ApprovalStatus::Rejected)
        return tr("✔ Rejected.");
    if (m_service.stepDecided(a))
        return tr("✔ Your step is decided; the request goes on to its next step.");
    if (!refused.isEmpty())
        return tr("✘ Not accepted by the server: %1 The request waits for a decision again.").arg(OutcomeText::reason(refused));
    return tr("Submitted, waiting for the server to confirm.");
}

void ApprovalDialog::reload()
{
    const QString current = m_list->currentRow() >= 0 && m_list->currentRow() < m_pending.size()
        ? m_pending[m_list->currentRow()].approval.meta.id.toString()
        : QString();
    try {
        m_pending = m_service.toDecide();
        m_own = m_service.mine();
    } catch (const ModelError &e) {
        m_status->setText(tr("The requests could not be read: %1").arg(e.message()));
        return;
    }
    QStringList absences;
    try {
        for (const ApprovalService::Absence &a : m_service.delegatedToMe())
            absences << tr("%1 is away (%2 to %3); %4 decides their approvals as delegate.")
                            .arg(a.name, a.from.mid(5), a.to.mid(5), a.delegate);
    } catch (const ModelError &) {
        // shown without
    }
    m_delegation->setText(absences.join(u'\n'));
    m_delegation->setVisible(!absences.isEmpty());
    m_list->clear();
    int select = m_pending.isEmpty() ? -1 : 0;
    for (const ApprovalService::Request &r : std::as_const(m_pending)) {
        QString text = headline(r) + u'\n'
            + tr("Asked by %1 on %2.").arg(r.requester, r.approval.meta.createdAt.left(10));
        if (!r.approval.reason.isEmpty())
            text += u'\n' + tr("Reason: %1").arg(r.approval.reason);
        if (r.overdue)
            text += u'\n' + tr("⚠ %1 — waiting longer than the flow allows.").arg(r.stage.isEmpty() ? tr("This step") : r.stage);
        else if (!r.stage.isEmpty())
            text += u'\n' + r.stage;
        for (const QString &step : r.steps)
            text += u'\n' + tr("  · %1").arg(step);
        if (r.expired)
            text += u'\n' + tr("⚠ The quote expired on %1: it can no longer be approved.").arg(r.validUntil);
        const QString refusal = m_service.decisionRefusal(r, true);
        if (!refusal.isEmpty() && !r.expired)
            text += u'\n' + tr("⚠ %1").arg(refusal);
        const QString refused = m_service.refusalCode(r.approval);
        if (!refused.isEmpty())
            text += u'\n' + tr("✘ Your decision was not accepted by the server: %1").arg(OutcomeText::reason(refused));
        auto *item = new QListWidgetItem(text, m_list);
        if (!refusal.isEmpty())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (r.approval.meta.id.toString() == current)
            select = m_list->count() - 1;
    }
    m_submitted->clear();
    for (const ApprovalService::Request &r : std::as_const(m_decided)) {
        const auto a = m_service.current(r.approval);
        if (!a)
            continue;
        m_submitted->addItem(tr("%1: %2").arg(headline(r), stateText(*a)));
    }
    m_mine->clear();
    for (const ApprovalService::Request &r : std::as_const(m_own)) {
        QString state;
        if (r.approval.status == ApprovalStatus::Pending) {
            const QString refused = m_service.refusalCode(r.approval);
            if (m_service.awaitsServer(r.approval))
                state = tr("Not sent yet: it goes to the server with the next sync.");
            else if (!refused.isEmpty())
                state = tr("✘ Not accepted by the server: %1").arg(OutcomeText::reason(refused));
            else if (!r.stage.isEmpty())
                state = r.approver.isEmpty() ? tr("%1, waiting for a decision.").arg(r.stage)
                                             : tr("%1, waiting for %2 to decide.").arg(r.stage, r.approver);
            else
                state = r.approver.isEmpty() ? tr("Waiting for a decision.") : tr("Waiting for %1 to decide.").arg(r.approver);
        } else {
            state = r.approval.status == ApprovalStatus::Approved ? tr("✔ Approved by %1 on %2.") : tr("✘ Rejected by %1 on %2.");
            state = state.arg(r.decider, r.approval.decidedAt.left(10));
            if (!r.approval.comment.isEmpty())
                state += u' ' + tr("Comment: %1").arg(r.approval.comment);
        }
        QString text = headline(r) + u'\n' + tr("Asked on %1. %2").arg(r.approval.meta.createdAt.left(10), state);
        for (const QString &step : r.steps)
            text += u'\n' + tr("  · %1").arg(step);
        m_mine->addItem(text);
    }
    if (m_pending.isEmpty() && m_decided.isEmpty())
        m_status->setText(tr("Nothing waits for your approval."));
    m_tabs->setTabText(0, m_pending.isEmpty() ? tr("Waiting for &me") : tr("Waiting for &me (%1)").arg(m_pending.size()));
    m_list->setCurrentRow(select);
    updateButtons();
}

QList<int> ApprovalDialog::chosenRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        if (index.row() < m_pending.size())
            rows << index.row();
    if (rows.isEmpty() && m_list->currentRow() >= 0 && m_list->currentRow() < m_pending.size())
        rows << m_list->currentRow();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void ApprovalDialog::updateButtons()
{
    // Enabled when at least one chosen request may be decided that way.
    bool approve = false, reject = false;
    for (int row : chosenRows()) {
        approve = approve || m_service.decisionRefusal(m_pending[row], true).isEmpty();
        reject = reject || m_service.decisionRefusal(m_pending[row], false).isEmpty();
    }
    m_approve->setEnabled(approve);
    m_reject->setEnabled(reject);
    const int own = m_mine->currentRow();
    m_withdraw->setEnabled(own >= 0 && own < m_own.size() && m_own[own].approval.status == ApprovalStatus::Pending);
}

bool ApprovalDialog::decide(bool approve, const QString &comment)
{
    const QList<int> rows = chosenRows();
    if (rows.isEmpty())
        return false;
    // What the server would refuse is refused here (four eyes, an expired quote); the
    // others of a bulk decision go ahead, and the status says how many were left.
    QString refusal;
    int done = 0;
    for (int row : rows) {
        const ApprovalService::Request chosen = m_pending[row];
        if (const QString why = m_service.decisionRefusal(chosen, approve); !why.isEmpty()) {
            refusal = why;
            continue;
        }
        ApprovalService::Request decision = chosen;
        const Approval &approval = chosen.approval;
        try {
            m_service.decide(decision, approve, comment);
        } catch (const ModelError &e) {
            refusal = tr("Not saved: %1").arg(e.message());
            break;
        }
        m_decided.removeIf([&](const ApprovalService::Request &r) { return r.approval.meta.id == approval.meta.id; });
        m_decided << chosen;
        ++done;
    }
    if (done == 0) {
        m_status->setText(refusal);
        return false;
    }
    m_comment->clear();
    reload();
    const int skipped = int(rows.size()) - done;
    m_status->setText(skipped == 0 ? (done == 1 ? tr("Submitted, waiting for the server to confirm.")
                                                : tr("%n decision(s) submitted, waiting for the server to confirm.", nullptr, done))
                                   : tr("%n decision(s) submitted; %1 left as they are: %2", nullptr, done).arg(skipped).arg(refusal));
    emit decided();
    return true;
}

bool ApprovalDialog::withdraw()
{
    const int row = m_mine->currentRow();
    if (row < 0 || row >= m_own.size())
        return false;
    QString refusal;
    try {
        refusal = m_service.withdraw(m_own[row].approval);
    } catch (const ModelError &e) {
        refusal = tr("Not saved: %1").arg(e.message());
    }
    if (!refusal.isEmpty()) {
        m_status->setText(refusal);
        return false;
    }
    reload();
    m_status->setText(tr("The request is withdrawn."));
    emit decided();
    return true;
}

} // namespace Huike
