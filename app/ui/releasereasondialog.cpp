#include "ui/releasereasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ReleaseReasonDialog::ReleaseReasonDialog(const QString &question, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"releaseReason"_s);
    setWindowTitle(tr("Release to the public pool"));
    m_question = new QLabel(question, this);
    m_question->setWordWrap(true);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"reason"_s);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({QString(), tr("No purchase plan for now"), tr("The contact cannot be reached"),
                        tr("Not a customer we serve"), tr("Went to a competitor"), tr("Too many customers to follow up")});
    m_reason->lineEdit()->setMaxLength(MaxLength);
    m_reason->lineEdit()->setPlaceholderText(tr("Why does it go back? (required)"));
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(u"color: #c8102e"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Release"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &ReleaseReasonDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    update();
}

QString ReleaseReasonDialog::question() const
{
    return m_question->text();
}

QString ReleaseReasonDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void ReleaseReasonDialog::setReason(const QString &reason)
{
    m_reason->setCurrentText(reason);
}

void ReleaseReasonDialog::update()
{
    const bool given = !reason().isEmpty();
    m_ok->setEnabled(given);
    m_hint->setText(given ? QString() : tr("Say why the customer goes back to the pool."));
}

std::optional<QString> ReleaseReasonDialog::ask(QWidget *parent, const QString &question)
{
    ReleaseReasonDialog dialog(question, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason().left(MaxLength);
}

} // namespace Huike
