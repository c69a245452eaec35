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
#include "replica/searchindex.h"
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
#include <QThreadPool>

#include <future>
#include <vector>

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

namespace {

// A row that creates, made ready to write: its customer and contacts as bound, each with
// its undo note's row.
struct Staged
{
    BulkWriter::Create customer;
    QByteArray customerNote;
    std::vector<std::pair<BulkWriter::Create, QByteArray>> contacts;
};

} // namespace

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
    m_planned.reset();
    auto planned = std::make_unique<Planned>();
    try {
        planned->stamp = replicaStamp();
    } catch (const SchemaError &e) {
        throw ModelError(e.message());
    }
    planned->plan = plan(progress, &planned->prepared);
    if (planned->plan.cancelled)
        return planned->plan;
    planned->headers = m_headers;
    planned->rows = m_rows;
    planned->mapping = m_mapping;
    planned->onDuplicate = m_onDuplicate;
    planned->rowPolicy = m_rowPolicy;
    Plan out = planned->plan;
    m_planned = std::move(planned);
    return out;
}

std::pair<qint64, qint64> CustomerImport::replicaStamp()
{
    // data_version moves when another connection commits; total_changes() counts this
    // connection's own writes.
    Database &db = m_replica.database();
    if (db.dialect() != Dialect::Sqlite)
        return {-1, -1};
    return {db.scalar(u"PRAGMA data_version"_s).toLongLong(), db.scalar(u"SELECT total_changes()"_s).toLongLong()};
}

bool CustomerImport::sameSettings(const Planned &planned) const
{
    return planned.onDuplicate == m_onDuplicate && planned.mapping == m_mapping && planned.rowPolicy == m_rowPolicy
        && planned.headers == m_headers && planned.rows == m_rows;
}

bool CustomerImport::hasCurrentPlan()
{
    try {
        return m_planned && sameSettings(*m_planned) && m_planned->stamp.first >= 0 && m_planned->stamp == replicaStamp();
    } catch (const SchemaError &) {
        return false;
    }
}

CustomerImport::Result CustomerImport::run(const QString &fileName, const Progress &progress, int chunkRows)
{
    Result result;
    QList<Prepared> prepared;
    Plan p;
    const bool reuse = hasCurrentPlan();
    try {
        if (reuse) {
            p = std::move(m_planned->plan);
            prepared = std::move(m_planned->prepared);
        } else {
            // The plan takes the first tenth of the bar.
            p = plan([&](qint64 done, qint64 total) { return !progress || progress(done / 10, total); }, &prepared);
        }
    } catch (const ModelError &e) {
        result.error = e.message();
        return result;
    }
    m_planned.reset(); // what follows writes: plan again next time
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
        auto noteStaged = [&](const QString &table, const QString &id, const QByteArray &after) { // a creation's
            noteItem.bind(0, QStringView(result.batchId));
            noteItem.bind(1, ++seq);
            noteItem.bind(2, QStringView(table));
            noteItem.bind(3, QStringView(id));
            noteItem.bindUtf8(4, "created");
            noteItem.bindNull(5);
            noteItem.bindUtf8(6, after);
            noteItem.run();
        };
        const QString me = m_replica.userId();
        // The search index's insert triggers note each new record in search_dirty, a trigger
        // program per row (a third of the writing): in each chunk's transaction they go, the
        // chunk's new rows are noted at once, and they come back before it commits (as a
        // first download defers them) — no other connection ever sees them missing.
        struct Deferred
        {
            QString table, name, sql;
            qint64 offset = 0, before = 0;
        };
        QList<Deferred> deferred;
        Database &db = m_replica.database();
        if (db.dialect() == Dialect::Sqlite) {
            QSqlQuery q = db.exec(u"SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  u"AND tbl_name IN ('customers', 'contacts')"_s);
            while (q.next()) {
                const qint64 offset = SearchIndex::insertTriggerOffset(q.value(0).toString(), q.value(2).toString());
                if (offset >= 0)
                    deferred << Deferred{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), offset};
            }
        }
        // The records of the rows that create, made ready a chunk ahead on a second thread
        // (ids, values as bound, outbox entries, undo notes) while this one writes.
        writer.prepareTable(u"customers"_s);
        writer.prepareTable(u"contacts"_s);
        QThreadPool helper;
        helper.setMaxThreadCount(1); // one thread for the whole import (its text collator is made once)
        // Without the connection (on the helper thread): a created row's records and notes.
        auto stageCreate = [](const BulkWriter &writer, const Prepared &pr) {
            Staged out;
            Row row = pr.customer;
            row.insert(u"owner_id"_s, pr.ownerId.isEmpty() ? QVariant() : QVariant(pr.ownerId));
            Row keyed = row; // with the keys the plan derived already
            keyed.insert(u"name_norm"_s, pr.nameKey);
            if (row.contains(u"phone"_s))
                keyed.insert(u"phone_norm"_s, pr.phoneKey.isEmpty() ? QVariant() : QVariant(pr.phoneKey));
            out.customer = writer.prepareCreate(u"customers"_s, std::move(keyed));
            out.customerNote = jsonOf(row);
            const QVariant owner = pr.ownerId.isEmpty() ? QVariant() : QVariant(pr.ownerId);
            out.contacts.reserve(size_t(pr.contacts.size()));
            for (const Row &k : pr.contacts) {
                Row contact = k;
                contact.insert(u"customer_id"_s, out.customer.id);
                contact.insert(u"owner_id"_s, owner);
                BulkWriter::Create create = writer.prepareCreate(u"contacts"_s, contact);
                contact.remove(u"owner_id"_s);
                out.contacts.emplace_back(std::move(create), jsonOf(contact));
            }
            return out;
        };
        // Read on both threads: never through a non-const call (a shared list would detach).
        const QList<RowPlan> &plannedRows = p.rows;
        const QList<Prepared> &preparedRows = prepared;
        auto stage = [&](qint64 start, qint64 end) {
            std::vector<Staged> out(size_t(end - start));
            for (qint64 r = start; r < end; ++r)
                if (plannedRows[r].outcome == Outcome::Create)
                    out[size_t(r - start)] = stageCreate(writer, preparedRows[r]);
            return out;
        };
        auto stageAhead = [&](qint64 start) {
            auto task = std::make_shared<std::packaged_task<std::vector<Staged>()>>(
                [&stage, start, end = std::min<qint64>(total, start + chunkRows)] { return stage(start, end); });
            std::future<std::vector<Staged>> future = task->get_future();
            helper.start([task] { (*task)(); });
            return future;
        };
        std::future<std::vector<Staged>> ahead;
        if (total > 0)
            ahead = stageAhead(0);
        for (qint64 start = 0; start < total; start += chunkRows) {
            // The writes take the bar, or what the plan left of it.
            if (progress && !progress(reuse ? start : total / 10 + start * 9 / 10, total)) {
                result.cancelled = true;
                break;
            }
            const qint64 end = std::min<qint64>(total, start + chunkRows);
            std::vector<Staged> staged = ahead.get();
            if (end < total)
                ahead = stageAhead(end);
            Counts chunk;
            Replica::Batch tx(m_replica);
            for (Deferred &d : deferred) {
                d.before = db.scalar(u"SELECT COALESCE(max(rowid), 0) FROM %1"_s.arg(d.table)).toLongLong();
                db.exec(u"DROP TRIGGER \"%1\""_s.arg(d.name));
            }
            for (qint64 r = start; r < end; ++r) {
                const RowPlan &rp = plannedRows[r];
                const Prepared &pr = preparedRows[r];
                QString customerId;
                switch (rp.outcome) {
                case Outcome::Error: ++chunk.errors; continue;
                case Outcome::Skip: ++chunk.skipped; continue;
                case Outcome::Create: {
                    const Staged &st = staged[size_t(r - start)];
                    customerId = writer.write(st.customer);
                    noteStaged(u"customers"_s, customerId, st.customerNote);
                    createdIds.insert(int(r), customerId);
                    for (const auto &[contact, contactNote] : st.contacts)
                        noteStaged(u"contacts"_s, writer.write(contact), contactNote);
                    ++chunk.created;
                    continue;
                }
                case Outcome::Update: {
                    customerId = pr.target >= 0 ? createdIds.value(pr.target, plannedRows[pr.target].customerId) : rp.customerId;
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
                // An update's new contacts, on the customer's owner.
                QVariant owner = QVariant(me);
                if (!pr.contacts.isEmpty()) {
                    const std::optional<Row> customer = m_replica.read(u"customers"_s, customerId);
                    if (customer)
                        owner = customer->value(u"owner_id"_s);
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
            for (const Deferred &d : std::as_const(deferred)) { // a new row's rowid is above every earlier one's
                db.exec(u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid + %1 FROM %2 WHERE rowid > ?"_s.arg(d.offset).arg(d.table),
                        {d.before});
                db.exec(d.sql);
            }
            tx.commit();
            // Freed on the helper thread too.
            helper.start([done = std::make_shared<std::vector<Staged>>(std::move(staged))]() mutable { done.reset(); });
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
