// The customers' assets (设备, V2) in PipelineRules: a serial number is one product's once,
// an asset delivered under a contract names a signed one, and a ticket about an asset is
// about its product.
#include "api/pipelinerules.h"
#include "api/pipelinerules_p.h"

#include "core/enums.h"
#include "schema/database.h"
#include "store/recordwriter.h"

using namespace Qt::StringLiterals;

namespace Huike {

using namespace PipelineRulesDetail;

void PipelineRules::checkAsset(const Row *old, const Row &row, Row &changes)
{
    // The serial number as typed, without the spaces around it: "SN 001 " and "SN 001" are
    // one machine.
    const QString serial = row.value(u"serial_number"_s).toString();
    const QString trimmed = serial.trimmed();
    if (trimmed.isEmpty())
        throw refusal(u"required"_s, u"serialNumber"_s, u"An asset has a serial number."_s);
    if (trimmed.size() > 100)
        throw refusal(u"invalid"_s, u"serialNumber"_s, u"A serial number is at most 100 characters."_s);
    if (trimmed != serial)
        changes[u"serial_number"_s] = trimmed;
    if (!enumFromCode<AssetStatus>(row.value(u"status"_s).toString()))
        throw refusal(u"invalid"_s, u"status"_s, u"An asset is in_use, returned or scrapped."_s);
    if (!old || changed(old, row, u"serial_number"_s) || changed(old, row, u"product_id"_s)) {
        // Serial numbers compare as typed and in either case (the label's "A" is the sheet's
        // "a"), through the (product_id, serial_number) index.
        const QVariant other = m_db.scalar(
            u"SELECT id FROM assets WHERE product_id = ? AND serial_number IN (?, ?, ?) AND deleted = 0 AND id <> ? LIMIT 1"_s,
            {row.value(u"product_id"_s), trimmed, trimmed.toUpper(), trimmed.toLower(), selfId(row)});
        if (other.isValid() && !other.isNull())
            throw RequestError(409, u"duplicate_serial"_s, u"This product's serial number %1 is another asset's."_s.arg(trimmed));
    }
    if (!row.value(u"contract_id"_s).toString().isEmpty() && (!old || changed(old, row, u"contract_id"_s))) {
        const Row contract = parent(u"contracts"_s, row.value(u"contract_id"_s).toString(), row);
        enforce(PipelinePolicy::recordsAllowed(contract.value(u"status"_s).toString()));
    }
}

void PipelineRules::checkTicketAsset(const Row *old, const Row &row, Row &changes)
{
    const QString assetId = row.value(u"asset_id"_s).toString();
    if (assetId.isEmpty() || (old && !changed(old, row, u"asset_id"_s) && !changed(old, row, u"product_id"_s)))
        return;
    const std::optional<Row> asset = RecordWriter(m_db).read(u"assets"_s, assetId);
    if (!asset)
        return; // the reference check refuses it
    const QVariant product = asset->value(u"product_id"_s);
    if (row.value(u"product_id"_s).toString() != product.toString())
        changes[u"product_id"_s] = product;
}

void PipelineRules::checkAssetRemoval(const Row &old)
{
    // Tickets about it keep naming it: it is returned or scrapped, not deleted.
    if (m_db.scalar(u"SELECT count(*) FROM tickets WHERE asset_id = ? AND deleted = 0"_s, {old.value(u"id"_s)}).toInt() > 0)
        throw RequestError(409, u"asset_in_use"_s, u"Service tickets name this asset: set its status to returned or scrapped instead."_s);
}

} // namespace Huike
