#include "models/customerimport.h"
#include "models/customerimport_p.h"

#include "core/companyname.h"
#include "core/contact.h"
#include "core/creditcode.h"
#include "core/customer.h"
#include "core/enums.h"
#include "core/phonenumber.h"
#include "core/timestamp.h"
#include "models/customerservice.h"
#include "models/modelerror.h"
#include "replica/bulkwriter.h"
#include "replica/preparedstatement.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "sync/rowcodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace ImportDetail {

using Field = ImportMapping::Field;

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::CustomerImport", text);
}

// The customers' column of a mapped customer field (ImportMapping::fieldName is the card's
// field name, as Customer::validate names its errors).
QString customerColumn(Field f)
{
    switch (f) {
    case Field::Name: return u"name"_s;
    case Field::ShortName: return u"short_name"_s;
    case Field::CreditCode: return u"credit_code"_s;
    case Field::Phone: return u"phone"_s;
    case Field::Email: return u"email"_s;
    case Field::Website: return u"website"_s;
    case Field::Address: return u"address"_s;
    case Field::Province: return u"province"_s;
    case Field::City: return u"city"_s;
    case Field::Postcode: return u"postcode"_s;
    case Field::Industry: return u"industry"_s;
    case Field::Region: return u"region"_s;
    case Field::Size: return u"size"_s;
    case Field::Status: return u"status"_s;
    case Field::Level: return u"level"_s;
    case Field::Type: return u"type"_s;
    case Field::Source: return u"source"_s;
    case Field::Background: return u"background"_s;
    case Field::CreditRating: return u"credit_rating"_s;
    case Field::SecurityLevel: return u"security_level"_s;
    case Field::Tags: return u"tags"_s;
    case Field::Owner: return u"owner_id"_s;
    default: return {};
    }
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

// An undo note's row: a JSON object of texts (null for none), written straight (an import
// writes one per record).
QByteArray jsonOf(const Row &row)
{
    QByteArray out("{");
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (out.size() > 1)
            out.append(',');
        RowCodec::appendJsonString(it.key(), out);
        out.append(':');
        if (it.value().isNull())
            out.append("null");
        else
            RowCodec::appendJsonString(it.value().toString(), out);
    }
    out.append('}');
    return out;
}

Row rowOf(const QString &json)
{
    Row row;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        row.insert(it.key(), it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
    return row;
}

} // namespace ImportDetail

using namespace ImportDetail;

CustomerImport::CustomerImport(Replica &replica) : m_replica(replica) { }

CustomerImport::~CustomerImport() = default;

void CustomerImport::setSheet(const QStringList &headers, const QList<QStringList> &rows, const QList<qsizetype> &lineNumbers)
{
    m_headers = headers;
    m_rows = rows;
    m_lines = lineNumbers;
    m_rowPolicy.clear();
    m_mapping = ImportMapping::guess(headers);
}

void CustomerImport::copySettings(const CustomerImport &other)
{
    m_headers = other.m_headers;
    m_rows = other.m_rows;
    m_lines = other.m_lines;
    m_mapping = other.m_mapping;
    m_onDuplicate = other.m_onDuplicate;
    m_rowPolicy = other.m_rowPolicy;
}

qsizetype CustomerImport::lineNumber(qsizetype row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines[row] : row + 2; // the header is line 1
}

QString CustomerImport::duplicateQuery()
{
    // One statement for every row: a key the row lacks is bound as NULL, which matches nothing.
    return u"SELECT id, credit_code, name_norm, phone_norm FROM customers WHERE +deleted = 0 "
           u"AND (credit_code = ? OR name_norm = ? OR phone_norm = ?) LIMIT 20"_s;
}

CustomerImport::Plan CustomerImport::dryRun(const Progress &progress)
{
    return plan(progress, nullptr);
}

CustomerImport::Result CustomerImport::run(const QString &fileName, const Progress &progress, int chunkRows)
{
    Result result;
    QList<Prepared> prepared;
    Plan p;
    try {
        // The plan takes the first tenth of the bar.
        p = plan([&](qint64 done, qint64 total) { return !progress || progress(done / 10, total); }, &prepared);
    } catch (const ModelError &e) {
        result.error = e.message();
        return result;
    }
    if (p.cancelled) {
        result.cancelled = true;
        return result;
    }
    const qint64 total = m_rows.size();
    QHash<int, QString> createdIds; // data row → its new customer
    qint64 seq = 0;
    try {
        const Row batch = m_replica.create(u"import_batches"_s,
                                           Row{{u"kind"_s, u"customers"_s},
                                               {u"file_name"_s, fileName.isEmpty() ? tr("(unnamed)") : fileName},
                                               {u"on_duplicate"_s, policyName(m_onDuplicate)},
                                               {u"status"_s, u"importing"_s},
                                               {u"rows_total"_s, total}});
        result.batchId = batch.value(u"id"_s).toString();
        BulkWriter writer(m_replica);
        PreparedStatement &noteItem = writer.statement(
            u"INSERT INTO import_items (batch_id, seq, table_name, record_id, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        auto note = [&](const QString &table, const QString &id, const QString &action, const Row &before, const Row &after) {
            noteItem.bind(0, QStringView(result.batchId));
            noteItem.bind(1, ++seq);
            noteItem.bind(2, QStringView(table));
            noteItem.bind(3, QStringView(id));
            noteItem.bind(4, QStringView(action));
            if (before.isEmpty())
                noteItem.bindNull(5);
            else
                noteItem.bindUtf8(5, jsonOf(before));
            noteItem.bindUtf8(6, jsonOf(after));
            noteItem.run();
        };
        const QString me = m_replica.userId();
        for (qint64 start = 0; start < total; start += chunkRows) {
            if (progress && !progress(total / 10 + start * 9 / 10, total)) {
                result.cancelled = true;
                break;
            }
            const qint64 end = std::min<qint64>(total, start + chunkRows);
            Counts chunk;
            Replica::Batch tx(m_replica);
            for (qint64 r = start; r < end; ++r) {
                const RowPlan &rp = p.rows[r];
                const Prepared &pr = prepared[r];
                QString customerId;
                switch (rp.outcome) {
                case Outcome::Error: ++chunk.errors; continue;
                case Outcome::Skip: ++chunk.skipped; continue;
                case Outcome::Create: {
                    Row row = pr.customer;
                    row.insert(u"owner_id"_s, pr.ownerId.isEmpty() ? QVariant() : QVariant(pr.ownerId));
                    Row keyed = row; // with the keys the plan derived already
                    keyed.insert(u"name_norm"_s, pr.nameKey);
                    if (row.contains(u"phone"_s))
                        keyed.insert(u"phone_norm"_s, pr.phoneKey.isEmpty() ? QVariant() : QVariant(pr.phoneKey));
                    customerId = writer.create(u"customers"_s, std::move(keyed));
                    note(u"customers"_s, customerId, u"created"_s, {}, row);
                    createdIds.insert(int(r), customerId);
                    ++chunk.created;
                    break;
                }
                case Outcome::Update: {
                    customerId = pr.target >= 0 ? createdIds.value(pr.target, p.rows[pr.target].customerId) : rp.customerId;
                    if (customerId.isEmpty()) { // its company's row did not land (a cancel in between)
                        ++chunk.skipped;
                        continue;
                    }
                    if (!pr.changes.isEmpty()) {
                        const std::optional<Row> before = m_replica.read(u"customers"_s, customerId);
                        Row old;
                        for (auto it = pr.changes.cbegin(); it != pr.changes.cend(); ++it)
                            old.insert(it.key(), before ? before->value(it.key()) : QVariant());
                        m_replica.update(u"customers"_s, customerId, pr.changes);
                        note(u"customers"_s, customerId, u"updated"_s, old, pr.changes);
                    }
                    ++chunk.updated;
                    break;
                }
                }
                QVariant owner = pr.ownerId.isEmpty() ? QVariant() : QVariant(pr.ownerId); // a customer made here
                if (rp.outcome != Outcome::Create && !pr.contacts.isEmpty()) {
                    const std::optional<Row> customer = m_replica.read(u"customers"_s, customerId);
                    owner = customer ? customer->value(u"owner_id"_s) : QVariant(me);
                }
                for (const Row &k : pr.contacts) {
                    Row row = k;
                    row.insert(u"customer_id"_s, customerId);
                    row.insert(u"owner_id"_s, owner);
                    const QString id = writer.create(u"contacts"_s, row);
                    row.remove(u"owner_id"_s);
                    note(u"contacts"_s, id, u"created"_s, {}, row);
                }
            }
            result.counts.created += chunk.created;
            result.counts.updated += chunk.updated;
            result.counts.skipped += chunk.skipped;
            result.counts.errors += chunk.errors;
            result.rowsDone = end;
            const bool last = end == total;
            m_replica.update(u"import_batches"_s, result.batchId,
                             Row{{u"rows_done"_s, end},
                                 {u"created_count"_s, result.counts.created},
                                 {u"updated_count"_s, result.counts.updated},
                                 {u"skipped_count"_s, result.counts.skipped},
                                 {u"error_count"_s, result.counts.errors},
                                 {u"status"_s, last ? u"imported"_s : u"importing"_s}});
            tx.commit();
        }
        if (total == 0)
            m_replica.update(u"import_batches"_s, result.batchId, Row{{u"status"_s, u"imported"_s}});
        else if (result.cancelled && result.rowsDone > 0)
            m_replica.update(u"import_batches"_s, result.batchId, Row{{u"status"_s, u"imported"_s}});
    } catch (const SchemaError &e) {
        result.error = tr("The import stopped after %1 of %2 rows: %3").arg(result.rowsDone).arg(total).arg(e.message());
    }
    if (progress && !result.cancelled && result.error.isEmpty())
        progress(total, total);
    return result;
}

} // namespace Huike
