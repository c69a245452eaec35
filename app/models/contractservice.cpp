#include "models/contractservice.h"

#include "models/approvalservice.h"

#include "core/approval.h"
#include "core/pipelinepolicy.h"
#include "models/modelerror.h"
#include "models/outcomes.h"
#include "replica/attachmentstore.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::ContractService", text);
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? u""_s : s; // a null QString binds as NULL
}

} // namespace

ContractService::ContractService(Replica &replica) : m_replica(replica) { }

ContractService::~ContractService() = default;

std::optional<Contract> ContractService::load(const QString &contractId)
try {
    const auto row = m_replica.read(u"contracts"_s, contractId);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    Contract c = Rows::from<Contract>(*row);
    const QString where = u"contract_id = ? AND deleted = 0 ORDER BY line_no"_s;
    for (const Row &r : Rows::select(m_replica.database(), u"contract_lines"_s, where, {contractId}))
        c.lines << Rows::lineFrom(u"contract_lines"_s, r, c.currency);
    for (const Row &r : Rows::select(m_replica.database(), u"payment_plans"_s, where, {contractId})) {
        PaymentPlanLine line = Rows::from<PaymentPlanLine>(r);
        line.amount = Money::fromFen(line.amount.fen(), c.currency);
        c.paymentPlan << line;
    }
    return c;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Contract ContractService::newContract(const QString &customerId, const QString &today)
try {
    Contract c;
    c.customerId = Id::fromString(customerId).value_or(Id());
    const QDate date = QDate::fromString(today, Qt::ISODate);
    c.number = m_replica.nextNumber(u"contract"_s, date.year(), u"contracts"_s);
    c.partyA = customerName(customerId);
    c.partyB = setting(SettingKeys::CompanyName);
    c.title = tr("%1 contract").arg(c.partyA);
    c.startDate = today;
    c.endDate = date.addYears(1).addDays(-1).toString(Qt::ISODate);
    c.amount = c.net = c.tax = Money::fromFen(0, c.currency);
    return c;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Contract> ContractService::fromQuote(const QString &quoteId, const QString &today)
try {
    const auto row = m_replica.read(u"quotes"_s, quoteId);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    const Quote quote = Rows::from<Quote>(*row);
    Contract c = newContract(quote.customerId.toString(), today);
    c.quoteId = quote.meta.id;
    c.taxMode = quote.taxMode;
    c.currency = quote.currency;
    if (!quote.title.isEmpty())
        c.title = quote.title;
    for (const Row &r : Rows::select(m_replica.database(), u"quote_lines"_s, u"quote_id = ? AND deleted = 0 ORDER BY line_no"_s, {quoteId})) {
        LineItem line = Rows::lineFrom(u"quote_lines"_s, r, quote.currency);
        line.meta = {};
        line.documentId = {};
        c.lines << line;
    }
    c.recalculate();
    c.paymentPlan = Contract::splitPlan(c.amount, {100}, {QDate::fromString(today, Qt::ISODate).addDays(30).toString(Qt::ISODate)});
    return c;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ValidationErrors ContractService::save(Contract &c)
try {
    ValidationErrors errors;
    try {
        c.recalculate();
    } catch (const ArithmeticError &) {
        errors.add(u"amount"_s, u"overflow"_s, tr("The amounts are too large."));
        return errors;
    }
    for (qsizetype i = 0; i < c.lines.size(); ++i)
        c.lines[i].lineNo = int(i + 1);
    for (qsizetype i = 0; i < c.paymentPlan.size(); ++i)
        c.paymentPlan[i].lineNo = int(i + 1);
    errors = c.validate();
    if (errors)
        return errors;
    const bool isNew = c.meta.id.isNull();
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    if (isNew) {
        c.meta = RecordMeta::created(me, me);
        if (m_replica.database().scalar(u"SELECT count(*) FROM contracts WHERE number = ?"_s, {c.number}).toInt() > 0)
            c.number = m_replica.nextNumber(u"contract"_s, c.number.section(u'-', 1, 1).toInt(), u"contracts"_s); // taken meanwhile
    }
    const auto customer = m_replica.read(u"customers"_s, c.customerId.toString());
    const QVariant owner = customer ? customer->value(u"owner_id"_s) : QVariant();

    Replica::Batch batch(m_replica);
    if (isNew)
        m_replica.usePooledNumber(c.number);
    Row header = Rows::toRow(c);
    header.remove(u"status"_s);
    if (isNew) {
        header[u"status"_s] = u"draft"_s;
        header[u"owner_id"_s] = owner;
        m_replica.create(u"contracts"_s, header);
    } else {
        m_replica.update(u"contracts"_s, c.meta.id.toString(), header);
    }
    auto write = [&](const QString &table, auto &items, auto toRow) {
        QSet<QString> kept;
        for (auto &item : items) {
            item.customerId = c.customerId;
            const bool fresh = item.meta.id.isNull();
            if (fresh)
                item.meta = RecordMeta::created(me, me);
            kept.insert(item.meta.id.toString());
            Row row = toRow(item);
            if (fresh) {
                row[u"owner_id"_s] = owner;
                m_replica.create(table, row);
            } else {
                m_replica.update(table, item.meta.id.toString(), row);
            }
        }
        QStringList gone;
        QSqlQuery q = m_replica.database().exec(u"SELECT id FROM %1 WHERE contract_id = ? AND deleted = 0"_s.arg(table),
                                                {c.meta.id.toString()});
        while (q.next())
            if (!kept.contains(q.value(0).toString()))
                gone << q.value(0).toString();
        for (const QString &id : gone)
            m_replica.remove(table, id);
    };
    for (LineItem &l : c.lines)
        l.documentId = c.meta.id;
    for (PaymentPlanLine &p : c.paymentPlan)
        p.contractId = c.meta.id;
    write(u"contract_lines"_s, c.lines, [](const LineItem &l) { return Rows::toRow(u"contract_lines"_s, l); });
    write(u"payment_plans"_s, c.paymentPlan, [](const PaymentPlanLine &p) { return Rows::toRow(p); });
    batch.commit();
    if (const auto saved = load(c.meta.id.toString()))
        c = *saved;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString ContractService::currentRole()
{
    return m_replica.database().scalar(u"SELECT role FROM users WHERE id = ?"_s, {orEmpty(m_replica.userId())}).toString();
}

QString ContractService::refusalFor(const Contract &c, ContractStatus to)
{
    if (!Contract::canChangeStatus(c.status, to))
        return tr("A contract cannot go from “%1” to “%2”.").arg(enumLabel(c.status), enumLabel(to));
    if (c.status == ContractStatus::Draft) {
        if (c.paymentPlan.isEmpty())
            return tr("Add a payment plan that adds up to the contract amount before asking for approval.");
        const ValidationErrors errors = c.validate();
        if (!errors.isEmpty())
            return errors.errors().first().message;
    }
    if (c.status == ContractStatus::InApproval) {
        // Four eyes as the server decides (for administrators too); who submitted it is in
        // the server's audit trail, which the server checks as well.
        // The engine's steps when the request is here (asked when it was submitted); the
        // four-eyes rule of before otherwise.
        if (const std::optional<QString> refusal = ApprovalService(m_replica).contractDecisionRefusal(c.meta.id.toString(),
                                                                                                      to == ContractStatus::Signed)) {
            if (!refusal->isEmpty())
                return *refusal;
        } else {
            const auto role = enumFromCode<UserRole>(currentRole());
            if (!role || PipelinePolicy::contractDecision({m_replica.userId(), *role}, c.meta.ownerId.toString(), QString()))
                return tr("A manager, director or contract clerk approves contracts, not their owner.");
        }
        if (to == ContractStatus::Signed && c.signDate.isEmpty())
            return tr("Enter the date the contract was signed.");
    }
    return {};
}

Outcomes &ContractService::outcomes()
{
    if (!m_outcomes)
        m_outcomes = std::make_unique<Outcomes>(m_replica);
    return *m_outcomes;
}

bool ContractService::isContractRecord(const QString &table, const QString &recordId, const QString &contractId)
{
    const auto row = m_replica.read(table, recordId);
    return row && row->value(u"contract_id"_s).toString() == contractId;
}

void ContractService::changeStatus(Contract &c, ContractStatus to)
try {
    Row changes{{u"status"_s, enumCode(to)}};
    if (!c.signDate.isEmpty())
        changes[u"sign_date"_s] = c.signDate;
    m_replica.update(u"contracts"_s, c.meta.id.toString(), changes);
    c.status = to;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<PaymentRecord> ContractService::payments(const QString &contractId)
{
    QList<PaymentRecord> out;
    for (const Row &r : Rows::select(m_replica.database(), u"payments"_s, u"contract_id = ? AND deleted = 0 ORDER BY paid_on, id"_s, {contractId}))
        out << Rows::from<PaymentRecord>(r);
    return out;
}

QList<InvoiceRecord> ContractService::invoices(const QString &contractId)
{
    QList<InvoiceRecord> out;
    for (const Row &r : Rows::select(m_replica.database(), u"invoices"_s, u"contract_id = ? AND deleted = 0 ORDER BY issued_on, id"_s, {contractId}))
        out << Rows::from<InvoiceRecord>(r);
    return out;
}

QList<DeliveryRecord> ContractService::deliveries(const QString &contractId)
{
    QList<DeliveryRecord> out;
    for (const Row &r : Rows::select(m_replica.database(), u"deliveries"_s, u"contract_id = ? AND deleted = 0 ORDER BY delivered_on, id"_s, {contractId}))
        out << Rows::from<DeliveryRecord>(r);
    return out;
}

ContractService::InvoicingState ContractService::invoicing(const Contract &c)
{
    InvoicingState s;
    s.invoiced = Money::fromFen(0, c.currency);
    s.invoicedTax = Money::fromFen(0, c.currency);
    if (!c.meta.id.isNull()) {
        for (const InvoiceRecord &i : invoices(c.meta.id.toString())) {
            // Invoices carry no currency of their own: they are in the contract's.
            s.invoiced += Money::fromFen(i.amount.fen(), c.currency);
            s.invoicedTax += Money::fromFen(i.tax.fen(), c.currency);
            ++s.count;
        }
    }
    s.left = Money::fromFen(c.amount.fen(), c.currency) - s.invoiced;
    return s;
}

QList<ContractService::PlanState> ContractService::planState(const Contract &c, const QString &today)
{
    const QList<PaymentRecord> paid = payments(c.meta.id.toString());
    QList<PlanState> out;
    for (const PaymentPlanLine &line : c.paymentPlan) {
        PlanState s;
        s.line = line;
        s.paid = Money::fromFen(0, c.currency);
        for (const PaymentRecord &p : paid)
            if (p.planId == line.meta.id)
                s.paid += Money::fromFen(p.amount.fen(), c.currency);
        s.balance = line.amount - s.paid;
        s.overdue = s.balance.fen() > 0 && !line.dueDate.isEmpty() && line.dueDate < today;
        out << s;
    }
    return out;
}

// A payment, an invoice or a delivery: against a signed contract, of its customer, owned with it.
template<typename Record>
ValidationErrors ContractService::addToContract(const Contract &c, Record &record, const QString &table, const QString &unsigned_)
{
    ValidationErrors errors;
    if (c.status == ContractStatus::Draft || c.status == ContractStatus::InApproval) {
        errors.add(u"contractId"_s, u"document_locked"_s, unsigned_);
        return errors;
    }
    record.customerId = c.customerId;
    record.contractId = c.meta.id;
    errors = record.validate();
    if (errors)
        return errors;
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    record.meta = RecordMeta::created(me, me);
    Row row = Rows::toRow(record);
    row[u"owner_id"_s] = c.meta.ownerId.isNull() ? QVariant() : QVariant(c.meta.ownerId.toString());
    m_replica.create(table, row);
    return {};
}

ValidationErrors ContractService::addPayment(const Contract &c, PaymentRecord &p)
try {
    return addToContract(c, p, u"payments"_s, tr("Payments are recorded against a signed contract."));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ValidationErrors ContractService::addInvoice(const Contract &c, InvoiceRecord &i)
try {
    return addToContract(c, i, u"invoices"_s, tr("Invoices are recorded against a signed contract."));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ValidationErrors ContractService::addDelivery(const Contract &c, DeliveryRecord &d)
try {
    return addToContract(c, d, u"deliveries"_s, tr("Deliveries are recorded against a signed contract."));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QList<ContractService::AttachmentState> ContractService::attachments(const QString &contractId)
{
    QList<AttachmentState> out;
    const AttachmentStore files = AttachmentStore::forReplica(m_replica);
    for (const Row &r : Rows::select(m_replica.database(), u"attachments"_s,
                                     u"contract_id = ? AND deleted = 0 ORDER BY created_at DESC, id DESC"_s, {contractId})) {
        AttachmentState a;
        a.record = Rows::from<AttachmentRecord>(r);
        a.available = files.has(a.record.sha256);
        out << a;
    }
    return out;
}

QList<ContractService::AttachmentState> ContractService::customerAttachments(const QString &customerId)
{
    QHash<QString, QString> numbers; // contract id → number, for the "where" of each file
    QSqlQuery q = m_replica.database().exec(u"SELECT id, number FROM contracts WHERE customer_id = ?"_s, {orEmpty(customerId)});
    while (q.next())
        numbers.insert(q.value(0).toString(), q.value(1).toString());
    QList<AttachmentState> out;
    const AttachmentStore files = AttachmentStore::forReplica(m_replica);
    for (const Row &r : Rows::select(m_replica.database(), u"attachments"_s,
                                     u"customer_id = ? AND deleted = 0 ORDER BY created_at DESC, id DESC"_s, {orEmpty(customerId)})) {
        AttachmentState a;
        a.record = Rows::from<AttachmentRecord>(r);
        a.available = files.has(a.record.sha256);
        if (!a.record.contractId.isNull())
            a.contractNumber = numbers.value(a.record.contractId.toString());
        out << a;
    }
    return out;
}

ValidationErrors ContractService::addAttachment(const Contract &c, const QString &filePath, const QString &note)
{
    ValidationErrors errors;
    if (c.meta.id.isNull()) {
        errors.add(u"contractId"_s, u"required"_s, tr("Save the contract before adding attachments."));
        return errors;
    }
    AttachmentRecord a;
    a.customerId = c.customerId;
    a.contractId = c.meta.id;
    a.note = note;
    return addAttachmentRecord(a, filePath, c.meta.ownerId.isNull() ? QVariant() : QVariant(c.meta.ownerId.toString()));
}

ValidationErrors ContractService::addCustomerAttachment(const QString &customerId, const QString &filePath, const QString &note)
{
    ValidationErrors errors;
    const auto customer = customerId.isEmpty() ? std::nullopt : m_replica.read(u"customers"_s, customerId);
    if (!customer || customer->value(u"deleted"_s).toInt() != 0) {
        errors.add(u"customerId"_s, u"required"_s, tr("Save the customer before adding attachments."));
        return errors;
    }
    AttachmentRecord a;
    a.customerId = Id::fromString(customerId).value_or(Id());
    a.note = note; // contractId stays null: the customer's own
    // The customer's owner, as a contract's attachment has the contract's: the server
    // shares the file with whoever may see the customer.
    return addAttachmentRecord(a, filePath, customer->value(u"owner_id"_s));
}

ValidationErrors ContractService::addAttachmentRecord(AttachmentRecord a, const QString &filePath, const QVariant &ownerId)
{
    ValidationErrors errors;
    QString error;
    const std::optional<AttachmentStore::Added> added = AttachmentStore::forReplica(m_replica).add(filePath, &error);
    if (!added) {
        errors.add(u"file"_s, u"unreadable"_s, error);
        return errors;
    }
    a.fileName = added->fileName;
    a.mimeType = added->mimeType;
    a.sizeBytes = added->sizeBytes;
    a.sha256 = added->sha256;
    errors = a.validate();
    if (errors)
        return errors;
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    a.meta = RecordMeta::created(me, me);
    Row row = Rows::toRow(a);
    row[u"owner_id"_s] = ownerId.toString().isEmpty() ? QVariant() : ownerId;
    m_replica.create(u"attachments"_s, row);
    return {};
}

AttachmentStore ContractService::attachmentStore()
{
    return AttachmentStore::forReplica(m_replica);
}

void ContractService::removeAttachment(const QString &attachmentId)
{
    m_replica.remove(u"attachments"_s, attachmentId);
}

QString ContractService::setting(QStringView key)
{
    return Rows::setting(m_replica.database(), key);
}

QString ContractService::customerName(const QString &customerId)
{
    return m_replica.database().scalar(u"SELECT name FROM customers WHERE id = ?"_s, {orEmpty(customerId)}).toString();
}

} // namespace Huike
