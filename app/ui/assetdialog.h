#pragma once

#include "models/assetservice.h"
#include "ui/contractrecorddialog.h"

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

namespace Huike {

// One of a customer's assets (设备): its product, serial number, the contract it came with,
// when it was delivered and invoiced (what its warranty counts from), where it is
// installed, its status and a note, with the warranty it is under shown as they are
// typed. A new one takes several serial numbers at once, one per line (a delivery's, typed
// or pasted from the packing list): all of them or none are saved.
class AssetDialog : public ContractRecordDialog
{
    Q_OBJECT

public:
    AssetDialog(AssetService &service, const AssetService::Asset &asset, QWidget *parent = nullptr);

    AssetService::Asset asset() const;
    // The assets written by Save (one per serial number of a new one).
    const QList<AssetService::Asset> &saved() const { return m_saved; }

    QComboBox *productBox() const { return m_product; }
    QComboBox *contractBox() const { return m_contract; }
    QComboBox *statusBox() const { return m_status; }
    QPlainTextEdit *serialsEdit() const { return m_serials; }
    QDateEdit *deliveredEdit() const { return m_delivered; }
    QDateEdit *invoicedEdit() const { return m_invoiced; }
    QLabel *coverLabel() const { return m_cover; }

    void accept() override;

private:
    ValidationErrors typedErrors() const override;
    QDateEdit *addOptionalDate(const QString &key, const QString &caption, const QDate &date);
    void contractChosen();
    void showCover();

    AssetService &m_service;
    AssetService::Asset m_asset;
    QList<AssetService::ContractChoice> m_contracts;
    QList<AssetService::Asset> m_saved;
    QComboBox *m_product = nullptr;
    QComboBox *m_contract = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_serials = nullptr; // a new asset's
    QDateEdit *m_delivered = nullptr;
    QDateEdit *m_invoiced = nullptr;
    QLabel *m_cover = nullptr;
};

} // namespace Huike
