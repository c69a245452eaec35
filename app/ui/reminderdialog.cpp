#include "ui/reminderdialog.h"

#include "core/dateformat.h"
#include "core/money.h"
#include "models/modelerror.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr int GroupCount = 4;

QString groupName(ReminderDialog::Group group, int n)
{
    switch (group) {
    case ReminderDialog::Group::Overdue: return ReminderDialog::tr("Overdue (%1)").arg(n);
    case ReminderDialog::Group::Today: return ReminderDialog::tr("Today (%1)").arg(n);
    case ReminderDialog::Group::ThisWeek: return ReminderDialog::tr("This week (%1)").arg(n);
    case ReminderDialog::Group::Later: return ReminderDialog::tr("Later (%1)").arg(n);
    }
    return {};
}

} // namespace

ReminderDialog::ReminderDialog(Customer360 &service, QWidget *parent)
    : QDialog(parent), m_service(service), m_folded(GroupCount, false), m_headings(GroupCount, -1)
{
    setWindowTitle(tr("Reminders"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Customer"), tr("What")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, fontMetrics().horizontalAdvance(u"M"_s) * 22);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_done = buttons->addButton(tr("&Done"), QDialogButtonBox::ActionRole);
    m_done->setObjectName(u"done"_s);
    m_done->setToolTip(tr("Ticks a next step off. An instalment's reminder goes when it is paid, a contract's when it is completed."));
    m_dismiss = buttons->addButton(tr("Dis&miss"), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(u"dismiss"_s);
    m_dismiss->setToolTip(tr("Handled: the reminder no longer shows on this computer. The record itself stays as it is."));
    m_snooze = buttons->addButton(tr("&Snooze"), QDialogButtonBox::ActionRole);
    m_snooze->setObjectName(u"snooze"_s);
    m_snooze->setToolTip(tr("Shows the reminder again later"));
    auto *snoozeMenu = new QMenu(m_snooze);
    snoozeMenu->addAction(tr("For 1 day"), this, [this] { setAside(false, 1); })->setObjectName(u"snoozeDay"_s);
    snoozeMenu->addAction(tr("For 1 week"), this, [this] { setAside(false, 7); })->setObjectName(u"snoozeWeek"_s);
    m_snooze->setMenu(snoozeMenu);
    buttons->addButton(QDialogButtonBox::Close);
    auto openCurrent = [this] {
        const int row = m_table->currentRow();
        const int i = reminderAt(row);
        if (i < 0) {
            // A group's heading: fold or unfold it.
            for (int g = 0; g < GroupCount; ++g)
                if (m_headings[g] == row && row >= 0)
                    setGroupFolded(Group(g), !m_folded[g]);
            return;
        }
        const Customer360::Reminder &r = m_reminders[i];
        if (!r.ticketId.isEmpty())
            emit openTicket(r.ticketId);
        else if (r.contractId.isEmpty())
            emit openCustomer(r.customerId);
        else
            emit openContract(r.customerId, r.contractId);
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, openCurrent);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        if (style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_table))
            return; // the activation folds it
        for (int g = 0; g < GroupCount; ++g)
            if (m_headings[g] == row)
                setGroupFolded(Group(g), !m_folded[g]);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReminderDialog::updateButtons);
    connect(m_done, &QPushButton::clicked, this, [this] {
        const Customer360::Reminder *r = current();
        if (!r || r->activityId.isEmpty())
            return;
        try {
            m_service.markDone(r->activityId);
        } catch (const ModelError &e) {
            QMessageBox::warning(this, tr("Not saved"), e.message());
            return;
        }
        refresh();
        emit changed();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { setAside(true, 0); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 80, fontMetrics().height() * 24);
    refresh();
}

ReminderDialog::Group ReminderDialog::groupOf(const QDate &due, const QDate &today)
{
    if (!due.isValid() || due < today)
        return Group::Overdue;
    if (due == today)
        return Group::Today;
    // The week runs Monday to Sunday.
    if (due <= today.addDays(7 - today.dayOfWeek()))
        return Group::ThisWeek;
    return Group::Later;
}

const Customer360::Reminder *ReminderDialog::current() const
{
    const int i = reminderAt(m_table->currentRow());
    return i >= 0 ? &m_reminders[i] : nullptr;
}

void ReminderDialog::setAside(bool dismiss, int days)
{
    const Customer360::Reminder *r = current();
    if (!r)
        return;
    const int row = m_table->currentRow();
    try {
        if (dismiss)
            m_service.dismissReminder(*r);
        else
            m_service.snoozeReminder(*r, QDate::currentDate().addDays(days));
    } catch (const ModelError &e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return;
    }
    refresh();
    // On to the next reminder where this one was.
    for (int next = std::min(row, m_table->rowCount() - 1); next >= 0 && next < m_table->rowCount(); ++next)
        if (reminderAt(next) >= 0 && !m_table->isRowHidden(next)) {
            m_table->selectRow(next);
            break;
        }
    emit changed();
}

void ReminderDialog::setGroupFolded(Group group, bool folded)
{
    const int g = int(group);
    m_folded[g] = folded;
    const int heading = m_headings[g];
    if (heading < 0)
        return;
    for (int row = heading + 1; row < m_table->rowCount() && reminderAt(row) >= 0; ++row)
        m_table->setRowHidden(row, folded);
    const QString text = m_table->item(heading, 0)->data(Qt::UserRole).toString();
    m_table->item(heading, 0)->setText((folded ? u"▸ "_s : u"▾ "_s) + text);
}

void ReminderDialog::refresh()
{
    const QDate today = QDate::currentDate();
    m_reminders = m_service.reminders(today);
    QList<QList<int>> groups(GroupCount);
    for (int i = 0; i < m_reminders.size(); ++i)
        groups[int(groupOf(QDate::fromString(m_reminders[i].due, Qt::ISODate), today))] << i;
    // Reminders from long ago should not bury today's: many overdue ones start folded.
    if (!m_foldedOnce) {
        m_folded[int(Group::Overdue)] = groups[int(Group::Overdue)].size() > FoldOverdueAbove;
        m_foldedOnce = true;
    }
    m_rows.clear();
    m_table->clearSpans();
    m_table->setRowCount(0);
    QFont bold = font();
    bold.setBold(true);
    for (int g = 0; g < GroupCount; ++g) {
        m_headings[g] = -1;
        if (groups[g].isEmpty())
            continue;
        const int heading = m_table->rowCount();
        m_headings[g] = heading;
        m_table->insertRow(heading);
        m_rows << -1;
        auto *title = new QTableWidgetItem;
        title->setData(Qt::UserRole, groupName(Group(g), int(groups[g].size())));
        title->setFont(bold);
        if (g == int(Group::Overdue))
            title->setForeground(QColor(0xc8, 0x10, 0x2e));
        m_table->setItem(heading, 0, title);
        m_table->setItem(heading, 1, new QTableWidgetItem);
        m_table->setItem(heading, 2, new QTableWidgetItem);
        m_table->setSpan(heading, 0, 1, 3);
        for (int i : std::as_const(groups[g])) {
            const Customer360::Reminder &r = m_reminders[i];
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_rows << i;
            const QDate due = QDate::fromString(r.due, Qt::ISODate);
            auto *when = new QTableWidgetItem(due.isValid() ? DateFormat::date(due) : r.due);
            if (due < today) {
                when->setForeground(QColor(0xc8, 0x10, 0x2e));
                when->setToolTip(tr("%1 (overdue)").arg(when->text()));
            }
            m_table->setItem(row, 0, when);
            m_table->setItem(row, 1, new QTableWidgetItem(r.customerName));
            QString what;
            switch (r.kind) {
            case Customer360::Reminder::Kind::NextStep:
                what = r.nextStep;
                break;
            case Customer360::Reminder::Kind::Instalment:
                what = tr("Contract %1, instalment %2: %3 outstanding")
                           .arg(r.contractNumber)
                           .arg(r.instalment)
                           .arg(Money::fromFen(r.outstandingFen).format(QLocale()));
                break;
            case Customer360::Reminder::Kind::ContractEnd:
                what = due < today ? tr("Contract %1 has ended and is not completed").arg(r.contractNumber)
                                   : tr("Contract %1 ends").arg(r.contractNumber);
                break;
            case Customer360::Reminder::Kind::Ticket:
                what = tr("Ticket %1 is overdue: %2").arg(r.ticketNumber, r.nextStep);
                break;
            }
            auto *whatItem = new QTableWidgetItem(what);
            whatItem->setToolTip(what);
            m_table->setItem(row, 2, whatItem);
        }
        setGroupFolded(Group(g), m_folded[g]);
    }
    // The dates column as wide as its widest date (the headings span all columns).
    const QFontMetrics fm(m_table->font());
    int width = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(m_table->horizontalHeaderItem(0)->text())
        + 2 * fm.horizontalAdvance(u'M');
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (reminderAt(row) >= 0)
            width = std::max(width, fm.horizontalAdvance(m_table->item(row, 0)->text()) + 2 * fm.horizontalAdvance(u'M'));
    m_table->setColumnWidth(0, width);
    // The first reminder not folded away.
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (reminderAt(row) >= 0 && !m_table->isRowHidden(row)) {
            m_table->selectRow(row);
            break;
        }
    updateButtons();
}

void ReminderDialog::updateButtons()
{
    const Customer360::Reminder *r = current();
    m_done->setEnabled(r && !r->activityId.isEmpty());
    m_dismiss->setEnabled(r != nullptr);
    m_snooze->setEnabled(r != nullptr);
}

} // namespace Huike
