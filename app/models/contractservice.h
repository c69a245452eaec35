#pragma once

#include "core/attachmentrecord.h"
#include "core/contract.h"
#include "core/deliveryrecord.h"
#include "core/invoicerecord.h"
#include "core/paymentrecord.h"
#include "core/validation.h"

#include <QList>
#include <QString>

#include <optional>

namespace Huike {

class AttachmentStore;
class OutcomeFeed;
class Replica;

// The contract editor's data over the replica (FEATURES.md S4): a contract with its lines
// and payment plan saved in one transaction; made from an accepted quote (lines and totals
// copied, linked) or from scratch; the status flow and the plan rules the server enforces
// too (server/api/pipelinerules.h); payments (回款) against plan lines with the balance
// left and overdue state; invoices (开票) with what is left to invoice; deliveries (发货).
// No widgets here.
class ContractService
{
public:
    explicit ContractService(Replica &replica);

    std::optional<Contract> load(const QString &contractId);
    // A draft from an accepted quote: its lines, totals and tax mode, 甲方 the customer, 乙方
    // the company (settings), one balance instalment due in 30 days from `today`.
    std::optional<Contract> fromQuote(const QString &quoteId, const QString &today);
    Contract newContract(const QString &customerId, const QString &today);

    // Validates — the plan must add up exactly when it has lines — then writes the
    // contract, its lines and plan (removed lines and instalments deleted) in one
    // transaction. The status is not changed here. Errors by field ("title",
    // "paymentPlan", "paymentPlan[N].dueDate" …); empty when saved. Throws SchemaError.
    ValidationErrors save(Contract &contract);

    // Why the (saved) contract cannot go to `to` for the current user, translated.
    QString refusalFor(const Contract &contract, ContractStatus to);
    // Conflicts and refusals coming back from the server (OutcomeFeed::recorded), for an
    // open contract editor to follow as the quote editor does.
    OutcomeFeed &outcomes();
    // Whether the stored record `recordId` of `table` (a payment, invoice, delivery …) is
    // one of the contract's.
    bool isContractRecord(const QString &table, const QString &recordId, const QString &contractId);
    void changeStatus(Contract &contract, ContractStatus to);

    // One instalment with what was paid against it.
    struct PlanState
    {
        PaymentPlanLine line;
        Money paid;
        Money balance; // line amount − paid (≥ 0 shown; over-payment negative)
        bool overdue = false; // due before `today` and not paid in full
    };
    QList<PlanState> planState(const Contract &contract, const QString &today);
    QList<PaymentRecord> payments(const QString &contractId);
    QList<InvoiceRecord> invoices(const QString &contractId);
    // Records a payment (the contract must be signed or later). Errors by field.
    ValidationErrors addPayment(const Contract &contract, PaymentRecord &payment);
    ValidationErrors addInvoice(const Contract &contract, InvoiceRecord &invoice);
    // Attachments (附件: a scanned signed contract, photos), newest first; `available`
    // when the content is on this computer (AttachmentStore::forReplica) and opens offline.
    struct AttachmentState
    {
        AttachmentRecord record;
        bool available = false;
        QString contractNumber; // customerAttachments(): the contract's; empty for the customer's own
    };
    QList<AttachmentState> attachments(const QString &contractId);
    // All of a customer's attachments, newest first: its own (营业执照, ID copies, NDAs;
    // contract_id NULL) and those of its contracts. Here rather than in CustomerService so
    // that one service, and one AttachmentsPanel, covers both.
    QList<AttachmentState> customerAttachments(const QString &customerId);
    // Copies the file into the attachment store and records it against the saved contract
    // (any status); the content is uploaded with the next sync, before the record. Errors
    // by field ("file" when it cannot be read or is too large).
    ValidationErrors addAttachment(const Contract &contract, const QString &filePath, const QString &note = {});
    // The same for the customer itself (no contract); the customer must be saved.
    ValidationErrors addCustomerAttachment(const QString &customerId, const QString &filePath, const QString &note = {});
    void removeAttachment(const QString &attachmentId);
    AttachmentStore attachmentStore();

    QList<DeliveryRecord> deliveries(const QString &contractId);
    ValidationErrors addDelivery(const Contract &contract, DeliveryRecord &delivery);

    // The contract's invoices against its amount (价税合计), in the contract's currency.
    struct InvoicingState
    {
        Money invoiced; // the invoices' gross so far
        Money invoicedTax;
        Money left; // amount − invoiced; negative when more was invoiced than the amount
        int count = 0;
    };
    InvoicingState invoicing(const Contract &contract);

    QString setting(QStringView key);
    Replica &replica() { return m_replica; }
    QString customerName(const QString &customerId);
    QString currentRole();

private:
    template<typename Record>
    ValidationErrors addToContract(const Contract &c, Record &record, const QString &table, const QString &unsigned_);
    // Stores the file and writes `a` (customer and contract already set) with its owner.
    ValidationErrors addAttachmentRecord(AttachmentRecord a, const QString &filePath, const QVariant &ownerId);
    Replica &m_replica;
};

} // namespace Huike
