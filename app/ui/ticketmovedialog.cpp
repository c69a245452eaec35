#include "ui/ticketmovedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

QString TicketMoveDialog::caption(const QString &move)
{
    if (move == u"assign")
        return tr("Assign…");
    if (move == u"start")
        return tr("Start work");
    if (move == u"suspend")
        return tr("Suspend…");
    if (move == u"resume")
        return tr("Resume");
    if (move == u"resolve")
        return tr("Resolve…");
    if (move == u"close")
        return tr("Close");
    if (move == u"reopen")
        return tr("Reopen…");
    if (move == u"escalate")
        return tr("Escalate…");
    if (move == u"rate")
        return tr("Enter rating…");
    return move;
}

TicketMoveDialog::TicketMoveDialog(const QString &move, const TicketService::Ticket &ticket,
                                   const QList<TicketService::Person> &assignees, QWidget *parent)
    : QDialog(parent), m_move(move)
{
    setObjectName(u"ticketMove"_s);
    setWindowTitle(tr("%1 — ticket %2").arg(caption(move).remove(u"…"_s), ticket.number));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (move == u"assign") {
        m_assignee = new QComboBox(this);
        m_assignee->setObjectName(u"assignee"_s);
        m_assignee->addItem(tr("(choose)"), QString());
        for (const TicketService::Person &p : assignees)
            if (p.id != ticket.assigneeId)
                m_assignee->addItem(p.name, p.id);
        form->addRow(tr("&Hand to:"), m_assignee);
        connect(m_assignee, &QComboBox::currentIndexChanged, this, &TicketMoveDialog::updateOk);
    } else if (move == u"suspend") {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"reason"_s);
        m_reason->setPlaceholderText(tr("e.g. waiting for the spare part, the customer is away"));
        form->addRow(tr("&Waiting for:"), m_reason);
        m_resumeOn = new QDateEdit(QDate::currentDate().addDays(1), this);
        m_resumeOn->setObjectName(u"resumeOn"_s);
        m_resumeOn->setCalendarPopup(true);
        m_resumeOn->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_resumeOn->setMinimumDate(QDate::currentDate());
        form->addRow(tr("&Resume on:"), m_resumeOn);
        connect(m_reason, &QLineEdit::textChanged, this, &TicketMoveDialog::updateOk);
    } else if (move == u"resolve") {
        m_resolution = new QPlainTextEdit(ticket.resolution, this);
        m_resolution->setObjectName(u"resolution"_s);
        m_resolution->setPlaceholderText(tr("What was done: the cause and the fix"));
        m_resolution->setTabChangesFocus(true);
        form->addRow(tr("&Solution:"), m_resolution);
        connect(m_resolution, &QPlainTextEdit::textChanged, this, &TicketMoveDialog::updateOk);
    } else if (move == u"rate") {
        m_score = new QSpinBox(this);
        m_score->setObjectName(u"score"_s);
        m_score->setRange(1, 5);
        m_score->setValue(5);
        m_score->setSuffix(tr(" of 5"));
        form->addRow(tr("&Satisfaction:"), m_score);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"note"_s);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    const bool noteRequired = move == u"reopen" || move == u"escalate";
    m_note->setPlaceholderText(move == u"rate" ? tr("What the customer said")
                               : noteRequired ? tr("Why (required)")
                                              : tr("For the ticket's history (optional)"));
    form->addRow(move == u"rate" ? tr("&Comment:") : tr("&Note:"), m_note);
    connect(m_note, &QPlainTextEdit::textChanged, this, &TicketMoveDialog::updateOk);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(caption(move).remove(u"…"_s));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
    resize(480, sizeHint().height());
}

void TicketMoveDialog::updateOk()
{
    bool ok = true;
    if (m_assignee)
        ok = !assigneeId().isEmpty();
    if (m_reason)
        ok = !reason().isEmpty();
    if (m_resolution)
        ok = !resolution().isEmpty();
    if (m_move == u"reopen" || m_move == u"escalate")
        ok = ok && !note().isEmpty();
    m_ok->setEnabled(ok);
}

QString TicketMoveDialog::assigneeId() const
{
    return m_assignee ? m_assignee->currentData().toString() : QString();
}

QString TicketMoveDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

QDate TicketMoveDialog::resumeOn() const
{
    return m_resumeOn ? m_resumeOn->date() : QDate();
}

QString TicketMoveDialog::resolution() const
{
    return m_resolution ? m_resolution->toPlainText().trimmed() : QString();
}

int TicketMoveDialog::score() const
{
    return m_score ? m_score->value() : 0;
}

QString TicketMoveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace Huike
