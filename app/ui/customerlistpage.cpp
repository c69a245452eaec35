#include "customerlistpage.h"

#include "enums.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Huike {

CustomerListPage::CustomerListPage(CustomerListModel &model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter customers by name, short name, pinyin or phone"));
    m_search->setClearButtonEnabled(true);
    m_level = new QComboBox(this);
    m_level->addItem(tr("All levels"), QString());
    for (CustomerLevel l : enumValues<CustomerLevel>())
        m_level->addItem(enumLabel(l), enumCode(l));
    m_status = new QComboBox(this);
    m_status->addItem(tr("All statuses"), QString());
    for (CustomerStatus s : enumValues<CustomerStatus>())
        m_status->addItem(enumLabel(s), enumCode(s));
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("All owners"), QString());
    m_owner->addItem(tr("Public pool"), QStringLiteral("pool"));
    m_count = new QLabel(this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_level);
    filters->addWidget(m_status);
    filters->addWidget(m_owner);
    filters->addWidget(m_count);
    auto *add = new QPushButton(tr("&New customer"), this);
    add->setToolTip(tr("Create a customer (Ctrl+N)"));
    connect(add, &QPushButton::clicked, this, &CustomerListPage::newCustomerRequested);
    filters->addWidget(add);

    m_view = new QTableView(this);
    m_view->setModel(&model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CustomerListModel::Name, 280);
    m_view->setColumnWidth(CustomerListModel::Level, 130);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model.idAt(index.row());
        if (!id.isEmpty())
            emit customerActivated(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150); // filter as the user types, without a query per key
    connect(m_debounce, &QTimer::timeout, this, &CustomerListPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_level, m_status, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, &CustomerListPage::applyFilter);
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n customer(s)", nullptr, m_model.rowCount()));
    });
    m_count->setText(tr("%n customer(s)", nullptr, m_model.rowCount()));
}

void CustomerListPage::applyFilter()
{
    CustomerListModel::Filter f = m_model.filter();
    f.text = m_search->text();
    f.level = m_level->currentData().toString();
    f.status = m_status->currentData().toString();
    f.ownerId = m_owner->currentData().toString();
    m_model.setFilter(f);
}

} // namespace Huike
