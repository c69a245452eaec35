#include "ui/customerduplicatespanel.h"

#include "core/creditcode.h"
#include "models/customerservice.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

CustomerDuplicatesPanel::CustomerDuplicatesPanel(CustomerService &service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    m_title = new QLabel(tr("Possible duplicates — double-click to open instead:"), this);
    m_title->setStyleSheet(u"color: #b35900; font-weight: bold"_s);
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (id.isEmpty()) // masked: another rep's
            QMessageBox::information(window(), tr("Customer exists"), item->toolTip());
        else
            emit openCustomer(id);
    });
}

void CustomerDuplicatesPanel::enableRemote(const QUrl &server, const QString &token)
{
    if (!m_remote) {
        m_remote = new RemoteDuplicates(this); // this card's own: results never cross cards
        connect(m_remote, &RemoteDuplicates::found, this, &CustomerDuplicatesPanel::merge);
    }
    m_remote->setServer(server, token);
}

void CustomerDuplicatesPanel::find(const QString &name, const QString &phone, const QString &creditCode, const QString &customerId)
{
    m_creditCode = creditCode;
    const QList<CustomerService::Match> matches = m_service.duplicates(name, phone, creditCode, customerId);
    m_list->clear();
    for (const CustomerService::Match &m : matches) {
        const QString owner = m.ownerName.isEmpty() ? tr("public pool") : m.ownerName;
        auto *item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(m.name, owner, m.reason), m_list);
        item->setData(Qt::UserRole, m.id);
    }
    setVisible(!matches.isEmpty());
    if (m_remote)
        m_remote->check(name, phone, creditCode, customerId);
}

void CustomerDuplicatesPanel::merge(const QList<RemoteDuplicates::Match> &matches)
{
    // Those already listed from the replica stay as they are; the server adds the
    // customers this user cannot see, masked, and any not synced here yet.
    QSet<QString> listed;
    for (int i = 0; i < m_list->count(); ++i)
        listed.insert(m_list->item(i)->data(Qt::UserRole).toString());
    m_remoteCodeMatches.clear();
    m_remoteCode = CreditCode::isValid(m_creditCode) ? CreditCode::normalize(m_creditCode) : QString();
    for (const RemoteDuplicates::Match &m : matches) {
        if (m.reason == u"credit_code")
            m_remoteCodeMatches << m;
        if (m.visible && listed.contains(m.id))
            continue;
        const QString reason = m.reason == u"credit_code" ? tr("same credit code")
                             : m.reason == u"phone"       ? tr("same phone number")
                             : m.score >= 100             ? tr("same name")
                                                          : tr("similar name (%1 %)").arg(m.score);
        const QString owner = m.ownerName.isEmpty() ? tr("public pool") : m.ownerName;
        auto *item = new QListWidgetItem(m_list);
        if (m.visible) {
            item->setText(tr("%1 — %2 (%3)").arg(m.name, owner, reason));
            item->setData(Qt::UserRole, m.id);
        } else {
            item->setText(tr("%1 — %2 (%3; not shared with you)").arg(m.name, owner, reason));
            item->setForeground(palette().placeholderText());
            item->setToolTip(tr("This customer exists and belongs to %1. Ask them or your manager to share it "
                                "instead of creating it again.").arg(owner));
        }
    }
    setVisible(m_list->count() > 0);
}

std::optional<RemoteDuplicates::Match> CustomerDuplicatesPanel::creditCodeOwner(const QString &code, const QString &customerId) const
{
    if (m_remoteCode != code)
        return std::nullopt;
    // The server's check (while typing) knows the customers not in this replica.
    for (const RemoteDuplicates::Match &m : m_remoteCodeMatches) {
        if (m.id == customerId && m.visible)
            continue;
        return m;
    }
    return std::nullopt;
}

std::optional<CustomerDuplicatesPanel::TakenCode> CustomerDuplicatesPanel::creditCodeTaken(const QString &creditCode,
                                                                                         const Customer &original) const
{
    if (!CreditCode::isValid(creditCode))
        return std::nullopt;
    const QString code = CreditCode::normalize(creditCode);
    if (!original.meta.id.isNull() && CreditCode::isValid(original.creditCode) && CreditCode::normalize(original.creditCode) == code)
        return std::nullopt;
    const QString customerId = original.meta.id.isNull() ? QString() : original.meta.id.toString();
    if (const auto match = m_service.creditCodeTaken(code, customerId))
        return TakenCode{code, match->id, match->name, match->ownerName};
    // The server's check (while typing) knows the customers not in this replica.
    if (const auto remote = creditCodeOwner(code, customerId); remote && !remote->name.isEmpty())
        return TakenCode{code, remote->visible ? remote->id : QString(), remote->name, remote->ownerName};
    return std::nullopt;
}

void CustomerDuplicatesPanel::explain(const TakenCode &taken)
{
    const QString ownerText = taken.owner.isEmpty() ? tr("the public pool") : taken.owner;
    QMessageBox box(QMessageBox::Warning, tr("Credit code already in use"),
                    tr("The unified social credit code %1 already belongs to %2 (%3). A credit code names one "
                       "company, so this card cannot be saved with it.").arg(taken.code, taken.name, ownerText),
                    QMessageBox::Cancel, window());
    QPushButton *open = nullptr;
    if (!taken.id.isEmpty())
        open = box.addButton(tr("Open the existing customer"), QMessageBox::AcceptRole);
    else
        box.setInformativeText(tr("That customer is not shared with you; ask its owner or your manager."));
    if (open)
        box.setDefaultButton(open);
    box.exec();
    if (open && box.clickedButton() == open)
        emit openCustomer(taken.id);
}

} // namespace Huike
