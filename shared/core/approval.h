#pragma once

#include "core/decimal.h"
#include "core/enums.h"
#include "core/money.h"
#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 审批 (FEATURES.md W2, C4): a request that a manager allows something the rules hold
// back. Its kind says what (approvalKinds()):
//   discount  a quote whose discount is above the configured threshold: the request names
//             the quote and the largest discount; a manager, director or administrator
//             decides. A quote revision is its own record, so an approval covers exactly
//             the lines it was asked for: a later revision asks again.
//   level     a sales rep's change of a customer's level (客户级别): the request names the
//             customer, the level it has and the one asked for; the owner's manager (the
//             approver the server names when it is asked) or a director or administrator
//             decides, and the server sets the level with the approval. While it is pending
//             nobody changes the level.
struct Approval
{
    RecordMeta meta;
    Id customerId;
    QString tableName = QStringLiteral("quotes");
    Id recordId;
    QString kind = QStringLiteral("discount");
    Decimal discountPercent; // the largest line discount asked for
    Money amount;            // the document's total when asked
    QString reason;
    ApprovalStatus status = ApprovalStatus::Pending;
    Id decidedBy;
    QString decidedAt; // timestamp text
    QString comment;
    QString oldValue; // level: the value when asked ("" for none)
    QString newValue; // level: the value asked for
    Id approverId;    // who decides the step now deciding, when one person does (the server's)
    QString summary;  // what is asked, in words an approver reads without opening the record
    int stepNo = 0;   // the step now deciding (the server's; 0 once decided)

    ValidationErrors validate() const;
    friend bool operator==(const Approval &, const Approval &) = default;
};

// The kinds of approval, declared once: the table whose record it is for, the column it
// covers (a pending request locks it; empty: the record's content as a whole) and its
// caption (English source text, context "Huike::Enums").
struct ApprovalKindDef
{
    QStringView kind;
    QStringView table;
    QStringView column;
    const char *caption;
};
const QList<ApprovalKindDef> &approvalKinds();
const ApprovalKindDef *approvalKind(QStringView kind);
QString approvalKindCaption(QStringView kind); // translated; the code itself when unknown

// Application settings every client holds (app_settings rows; administrators change them).
namespace SettingKeys {
inline constexpr QStringView DiscountApprovalPercent = u"quote.discount_approval_pct"; // default 10
inline constexpr QStringView CompanyName = u"company.name";
inline constexpr QStringView CompanyAddress = u"company.address";
inline constexpr QStringView CompanyPhone = u"company.phone";
inline constexpr QStringView CompanyBank = u"company.bank";          // 开户行及账号
inline constexpr QStringView CompanyTaxNumber = u"company.tax_number"; // 纳税人识别号
inline constexpr QStringView CompanyLogo = u"company.logo";          // a PNG, base64
inline constexpr QStringView QuoteTerms = u"quote.terms";            // default terms of a new quote
inline constexpr QStringView SalesTarget = u"sales.target";          // the period's target, e.g. "1000000.00"
inline constexpr QStringView InstalmentReminderDays = u"reminders.instalment_days";      // default 7
inline constexpr QStringView ContractEndReminderDays = u"reminders.contract_end_days"; // default 30
// After-sales service: the company's working calendar (WorkCalendar JSON) and the service
// targets (SlaRules JSON); unset, their defaults.
inline constexpr QStringView ServiceCalendar = u"service.calendar";
inline constexpr QStringView ServiceSla = u"service.sla";
// Warranty periods per product category (WarrantyRules JSON, core/warranty.h); unset, 12 / 6 / 3 months.
inline constexpr QStringView ServiceWarranty = u"service.warranty";
// The public pool: how many live customers a rep may hold (0 or unset: no limit), and the
// reclaim rule as the server runs it (written by the server: days, and since when).
inline constexpr QStringView PoolMaxCustomersPerRep = u"pool.max_customers_per_rep";
inline constexpr QStringView PoolReclaimDays = u"pool.reclaim_days";
inline constexpr QStringView PoolReclaimSince = u"pool.reclaim_since";
// The level definitions (客户级别定义, FEATURES.md C4): for each level code ("a"…"d") a name,
// a description and the criteria text, e.g. customer.level.a.name = 战略客户.
inline constexpr QStringView LevelParts[] = {u"name", u"description", u"criteria"};
inline QString levelKey(QStringView code, QStringView part)
{
    return QStringLiteral("customer.level.") + code + u'.' + part;
}
} // namespace SettingKeys

// The discount above which a quote needs approval, from the setting's text ("10", "12.5");
// 10 % when unset or unreadable.
Decimal discountApprovalThreshold(const QString &settingValue);

} // namespace Huike
