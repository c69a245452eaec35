#include "ui/customercontactstab.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Huike {

CustomerContactsTab::CustomerContactsTab(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Mobile"), tr("Phone"), tr("Email"), tr("Decision role")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&Add contact…"), this);
    auto *edit = new QPushButton(tr("&Edit…"), this);
    auto *remove = new QPushButton(tr("&Remove"), this); // Alt+M is the attachments tab
    connect(add, &QPushButton::clicked, this, &CustomerContactsTab::addRequested);
    connect(edit, &QPushButton::clicked, this, [this] { emit editRequested(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { emit editRequested(row); });
    connect(remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_table->currentRow()); });
    auto *del = new QAction(m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, [this] { emit removeRequested(m_table->currentRow()); });
    m_table->addAction(del);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void CustomerContactsTab::showContacts(const QList<Contact> &contacts)
{
    m_table->setRowCount(int(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const Contact &c = contacts[row];
        const QStringList cells{c.isPrimary ? tr("%1 (primary)").arg(c.name) : c.name, c.title, c.mobile, c.phone, c.email,
                                c.decisionRole ? enumLabel(*c.decisionRole) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
}

} // namespace Huike
