#pragma once

#include "core/validation.h"
#include "schema/row.h"
#include "core/approvalflow.h"
#include "core/budget.h"

// The entity types, for the files that use them through this header (the binding machinery
// itself is in binding.h, the binding tables in the *bindings.cpp files). Naming them here
// only by declaration needs the includes added where they are used: to do when the
// replica, sync and server files that include this header have settled (issue 18).
#include "core/activity.h"
#include "core/approval.h"
#include "core/attachmentrecord.h"
#include "core/contact.h"
#include "core/contract.h"
#include "core/customer.h"
#include "core/deliveryrecord.h"
#include "core/invoicerecord.h"
#include "core/opportunity.h"
#include "core/paymentplanline.h"
#include "core/paymentrecord.h"
#include "core/product.h"
#include "core/quote.h"
#include "core/salesstage.h"

#include <optional>

namespace Huike {

class Database;

// Entities ↔ rows of the domain tables (DATAMODEL.md), and the validation of a row by the
// rules of its entity. Both sides use these: the server for REST and sync writes, the
// client for its replica.
namespace Rows {

// The name a column has on the wire and in validation errors: camelCase without the
// storage suffix ("credit_code" → "creditCode", "amount_fen" → "amount"); percentages
// stored ×10^4 are "…Percent" ("vat_rate_e4" → "vatRatePercent").
QString jsonName(const QString &column);
QString columnFor(const QString &table, const QString &jsonName);

// An entity from its row and back, through the entity's binding (entitybindings.h):
// Rows::from<Customer>(row), Rows::toRow(customer). For Customer, Contact, Activity,
// Product, Opportunity, SalesStage, StageChange, Approval, Quote and Contract (headers
// without lines), PaymentPlanLine, PaymentRecord, InvoiceRecord, DeliveryRecord and
// AttachmentRecord. A column the row lacks reads as its SQL default; empty text is
// written as NULL where the column allows it.
template<typename T>
T from(const Row &row);
template<typename T>
Row toRow(const T &value);
// Lines of quote_lines / contract_lines. Their rows carry no currency: the document's is
// given.
LineItem lineFrom(const QString &table, const Row &row, const QString &currency = QStringLiteral("CNY"));
Row toRow(const QString &table, const LineItem &line);

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
// The approval engine's rows (shared/core/approvalflow.h): a decision slot of an
// approval_steps or expense_steps row, and whom an approver's steps go to on `day` (their
// delegation while away, to an active user), "" for nobody.
ApprovalSlot approvalSlot(const Row &row);
QString delegateOf(Database &db, const QString &approverId, QDate day);
// Budgets (shared/core/budget.h): a department's budgets of a month ("2026-11"), and what
// its claims of the month hold per category (asked, approved or paid) without the claim
// `exceptId` — as the server checks a submitted claim and the client shows it while typed.
QList<Budget::Line> budgets(Database &db, const QVariant &departmentId, const QString &period);
QMap<QString, Money> claimedByCategory(Database &db, const QVariant &departmentId, const QString &period,
                                       const QString &exceptId = {});
// A loan (借款) and what settles it: what its requester's claims set against it (asked,
// approved or paid; without the claim `exceptClaimId`) and the cash brought back
// (loan_repayments) — what is left of it is its amount less that. Its repaid_fen (the
// server's) counts the paid claims' offsets and the cash only.
Money loanOffsets(Database &db, const QVariant &loanId, const QString &exceptClaimId = {});
Money loanRepayments(Database &db, const QVariant &loanId);
Money loanSettled(Database &db, const QVariant &loanId, const QString &exceptClaimId = {}); // the two
Money loanRepaid(Database &db, const QVariant &loanId);

} // namespace Rows

} // namespace Huike
