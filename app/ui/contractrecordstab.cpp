#include "ui/contractrecordstab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Huike {

ContractRecordsTab::ContractRecordsTab(const QStringList &headers, int stretch, const QString &addText, QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_add = new QPushButton(addText, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_add);
    bar->addStretch(1);
    layout->addLayout(bar);
}

QTableWidgetItem *ContractRecordsTab::textItem(const QString &text, bool right)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace Huike
