#include "schema/entitybindings.h"

#include "core/approval.h"
#include "core/opportunity.h"
#include "core/product.h"
#include "core/salesstage.h"
#include "schema/domainschema.h"

using namespace Qt::StringLiterals;

namespace Huike::Bindings {

Binding<Product> product()
{
    Binding<Product> b(DomainSchema::table(u"products"_s));
    b.meta(&Product::meta)
        .field(&Product::code, u"code"_s)
        .field(&Product::name, u"name"_s)
        .field(&Product::specification, u"specification"_s)
        .field(&Product::unit, u"unit"_s)
        .field(&Product::listPrice, u"list_price_e4"_s)
        .field(&Product::vatRatePercent, u"vat_rate_e4"_s)
        .field(&Product::currency, u"currency"_s)
        .field(&Product::active, u"active"_s)
        .field(&Product::category, u"category"_s)
        .field(&Product::isPart, u"is_part"_s);
    return b;
}

Binding<Opportunity> opportunity()
{
    Binding<Opportunity> b(DomainSchema::table(u"opportunities"_s));
    b.meta(&Opportunity::meta)
        .field(&Opportunity::customerId, u"customer_id"_s)
        .field(&Opportunity::name, u"name"_s)
        .field(&Opportunity::stage, u"stage"_s)
        .field(&Opportunity::probabilityPercent, u"probability_e4"_s)
        .field(&Opportunity::amount, u"amount_fen"_s)
        // The amount's currency: read with the amount, written from it.
        .custom(u"currency"_s, ColumnType::Text, [](const Opportunity &o) { return QVariant(o.amount.currency()); }, {})
        .field(&Opportunity::expectedClose, u"expected_close"_s)
        .field(&Opportunity::competitors, u"competitors"_s)
        .field(&Opportunity::nextStep, u"next_step"_s)
        .field(&Opportunity::status, u"status"_s)
        .field(&Opportunity::lostReason, u"lost_reason"_s);
    return b;
}

Binding<SalesStage> salesStage()
{
    Binding<SalesStage> b(DomainSchema::table(u"sales_stages"_s));
    b.meta(&SalesStage::meta)
        .field(&SalesStage::code, u"code"_s)
        .field(&SalesStage::name, u"name"_s)
        .field(&SalesStage::probabilityPercent, u"probability_e4"_s)
        .field(&SalesStage::sortOrder, u"sort_order"_s)
        .field(&SalesStage::outcome, u"outcome"_s)
        .field(&SalesStage::active, u"active"_s);
    return b;
}

Binding<StageChange> stageChange()
{
    Binding<StageChange> b(DomainSchema::table(u"stage_changes"_s));
    b.meta(&StageChange::meta)
        .field(&StageChange::customerId, u"customer_id"_s)
        .field(&StageChange::opportunityId, u"opportunity_id"_s)
        .field(&StageChange::fromStage, u"from_stage"_s)
        .field(&StageChange::toStage, u"to_stage"_s)
        .field(&StageChange::changedAt, u"changed_at"_s);
    return b;
}

Binding<Approval> approval()
{
    Binding<Approval> b(DomainSchema::table(u"approvals"_s));
    b.meta(&Approval::meta)
        .field(&Approval::customerId, u"customer_id"_s)
        .field(&Approval::tableName, u"table_name"_s)
        .field(&Approval::recordId, u"record_id"_s)
        .field(&Approval::kind, u"kind"_s)
        .field(&Approval::discountPercent, u"discount_pct_e4"_s)
        .field(&Approval::amount, u"amount_fen"_s)
        // The amount's currency: read with the amount, written from it.
        .custom(u"currency"_s, ColumnType::Text, [](const Approval &a) { return QVariant(a.amount.currency()); }, {})
        .field(&Approval::reason, u"reason"_s)
        .field(&Approval::status, u"status"_s)
        .field(&Approval::decidedBy, u"decided_by"_s)
        .field(&Approval::decidedAt, u"decided_at"_s)
        .field(&Approval::comment, u"comment"_s)
        .field(&Approval::oldValue, u"old_value"_s)
        .field(&Approval::newValue, u"new_value"_s)
        .field(&Approval::approverId, u"approver_id"_s)
        .field(&Approval::summary, u"summary"_s)
        .field(&Approval::stepNo, u"step_no"_s);
    return b;
}

} // namespace Huike::Bindings
