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

using namespace Qt::StringLiterals;

namespace Huike {

using namespace ImportDetail;

CustomerImport::UndoResult CustomerImport::undo(Replica &replica, const QString &batchId)
{
    UndoResult out;
    try {
        const std::optional<Row> batch = replica.read(u"import_batches"_s, batchId);
        if (!batch || batch->value(u"deleted"_s).toInt() != 0) {
            out.error = tr("There is no import batch %1 here.").arg(batchId);
            return out;
        }
        const QString status = batch->value(u"status"_s).toString();
        if (status == u"undone" || status == u"partly_undone") {
            out.error = tr("This import was undone already.");
            return out;
        }
        Database &db = replica.database();
        struct Item
        {
            QString table, id, action;
            Row before, after;
        };
        QList<Item> items;
        {
            QSqlQuery q = db.exec(u"SELECT table_name, record_id, action, before, after FROM import_items WHERE batch_id = ? ORDER BY seq DESC"_s,
                                  {batchId});
            while (q.next())
                items << Item{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), rowOf(q.value(3).toString()),
                              rowOf(q.value(4).toString())};
        }
        if (items.isEmpty() && batch->value(u"created_count"_s).toInt() + batch->value(u"updated_count"_s).toInt() > 0) {
            out.error = tr("This import was made on another computer: undo it there.");
            return out;
        }
        auto unchanged = [](const Row &current, const Row &after) {
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                if (valueText(current.value(it.key())) != valueText(it.value()))
                    return false;
            return true;
        };
        auto label = [](const QString &table, const Row &row) {
            const QString name = valueText(row.value(u"name"_s));
            return table == u"contacts" ? tr("Contact %1").arg(name) : tr("Customer %1").arg(name);
        };
        QSet<QString> keptCustomers;
        BulkWriter writer(replica);
        // Whether records were added to a customer since: one statement for all its kinds.
        const QStringList children = DomainSchema::childTables(u"customers"_s);
        QStringList exists;
        for (const QString &child : children)
            exists << u"EXISTS (SELECT 1 FROM %1 WHERE customer_id = ? AND deleted = 0)"_s.arg(child);
        PreparedStatement *hasRecords = children.isEmpty() ? nullptr : &writer.statement(u"SELECT "_s + exists.join(u" OR "_s));
        Replica::Batch tx(replica);
        // The search index's update triggers (a trigger program per record taken back) go
        // for the transaction; the records it touched are noted at once before they come
        // back, as the import does with the insert triggers.
        struct Deferred
        {
            QString table, name, sql;
            qint64 offset = 0;
        };
        QList<Deferred> deferred;
        QHash<QString, QStringList> touched; // table → ids removed or put back
        if (db.dialect() == Dialect::Sqlite) {
            QHash<QString, qint64> offsets;
            QList<Deferred> found;
            QSqlQuery q = db.exec(u"SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  u"AND tbl_name IN ('customers', 'contacts')"_s);
            while (q.next()) {
                const QString table = q.value(0).toString(), name = q.value(1).toString();
                const qint64 offset = SearchIndex::insertTriggerOffset(table, q.value(2).toString());
                if (offset >= 0)
                    offsets.insert(table, offset);
                else if (name == u"search_%1_upd"_s.arg(table))
                    found << Deferred{table, name, q.value(2).toString()};
            }
            q.finish();
            for (Deferred &d : found) {
                if (!offsets.contains(d.table))
                    continue;
                d.offset = offsets.value(d.table);
                db.exec(u"DROP TRIGGER \"%1\""_s.arg(d.name));
                deferred << d;
            }
        }
        // Contacts first (they come after their customers in the batch: newest first).
        for (const Item &item : std::as_const(items)) {
            const std::optional<Row> current = writer.read(item.table, item.id);
            if (!current || current->value(u"deleted"_s).toInt() != 0)
                continue; // gone already
            if (item.action == u"created") {
                if (!unchanged(*current, item.after)) {
                    out.kept << tr("%1: changed since the import; kept.").arg(label(item.table, *current));
                    if (item.table == u"contacts")
                        keptCustomers.insert(valueText(current->value(u"customer_id"_s)));
                    continue;
                }
                if (item.table == u"customers") {
                    if (keptCustomers.contains(item.id)) {
                        out.kept << tr("%1: a contact of it was changed since the import; kept.").arg(label(item.table, *current));
                        continue;
                    }
                    // Records added to it since (an activity, an opportunity, another contact).
                    bool others = false;
                    if (hasRecords) {
                        for (int i = 0; i < children.size(); ++i)
                            hasRecords->bind(i, QStringView(item.id));
                        others = hasRecords->next() && hasRecords->integer(0) != 0;
                        hasRecords->reset();
                    }
                    if (others) {
                        out.kept << tr("%1: records were added to it since the import; kept.").arg(label(item.table, *current));
                        continue;
                    }
                }
                writer.remove(item.table, *current);
                touched[item.table] << item.id;
                ++out.undone;
            } else { // updated: the fields it changed go back
                if (!unchanged(*current, item.after)) {
                    out.kept << tr("%1: changed since the import; kept.").arg(label(item.table, *current));
                    continue;
                }
                replica.update(item.table, item.id, item.before);
                touched[item.table] << item.id;
                ++out.undone;
            }
        }
        replica.update(u"import_batches"_s, batchId,
                       Row{{u"status"_s, out.kept.isEmpty() ? u"undone"_s : u"partly_undone"_s},
                           {u"undone_count"_s, out.undone},
                           {u"kept_count"_s, qint64(out.kept.size())},
                           {u"undone_at"_s, Timestamp::now()}});
        for (const Deferred &d : std::as_const(deferred)) {
            PreparedStatement &noteRow = writer.statement(
                u"INSERT OR IGNORE INTO search_dirty (key) SELECT rowid + %1 FROM %2 WHERE id = ?"_s.arg(d.offset).arg(d.table));
            for (const QString &id : touched.value(d.table)) {
                noteRow.bind(0, QStringView(id));
                noteRow.run();
            }
            db.exec(d.sql);
        }
        tx.commit();
    } catch (const SchemaError &e) {
        out.error = e.message();
        out.undone = 0;
        out.kept.clear();
    }
    return out;
}

QString CustomerImport::errorText(const CustomerImport &import, const RowPlan &row)
{
    QStringList parts;
    for (const CellError &e : row.errors) {
        const QString header = e.column >= 0 && e.column < import.headers().size() ? import.headers()[e.column].trimmed() : QString();
        parts << (header.isEmpty() ? e.message : tr("%1: %2").arg(header, e.message));
    }
    return parts.join(tr("; "));
}

QList<CustomerImport::BatchInfo> CustomerImport::batches(Replica &replica, int limit)
try {
    QList<BatchInfo> out;
    QSqlQuery q = replica.database().exec(
        u"SELECT b.id, b.file_name, b.status, b.created_at, COALESCE(u.display_name, ''), b.rows_total, b.rows_done, "
        u"b.created_count, b.updated_count, b.skipped_count, b.error_count, b.undone_count, b.kept_count, "
        u"EXISTS (SELECT 1 FROM import_items i WHERE i.batch_id = b.id) "
        u"FROM import_batches b LEFT JOIN users u ON u.id = b.created_by WHERE b.deleted = 0 "
        u"ORDER BY b.created_at DESC, b.id DESC LIMIT ?"_s,
        {limit});
    while (q.next()) {
        BatchInfo b;
        b.id = q.value(0).toString();
        b.fileName = q.value(1).toString();
        b.status = q.value(2).toString();
        b.createdAt = q.value(3).toString();
        b.createdBy = q.value(4).toString();
        b.rowsTotal = q.value(5).toLongLong();
        b.rowsDone = q.value(6).toLongLong();
        b.counts = {q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong()};
        b.undone = q.value(11).toLongLong();
        b.kept = q.value(12).toLongLong();
        b.undoable = q.value(13).toBool() && b.status != u"undone" && b.status != u"partly_undone";
        out << b;
    }
    return out;
} catch (const SchemaError &e) {
    throw ModelError(e.message());
}

QString CustomerImport::statusText(const QString &status)
{
    if (status == u"importing")
        return tr("Stopped partway");
    if (status == u"imported")
        return tr("Imported");
    if (status == u"undone")
        return tr("Undone");
    if (status == u"partly_undone")
        return tr("Partly undone");
    return status;
}

QString CustomerImport::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Create: return tr("Create");
    case Outcome::Update: return tr("Update");
    case Outcome::Skip: return tr("Skip");
    case Outcome::Error: return tr("Error");
    }
    return {};
}

QString CustomerImport::policyName(OnDuplicate policy)
{
    switch (policy) {
    case OnDuplicate::Skip: return u"skip"_s;
    case OnDuplicate::Fill: return u"fill"_s;
    case OnDuplicate::Overwrite: return u"overwrite"_s;
    }
    return u"skip"_s;
}

std::optional<CustomerImport::OnDuplicate> CustomerImport::policyFromName(const QString &name)
{
    for (const OnDuplicate p : {OnDuplicate::Skip, OnDuplicate::Fill, OnDuplicate::Overwrite})
        if (name.trimmed().toLower() == policyName(p))
            return p;
    return std::nullopt;
}

} // namespace Huike
