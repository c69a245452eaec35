#include "api/customermerge.h"

#include "api/recordservice.h"
#include "api/router.h"
#include "auth/visibility.h"
#include "core/id.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"
#include "sync/recordjson.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

const QString Customers = u"customers"_s;

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QJsonValue jsonOf(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}

QVariant variantOf(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
}

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

RequestError invalid(const QString &field, const QString &code, const QString &message)
{
    ValidationErrors e;
    e.add(field, code, message);
    return RequestError::validation(e);
}

// The card as stored (tombstones too), or 404 when there is none or the caller cannot
// read it.
Row visibleCard(Database &db, const Visibility &v, const QString &id)
{
    const std::optional<Row> row = RecordWriter(db).read(Customers, id);
    if (!row || !v.seesCustomer(*row))
        throw RequestError::notFound();
    return *row;
}

// 403 unless the caller may merge (and unmerge) these cards: administrators and directors
// any, a manager those whose owners are all in their department subtree.
void requireMayMerge(const Visibility &v, const QList<Row> &cards)
{
    const UserRole role = v.session().role;
    if (role == UserRole::Admin || role == UserRole::Director)
        return;
    if (role == UserRole::Manager) {
        const QStringList subtree = v.scopeUsers();
        bool all = true;
        for (const Row &card : cards) {
            const QString owner = card.value(u"owner_id"_s).toString();
            all = all && !owner.isEmpty() && subtree.contains(owner);
        }
        if (all)
            return;
    }
    throw RequestError(403, u"forbidden"_s,
                       u"Only an administrator, a director, or a manager of every card's owner merges customers."_s);
}

void audit(Database &db, const QString &userId, const QString &at, const QString &recordId, const QString &action,
           const QJsonObject &changes)
{
    db.exec(u"INSERT INTO audit_log (at, user_id, table_name, record_id, customer_id, action, changes) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {at, userId.isEmpty() ? QVariant() : QVariant(userId), Customers, recordId, recordId, action,
             QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
}

QJsonObject change(const QJsonValue &oldValue, const QJsonValue &newValue)
{
    return QJsonObject{{u"old"_s, oldValue}, {u"new"_s, newValue}};
}

} // namespace

CustomerMergeHandler::CustomerMergeHandler(ApiContext context) : m_ctx(context) { }

void CustomerMergeHandler::registerRoutes(Router &router)
{
    using P = Router::Params;
    using R = QHttpServerRequest;
    router.add("POST", u"/api/v1/customers/merge"_s, [this](const R &r, const P &) { return merge(r); });
    router.add("POST", u"/api/v1/customers/merges/{id}/undo"_s,
               [this](const R &r, const P &p) { return undo(r, p.value(u"id"_s)); });
    router.add("GET", u"/api/v1/customers/{id}/merges"_s, [this](const R &r, const P &p) { return list(r, p.value(u"id"_s)); });
}

QStringList CustomerMergeHandler::mergeableColumns()
{
    QStringList out;
    for (const ColumnDef &c : DomainSchema::table(Customers).columns())
        if (c.write == WriteRule::Client && c.name != u"owner_id" && c.name != u"id")
            out << c.name;
    return out;
}

std::optional<Row> CustomerMergeHandler::survivorOf(Database &db, const QString &customerId)
{
    RecordWriter writer(db);
    std::optional<Row> row = writer.read(Customers, customerId);
    if (!row || row->value(u"merged_into"_s).isNull())
        return std::nullopt;
    // A chain of merges ends at a live card; a broken one (a survivor deleted since) at none.
    for (int hops = 0; hops < 32 && row && !row->value(u"merged_into"_s).isNull(); ++hops)
        row = writer.read(Customers, row->value(u"merged_into"_s).toString());
    if (!row || row->value(u"deleted"_s).toInt() != 0)
        return std::nullopt;
    return row;
}

ApiResponse CustomerMergeHandler::merge(const QHttpServerRequest &request)
{
    const Session session = m_ctx.requireSession(request);
    const QJsonObject body = ApiContext::jsonBody(request);

    // The request's shape first (422, nothing read yet).
    const std::optional<Id> survivorParsed = Id::fromString(body.value(u"survivorId"_s).toString());
    if (!survivorParsed)
        throw invalid(u"survivorId"_s, u"invalid_id"_s, u"survivorId is the id of the card that stays."_s);
    const QString survivorId = survivorParsed->toString();
    const QJsonValue mergedValue = body.value(u"mergedIds"_s);
    if (!mergedValue.isArray() || mergedValue.toArray().isEmpty() || mergedValue.toArray().size() > 50)
        throw invalid(u"mergedIds"_s, u"required"_s, u"mergedIds lists the ids of 1 to 50 cards to merge into the survivor."_s);
    QStringList mergedIds;
    for (const QJsonValue &m : mergedValue.toArray()) {
        const std::optional<Id> id = Id::fromString(m.toString());
        if (!id)
            throw invalid(u"mergedIds"_s, u"invalid_id"_s, u"mergedIds holds ids of customers."_s);
        if (id->toString() == survivorId || mergedIds.contains(id->toString()))
            throw invalid(u"mergedIds"_s, u"invalid"_s, u"Each card is named once, and the survivor not among the merged."_s);
        mergedIds << id->toString();
    }
    const QJsonValue fieldsValue = body.value(u"fields"_s);
    if (!fieldsValue.isUndefined() && !fieldsValue.isNull() && !fieldsValue.isObject())
        throw invalid(u"fields"_s, u"invalid"_s, u"fields maps a field to the id of the card whose value is kept."_s);
    const QStringList mergeable = mergeableColumns();
    QHash<QString, QString> sourceOf; // column → the merged card whose value the survivor takes
    {
        ValidationErrors errors;
        const QJsonObject fields = fieldsValue.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString column = Rows::columnFor(Customers, it.key());
            if (column.isEmpty() || !mergeable.contains(column)) {
                errors.add(it.key(), u"not_mergeable"_s, u"This is not a field a merge can choose."_s);
                continue;
            }
            const std::optional<Id> from = Id::fromString(it.value().toString());
            if (!from || (from->toString() != survivorId && !mergedIds.contains(from->toString()))) {
                errors.add(it.key(), u"invalid_id"_s, u"Name the survivor or one of the merged cards."_s);
                continue;
            }
            if (from->toString() != survivorId)
                sourceOf.insert(column, from->toString());
        }
        if (!errors.isEmpty())
            throw RequestError::validation(errors);
    }

    Database &db = m_ctx.db;
    const Visibility v(session, m_ctx.users);
    RecordService records(db, m_ctx.users);
    RecordWriter writer(db);
    Transaction t(db);
    QList<Row> cards{visibleCard(db, v, survivorId)};
    for (const QString &id : mergedIds)
        cards << visibleCard(db, v, id);
    requireMayMerge(v, cards);
    for (const Row &card : cards) {
        if (card.value(u"deleted"_s).toInt() != 0) {
            const bool merged = !card.value(u"merged_into"_s).isNull();
            throw RequestError(409, merged ? u"already_merged"_s : u"deleted"_s,
                               merged ? u"This card was merged into another already."_s : u"This card was deleted."_s,
                               QJsonObject{{u"id"_s, card.value(u"id"_s).toString()}});
        }
    }
    const Row survivor = cards.first();
    const QVariant survivorOwner = survivor.value(u"owner_id"_s);
    const QString mergeId = Id::generate().toString();
    const QString now = Timestamp::now();

    // What the survivor takes from each merged card, and its values before.
    Row changes;
    QHash<QString, QJsonObject> beforeOf; // merged card → {column: {before, merged}}
    for (auto it = sourceOf.cbegin(); it != sourceOf.cend(); ++it) {
        const Row &from = cards.at(mergedIds.indexOf(it.value()) + 1);
        const QVariant value = from.value(it.key());
        if (sameValue(value, survivor.value(it.key())))
            continue;
        changes.insert(it.key(), value);
        beforeOf[it.value()].insert(it.key(), QJsonObject{{u"before"_s, jsonOf(survivor.value(it.key()))},
                                                          {u"merged"_s, jsonOf(value)}});
    }

    QJsonObject movedCounts;
    for (qsizetype i = 1; i < cards.size(); ++i) {
        const Row &card = cards.at(i);
        const QString mergedId = card.value(u"id"_s).toString();
        const RecordWriter::Scope before = writer.scopeOf(Customers, card);
        QJsonArray moved;
        for (const QString &table : DomainSchema::childTables(Customers)) {
            for (const QString &id : writer.childIds(table, u"customer_id"_s, mergedId)) {
                writer.update(table, id, Row{{u"customer_id"_s, survivorId}, {u"owner_id"_s, survivorOwner}},
                              session.userId, before);
                moved.append(QJsonArray{table, id});
                movedCounts.insert(table, movedCounts.value(table).toInt() + 1);
            }
        }
        writer.update(Customers, mergedId, Row{{u"deleted"_s, 1}, {u"merged_into"_s, survivorId}}, session.userId);
        db.exec(u"INSERT INTO customer_merges (merge_id, survivor_id, merged_id, merged_by, merged_at, survivor_before, "
                u"moved) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {mergeId, survivorId, mergedId, session.userId, now, compact(beforeOf.value(mergedId)), compact(moved)});
        audit(db, session.userId, now, mergedId, u"merge"_s,
              {{u"mergedInto"_s, change(QJsonValue(), survivorId)}, {u"mergeId"_s, change(QJsonValue(), mergeId)}});
        audit(db, session.userId, now, survivorId, u"merge"_s,
              {{u"mergedFrom"_s, change(QJsonValue(), mergedId)}, {u"mergeId"_s, change(QJsonValue(), mergeId)},
               {u"movedRecords"_s, change(QJsonValue(), double(moved.size()))}});
    }
    // The survivor's chosen fields last: a credit code taken from a merged card is free by
    // now. Through the record rules, so the derived keys follow and the values are checked.
    Row updated = survivor;
    if (!changes.isEmpty())
        updated = records.update(v, Customers, survivorId, changes);
    t.commit();
    return ApiResponse::json({{u"mergeId"_s, mergeId},
                              {u"survivor"_s, RecordJson::toJson(Customers, updated)},
                              {u"mergedIds"_s, QJsonArray::fromStringList(mergedIds)},
                              {u"moved"_s, movedCounts}});
}

ApiResponse CustomerMergeHandler::undo(const QHttpServerRequest &request, const QString &mergeIdText)
{
    const Session session = m_ctx.requireSession(request);
    const std::optional<Id> parsedId = Id::fromString(mergeIdText);
    if (!parsedId)
        throw RequestError::notFound();
    const QString mergeId = parsedId->toString();
    Database &db = m_ctx.db;
    const Visibility v(session, m_ctx.users);
    RecordService records(db, m_ctx.users);
    RecordWriter writer(db);
    Transaction t(db);

    struct Entry
    {
        QString mergedId;
        QString at;
        QJsonObject before;
        QJsonArray moved;
        bool undone = false;
    };
    QList<Entry> entries;
    QString survivorId;
    {
        QSqlQuery q = db.exec(u"SELECT survivor_id, merged_id, merged_at, survivor_before, moved, undone_at "
                              u"FROM customer_merges WHERE merge_id = ? ORDER BY merged_id"_s,
                              {mergeId});
        while (q.next()) {
            survivorId = q.value(0).toString();
            entries.append({q.value(1).toString(), q.value(2).toString(), parsed(q.value(3).toString()).toObject(),
                            parsed(q.value(4).toString()).toArray(), !q.value(5).isNull()});
        }
    }
    if (entries.isEmpty())
        throw RequestError::notFound();
    QList<Row> cards{visibleCard(db, v, survivorId)};
    for (const Entry &e : std::as_const(entries)) {
        const std::optional<Row> card = writer.read(Customers, e.mergedId);
        if (!card)
            throw RequestError::notFound();
        cards << *card;
    }
    requireMayMerge(v, cards);
    if (entries.first().undone)
        throw RequestError(409, u"already_undone"_s, u"This merge was undone already."_s);
    const std::optional<QDateTime> at = Timestamp::parse(entries.first().at);
    if (!at || at->addDays(UndoDays) <= QDateTime::currentDateTimeUtc())
        throw RequestError(409, u"undo_expired"_s, u"A merge can be undone within %1 days."_s.arg(UndoDays));
    Row survivor = cards.first();
    if (survivor.value(u"deleted"_s).toInt() != 0)
        throw RequestError(409, u"deleted"_s, u"The surviving card was deleted or merged since."_s);
    for (qsizetype i = 1; i < cards.size(); ++i)
        if (cards.at(i).value(u"deleted"_s).toInt() == 0 || cards.at(i).value(u"merged_into"_s).toString() != survivorId)
            throw RequestError(409, u"merge_changed"_s, u"A merged card was changed since; this merge cannot be undone."_s);

    const QString now = Timestamp::now();
    // The survivor's fields back where they still hold what the merge gave them.
    Row back;
    QJsonArray keptFields;
    for (const Entry &e : std::as_const(entries)) {
        for (auto it = e.before.begin(); it != e.before.end(); ++it) {
            const QJsonObject values = it.value().toObject();
            if (sameValue(survivor.value(it.key()), variantOf(values.value(u"merged"_s))))
                back.insert(it.key(), variantOf(values.value(u"before"_s)));
            else
                keptFields.append(Rows::jsonName(it.key()));
        }
    }
    if (!back.isEmpty())
        survivor = records.update(v, Customers, survivorId, back);

    QJsonObject movedBack;
    QJsonArray keptRecords;
    for (qsizetype i = 1; i < cards.size(); ++i) {
        const Entry &e = entries.at(i - 1);
        const Row &card = cards.at(i);
        try {
            // Back with its owner, who could not follow it up while it was merged away: the
            // pool reclaim's clock starts again.
            const QVariant ownerSince = card.value(u"owner_id"_s).toString().isEmpty() ? QVariant() : QVariant(now);
            writer.update(Customers, e.mergedId,
                          Row{{u"deleted"_s, 0}, {u"merged_into"_s, QVariant()}, {u"owner_since"_s, ownerSince}}, session.userId);
        } catch (const SchemaError &) {
            // The card's credit code went to another live customer since.
            throw RequestError(409, u"duplicate_credit_code"_s,
                               u"Another customer has this card's unified social credit code now."_s);
        }
        const RecordWriter::Scope before = writer.scopeOf(Customers, survivor);
        for (const QJsonValue &m : e.moved) {
            const QString table = m.toArray().at(0).toString();
            const QString id = m.toArray().at(1).toString();
            const TableDef *def = DomainSchema::find(table);
            const std::optional<Row> row = def ? writer.read(table, id) : std::nullopt;
            if (!row || row->value(u"deleted"_s).toInt() != 0 || row->value(u"customer_id"_s).toString() != survivorId) {
                keptRecords.append(QJsonArray{table, id});
                continue;
            }
            writer.update(table, id, Row{{u"customer_id"_s, e.mergedId}, {u"owner_id"_s, card.value(u"owner_id"_s)}},
                          session.userId, before);
            movedBack.insert(table, movedBack.value(table).toInt() + 1);
        }
        db.exec(u"UPDATE customer_merges SET undone_at = ?, undone_by = ? WHERE merge_id = ? AND merged_id = ?"_s,
                {now, session.userId, mergeId, e.mergedId});
        audit(db, session.userId, now, e.mergedId, u"unmerge"_s,
              {{u"mergedInto"_s, change(survivorId, QJsonValue())}, {u"mergeId"_s, change(mergeId, QJsonValue())}});
        audit(db, session.userId, now, survivorId, u"unmerge"_s,
              {{u"mergedFrom"_s, change(e.mergedId, QJsonValue())}, {u"mergeId"_s, change(mergeId, QJsonValue())}});
    }
    t.commit();
    return ApiResponse::json({{u"mergeId"_s, mergeId},
                              {u"survivor"_s, RecordJson::toJson(Customers, *writer.read(Customers, survivorId))},
                              {u"restoredIds"_s, [&] {
                                   QJsonArray ids;
                                   for (const Entry &e : std::as_const(entries))
                                       ids.append(e.mergedId);
                                   return ids;
                               }()},
                              {u"movedBack"_s, movedBack},
                              {u"keptFields"_s, keptFields},
                              {u"keptRecords"_s, keptRecords}});
}

ApiResponse CustomerMergeHandler::list(const QHttpServerRequest &request, const QString &customerId)
{
    const Session session = m_ctx.requireSession(request);
    const std::optional<Id> id = Id::fromString(customerId);
    if (!id)
        throw RequestError::notFound();
    const Visibility v(session, m_ctx.users);
    visibleCard(m_ctx.db, v, id->toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray items;
    QHash<QString, qsizetype> indexOf;
    QSqlQuery q = m_ctx.db.exec(u"SELECT m.merge_id, m.merged_id, m.merged_by, m.merged_at, m.undone_at, m.moved, c.name "
                                u"FROM customer_merges m LEFT JOIN customers c ON c.id = m.merged_id "
                                u"WHERE m.survivor_id = ? ORDER BY m.merged_at DESC, m.merge_id, m.merged_id"_s,
                                {id->toString()});
    while (q.next()) {
        const QString mergeId = q.value(0).toString();
        if (!indexOf.contains(mergeId)) {
            const std::optional<QDateTime> at = Timestamp::parse(q.value(3).toString());
            const bool undone = !q.value(4).isNull();
            indexOf.insert(mergeId, items.size());
            items.append(QJsonObject{{u"mergeId"_s, mergeId},
                                     {u"survivorId"_s, id->toString()},
                                     {u"by"_s, q.value(2).isNull() ? QJsonValue() : QJsonValue(q.value(2).toString())},
                                     {u"at"_s, q.value(3).toString()},
                                     {u"undoneAt"_s, undone ? QJsonValue(q.value(4).toString()) : QJsonValue()},
                                     {u"undoable"_s, !undone && at && at->addDays(UndoDays) > now},
                                     {u"merged"_s, QJsonArray()}});
        }
        QJsonObject item = items.at(indexOf.value(mergeId)).toObject();
        QJsonArray merged = item.value(u"merged"_s).toArray();
        merged.append(QJsonObject{{u"id"_s, q.value(1).toString()},
                                  {u"name"_s, q.value(6).toString()},
                                  {u"movedRecords"_s, parsed(q.value(5).toString()).toArray().size()}});
        item.insert(u"merged"_s, merged);
        items.replace(indexOf.value(mergeId), item);
    }
    return ApiResponse::json({{u"items"_s, items}});
}

} // namespace Huike
