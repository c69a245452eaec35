#pragma once

#include "models/assetservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Huike {

// A customer's assets (设备), or the ones a contract delivered: product, serial number,
// contract, delivery date, the warranty each is under today and its status; Register…
// (several serial numbers at once), Edit… (Enter or a double click) and Delete (the Delete
// key, asked first). Each change is saved at once, as an edit of its own that syncs.
class AssetsPanel : public QWidget
{
    Q_OBJECT

public:
    AssetsPanel(AssetService &service, QWidget *parent = nullptr);

    // The customer's assets; a customer not yet saved has none to show.
    void showCustomer(const QString &customerId);
    // The contract's; new ones may be registered once `allowed` (it is signed).
    void showContract(const QString &customerId, const QString &contractId, bool allowed);
    void reload();

    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // Opens the dialog for a new asset or the row's (for the buttons and tests alike).
    void addAssets();
    void editAsset(int row);
    void removeAsset(int row);

signals:
    void changed();

private:
    void updateButtons();

    AssetService &m_service;
    QString m_customerId, m_contractId;
    bool m_allowed = true;
    QList<AssetService::Item> m_items;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_add, *m_edit, *m_remove;
};

} // namespace Huike
