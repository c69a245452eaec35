#pragma once

#include "core/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Huike {

class Replica;
class WarrantyRules;

// The customers' assets (设备, FEATURES.md V2) over the replica: the products a contract
// delivered, each with its serial number, and the warranty each is under — worked out
// here, offline, from the asset's invoice or delivery date, its product's category and
// part flag, the company's warranty periods (setting service.warranty) and the asset's
// repairs, exactly as the server would (shared/core/warranty.h). Serial numbers are
// entered one asset at a time or a delivery's at once (registerSerials); the server holds
// them to one per product and refuses a second. No widgets; every method throws ModelError
// when the replica cannot be read or written.
class AssetService
{
    Q_DECLARE_TR_FUNCTIONS(Huike::AssetService)

public:
    struct Asset
    {
        QString id; // empty until saved
        QString customerId, productId, contractId;
        QString serialNumber;
        QDate deliveredOn, invoicedOn;
        QString location;
        QString status = QStringLiteral("in_use");
        QString note;
        friend bool operator==(const Asset &, const Asset &) = default;
    };

    // The warranty an asset is under on a day.
    struct Cover
    {
        QDate start;       // what the months count from: the invoice date, else the delivery date
        QDate until;       // the last day covered (invalid: no cover known)
        bool covered = false;
        bool byRepair = false; // a repair's extension reaches past the purchase warranty
        bool retired = false;  // returned or scrapped: no cover whatever the dates
        friend bool operator==(const Cover &, const Cover &) = default;
    };

    struct Item
    {
        Asset asset;
        QString productCode, productName, category;
        bool isPart = false;
        QString contractNumber;
        Cover cover; // today
    };

    struct Choice
    {
        QString id;
        QString text; // "KY-37 螺杆空压机 37kW", "HT-2026-0001 空压机采购合同"
    };
    // A contract assets may be delivered under (signed or later), with the dates a new
    // asset of it starts from: its latest delivery and its first invoice.
    struct ContractChoice
    {
        QString id;
        QString text;
        QDate deliveredOn, invoicedOn;
        QStringList productIds; // its lines' products, in line order
    };

    explicit AssetService(Replica &replica);

    // The customer's assets (or one contract's), by product and serial number, with their
    // cover on `day` (today unless said: a ticket asks for the day it was logged).
    QList<Item> assetsOf(const QString &customerId, const QDate &day = QDate::currentDate());
    QList<Item> assetsOfContract(const QString &contractId);
    std::optional<Item> item(const QString &id);
    // How many of the customer's assets in use are in warranty today (the 360° headline).
    int inWarrantyCount(const QString &customerId);
    // The asset's cover on `day` (for a ticket: the day it was logged).
    Cover coverOn(const Asset &asset, const QDate &day);

    Asset newAsset(const QString &customerId, const QString &contractId = {});
    // Validates and writes the asset: a product, a serial number not in use for that
    // product, a contract of the customer. Errors by field; empty when saved.
    ValidationErrors save(Asset &asset);
    // A delivery's serial numbers at once (one per line of `serials`, blank lines ignored):
    // all of them checked first — blanks, repeats within the list, numbers in use — and none
    // written unless every one is free. The assets written; errors under "serials" naming
    // the numbers otherwise.
    ValidationErrors registerSerials(const Asset &pattern, const QStringList &serials, QList<Asset> *created = nullptr);
    // Deletes an asset entered by mistake; translated refusal when tickets name it (then
    // it is returned or scrapped instead), empty when done.
    QString remove(const QString &id);

    QList<Choice> products();
    QList<ContractChoice> contractsOf(const QString &customerId);

    static QString statusText(const QString &status);
    // "在保，至 2027-11-21", "已过保（2026-05-31 到期）", "保修期未知（无交付日期）"…
    static QString coverText(const Cover &cover);
    // The lines of a pasted list: trimmed, blank ones dropped.
    static QStringList serialLines(const QString &text);
    // Whether another live asset of the product has the serial number — as typed, in upper
    // or in lower case, as the server compares them.
    bool serialInUse(const QString &productId, const QString &serial, const QString &exceptId = {});
    static constexpr int MaxSerialLength = 100; // as the server

private:
    Item fromRow(const QVariantMap &row, const QDate &today, const WarrantyRules &rules);
    QList<Item> select(const QString &where, const QString &value, const QDate &day = QDate::currentDate());
    static Cover cover(const Asset &asset, const QString &category, bool isPart, const QDate &day, const WarrantyRules &rules);

    Replica &m_replica;
};

} // namespace Huike
