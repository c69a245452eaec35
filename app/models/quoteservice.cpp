#include "models/quoteservice.h"

#include "core/pipelinepolicy.h"
#include "core/timestamp.h"
#include "models/approvalservice.h"
#include "models/modelerror.h"
#include "models/outcomes.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::QuoteService", text);
}

} // namespace

QuoteService::QuoteService(Replica &replica) : m_replica(replica) { }

QuoteService::~QuoteService() = default;

std::optional<Quote> QuoteService::load(const QString &quoteId)
try {
    const auto row = m_replica.read(u"quotes"_s, quoteId);
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    Quote quote = Rows::from<Quote>(*row);
    for (const Row &r : Rows::select(m_replica.database(), u"quote_lines"_s, u"quote_id = ? AND deleted = 0 ORDER BY line_no"_s, {quoteId})) {
        quote.lines << Rows::lineFrom(u"quote_lines"_s, r, quote.currency);
    }
    return quote;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Quote QuoteService::newQuote(const QString &customerId, const QString &opportunityId, const QString &today)
try {
    Quote q;
    q.customerId = Id::fromString(customerId).value_or(Id());
    q.opportunityId = Id::fromString(opportunityId).value_or(Id());
    const QDate date = QDate::fromString(today, Qt::ISODate);
    q.number = m_replica.nextNumber(u"quote"_s, date.year(), u"quotes"_s);
    q.validUntil = date.addDays(30).toString(Qt::ISODate);
    q.terms = setting(SettingKeys::QuoteTerms);
    if (q.terms.isEmpty())
        q.terms = tr("Prices in CNY. Valid for 30 days. Delivery within 15 working days of the order; payment by bank transfer.");
    q.title = customerName(customerId);
    return q;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Quote QuoteService::newRevision(const Quote &sent)
try {
    Quote q = sent;
    q.meta = {};
    q.status = QuoteStatus::Draft;
    const qint64 max = m_replica.database().scalar(u"SELECT MAX(revision) FROM quotes WHERE number = ?"_s, {sent.number}).toLongLong();
    q.revision = int(std::max<qint64>(max, sent.revision)) + 1;
    for (LineItem &line : q.lines)
        line.meta = {};
    save(q);
    return q;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

ValidationErrors QuoteService::save(Quote &quote)
try {
    for (qsizetype i = 0; i < quote.lines.size(); ++i)
        quote.lines[i].lineNo = int(i + 1);
    ValidationErrors errors;
    try {
        quote.recalculate();
    } catch (const ArithmeticError &) {
        errors.add(u"gross"_s, u"overflow"_s, tr("The amounts are too large."));
        return errors;
    }
    errors = quote.validate();
    if (errors)
        return errors;
    const bool isNew = quote.meta.id.isNull();
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    if (isNew)
        quote.meta = RecordMeta::created(me, me);
    if (isNew && quote.revision == 1
        && m_replica.database().scalar(u"SELECT count(*) FROM quotes WHERE number = ?"_s, {quote.number}).toInt() > 0)
        quote.number = m_replica.nextNumber(u"quote"_s, quote.number.section(u'-', 1, 1).toInt(), u"quotes"_s); // taken meanwhile

    Replica::Batch batch(m_replica);
    if (isNew)
        m_replica.usePooledNumber(quote.number);
    const auto customer = m_replica.read(u"customers"_s, quote.customerId.toString());
    const QVariant owner = customer ? customer->value(u"owner_id"_s) : QVariant();
    Row header = Rows::toRow(quote);
    header.remove(u"status"_s); // status changes go through changeStatus()
    if (isNew) {
        header[u"status"_s] = u"draft"_s;
        header[u"owner_id"_s] = owner;
        m_replica.create(u"quotes"_s, header);
    } else {
        m_replica.update(u"quotes"_s, quote.meta.id.toString(), header);
    }
    QSet<QString> kept;
    for (LineItem &line : quote.lines) {
        line.customerId = quote.customerId;
        line.documentId = quote.meta.id;
        const bool newLine = line.meta.id.isNull();
        if (newLine)
            line.meta = RecordMeta::created(me, me);
        kept.insert(line.meta.id.toString());
        Row row = Rows::toRow(u"quote_lines"_s, line);
        if (newLine) {
            row[u"owner_id"_s] = owner;
            m_replica.create(u"quote_lines"_s, row);
        } else {
            m_replica.update(u"quote_lines"_s, line.meta.id.toString(), row);
        }
    }
    QSqlQuery q = m_replica.database().exec(u"SELECT id FROM quote_lines WHERE quote_id = ? AND deleted = 0"_s,
                                            {quote.meta.id.toString()});
    QStringList gone;
    while (q.next())
        if (!kept.contains(q.value(0).toString()))
            gone << q.value(0).toString();
    for (const QString &id : gone)
        m_replica.remove(u"quote_lines"_s, id);
    batch.commit();
    if (const auto saved = load(quote.meta.id.toString()))
        quote = *saved;
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString QuoteService::refusalFor(const Quote &quote, QuoteStatus to, QString *code)
try {
    auto refuse = [code](const QString &c, const QString &text) {
        if (code)
            *code = c;
        return text;
    };
    if (code)
        code->clear();
    if (quote.status == to || PipelinePolicy::quoteStatus(enumCode(quote.status), enumCode(to)))
        return refuse(u"invalid_transition"_s,
                      tr("A quote cannot go from “%1” to “%2”.").arg(enumLabel(quote.status), enumLabel(to)));
    if (quote.status != QuoteStatus::Draft)
        return {};
    if (quote.lines.isEmpty())
        return refuse(u"validation_failed"_s, tr("Add at least one line before sending the quote."));
    if (const ValidationErrors errors = quote.validate(); !errors.isEmpty())
        return refuse(u"validation_failed"_s, errors.errors().first().message);
    const Decimal threshold = approvalThreshold();
    const std::optional<Decimal> approved = quote.meta.id.isNull() ? std::nullopt : approvedUpTo(quote.meta.id.toString());
    if (const PipelineVerdict v = PipelinePolicy::quoteApproval(quote, threshold, approved))
        return refuse(v->code, tr("A discount of %1 % is above %2 %: a manager approves it before the quote is sent.")
                                   .arg(quote.maxDiscount().toString(), threshold.toString()));
    return {};
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

void QuoteService::changeStatus(Quote &quote, QuoteStatus to)
try {
    m_replica.update(u"quotes"_s, quote.meta.id.toString(), Row{{u"status"_s, enumCode(to)}});
    quote.status = to;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Decimal QuoteService::approvalThreshold()
try {
    return discountApprovalThreshold(setting(SettingKeys::DiscountApprovalPercent));
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Approval> QuoteService::latestApproval(const QString &quoteId)
try {
    const QList<Row> rows = Rows::select(m_replica.database(), u"approvals"_s,
                                   u"record_id = ? AND deleted = 0 ORDER BY created_at DESC, id DESC LIMIT 1"_s, {quoteId});
    if (rows.isEmpty())
        return std::nullopt;
    return Rows::from<Approval>(rows.first());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Decimal> QuoteService::approvedUpTo(const QString &quoteId)
try {
    const QVariant max = m_replica.database().scalar(
        u"SELECT MAX(discount_pct_e4) FROM approvals WHERE record_id = ? AND table_name = 'quotes' AND status = 'approved' "
        u"AND deleted = 0"_s,
        {quoteId});
    if (max.isNull())
        return std::nullopt;
    return Decimal::fromRaw(max.toLongLong());
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Approval QuoteService::requestApproval(const Quote &quote, const QString &reason)
try {
    const auto me = Id::fromString(m_replica.userId()).value_or(Id());
    Approval a;
    a.meta = RecordMeta::created(me, me);
    a.customerId = quote.customerId;
    a.recordId = quote.meta.id;
    a.discountPercent = quote.maxDiscount();
    a.amount = quote.gross;
    a.reason = reason;
    Row row = Rows::toRow(a);
    const auto customer = m_replica.read(u"customers"_s, quote.customerId.toString());
    row[u"owner_id"_s] = customer ? customer->value(u"owner_id"_s) : QVariant();
    m_replica.create(u"approvals"_s, row);
    return a;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

std::optional<Approval> QuoteService::approval(const QString &approvalId)
{
    return ApprovalService(m_replica).approval(approvalId);
}

QString QuoteService::currentUserId()
{
    return m_replica.userId();
}

QString QuoteService::withdrawApproval(const Approval &approval)
{
    return ApprovalService(m_replica).withdraw(approval);
}

QList<Product> QuoteService::products()
try {
    QList<Product> out;
    for (const Row &r : Rows::select(m_replica.database(), u"products"_s, u"deleted = 0 AND active = 1 ORDER BY code"_s, {}))
        out << Rows::from<Product>(r);
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString QuoteService::setting(QStringView key)
try {
    return Rows::setting(m_replica.database(), key);
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString QuoteService::customerName(const QString &customerId)
try {
    return m_replica.database().scalar(u"SELECT name FROM customers WHERE id = ?"_s, {customerId.isNull() ? u""_s : customerId}).toString();
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

Outcomes &QuoteService::outcomes()
{
    if (!m_outcomes)
        m_outcomes = std::make_unique<Outcomes>(m_replica);
    return *m_outcomes;
}

QString QuoteService::userName(const QString &userId)
try {
    return m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {userId.isNull() ? u""_s : userId}).toString();
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

} // namespace Huike
