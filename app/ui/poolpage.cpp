#include "ui/poolpage.h"

#include "models/customerservice.h"
#include "models/poolservice.h"
#include "syncclient/ownershipclient.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

PoolPage::PoolPage(PoolService &pool, CustomerService &customers, QWidget *parent)
    : QWidget(parent), m_pool(pool), m_customers(customers)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"poolSearch"_s);
    m_search->setPlaceholderText(tr("Search the pool by name, region or industry"));
    m_search->setClearButtonEnabled(true);
    m_claim = new QPushButton(this);
    m_claim->setObjectName(u"claim"_s);
    m_holding = new QLabel(this);
    m_holding->setObjectName(u"holding"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(&m_pool);
    m_proxy->setSortRole(PoolService::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PoolService::ReturnedAt, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PoolService::Name, 280);
    m_view->setColumnWidth(PoolService::Reason, 260);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_proxy->data(index, PoolService::IdRole).toString();
        if (!id.isEmpty())
            emit customerActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PoolPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PoolPage::updateActions);
    connect(m_claim, &QPushButton::clicked, this, &PoolPage::claimSelected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_holding);
    top->addWidget(m_claim);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    updateActions();
}

void PoolPage::setOwnership(OwnershipClient *ownership)
{
    if (m_ownership)
        disconnect(m_ownership, nullptr, this, nullptr);
    m_ownership = ownership;
    if (m_ownership)
        connect(m_ownership, &OwnershipClient::onlineChanged, this, &PoolPage::updateActions);
    updateActions();
}

void PoolPage::reload()
{
    m_role = m_customers.currentRole();
    m_userId = m_customers.currentUserId();
    const QString selected = selectedId();
    m_pool.reload();
    if (!selected.isEmpty())
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (m_proxy->index(row, 0).data(PoolService::IdRole).toString() == selected) {
                m_view->selectRow(row);
                break;
            }
    updateActions();
}

QString PoolPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PoolService::IdRole).toString();
}

void PoolPage::updateActions()
{
    const bool mayClaim = CustomerService::mayClaim(m_role);
    const bool online = m_ownership && m_ownership->isOnline();
    const int limit = m_pool.limit();
    const int held = mayClaim ? m_pool.heldBy(m_userId) : 0;
    const bool full = limit > 0 && held >= limit;
    m_claim->setVisible(mayClaim);
    if (!online) {
        m_claim->setText(tr("Claim (needs the server)"));
        m_claim->setToolTip(OwnershipClient::offlineMessage());
    } else {
        m_claim->setText(tr("&Claim"));
        m_claim->setToolTip(full ? tr("You hold as many customers as a sales rep may: release one first.")
                                 : tr("Claim the selected customer: it becomes yours if nobody was quicker."));
    }
    m_claim->setEnabled(mayClaim && online && !full && !selectedId().isEmpty());
    QString holding;
    if (mayClaim)
        holding = limit > 0 ? tr("You hold %1 of at most %2 customers.").arg(held).arg(limit)
                            : tr("You hold %n customer(s).", nullptr, held);
    m_holding->setText(tr("%n customer(s) in the pool.", nullptr, m_pool.rowCount()) + (holding.isEmpty() ? QString() : u" "_s + holding));
}

bool PoolPage::claimSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !CustomerService::mayClaim(m_role))
        return false;
    if (!m_ownership || !m_ownership->isOnline()) {
        m_status->setStyleSheet(u"color: #c8102e"_s);
        m_status->setText(OwnershipClient::offlineMessage());
        return false;
    }
    QString name;
    for (int row = 0; row < m_pool.rowCount(); ++row)
        if (m_pool.idAt(row) == id)
            name = m_pool.nameAt(row);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_ownership->claim(id);
    QApplication::restoreOverrideCursor();
    m_status->setStyleSheet(r.ok ? QString() : u"color: #c8102e"_s);
    m_status->setText(r.ok ? tr("Claimed %1: it is yours now.").arg(name) : r.message);
    reload(); // claimed, or claimed by someone else: it has left the pool either way after the next sync
    if (r.ok)
        emit claimed(id);
    return r.ok;
}

} // namespace Huike
