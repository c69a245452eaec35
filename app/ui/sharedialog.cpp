#include "ui/sharedialog.h"

#include "core/dateformat.h"
#include "models/poolservice.h"
#include "syncclient/ownershipclient.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

constexpr int TargetIdRole = Qt::UserRole + 1;
constexpr int DepartmentRole = Qt::UserRole + 2;

} // namespace

ShareDialog::ShareDialog(OwnershipClient *client, PoolService &directory, const QString &customerId,
                         const QString &customerName, const QString &userId, QWidget *parent)
    : QDialog(parent), m_client(client), m_customerId(customerId)
{
    setObjectName(u"shareDialog"_s);
    setWindowTitle(tr("Share %1").arg(customerName));
    m_target = new QComboBox(this);
    m_target->setObjectName(u"target"_s);
    for (const auto &[id, name] : directory.colleagues(userId)) {
        m_target->addItem(tr("Colleague: %1").arg(name));
        m_target->setItemData(m_target->count() - 1, id, TargetIdRole);
        m_target->setItemData(m_target->count() - 1, false, DepartmentRole);
    }
    for (const auto &[id, path] : directory.departments()) {
        m_target->addItem(tr("Department: %1 (and the departments below)").arg(path));
        m_target->setItemData(m_target->count() - 1, id, TargetIdRole);
        m_target->setItemData(m_target->count() - 1, true, DepartmentRole);
    }
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"mode"_s);
    m_mode->addItem(tr("Read-only"), false);
    m_mode->addItem(tr("Can edit"), true);
    m_share = new QPushButton(tr("&Share"), this);
    m_share->setObjectName(u"share"_s);
    m_list = new QTableWidget(0, 3, this);
    m_list->setObjectName(u"shares"_s);
    m_list->setHorizontalHeaderLabels({tr("Shared with"), tr("Access"), tr("Since")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->setVisible(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 260);
    m_revoke = new QPushButton(tr("&Revoke"), this);
    m_revoke->setObjectName(u"revoke"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_share, &QPushButton::clicked, this, &ShareDialog::shareChosen);
    connect(m_revoke, &QPushButton::clicked, this, &ShareDialog::revokeSelected);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ShareDialog::updateActions);

    auto *form = new QFormLayout;
    form->addRow(tr("Share with:"), m_target);
    form->addRow(tr("Access:"), m_mode);
    auto *shareRow = new QHBoxLayout;
    shareRow->addStretch(1);
    shareRow->addWidget(m_share);
    auto *revokeRow = new QHBoxLayout;
    revokeRow->addStretch(1);
    revokeRow->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(shareRow);
    layout->addWidget(new QLabel(tr("Shared with:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(revokeRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(u"M"_s) * 60, fontMetrics().height() * 24);
    reload();
}

void ShareDialog::say(bool ok, const QString &text)
{
    m_status->setStyleSheet(ok ? QString() : u"color: #c8102e"_s);
    m_status->setText(text);
}

void ShareDialog::reload()
{
    m_list->setRowCount(0);
    if (!m_client || !m_client->isOnline()) {
        say(false, OwnershipClient::offlineMessage());
        updateActions();
        return;
    }
    QList<OwnershipClient::Share> shares;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_client->shares(m_customerId, &shares);
    QApplication::restoreOverrideCursor();
    if (!r.ok)
        say(false, r.message);
    for (const OwnershipClient::Share &s : std::as_const(shares)) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        auto *who = new QTableWidgetItem(s.userId.isEmpty() ? tr("Department: %1").arg(s.name) : s.name);
        who->setData(TargetIdRole, s.userId.isEmpty() ? s.departmentId : s.userId);
        m_list->setItem(row, 0, who);
        m_list->setItem(row, 1, new QTableWidgetItem(s.editable ? tr("Can edit") : tr("Read-only")));
        m_list->setItem(row, 2, new QTableWidgetItem(DateFormat::dateOf(QStringView(s.since))));
    }
    updateActions();
}

void ShareDialog::updateActions()
{
    const bool online = m_client && m_client->isOnline();
    m_share->setEnabled(online && m_target->count() > 0);
    m_share->setText(online ? tr("&Share") : tr("Share (needs the server)"));
    m_revoke->setEnabled(online && !m_list->selectedItems().isEmpty());
}

bool ShareDialog::shareChosen()
{
    if (!m_client || !m_client->isOnline()) {
        say(false, OwnershipClient::offlineMessage());
        updateActions();
        return false;
    }
    if (m_target->currentIndex() < 0)
        return false;
    const QString id = m_target->currentData(TargetIdRole).toString();
    const bool department = m_target->currentData(DepartmentRole).toBool();
    const bool editable = m_mode->currentData().toBool();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_client->share(m_customerId, id, department, editable);
    QApplication::restoreOverrideCursor();
    const QString who = m_target->currentText();
    reload();
    say(r.ok, r.ok ? tr("Shared (%1). They see it after their next sync.").arg(who) : r.message);
    return r.ok;
}

bool ShareDialog::revokeSelected()
{
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !m_client || !m_client->isOnline()) {
        if (!m_client || !m_client->isOnline())
            say(false, OwnershipClient::offlineMessage());
        return false;
    }
    QTableWidgetItem *who = m_list->item(selected.first()->row(), 0);
    const QString id = who->data(TargetIdRole).toString();
    const QString name = who->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const OwnershipClient::Result r = m_client->unshare(m_customerId, id);
    QApplication::restoreOverrideCursor();
    reload();
    say(r.ok, r.ok ? tr("No longer shared with %1.").arg(name) : r.message);
    return r.ok;
}

} // namespace Huike
