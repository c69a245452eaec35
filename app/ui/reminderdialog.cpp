#include "reminderdialog.h"

#include "money.h"
#include "schemaerror.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

ReminderDialog::ReminderDialog(Customer360 &service, QWidget *parent) : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Reminders"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Customer"), tr("What")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, fontMetrics().horizontalAdvance(u"M"_s) * 22);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_done = buttons->addButton(tr("&Done"), QDialogButtonBox::ActionRole);
    m_done->setObjectName(u"done"_s);
    m_done->setToolTip(tr("Ticks a next step off. An instalment's reminder goes when it is paid, a contract's when it is completed."));
    buttons->addButton(QDialogButtonBox::Close);
    auto openCurrent = [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_reminders.size())
            return;
        const Customer360::Reminder &r = m_reminders[row];
        if (r.contractId.isEmpty())
            emit openCustomer(r.customerId);
        else
            emit openContract(r.customerId, r.contractId);
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, openCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReminderDialog::updateButtons);
    connect(m_done, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_reminders.size() || m_reminders[row].activityId.isEmpty())
            return;
        try {
            m_service.markDone(m_reminders[row].activityId);
        } catch (const SchemaError &e) {
            QMessageBox::warning(this, tr("Not saved"), e.message());
            return;
        }
        refresh();
        emit changed();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 70, fontMetrics().height() * 20);
    refresh();
}

void ReminderDialog::refresh()
{
    const QDate today = QDate::currentDate();
    m_reminders = m_service.reminders(today);
    m_table->setRowCount(int(m_reminders.size()));
    for (int row = 0; row < m_reminders.size(); ++row) {
        const Customer360::Reminder &r = m_reminders[row];
        const QDate due = QDate::fromString(r.due, Qt::ISODate);
        QString when = QLocale().toString(due, QLocale::ShortFormat);
        if (due < today)
            when = tr("%1 (overdue)").arg(when);
        m_table->setItem(row, 0, new QTableWidgetItem(when));
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
        }
        m_table->setItem(row, 2, new QTableWidgetItem(what));
        if (due < today)
            m_table->item(row, 0)->setForeground(QColor(0xc8, 0x10, 0x2e));
    }
    if (!m_reminders.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ReminderDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_done->setEnabled(row >= 0 && row < m_reminders.size() && !m_reminders[row].activityId.isEmpty());
}

} // namespace Huike
