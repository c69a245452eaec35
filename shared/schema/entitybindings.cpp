#include "schema/entitybindings.h"

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
#include "schema/rows.h"
#include "schema/schemaerror.h"

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// The startup check: a binding that misses a column (or binds one the table lacks, or
// with the wrong type) stops the first conversion of its entity, as an undeclared scope
// stops DomainSchema.
template<typename T>
Binding<T> checked(Binding<T> b)
{
    const QStringList problems = b.problems();
    if (!problems.isEmpty())
        throw SchemaError(u"The row binding of %1 does not match the table: %2"_s.arg(b.table(), problems.join(u' ')));
    return b;
}

// Built and checked once, on first use.
template<typename T, Binding<T> (*build)()>
const Binding<T> &once()
{
    static const Binding<T> b = checked(build());
    return b;
}

const Binding<LineItem> &lineBinding(const QString &table)
{
    static const Binding<LineItem> quoteLines = checked(Bindings::lineItem(u"quote_lines"_s));
    static const Binding<LineItem> contractLines = checked(Bindings::lineItem(u"contract_lines"_s));
    return table == u"contract_lines" ? contractLines : quoteLines;
}

} // namespace

// Each entity's binding, and Rows::from<T> / Rows::toRow<T> instantiated over it.
template<> const Binding<Customer> &binding<Customer>() { return once<Customer, Bindings::customer>(); }
template Customer Rows::from<Customer>(const Row &);
template Row Rows::toRow<Customer>(const Customer &);
template<> const Binding<Contact> &binding<Contact>() { return once<Contact, Bindings::contact>(); }
template Contact Rows::from<Contact>(const Row &);
template Row Rows::toRow<Contact>(const Contact &);
template<> const Binding<Activity> &binding<Activity>() { return once<Activity, Bindings::activity>(); }
template Activity Rows::from<Activity>(const Row &);
template Row Rows::toRow<Activity>(const Activity &);
template<> const Binding<Product> &binding<Product>() { return once<Product, Bindings::product>(); }
template Product Rows::from<Product>(const Row &);
template Row Rows::toRow<Product>(const Product &);
template<> const Binding<Opportunity> &binding<Opportunity>() { return once<Opportunity, Bindings::opportunity>(); }
template Opportunity Rows::from<Opportunity>(const Row &);
template Row Rows::toRow<Opportunity>(const Opportunity &);
template<> const Binding<SalesStage> &binding<SalesStage>() { return once<SalesStage, Bindings::salesStage>(); }
template SalesStage Rows::from<SalesStage>(const Row &);
template Row Rows::toRow<SalesStage>(const SalesStage &);
template<> const Binding<StageChange> &binding<StageChange>() { return once<StageChange, Bindings::stageChange>(); }
template StageChange Rows::from<StageChange>(const Row &);
template Row Rows::toRow<StageChange>(const StageChange &);
template<> const Binding<Approval> &binding<Approval>() { return once<Approval, Bindings::approval>(); }
template Approval Rows::from<Approval>(const Row &);
template Row Rows::toRow<Approval>(const Approval &);
template<> const Binding<Quote> &binding<Quote>() { return once<Quote, Bindings::quote>(); }
template Quote Rows::from<Quote>(const Row &);
template Row Rows::toRow<Quote>(const Quote &);
template<> const Binding<Contract> &binding<Contract>() { return once<Contract, Bindings::contract>(); }
template Contract Rows::from<Contract>(const Row &);
template Row Rows::toRow<Contract>(const Contract &);
template<> const Binding<PaymentPlanLine> &binding<PaymentPlanLine>() { return once<PaymentPlanLine, Bindings::paymentPlan>(); }
template PaymentPlanLine Rows::from<PaymentPlanLine>(const Row &);
template Row Rows::toRow<PaymentPlanLine>(const PaymentPlanLine &);
template<> const Binding<PaymentRecord> &binding<PaymentRecord>() { return once<PaymentRecord, Bindings::payment>(); }
template PaymentRecord Rows::from<PaymentRecord>(const Row &);
template Row Rows::toRow<PaymentRecord>(const PaymentRecord &);
template<> const Binding<InvoiceRecord> &binding<InvoiceRecord>() { return once<InvoiceRecord, Bindings::invoice>(); }
template InvoiceRecord Rows::from<InvoiceRecord>(const Row &);
template Row Rows::toRow<InvoiceRecord>(const InvoiceRecord &);
template<> const Binding<DeliveryRecord> &binding<DeliveryRecord>() { return once<DeliveryRecord, Bindings::delivery>(); }
template DeliveryRecord Rows::from<DeliveryRecord>(const Row &);
template Row Rows::toRow<DeliveryRecord>(const DeliveryRecord &);
template<> const Binding<AttachmentRecord> &binding<AttachmentRecord>() { return once<AttachmentRecord, Bindings::attachment>(); }
template AttachmentRecord Rows::from<AttachmentRecord>(const Row &);
template Row Rows::toRow<AttachmentRecord>(const AttachmentRecord &);

QList<Bindings::Check> Bindings::checkAll()
{
    const auto check = [](const QString &entity, const BindingBase &b) {
        return Check{entity, b.table(), b.problems()};
    };
    return {check(u"Customer"_s, customer()),
            check(u"Contact"_s, contact()),
            check(u"Activity"_s, activity()),
            check(u"Product"_s, product()),
            check(u"Opportunity"_s, opportunity()),
            check(u"SalesStage"_s, salesStage()),
            check(u"StageChange"_s, stageChange()),
            check(u"Approval"_s, approval()),
            check(u"Quote"_s, quote()),
            check(u"Contract"_s, contract()),
            check(u"LineItem"_s, lineItem(u"quote_lines"_s)),
            check(u"LineItem"_s, lineItem(u"contract_lines"_s)),
            check(u"PaymentPlanLine"_s, paymentPlan()),
            check(u"PaymentRecord"_s, payment()),
            check(u"InvoiceRecord"_s, invoice()),
            check(u"DeliveryRecord"_s, delivery()),
            check(u"AttachmentRecord"_s, attachment())};
}

namespace Rows {

LineItem lineFrom(const QString &table, const Row &row, const QString &currency)
{
    Row r = row;
    r.insert(u"currency"_s, currency);
    return lineBinding(table).from(r);
}

Row toRow(const QString &table, const LineItem &line)
{
    return lineBinding(table).toRow(line);
}

} // namespace Rows

} // namespace Huike
