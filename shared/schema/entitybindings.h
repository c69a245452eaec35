#pragma once

#include "schema/binding.h"

namespace Huike {

struct Activity;
struct Approval;
struct AttachmentRecord;
struct Contact;
struct Contract;
struct Customer;
struct DeliveryRecord;
struct InvoiceRecord;
struct LineItem;
struct Opportunity;
struct PaymentPlanLine;
struct PaymentRecord;
struct Product;
struct Quote;
struct SalesStage;
struct StageChange;

// The binding table of each entity (DATAMODEL.md "Binding instead of row pairs"), built
// anew and unchecked on each call: Rows::bindingProblems() checks them, binding<T>()
// keeps a checked one.
namespace Bindings {

// customerbindings.cpp
Binding<Customer> customer();
Binding<Contact> contact();
Binding<Activity> activity();
// pipelinebindings.cpp
Binding<Product> product();
Binding<Opportunity> opportunity();
Binding<SalesStage> salesStage();
Binding<StageChange> stageChange();
Binding<Approval> approval();
// documentbindings.cpp: quotes and contracts (headers without lines), lines of
// quote_lines or contract_lines, and what hangs off a contract.
Binding<Quote> quote();
Binding<Contract> contract();
Binding<LineItem> lineItem(const QString &table);
Binding<PaymentPlanLine> paymentPlan();
Binding<PaymentRecord> payment();
Binding<InvoiceRecord> invoice();
Binding<DeliveryRecord> delivery();
Binding<AttachmentRecord> attachment();

// Every binding above checked against its table (BindingBase::problems): run by
// tests/shared/schema/tst_bindings for each entity; binding<T>() runs the same check on
// first use and throws SchemaError when it fails.
struct Check
{
    QString entity;
    QString table;
    QStringList problems;
};
QList<Check> checkAll();

} // namespace Bindings

template<> const Binding<Customer> &binding<Customer>();
template<> const Binding<Contact> &binding<Contact>();
template<> const Binding<Activity> &binding<Activity>();
template<> const Binding<Product> &binding<Product>();
template<> const Binding<Opportunity> &binding<Opportunity>();
template<> const Binding<SalesStage> &binding<SalesStage>();
template<> const Binding<StageChange> &binding<StageChange>();
template<> const Binding<Approval> &binding<Approval>();
template<> const Binding<Quote> &binding<Quote>();
template<> const Binding<Contract> &binding<Contract>();
template<> const Binding<PaymentPlanLine> &binding<PaymentPlanLine>();
template<> const Binding<PaymentRecord> &binding<PaymentRecord>();
template<> const Binding<InvoiceRecord> &binding<InvoiceRecord>();
template<> const Binding<DeliveryRecord> &binding<DeliveryRecord>();
template<> const Binding<AttachmentRecord> &binding<AttachmentRecord>();

} // namespace Huike
