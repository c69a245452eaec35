#include "ui/assetspanel.h"

#include "models/modelerror.h"
#include "ui/assetdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

AssetsPanel::AssetsPanel(AssetService &service, QWidget *parent)
    : QWidget(parent), m_service(service), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_add(new QPushButton(tr("&Register assets…"), this)), m_edit(new QPushButton(tr("E&dit…"), this)),
      m_remove(new QPushButton(tr("Dele&te"), this))
{
    m_table->setObjectName(u"assets"_s);
    m_summary->setObjectName(u"summary"_s);
    m_add->setObjectName(u"addAssets"_s);
    m_edit->setObjectName(u"editAsset"_s);
    m_remove->setObjectName(u"removeAsset"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("Serial number"), tr("Contract"), tr("Delivered"), tr("Warranty"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &AssetsPanel::addAssets);
    connect(m_edit, &QPushButton::clicked, this, [this] { editAsset(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAsset(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editAsset(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AssetsPanel::updateButtons);
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this] { editAsset(m_table->currentRow()); });
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { removeAsset(m_table->currentRow()); });
    updateButtons();
}

void AssetsPanel::showCustomer(const QString &customerId)
{
    m_customerId = customerId;
    m_contractId.clear();
    m_allowed = !customerId.isEmpty();
    reload();
}

void AssetsPanel::showContract(const QString &customerId, const QString &contractId, bool allowed)
{
    m_customerId = customerId;
    m_contractId = contractId;
    m_allowed = allowed && !contractId.isEmpty();
    reload();
}

void AssetsPanel::reload()
{
    m_items.clear();
    QString error;
    try {
        if (!m_contractId.isEmpty())
            m_items = m_service.assetsOfContract(m_contractId);
        else if (!m_customerId.isEmpty())
            m_items = m_service.assetsOf(m_customerId);
    } catch (const ModelError &e) {
        error = e.message();
    }
    m_table->setRowCount(int(m_items.size()));
    int covered = 0;
    for (int r = 0; r < m_items.size(); ++r) {
        const AssetService::Item &it = m_items.at(r);
        covered += it.cover.covered ? 1 : 0;
        m_table->setItem(r, 0, cell(it.productName.isEmpty() ? it.productCode : it.productName));
        m_table->setItem(r, 1, cell(it.asset.serialNumber));
        m_table->setItem(r, 2, cell(it.contractNumber));
        m_table->setItem(r, 3, cell(it.asset.deliveredOn.toString(Qt::ISODate)));
        auto *cover = cell(AssetService::coverText(it.cover));
        if (it.cover.retired)
            cover->setForeground(QColor(0x80, 0x80, 0x80));
        else if (it.cover.until.isValid() && !it.cover.covered)
            cover->setForeground(QColor(0xc8, 0x10, 0x2e));
        m_table->setItem(r, 4, cover);
        m_table->setItem(r, 5, cell(AssetService::statusText(it.asset.status)));
    }
    if (!error.isEmpty())
        m_summary->setText(error);
    else if (m_customerId.isEmpty())
        m_summary->setText(tr("Save the customer first: then register its assets."));
    else if (!m_contractId.isEmpty() && !m_allowed)
        m_summary->setText(tr("Assets are registered once the contract is signed."));
    else if (m_items.isEmpty())
        m_summary->setText(tr("No assets yet: register the serial numbers of what was delivered."));
    else
        m_summary->setText(tr("%n asset(s), %1 in warranty", nullptr, int(m_items.size())).arg(covered));
    updateButtons();
}

void AssetsPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_items.size() && !m_table->selectedItems().isEmpty();
    m_add->setEnabled(m_allowed);
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void AssetsPanel::addAssets()
{
    if (!m_allowed)
        return;
    AssetDialog dialog(m_service, m_service.newAsset(m_customerId, m_contractId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void AssetsPanel::editAsset(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    AssetDialog dialog(m_service, m_items.at(row).asset, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void AssetsPanel::removeAsset(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const AssetService::Item &it = m_items.at(row);
    if (QMessageBox::question(this, tr("Delete asset"),
                              tr("Delete asset %1 (%2)? Only an asset entered by mistake is deleted.").arg(it.asset.serialNumber, it.productName))
        != QMessageBox::Yes)
        return;
    QString refusal;
    try {
        refusal = m_service.remove(it.asset.id);
    } catch (const ModelError &e) {
        refusal = e.message();
    }
    if (!refusal.isEmpty()) {
        QMessageBox::warning(this, tr("Delete asset"), refusal);
        return;
    }
    reload();
    emit changed();
}

} // namespace Huike
