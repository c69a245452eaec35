#include "api/pullservice.h"

#include "api/scopereader.h"
#include "auth/visibility.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/transaction.h"
#include "store/recordwriter.h"
#include "store/requesterror.h"
#include "store/syncledger.h"
#include "sync/rowcodec.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

PullService::PullService(Database &db, UserDirectory &users) : m_db(db), m_users(users) { }

Sync::PullPage PullService::pull(const Session &session, const QString &clientId, qint64 cursor, int limit,
                                 bool withCheckpoint)
{
    Transaction snapshot(m_db, Transaction::Mode::Read); // one consistent view for the whole page
    // Changes before the floor were pruned: a cursor there cannot be continued.
    SyncLedger ledger(m_db);
    const qint64 floor = ledger.floor();
    if (cursor > 0 && cursor < floor)
        throw RequestError(410, u"resync_required"_s,
                           u"This replica has been away longer than the server keeps changes; download it again."_s);
    const qint64 high = ledger.head();
    // A cursor the server never handed out: the store was restored from a backup taken
    // before it (or the cursor is made up). Going back to the head would move the client's
    // cursor backwards and skip what is written next under those numbers; download again.
    if (cursor > high)
        throw RequestError(410, u"resync_required"_s,
                           u"This replica is ahead of the server (restored from a backup?); download it again."_s);
    const Visibility scope(session, m_users);

    struct Entry
    {
        QString table;
        QString recordId;
        bool wasInScope = false;
    };
    QList<Entry> records;               // latest change per record, in order
    QHash<QString, qsizetype> position; // table/id → index in records
    QStringList grants, revokes, outcomeIds;
    qint64 pageEnd = high;
    bool hasMore = false;
    {
        QSqlQuery q = ledger.changes(cursor, high, limit + 1);
        int n = 0;
        while (q.next()) {
            if (++n > limit) {
                hasMore = true;
                break;
            }
            pageEnd = q.value(0).toLongLong();
            const QString table = q.value(1).toString();
            const QString recordId = q.value(2).toString();
            const QString customerId = q.value(3).toString();
            if (table == u"sync_outcomes") {
                if (q.value(8).toString() == session.userId)
                    outcomeIds << recordId;
                continue;
            }
            if (table == u"shares") { // with the user, or a department at or above theirs
                if (scope.reachedByShare(q.value(8).toString()))
                    (q.value(9).toString() == u"grant" ? grants : revokes) << customerId;
                continue;
            }
            // Visible before or after the change (its customer's scope, or an owned
            // record's own): who loses it is told to remove it.
            const bool was = q.value(10).toInt() != 0 || scope.seesScope(table, q.value(6), q.value(7), customerId)
                || scope.seesScope(table, q.value(4), q.value(5), customerId);
            const QString key = table + u'/' + recordId;
            const auto it = position.constFind(key);
            if (it == position.cend()) {
                position.insert(key, records.size());
                records.append({table, recordId, was});
            } else {
                records[*it].wasInScope = records[*it].wasInScope || was;
            }
        }
    }

    // The rows as they are now, by table, with the department of their customer.
    QHash<QString, QStringList> idsByTable;
    for (const Entry &e : records)
        idsByTable[e.table] << e.recordId;
    QHash<QString, Row> current; // table/id → row
    QSet<QString> customerIds;
    for (auto it = idsByTable.begin(); it != idsByTable.end(); ++it) {
        const TableDef &def = DomainSchema::table(it.key());
        const QStringList cols = def.columnNames();
        for (qsizetype i = 0; i < it.value().size(); i += 500) {
            const QStringList chunk = it.value().mid(i, 500);
            QVariantList binds;
            for (const QString &id : chunk)
                binds << id;
            QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE id IN (%3)"_s.arg(cols.join(u", "), it.key(),
                                                                              QStringList(chunk.size(), u"?"_s).join(u", ")),
                                    binds);
            while (q.next()) {
                Row row;
                for (qsizetype c = 0; c < cols.size(); ++c)
                    row.insert(cols[c], q.value(int(c)));
                if (def.column(u"customer_id"_s))
                    customerIds.insert(row.value(u"customer_id"_s).toString());
                else if (it.key() == u"customers")
                    customerIds.insert(row.value(u"id"_s).toString());
                current.insert(it.key() + u'/' + row.value(u"id"_s).toString(), row);
            }
        }
    }
    // Every row's scope is its customer's: owner and department as they are now.
    QHash<QString, std::pair<QVariant, QVariant>> customerScope;
    {
        const QStringList ids(customerIds.begin(), customerIds.end());
        for (qsizetype i = 0; i < ids.size(); i += 500) {
            const QStringList chunk = ids.mid(i, 500);
            QVariantList binds;
            for (const QString &id : chunk)
                binds << id;
            QSqlQuery q = m_db.exec(u"SELECT id, owner_id, department_id FROM customers WHERE id IN (%1)"_s.arg(
                                        QStringList(chunk.size(), u"?"_s).join(u", ")),
                                    binds);
            while (q.next())
                customerScope.insert(q.value(0).toString(), {q.value(1), q.value(2)});
        }
    }

    // A Members record's children are in scope with it: the records, read once each.
    QHash<QString, std::optional<Row>> membersRecords; // "<table>/<id>" → row
    auto membersRecord = [&](const QString &table, const QString &id) -> const std::optional<Row> & {
        const QString key = table + u'/' + id;
        auto it = membersRecords.find(key);
        if (it == membersRecords.end())
            it = membersRecords.insert(key, RecordWriter(m_db).read(table, id));
        return *it;
    };
    QHash<QString, std::pair<QString, QString>> membershipChanges; // "<table>/<id>" → (table, id)

    QHash<QString, QJsonArray> upserts; // table → rows
    Sync::PullPage out;
    auto inScopeNow = [&](const QString &table, const Row &row) {
        if (DomainSchema::isGlobal(table))
            return true;
        switch (DomainSchema::scopeOf(table)) {
        case ScopeKind::Owned:
            return scope.seesOwned(row.value(u"owner_id"_s), row.value(u"department_id"_s));
        case ScopeKind::Members:
            return scope.seesMembers(table, row);
        case ScopeKind::MemberChild: {
            const TableDef &def = DomainSchema::table(table);
            const std::optional<Row> &record = membersRecord(def.parentTable(), row.value(def.parentColumn()).toString());
            return record && scope.seesMembers(def.parentTable(), *record);
        }
        default:
            break;
        }
        const QString customerId = table == u"customers" ? row.value(u"id"_s).toString() : row.value(u"customer_id"_s).toString();
        const auto customer = customerScope.constFind(customerId);
        return customer != customerScope.cend() && scope.seesCustomer(customer->first, customer->second, customerId);
    };
    QHash<QString, QStringList> columnsOf;
    auto addUpsert = [&](const QString &table, const Row &row) {
        const TableDef &def = DomainSchema::table(table);
        if (!columnsOf.contains(table))
            columnsOf.insert(table, def.columnNames());
        upserts[table].append(RowCodec::encode(def, columnsOf.value(table), row));
    };
    const QStringList scopeUsers = scope.scopeUsers();
    for (const Entry &e : records) {
        const auto row = current.constFind(e.table + u'/' + e.recordId);
        if (row != current.cend() && inScopeNow(e.table, *row))
            addUpsert(e.table, *row);
        else if (e.wasInScope)
            out.removes.append({e.table, e.recordId});
        // A membership of the user (or of someone below a manager) given or taken: the
        // record and everything of it comes or goes, as with a share (below).
        if (row != current.cend() && DomainSchema::scopeOf(e.table) == ScopeKind::MemberChild) {
            const TableDef &def = DomainSchema::table(e.table);
            if (def.isMembersList() && scopeUsers.contains(row->value(u"user_id"_s).toString())) {
                const QString id = row->value(u"record_id"_s).toString();
                membershipChanges.insert(def.parentTable() + u'/' + id, {def.parentTable(), id});
            }
        }
    }
    for (const auto &[table, id] : std::as_const(membershipChanges)) {
        const std::optional<Row> &record = membersRecord(table, id);
        const bool sees = record && scope.seesMembers(table, *record);
        if (sees)
            addUpsert(table, *record);
        else
            out.removes.append({table, id});
        for (const QString &child : DomainSchema::childTables(table)) {
            const TableDef &def = DomainSchema::table(child);
            const QStringList cols = def.columnNames();
            QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE %3 = ?"_s.arg(cols.join(u", "), child, def.parentColumn()), {id});
            while (q.next()) {
                Row row;
                for (qsizetype c = 0; c < cols.size(); ++c)
                    row.insert(cols[c], q.value(int(c)));
                if (sees)
                    addUpsert(child, row);
                else
                    out.removes.append({child, row.value(u"id"_s).toString()});
            }
        }
    }
    // A share granted: everything of that customer; revoked: drop it unless still in scope.
    for (const QString &customerId : revokes) {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, customerId);
        if (!customer || !scope.seesCustomer(*customer))
            out.removeCustomers.append(customerId);
    }
    for (const QString &customerId : grants) {
        const auto customer = RecordWriter(m_db).read(u"customers"_s, customerId);
        if (!customer || !scope.seesCustomer(*customer))
            continue;
        addUpsert(u"customers"_s, *customer);
        for (const QString &table : DomainSchema::customerChildTables()) {
            const TableDef &def = DomainSchema::table(table);
            const QStringList cols = def.columnNames();
            QSqlQuery q = m_db.exec(u"SELECT %1 FROM %2 WHERE customer_id = ?"_s.arg(cols.join(u", "), table), {customerId});
            while (q.next()) {
                Row row;
                for (qsizetype c = 0; c < cols.size(); ++c)
                    row.insert(cols[c], q.value(int(c)));
                addUpsert(table, row);
            }
        }
    }
    for (const QString &id : outcomeIds)
        if (std::optional<Sync::Outcome> o = ledger.outcome(id))
            out.outcomes.append(std::move(*o));

    for (auto it = upserts.begin(); it != upserts.end(); ++it)
        out.upserts.append({it.key(), columnsOf.value(it.key()), it.value()});
    out.cursor = pageEnd;
    out.hasMore = hasMore;
    out.lastMutationId = ledger.lastMutationId(clientId);
    if (withCheckpoint && !hasMore)
        out.checkpoint = Sync::Checkpoint{pageEnd, ScopeReader(m_db, m_users).checksums(session)};
    return out;
}

} // namespace Huike
