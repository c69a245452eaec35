#pragma once

#include "activity.h"
#include "approval.h"
#include "contract.h"
#include "quote.h"
#include "salesstage.h"
#include "contact.h"
#include "customer.h"
#include "deliveryrecord.h"
#include "attachmentrecord.h"
#include "invoicerecord.h"
#include "opportunity.h"
#include "paymentplanline.h"
#include "paymentrecord.h"
#include "product.h"
#include "validation.h"

#include <QVariantMap>

namespace Huike {
class Database;
}

namespace Huike {

// A row of a domain table as the store holds it: column name → value (Id and text as
// QString, Int/Money/Decimal as qint64, Bool as 0/1, NULL as an invalid QVariant).
using Row = QVariantMap;

// Entities ↔ rows of the domain tables (DATAMODEL.md), and the validation of a row by the
// rules of its entity. Both sides use these: the server for REST and sync writes, the
// client for its replica.
namespace Rows {

// The name a column has on the wire and in validation errors: camelCase without the
// storage suffix ("credit_code" → "creditCode", "amount_fen" → "amount"); percentages
// stored ×10^4 are "…Percent" ("vat_rate_e4" → "vatRatePercent").
QString jsonName(const QString &column);
QString columnFor(const QString &table, const QString &jsonName);

RecordMeta metaFromRow(const Row &row);
void metaToRow(const RecordMeta &meta, Row &row);

Customer customerFromRow(const Row &row);
Row toRow(const Customer &c);
Contact contactFromRow(const Row &row);
Row toRow(const Contact &c);
Opportunity opportunityFromRow(const Row &row);
Row toRow(const Opportunity &o);
Activity activityFromRow(const Row &row);
Row toRow(const Activity &a);
Product productFromRow(const Row &row);
Row toRow(const Product &p);
PaymentRecord paymentFromRow(const Row &row);
Row toRow(const PaymentRecord &p);
InvoiceRecord invoiceFromRow(const Row &row);
Row toRow(const InvoiceRecord &i);
DeliveryRecord deliveryFromRow(const Row &row);
Row toRow(const DeliveryRecord &d);
AttachmentRecord attachmentFromRow(const Row &row);
Row toRow(const AttachmentRecord &a);
PaymentPlanLine paymentPlanFromRow(const Row &row);
Row toRow(const PaymentPlanLine &p);
// Quote and contract headers (without lines); lines of quote_lines / contract_lines.
Quote quoteFromRow(const Row &row);
Row toRow(const Quote &q);
Contract contractFromRow(const Row &row);
Row toRow(const Contract &c);
// Line rows carry no currency: the document's is given.
LineItem lineItemFromRow(const QString &table, const Row &row, const QString &currency = QStringLiteral("CNY"));
Row toRow(const QString &table, const LineItem &line);
// The same through the binding of quote_lines or contract_lines (entitybindings.h).
LineItem lineFrom(const QString &table, const Row &row, const QString &currency = QStringLiteral("CNY"));
Approval approvalFromRow(const Row &row);
Row toRow(const Approval &a);
SalesStage salesStageFromRow(const Row &row);
Row toRow(const SalesStage &s);
StageChange stageChangeFromRow(const Row &row);
Row toRow(const StageChange &s);
QString taxModeCode(TaxMode mode);
std::optional<TaxMode> taxModeFromCode(const QString &code);

// Checks a full row of `table`: enumeration codes, then the entity's own rules (for the
// tables that have an entity mapping here). Field names are jsonName()s.
ValidationErrors validate(const QString &table, const Row &row);

// The complete rows of `table` matching a WHERE clause with bound values (e.g.
// "quote_id = ? AND deleted = 0 ORDER BY line_no"); with an alias the table is named so in
// the clause ("o.stage = ?").
QList<Row> select(Database &db, const QString &table, const QString &where, const QVariantList &values,
                  const QString &alias = {});
// An application setting (app_settings, shared/core/approval.h SettingKeys); empty when unset.
QString setting(Database &db, QStringView key);
// The pipeline's active stages in order (sales_stages), or SalesStage::defaults() when none.
QList<SalesStage> salesStages(Database &db);

} // namespace Rows

} // namespace Huike
