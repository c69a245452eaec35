#include "schema/rows.h"

#include "core/activity.h"
#include "core/approval.h"
#include "core/attachmentrecord.h"
#include "core/contact.h"
#include "core/contract.h"
#include "core/customer.h"
#include "core/deliveryrecord.h"
#include "core/invoicerecord.h"
#include "core/lineitem.h"
#include "core/opportunity.h"
#include "core/paymentplanline.h"
#include "core/paymentrecord.h"
#include "core/product.h"
#include "core/quote.h"
#include "core/salesstage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike::Rows {

namespace {

QString text(const Row &r, const QString &c)
{
    return r.value(c).toString();
}

// Enumeration columns and their valid codes, checked before the entity rules (an unknown
// code would otherwise silently become the default).
template<typename E>
void checkEnum(ValidationErrors &errors, const Row &row, const QString &column, bool required)
{
    if (!row.contains(column))
        return;
    const QString code = text(row, column);
    if (code.isEmpty()) {
        if (required)
            errors.add(jsonName(column), u"required"_s,
                       QCoreApplication::translate("Huike::Validation", "This field is required."));
        return;
    }
    if (!enumFromCode<E>(code)) {
        QStringList codes;
        for (E e : enumValues<E>())
            codes << enumCode(e);
        errors.add(jsonName(column), u"invalid_choice"_s,
                   QCoreApplication::translate("Huike::Validation", "Choose one of: %1.")
                       .arg(codes.join(u", ")));
    }
}

} // namespace

ValidationErrors validate(const QString &table, const Row &row)
{
    ValidationErrors errors;
    if (table == u"customers") {
        checkEnum<CustomerStatus>(errors, row, u"status"_s, true);
        checkEnum<CustomerLevel>(errors, row, u"level"_s, false);
        checkEnum<CustomerType>(errors, row, u"type"_s, true);
        checkEnum<CustomerSize>(errors, row, u"size"_s, false);
        if (errors.isEmpty())
            errors.merge(from<Customer>(row).validate());
    } else if (table == u"contacts") {
        checkEnum<DecisionRole>(errors, row, u"decision_role"_s, false);
        if (errors.isEmpty())
            errors.merge(from<Contact>(row).validate());
    } else if (table == u"opportunities") {
        checkEnum<OpportunityStatus>(errors, row, u"status"_s, true);
        if (errors.isEmpty())
            errors.merge(from<Opportunity>(row).validate());
    } else if (table == u"activities") {
        checkEnum<ActivityKind>(errors, row, u"kind"_s, true);
        if (errors.isEmpty())
            errors.merge(from<Activity>(row).validate());
    } else if (table == u"products") {
        errors.merge(from<Product>(row).validate());
    } else if (table == u"payments") {
        checkEnum<PaymentMethod>(errors, row, u"method"_s, false);
        if (errors.isEmpty())
            errors.merge(from<PaymentRecord>(row).validate());
    } else if (table == u"invoices") {
        checkEnum<InvoiceKind>(errors, row, u"kind"_s, true);
        if (errors.isEmpty())
            errors.merge(from<InvoiceRecord>(row).validate());
    } else if (table == u"deliveries") {
        errors.merge(from<DeliveryRecord>(row).validate());
    } else if (table == u"attachments") {
        errors.merge(from<AttachmentRecord>(row).validate());
    } else if (table == u"payment_plans") {
        errors.merge(from<PaymentPlanLine>(row).validate());
    } else if (table == u"quotes" || table == u"contracts") {
        if (table == u"quotes")
            checkEnum<QuoteStatus>(errors, row, u"status"_s, true);
        else
            checkEnum<ContractStatus>(errors, row, u"status"_s, true);
        if (row.contains(u"tax_mode"_s) && !taxModeFromCode(text(row, u"tax_mode"_s)))
            errors.add(u"taxMode"_s, u"invalid"_s,
                       QCoreApplication::translate("Huike::Validation", "The tax mode is inclusive or exclusive."));
        // Header fields only: lines and the payment plan are rows of their own, checked
        // together when the document leaves draft (server/api/pipelinerules).
        if (errors.isEmpty()) {
            ValidationErrors header = table == u"quotes" ? from<Quote>(row).validate()
                                                         : from<Contract>(row).validate();
            for (const FieldError &e : header.errors())
                if (e.field != u"lines" && e.field != u"gross" && e.field != u"amount")
                    errors.add(e.field, e.code, e.message);
                else if (e.code == u"negative")
                    errors.add(e.field, e.code, e.message);
        }
    } else if (table == u"quote_lines" || table == u"contract_lines") {
        errors.merge(lineFrom(table, row).validate());
    } else if (table == u"approvals") {
        checkEnum<ApprovalStatus>(errors, row, u"status"_s, true);
        if (errors.isEmpty())
            errors.merge(from<Approval>(row).validate());
    } else if (table == u"sales_stages") {
        checkEnum<StageOutcome>(errors, row, u"outcome"_s, true);
        if (errors.isEmpty())
            errors.merge(from<SalesStage>(row).validate());
    } else if (table == u"stage_changes") {
        errors.merge(from<StageChange>(row).validate());
    }
    return errors;
}

} // namespace Huike::Rows
