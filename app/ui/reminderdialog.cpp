#include "reminderdialog.h"

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
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Customer"), tr("Next step")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(1, fontMetrics().horizontalAdvance(u"M"_s) * 22);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *open = buttons->addButton(tr("&Open customer"), QDialogButtonBox::ActionRole);
    QPushButton *done = buttons->addButton(tr("&Done"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto openCurrent = [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_reminders.size())
            emit openCustomer(m_reminders[row].customerId);
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_table, &QTableWidget::cellActivated, this, openCurrent);
    connect(done, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_reminders.size())
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
        m_table->setItem(row, 2, new QTableWidgetItem(r.nextStep));
        if (due < today)
            m_table->item(row, 0)->setForeground(QColor(0xc8, 0x10, 0x2e));
    }
    if (!m_reminders.isEmpty())
        m_table->selectRow(0);
}

} // namespace Huike
