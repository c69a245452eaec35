#include "schema/entitybindings.h"

#include "core/attachmentrecord.h"
#include "core/contract.h"
#include "core/deliveryrecord.h"
#include "core/invoicerecord.h"
#include "core/paymentplanline.h"
#include "core/paymentrecord.h"
#include "core/quote.h"
#include "schema/domainschema.h"
#include "schema/rows.h"

using namespace Qt::StringLiterals;

namespace Huike::Bindings {

namespace {

// A document's tax mode, by its code ("exclusive" when the code is unknown).
template<typename T>
void bindTaxMode(Binding<T> &b, TaxMode T::*member)
{
    b.custom(
        u"tax_mode"_s, ColumnType::Text, [member](const T &d) { return QVariant(Rows::taxModeCode(d.*member)); },
        [member](T &d, const QVariant &v) {
            d.*member = Rows::taxModeFromCode(v.toString()).value_or(TaxMode::Exclusive);
        });
}

// A document's currency, which its amounts (and its lines') are in: CNY when empty.
template<typename T>
void bindCurrency(Binding<T> &b, QString T::*member)
{
    b.custom(
        u"currency"_s, ColumnType::Text, [member](const T &d) { return QVariant(d.*member); },
        [member](T &d, const QVariant &v) {
            const QString currency = v.toString();
            d.*member = currency.isEmpty() ? u"CNY"_s : currency;
        });
}

} // namespace

Binding<Quote> quote()
{
    Binding<Quote> b(DomainSchema::table(u"quotes"_s));
    b.meta(&Quote::meta)
        .field(&Quote::customerId, u"customer_id"_s)
        .field(&Quote::opportunityId, u"opportunity_id"_s)
        .field(&Quote::number, u"number"_s)
        .field(&Quote::revision, u"revision"_s)
        .field(&Quote::title, u"title"_s)
        .field(&Quote::status, u"status"_s);
    bindTaxMode(b, &Quote::taxMode);
    bindCurrency(b, &Quote::currency);
    b.field(&Quote::validUntil, u"valid_until"_s)
        .field(&Quote::net, u"net_fen"_s)
        .field(&Quote::tax, u"tax_fen"_s)
        .field(&Quote::gross, u"gross_fen"_s)
        .field(&Quote::terms, u"terms"_s)
        .field(&Quote::notes, u"notes"_s);
    return b;
}

Binding<Contract> contract()
{
    Binding<Contract> b(DomainSchema::table(u"contracts"_s));
    b.meta(&Contract::meta)
        .field(&Contract::customerId, u"customer_id"_s)
        .field(&Contract::quoteId, u"quote_id"_s)
        .field(&Contract::number, u"number"_s)
        .field(&Contract::title, u"title"_s)
        .field(&Contract::status, u"status"_s);
    bindTaxMode(b, &Contract::taxMode);
    bindCurrency(b, &Contract::currency);
    b.field(&Contract::signDate, u"sign_date"_s)
        .field(&Contract::startDate, u"start_date"_s)
        .field(&Contract::endDate, u"end_date"_s)
        .field(&Contract::partyA, u"party_a"_s)
        .field(&Contract::partyB, u"party_b"_s)
        .field(&Contract::net, u"net_fen"_s)
        .field(&Contract::tax, u"tax_fen"_s)
        .field(&Contract::amount, u"amount_fen"_s)
        .field(&Contract::notes, u"notes"_s);
    return b;
}

// The rows carry no currency: Rows::lineFrom gives them the document's.
Binding<LineItem> lineItem(const QString &table)
{
    Binding<LineItem> b(DomainSchema::table(table));
    b.meta(&LineItem::meta)
        .field(&LineItem::customerId, u"customer_id"_s)
        .field(&LineItem::documentId, table == u"contract_lines" ? u"contract_id"_s : u"quote_id"_s)
        .field(&LineItem::lineNo, u"line_no"_s)
        .field(&LineItem::productId, u"product_id"_s)
        .field(&LineItem::description, u"description"_s)
        .field(&LineItem::unit, u"unit"_s)
        .field(&LineItem::quantity, u"quantity_e4"_s)
        .field(&LineItem::unitPrice, u"unit_price_e4"_s)
        .field(&LineItem::discountPercent, u"discount_pct_e4"_s)
        .field(&LineItem::vatRatePercent, u"vat_rate_e4"_s)
        .field(&LineItem::net, u"net_fen"_s)
        .field(&LineItem::tax, u"tax_fen"_s)
        .field(&LineItem::gross, u"gross_fen"_s);
    return b;
}

Binding<PaymentPlanLine> paymentPlan()
{
    Binding<PaymentPlanLine> b(DomainSchema::table(u"payment_plans"_s));
    b.meta(&PaymentPlanLine::meta)
        .field(&PaymentPlanLine::customerId, u"customer_id"_s)
        .field(&PaymentPlanLine::contractId, u"contract_id"_s)
        .field(&PaymentPlanLine::lineNo, u"line_no"_s)
        .field(&PaymentPlanLine::dueDate, u"due_date"_s)
        .field(&PaymentPlanLine::amount, u"amount_fen"_s)
        .field(&PaymentPlanLine::isBalance, u"is_balance"_s)
        .field(&PaymentPlanLine::note, u"note"_s);
    return b;
}

Binding<PaymentRecord> payment()
{
    Binding<PaymentRecord> b(DomainSchema::table(u"payments"_s));
    b.meta(&PaymentRecord::meta)
        .field(&PaymentRecord::customerId, u"customer_id"_s)
        .field(&PaymentRecord::contractId, u"contract_id"_s)
        .field(&PaymentRecord::planId, u"plan_id"_s)
        .field(&PaymentRecord::paidOn, u"paid_on"_s)
        .field(&PaymentRecord::amount, u"amount_fen"_s)
        .field(&PaymentRecord::method, u"method"_s)
        .field(&PaymentRecord::reference, u"reference"_s)
        .field(&PaymentRecord::note, u"note"_s);
    return b;
}

Binding<InvoiceRecord> invoice()
{
    Binding<InvoiceRecord> b(DomainSchema::table(u"invoices"_s));
    b.meta(&InvoiceRecord::meta)
        .field(&InvoiceRecord::customerId, u"customer_id"_s)
        .field(&InvoiceRecord::contractId, u"contract_id"_s)
        .field(&InvoiceRecord::number, u"number"_s)
        .field(&InvoiceRecord::issuedOn, u"issued_on"_s)
        .field(&InvoiceRecord::kind, u"kind"_s)
        .field(&InvoiceRecord::amount, u"amount_fen"_s)
        .field(&InvoiceRecord::tax, u"tax_fen"_s)
        .field(&InvoiceRecord::note, u"note"_s);
    return b;
}

Binding<DeliveryRecord> delivery()
{
    Binding<DeliveryRecord> b(DomainSchema::table(u"deliveries"_s));
    b.meta(&DeliveryRecord::meta)
        .field(&DeliveryRecord::customerId, u"customer_id"_s)
        .field(&DeliveryRecord::contractId, u"contract_id"_s)
        .field(&DeliveryRecord::deliveredOn, u"delivered_on"_s)
        .field(&DeliveryRecord::description, u"description"_s)
        .field(&DeliveryRecord::carrier, u"carrier"_s)
        .field(&DeliveryRecord::trackingNumber, u"tracking_number"_s)
        .field(&DeliveryRecord::receiver, u"receiver"_s)
        .field(&DeliveryRecord::note, u"note"_s);
    return b;
}

Binding<AttachmentRecord> attachment()
{
    Binding<AttachmentRecord> b(DomainSchema::table(u"attachments"_s));
    b.meta(&AttachmentRecord::meta)
        .field(&AttachmentRecord::customerId, u"customer_id"_s)
        .field(&AttachmentRecord::contractId, u"contract_id"_s)
        .field(&AttachmentRecord::fileName, u"file_name"_s)
        .field(&AttachmentRecord::mimeType, u"mime_type"_s)
        .field(&AttachmentRecord::sizeBytes, u"size_bytes"_s)
        .field(&AttachmentRecord::sha256, u"sha256"_s)
        .field(&AttachmentRecord::note, u"note"_s);
    return b;
}

} // namespace Huike::Bindings
