#include "rows.h"

#include "database.h"
#include "domainschema.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike::Rows {

namespace {

QString text(const Row &r, const QString &c)
{
    return r.value(c).toString();
}

Id id(const Row &r, const QString &c)
{
    return Id::fromString(r.value(c).toString()).value_or(Id());
}

QVariant idValue(const Id &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString());
}

QVariant textValue(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

qint64 integer(const Row &r, const QString &c)
{
    return r.value(c).toLongLong();
}

Money money(const Row &r, const QString &c)
{
    const QString currency = r.value(u"currency"_s).toString();
    return Money::fromFen(integer(r, c), currency.isEmpty() ? u"CNY"_s : currency);
}

Decimal decimal(const Row &r, const QString &c)
{
    return Decimal::fromRaw(integer(r, c));
}

template<typename E>
std::optional<E> optionalEnum(const Row &r, const QString &c)
{
    const QString code = text(r, c);
    return code.isEmpty() ? std::nullopt : enumFromCode<E>(code);
}

template<typename E>
E requiredEnum(const Row &r, const QString &c, E fallback)
{
    return optionalEnum<E>(r, c).value_or(fallback);
}

template<typename E>
QVariant enumValue(const std::optional<E> &e)
{
    return e ? QVariant(enumCode(*e)) : QVariant();
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

QString jsonName(const QString &column)
{
    if (column == u"probability_e4")
        return u"probabilityPercent"_s;
    if (column == u"discount_pct_e4")
        return u"discountPercent"_s;
    if (column == u"vat_rate_e4")
        return u"vatRatePercent"_s;
    QString base = column;
    if (base.endsWith(u"_fen") || base.endsWith(u"_e4"))
        base.truncate(base.lastIndexOf(u'_'));
    QString out;
    out.reserve(base.size());
    bool upper = false;
    for (QChar c : base) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        out += upper ? c.toUpper() : c;
        upper = false;
    }
    return out;
}

QString columnFor(const QString &table, const QString &name)
{
    for (const ColumnDef &c : DomainSchema::table(table).columns())
        if (jsonName(c.name) == name)
            return c.name;
    return {};
}

RecordMeta metaFromRow(const Row &r)
{
    RecordMeta m;
    m.id = id(r, u"id"_s);
    m.version = integer(r, u"version"_s);
    m.deleted = integer(r, u"deleted"_s) != 0;
    m.ownerId = id(r, u"owner_id"_s);
    m.createdAt = text(r, u"created_at"_s);
    m.createdBy = id(r, u"created_by"_s);
    m.updatedAt = text(r, u"updated_at"_s);
    m.updatedBy = id(r, u"updated_by"_s);
    return m;
}

void metaToRow(const RecordMeta &m, Row &r)
{
    r[u"id"_s] = idValue(m.id);
    r[u"version"_s] = m.version;
    r[u"deleted"_s] = m.deleted ? 1 : 0;
    r[u"owner_id"_s] = idValue(m.ownerId);
    r[u"created_at"_s] = m.createdAt;
    r[u"created_by"_s] = idValue(m.createdBy);
    r[u"updated_at"_s] = m.updatedAt;
    r[u"updated_by"_s] = idValue(m.updatedBy);
}

Customer customerFromRow(const Row &r)
{
    Customer c;
    c.meta = metaFromRow(r);
    c.name = text(r, u"name"_s);
    c.shortName = text(r, u"short_name"_s);
    c.address = text(r, u"address"_s);
    c.province = text(r, u"province"_s);
    c.city = text(r, u"city"_s);
    c.postcode = text(r, u"postcode"_s);
    c.phone = text(r, u"phone"_s);
    c.website = text(r, u"website"_s);
    c.email = text(r, u"email"_s);
    c.creditCode = text(r, u"credit_code"_s);
    c.industry = text(r, u"industry"_s);
    c.region = text(r, u"region"_s);
    c.size = optionalEnum<CustomerSize>(r, u"size"_s);
    c.status = requiredEnum(r, u"status"_s, CustomerStatus::Potential);
    c.level = optionalEnum<CustomerLevel>(r, u"level"_s);
    c.type = requiredEnum(r, u"type"_s, CustomerType::End);
    c.source = text(r, u"source"_s);
    c.background = text(r, u"background"_s);
    c.creditRating = text(r, u"credit_rating"_s);
    c.securityLevel = text(r, u"security_level"_s);
    const QString tags = text(r, u"tags"_s);
    c.tags = tags.isEmpty() ? QStringList() : tags.split(u',');
    c.departmentId = id(r, u"department_id"_s);
    c.lastActivityAt = text(r, u"last_activity_at"_s);
    return c;
}

Row toRow(const Customer &c)
{
    Row r;
    metaToRow(c.meta, r);
    r[u"name"_s] = c.name;
    r[u"short_name"_s] = textValue(c.shortName);
    r[u"address"_s] = textValue(c.address);
    r[u"province"_s] = textValue(c.province);
    r[u"city"_s] = textValue(c.city);
    r[u"postcode"_s] = textValue(c.postcode);
    r[u"phone"_s] = textValue(c.phone);
    r[u"website"_s] = textValue(c.website);
    r[u"email"_s] = textValue(c.email);
    r[u"credit_code"_s] = textValue(c.creditCode);
    r[u"industry"_s] = textValue(c.industry);
    r[u"region"_s] = textValue(c.region);
    r[u"size"_s] = enumValue(c.size);
    r[u"status"_s] = enumCode(c.status);
    r[u"level"_s] = enumValue(c.level);
    r[u"type"_s] = enumCode(c.type);
    r[u"source"_s] = textValue(c.source);
    r[u"background"_s] = textValue(c.background);
    r[u"credit_rating"_s] = textValue(c.creditRating);
    r[u"security_level"_s] = textValue(c.securityLevel);
    r[u"tags"_s] = textValue(c.tags.join(u','));
    r[u"department_id"_s] = idValue(c.departmentId);
    r[u"last_activity_at"_s] = textValue(c.lastActivityAt);
    return r;
}

Contact contactFromRow(const Row &r)
{
    Contact c;
    c.meta = metaFromRow(r);
    c.customerId = id(r, u"customer_id"_s);
    c.name = text(r, u"name"_s);
    c.title = text(r, u"title"_s);
    c.department = text(r, u"department"_s);
    c.phone = text(r, u"phone"_s);
    c.mobile = text(r, u"mobile"_s);
    c.email = text(r, u"email"_s);
    c.decisionRole = optionalEnum<DecisionRole>(r, u"decision_role"_s);
    c.isPrimary = integer(r, u"is_primary"_s) != 0;
    c.notes = text(r, u"notes"_s);
    return c;
}

Row toRow(const Contact &c)
{
    Row r;
    metaToRow(c.meta, r);
    r[u"customer_id"_s] = idValue(c.customerId);
    r[u"name"_s] = c.name;
    r[u"title"_s] = textValue(c.title);
    r[u"department"_s] = textValue(c.department);
    r[u"phone"_s] = textValue(c.phone);
    r[u"mobile"_s] = textValue(c.mobile);
    r[u"email"_s] = textValue(c.email);
    r[u"decision_role"_s] = enumValue(c.decisionRole);
    r[u"is_primary"_s] = c.isPrimary ? 1 : 0;
    r[u"notes"_s] = textValue(c.notes);
    return r;
}

Opportunity opportunityFromRow(const Row &r)
{
    Opportunity o;
    o.meta = metaFromRow(r);
    o.customerId = id(r, u"customer_id"_s);
    o.name = text(r, u"name"_s);
    o.stage = text(r, u"stage"_s);
    o.probabilityPercent = decimal(r, u"probability_e4"_s);
    o.amount = money(r, u"amount_fen"_s);
    o.expectedClose = text(r, u"expected_close"_s);
    o.competitors = text(r, u"competitors"_s);
    o.nextStep = text(r, u"next_step"_s);
    o.status = requiredEnum(r, u"status"_s, OpportunityStatus::Open);
    o.lostReason = text(r, u"lost_reason"_s);
    return o;
}

Row toRow(const Opportunity &o)
{
    Row r;
    metaToRow(o.meta, r);
    r[u"customer_id"_s] = idValue(o.customerId);
    r[u"name"_s] = o.name;
    r[u"stage"_s] = o.stage;
    r[u"probability_e4"_s] = o.probabilityPercent.raw();
    r[u"amount_fen"_s] = o.amount.fen();
    r[u"currency"_s] = o.amount.currency();
    r[u"expected_close"_s] = textValue(o.expectedClose);
    r[u"competitors"_s] = textValue(o.competitors);
    r[u"next_step"_s] = textValue(o.nextStep);
    r[u"status"_s] = enumCode(o.status);
    r[u"lost_reason"_s] = textValue(o.lostReason);
    return r;
}

Activity activityFromRow(const Row &r)
{
    Activity a;
    a.meta = metaFromRow(r);
    a.customerId = id(r, u"customer_id"_s);
    a.contactId = id(r, u"contact_id"_s);
    a.kind = requiredEnum(r, u"kind"_s, ActivityKind::Call);
    a.occurredAt = text(r, u"occurred_at"_s);
    a.subject = text(r, u"subject"_s);
    a.body = text(r, u"body"_s);
    a.nextStep = text(r, u"next_step"_s);
    a.nextStepDue = text(r, u"next_step_due"_s);
    a.done = integer(r, u"done"_s) != 0;
    return a;
}

Row toRow(const Activity &a)
{
    Row r;
    metaToRow(a.meta, r);
    r[u"customer_id"_s] = idValue(a.customerId);
    r[u"contact_id"_s] = idValue(a.contactId);
    r[u"kind"_s] = enumCode(a.kind);
    r[u"occurred_at"_s] = a.occurredAt;
    r[u"subject"_s] = textValue(a.subject);
    r[u"body"_s] = textValue(a.body);
    r[u"next_step"_s] = textValue(a.nextStep);
    r[u"next_step_due"_s] = textValue(a.nextStepDue);
    r[u"done"_s] = a.done ? 1 : 0;
    return r;
}

Product productFromRow(const Row &r)
{
    Product p;
    p.meta = metaFromRow(r);
    p.code = text(r, u"code"_s);
    p.name = text(r, u"name"_s);
    p.specification = text(r, u"specification"_s);
    p.unit = text(r, u"unit"_s);
    p.listPrice = decimal(r, u"list_price_e4"_s);
    p.vatRatePercent = r.contains(u"vat_rate_e4"_s) ? decimal(r, u"vat_rate_e4"_s)
                                                     : Decimal::fromInteger(13);
    p.currency = r.value(u"currency"_s, u"CNY"_s).toString();
    p.active = !r.contains(u"active"_s) || integer(r, u"active"_s) != 0;
    return p;
}

Row toRow(const Product &p)
{
    Row r;
    metaToRow(p.meta, r);
    r[u"code"_s] = p.code;
    r[u"name"_s] = p.name;
    r[u"specification"_s] = textValue(p.specification);
    r[u"unit"_s] = textValue(p.unit);
    r[u"list_price_e4"_s] = p.listPrice.raw();
    r[u"vat_rate_e4"_s] = p.vatRatePercent.raw();
    r[u"currency"_s] = p.currency;
    r[u"active"_s] = p.active ? 1 : 0;
    return r;
}

PaymentRecord paymentFromRow(const Row &r)
{
    PaymentRecord p;
    p.meta = metaFromRow(r);
    p.customerId = id(r, u"customer_id"_s);
    p.contractId = id(r, u"contract_id"_s);
    p.planId = id(r, u"plan_id"_s);
    p.paidOn = text(r, u"paid_on"_s);
    p.amount = money(r, u"amount_fen"_s);
    p.method = optionalEnum<PaymentMethod>(r, u"method"_s);
    p.reference = text(r, u"reference"_s);
    p.note = text(r, u"note"_s);
    return p;
}

Row toRow(const PaymentRecord &p)
{
    Row r;
    metaToRow(p.meta, r);
    r[u"customer_id"_s] = idValue(p.customerId);
    r[u"contract_id"_s] = idValue(p.contractId);
    r[u"plan_id"_s] = idValue(p.planId);
    r[u"paid_on"_s] = p.paidOn;
    r[u"amount_fen"_s] = p.amount.fen();
    r[u"method"_s] = enumValue(p.method);
    r[u"reference"_s] = textValue(p.reference);
    r[u"note"_s] = textValue(p.note);
    return r;
}

InvoiceRecord invoiceFromRow(const Row &r)
{
    InvoiceRecord i;
    i.meta = metaFromRow(r);
    i.customerId = id(r, u"customer_id"_s);
    i.contractId = id(r, u"contract_id"_s);
    i.number = text(r, u"number"_s);
    i.issuedOn = text(r, u"issued_on"_s);
    i.kind = requiredEnum(r, u"kind"_s, InvoiceKind::Special);
    i.amount = money(r, u"amount_fen"_s);
    i.tax = money(r, u"tax_fen"_s);
    i.note = text(r, u"note"_s);
    return i;
}

Row toRow(const InvoiceRecord &i)
{
    Row r;
    metaToRow(i.meta, r);
    r[u"customer_id"_s] = idValue(i.customerId);
    r[u"contract_id"_s] = idValue(i.contractId);
    r[u"number"_s] = i.number;
    r[u"issued_on"_s] = i.issuedOn;
    r[u"kind"_s] = enumCode(i.kind);
    r[u"amount_fen"_s] = i.amount.fen();
    r[u"tax_fen"_s] = i.tax.fen();
    r[u"note"_s] = textValue(i.note);
    return r;
}

DeliveryRecord deliveryFromRow(const Row &r)
{
    DeliveryRecord d;
    d.meta = metaFromRow(r);
    d.customerId = id(r, u"customer_id"_s);
    d.contractId = id(r, u"contract_id"_s);
    d.deliveredOn = text(r, u"delivered_on"_s);
    d.description = text(r, u"description"_s);
    d.carrier = text(r, u"carrier"_s);
    d.trackingNumber = text(r, u"tracking_number"_s);
    d.receiver = text(r, u"receiver"_s);
    d.note = text(r, u"note"_s);
    return d;
}

Row toRow(const DeliveryRecord &d)
{
    Row r;
    metaToRow(d.meta, r);
    r[u"customer_id"_s] = idValue(d.customerId);
    r[u"contract_id"_s] = idValue(d.contractId);
    r[u"delivered_on"_s] = d.deliveredOn;
    r[u"description"_s] = d.description;
    r[u"carrier"_s] = textValue(d.carrier);
    r[u"tracking_number"_s] = textValue(d.trackingNumber);
    r[u"receiver"_s] = textValue(d.receiver);
    r[u"note"_s] = textValue(d.note);
    return r;
}

AttachmentRecord attachmentFromRow(const Row &r)
{
    AttachmentRecord a;
    a.meta = metaFromRow(r);
    a.customerId = id(r, u"customer_id"_s);
    a.contractId = id(r, u"contract_id"_s);
    a.fileName = text(r, u"file_name"_s);
    a.mimeType = text(r, u"mime_type"_s);
    a.sizeBytes = integer(r, u"size_bytes"_s);
    a.sha256 = text(r, u"sha256"_s);
    a.note = text(r, u"note"_s);
    return a;
}

Row toRow(const AttachmentRecord &a)
{
    Row r;
    metaToRow(a.meta, r);
    r[u"customer_id"_s] = idValue(a.customerId);
    r[u"contract_id"_s] = idValue(a.contractId);
    r[u"file_name"_s] = a.fileName;
    r[u"mime_type"_s] = textValue(a.mimeType);
    r[u"size_bytes"_s] = a.sizeBytes;
    r[u"sha256"_s] = a.sha256;
    r[u"note"_s] = textValue(a.note);
    return r;
}

PaymentPlanLine paymentPlanFromRow(const Row &r)
{
    PaymentPlanLine p;
    p.meta = metaFromRow(r);
    p.customerId = id(r, u"customer_id"_s);
    p.contractId = id(r, u"contract_id"_s);
    p.lineNo = int(integer(r, u"line_no"_s));
    p.dueDate = text(r, u"due_date"_s);
    p.amount = money(r, u"amount_fen"_s);
    p.isBalance = integer(r, u"is_balance"_s) != 0;
    p.note = text(r, u"note"_s);
    return p;
}

Row toRow(const PaymentPlanLine &p)
{
    Row r;
    metaToRow(p.meta, r);
    r[u"customer_id"_s] = idValue(p.customerId);
    r[u"contract_id"_s] = idValue(p.contractId);
    r[u"line_no"_s] = p.lineNo;
    r[u"due_date"_s] = p.dueDate;
    r[u"amount_fen"_s] = p.amount.fen();
    r[u"is_balance"_s] = p.isBalance ? 1 : 0;
    r[u"note"_s] = textValue(p.note);
    return r;
}

QString taxModeCode(TaxMode mode)
{
    return mode == TaxMode::Inclusive ? u"inclusive"_s : u"exclusive"_s;
}

std::optional<TaxMode> taxModeFromCode(const QString &code)
{
    if (code == u"inclusive")
        return TaxMode::Inclusive;
    if (code == u"exclusive")
        return TaxMode::Exclusive;
    return std::nullopt;
}

Quote quoteFromRow(const Row &r)
{
    Quote q;
    q.meta = metaFromRow(r);
    q.customerId = id(r, u"customer_id"_s);
    q.opportunityId = id(r, u"opportunity_id"_s);
    q.number = text(r, u"number"_s);
    q.revision = int(r.contains(u"revision"_s) ? integer(r, u"revision"_s) : 1);
    q.title = text(r, u"title"_s);
    q.status = requiredEnum(r, u"status"_s, QuoteStatus::Draft);
    q.taxMode = taxModeFromCode(text(r, u"tax_mode"_s)).value_or(TaxMode::Exclusive);
    q.currency = text(r, u"currency"_s).isEmpty() ? u"CNY"_s : text(r, u"currency"_s);
    q.validUntil = text(r, u"valid_until"_s);
    q.net = money(r, u"net_fen"_s);
    q.tax = money(r, u"tax_fen"_s);
    q.gross = money(r, u"gross_fen"_s);
    q.terms = text(r, u"terms"_s);
    q.notes = text(r, u"notes"_s);
    return q;
}

Row toRow(const Quote &q)
{
    Row r;
    metaToRow(q.meta, r);
    r[u"customer_id"_s] = idValue(q.customerId);
    r[u"opportunity_id"_s] = idValue(q.opportunityId);
    r[u"number"_s] = q.number;
    r[u"revision"_s] = q.revision;
    r[u"title"_s] = textValue(q.title);
    r[u"status"_s] = enumCode(q.status);
    r[u"tax_mode"_s] = taxModeCode(q.taxMode);
    r[u"currency"_s] = q.currency;
    r[u"valid_until"_s] = textValue(q.validUntil);
    r[u"net_fen"_s] = q.net.fen();
    r[u"tax_fen"_s] = q.tax.fen();
    r[u"gross_fen"_s] = q.gross.fen();
    r[u"terms"_s] = textValue(q.terms);
    r[u"notes"_s] = textValue(q.notes);
    return r;
}

Contract contractFromRow(const Row &r)
{
    Contract c;
    c.meta = metaFromRow(r);
    c.customerId = id(r, u"customer_id"_s);
    c.quoteId = id(r, u"quote_id"_s);
    c.number = text(r, u"number"_s);
    c.title = text(r, u"title"_s);
    c.status = requiredEnum(r, u"status"_s, ContractStatus::Draft);
    c.taxMode = taxModeFromCode(text(r, u"tax_mode"_s)).value_or(TaxMode::Exclusive);
    c.currency = text(r, u"currency"_s).isEmpty() ? u"CNY"_s : text(r, u"currency"_s);
    c.signDate = text(r, u"sign_date"_s);
    c.startDate = text(r, u"start_date"_s);
    c.endDate = text(r, u"end_date"_s);
    c.partyA = text(r, u"party_a"_s);
    c.partyB = text(r, u"party_b"_s);
    c.net = money(r, u"net_fen"_s);
    c.tax = money(r, u"tax_fen"_s);
    c.amount = money(r, u"amount_fen"_s);
    c.notes = text(r, u"notes"_s);
    return c;
}

Row toRow(const Contract &c)
{
    Row r;
    metaToRow(c.meta, r);
    r[u"customer_id"_s] = idValue(c.customerId);
    r[u"quote_id"_s] = idValue(c.quoteId);
    r[u"number"_s] = c.number;
    r[u"title"_s] = c.title;
    r[u"status"_s] = enumCode(c.status);
    r[u"tax_mode"_s] = taxModeCode(c.taxMode);
    r[u"currency"_s] = c.currency;
    r[u"sign_date"_s] = textValue(c.signDate);
    r[u"start_date"_s] = textValue(c.startDate);
    r[u"end_date"_s] = textValue(c.endDate);
    r[u"party_a"_s] = textValue(c.partyA);
    r[u"party_b"_s] = textValue(c.partyB);
    r[u"net_fen"_s] = c.net.fen();
    r[u"tax_fen"_s] = c.tax.fen();
    r[u"amount_fen"_s] = c.amount.fen();
    r[u"notes"_s] = textValue(c.notes);
    return r;
}

namespace {
QString lineParentColumn(const QString &table)
{
    return table == u"contract_lines" ? u"contract_id"_s : u"quote_id"_s;
}
} // namespace

LineItem lineItemFromRow(const QString &table, const Row &row, const QString &currency)
{
    Row r = row;
    r[u"currency"_s] = currency;
    LineItem l;
    l.meta = metaFromRow(r);
    l.customerId = id(r, u"customer_id"_s);
    l.documentId = id(r, lineParentColumn(table));
    l.lineNo = int(integer(r, u"line_no"_s));
    l.productId = id(r, u"product_id"_s);
    l.description = text(r, u"description"_s);
    l.unit = text(r, u"unit"_s);
    l.quantity = decimal(r, u"quantity_e4"_s);
    l.unitPrice = decimal(r, u"unit_price_e4"_s);
    l.discountPercent = decimal(r, u"discount_pct_e4"_s);
    l.vatRatePercent = decimal(r, u"vat_rate_e4"_s);
    l.net = money(r, u"net_fen"_s);
    l.tax = money(r, u"tax_fen"_s);
    l.gross = money(r, u"gross_fen"_s);
    return l;
}

Row toRow(const QString &table, const LineItem &l)
{
    Row r;
    metaToRow(l.meta, r);
    r[u"customer_id"_s] = idValue(l.customerId);
    r[lineParentColumn(table)] = idValue(l.documentId);
    r[u"line_no"_s] = l.lineNo;
    r[u"product_id"_s] = idValue(l.productId);
    r[u"description"_s] = l.description;
    r[u"unit"_s] = textValue(l.unit);
    r[u"quantity_e4"_s] = l.quantity.raw();
    r[u"unit_price_e4"_s] = l.unitPrice.raw();
    r[u"discount_pct_e4"_s] = l.discountPercent.raw();
    r[u"vat_rate_e4"_s] = l.vatRatePercent.raw();
    r[u"net_fen"_s] = l.net.fen();
    r[u"tax_fen"_s] = l.tax.fen();
    r[u"gross_fen"_s] = l.gross.fen();
    return r;
}

Approval approvalFromRow(const Row &r)
{
    Approval a;
    a.meta = metaFromRow(r);
    a.customerId = id(r, u"customer_id"_s);
    a.tableName = text(r, u"table_name"_s);
    a.recordId = id(r, u"record_id"_s);
    a.kind = text(r, u"kind"_s);
    a.discountPercent = decimal(r, u"discount_pct_e4"_s);
    a.amount = money(r, u"amount_fen"_s);
    a.reason = text(r, u"reason"_s);
    a.status = requiredEnum(r, u"status"_s, ApprovalStatus::Pending);
    a.decidedBy = id(r, u"decided_by"_s);
    a.decidedAt = text(r, u"decided_at"_s);
    a.comment = text(r, u"comment"_s);
    return a;
}

Row toRow(const Approval &a)
{
    Row r;
    metaToRow(a.meta, r);
    r[u"customer_id"_s] = idValue(a.customerId);
    r[u"table_name"_s] = a.tableName;
    r[u"record_id"_s] = idValue(a.recordId);
    r[u"kind"_s] = a.kind;
    r[u"discount_pct_e4"_s] = a.discountPercent.raw();
    r[u"amount_fen"_s] = a.amount.fen();
    r[u"currency"_s] = a.amount.currency();
    r[u"reason"_s] = textValue(a.reason);
    r[u"status"_s] = enumCode(a.status);
    r[u"decided_by"_s] = idValue(a.decidedBy);
    r[u"decided_at"_s] = textValue(a.decidedAt);
    r[u"comment"_s] = textValue(a.comment);
    return r;
}

SalesStage salesStageFromRow(const Row &r)
{
    SalesStage s;
    s.meta = metaFromRow(r);
    s.code = text(r, u"code"_s);
    s.name = text(r, u"name"_s);
    s.probabilityPercent = decimal(r, u"probability_e4"_s);
    s.sortOrder = int(integer(r, u"sort_order"_s));
    s.outcome = requiredEnum(r, u"outcome"_s, StageOutcome::Open);
    s.active = !r.contains(u"active"_s) || integer(r, u"active"_s) != 0;
    return s;
}

Row toRow(const SalesStage &s)
{
    Row r;
    metaToRow(s.meta, r);
    r[u"code"_s] = s.code;
    r[u"name"_s] = s.name;
    r[u"probability_e4"_s] = s.probabilityPercent.raw();
    r[u"sort_order"_s] = s.sortOrder;
    r[u"outcome"_s] = enumCode(s.outcome);
    r[u"active"_s] = s.active ? 1 : 0;
    return r;
}

StageChange stageChangeFromRow(const Row &r)
{
    StageChange s;
    s.meta = metaFromRow(r);
    s.customerId = id(r, u"customer_id"_s);
    s.opportunityId = id(r, u"opportunity_id"_s);
    s.fromStage = text(r, u"from_stage"_s);
    s.toStage = text(r, u"to_stage"_s);
    s.changedAt = text(r, u"changed_at"_s);
    return s;
}

Row toRow(const StageChange &s)
{
    Row r;
    metaToRow(s.meta, r);
    r[u"customer_id"_s] = idValue(s.customerId);
    r[u"opportunity_id"_s] = idValue(s.opportunityId);
    r[u"from_stage"_s] = textValue(s.fromStage);
    r[u"to_stage"_s] = s.toStage;
    r[u"changed_at"_s] = s.changedAt;
    return r;
}

QList<Row> select(Database &db, const QString &table, const QString &where, const QVariantList &values,
                  const QString &alias)
{
    const QStringList cols = DomainSchema::table(table).columnNames();
    QStringList selected;
    for (const QString &c : cols)
        selected << (alias.isEmpty() ? c : alias + u'.' + c);
    const QString from = alias.isEmpty() ? table : table + u' ' + alias;
    QSqlQuery q = db.exec(u"SELECT %1 FROM %2 WHERE %3"_s.arg(selected.join(u", "), from, where), values);
    QList<Row> out;
    while (q.next()) {
        Row r;
        for (qsizetype c = 0; c < cols.size(); ++c)
            r.insert(cols[c], q.value(int(c)));
        out << r;
    }
    return out;
}

QString setting(Database &db, QStringView key)
{
    return db.scalar(u"SELECT value FROM app_settings WHERE key = ? AND deleted = 0"_s, {key.toString()}).toString();
}

QList<SalesStage> salesStages(Database &db)
{
    QList<SalesStage> out;
    for (const Row &r : select(db, u"sales_stages"_s, u"deleted = 0 AND active = 1 ORDER BY sort_order, code"_s, {}))
        out << salesStageFromRow(r);
    return out.isEmpty() ? SalesStage::defaults() : out;
}

ValidationErrors validate(const QString &table, const Row &row)
{
    ValidationErrors errors;
    if (table == u"customers") {
        checkEnum<CustomerStatus>(errors, row, u"status"_s, true);
        checkEnum<CustomerLevel>(errors, row, u"level"_s, false);
        checkEnum<CustomerType>(errors, row, u"type"_s, true);
        checkEnum<CustomerSize>(errors, row, u"size"_s, false);
        if (errors.isEmpty())
            errors.merge(customerFromRow(row).validate());
    } else if (table == u"contacts") {
        checkEnum<DecisionRole>(errors, row, u"decision_role"_s, false);
        if (errors.isEmpty())
            errors.merge(contactFromRow(row).validate());
    } else if (table == u"opportunities") {
        checkEnum<OpportunityStatus>(errors, row, u"status"_s, true);
        if (errors.isEmpty())
            errors.merge(opportunityFromRow(row).validate());
    } else if (table == u"activities") {
        checkEnum<ActivityKind>(errors, row, u"kind"_s, true);
        if (errors.isEmpty())
            errors.merge(activityFromRow(row).validate());
    } else if (table == u"products") {
        errors.merge(productFromRow(row).validate());
    } else if (table == u"payments") {
        checkEnum<PaymentMethod>(errors, row, u"method"_s, false);
        if (errors.isEmpty())
            errors.merge(paymentFromRow(row).validate());
    } else if (table == u"invoices") {
        checkEnum<InvoiceKind>(errors, row, u"kind"_s, true);
        if (errors.isEmpty())
            errors.merge(invoiceFromRow(row).validate());
    } else if (table == u"deliveries") {
        errors.merge(deliveryFromRow(row).validate());
    } else if (table == u"attachments") {
        errors.merge(attachmentFromRow(row).validate());
    } else if (table == u"payment_plans") {
        errors.merge(paymentPlanFromRow(row).validate());
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
            ValidationErrors header = table == u"quotes" ? quoteFromRow(row).validate()
                                                         : contractFromRow(row).validate();
            for (const FieldError &e : header.errors())
                if (e.field != u"lines" && e.field != u"gross" && e.field != u"amount")
                    errors.add(e.field, e.code, e.message);
                else if (e.code == u"negative")
                    errors.add(e.field, e.code, e.message);
        }
    } else if (table == u"quote_lines" || table == u"contract_lines") {
        errors.merge(lineItemFromRow(table, row).validate());
    } else if (table == u"approvals") {
        checkEnum<ApprovalStatus>(errors, row, u"status"_s, true);
        if (errors.isEmpty())
            errors.merge(approvalFromRow(row).validate());
    } else if (table == u"sales_stages") {
        checkEnum<StageOutcome>(errors, row, u"outcome"_s, true);
        if (errors.isEmpty())
            errors.merge(salesStageFromRow(row).validate());
    } else if (table == u"stage_changes") {
        errors.merge(stageChangeFromRow(row).validate());
    }
    return errors;
}

} // namespace Huike::Rows
