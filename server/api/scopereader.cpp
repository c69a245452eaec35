#include "api/scopereader.h"

#include "auth/visibility.h"
#include "core/id.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "schema/sqlitehandle.h"
#include "store/requesterror.h"
#include "sync/messages.h"
#include "sync/rowcodec.h"
#include "sync/scopechecksum.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

// Prepares sql on the handle with the values bound as Qt would bind them.
Statement prepareSqlite(sqlite3 *db, const QString &sql, const QVariantList &binds)
{
    sqlite3_stmt *raw = nullptr;
    const QByteArray sqlUtf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, sqlUtf8.constData(), int(sqlUtf8.size()), &raw, nullptr) != SQLITE_OK)
        throw SchemaError(u"Cannot prepare %1: %2"_s.arg(sql, QString::fromUtf8(sqlite3_errmsg(db))));
    Statement st(raw, sqlite3_finalize);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds[i];
        const int at = int(i + 1);
        int rc = SQLITE_OK;
        if (b.isNull()) {
            rc = sqlite3_bind_null(raw, at);
        } else if (b.typeId() == QMetaType::Int || b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::UInt
                   || b.typeId() == QMetaType::Bool) {
            rc = sqlite3_bind_int64(raw, at, b.toLongLong());
        } else {
            const QByteArray text = b.toString().toUtf8();
            rc = sqlite3_bind_text(raw, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            throw SchemaError(u"Cannot bind %1: %2"_s.arg(sql, QString::fromUtf8(sqlite3_errmsg(db))));
    }
    return st;
}


} // namespace

ScopeReader::ScopeReader(Database &db, UserDirectory &users) : m_db(db), m_users(users) { }

QMap<QString, Sync::Checkpoint::Table> ScopeReader::checksums(const Session &session)
{
    const Visibility v(session, m_users);
    QMap<QString, Sync::Checkpoint::Table> checksums;
    sqlite3 *const lite = sqliteHandle(m_db);
    for (const QString &table : DomainSchema::syncedTables()) {
        const Visibility::Filter f = v.readableRecords(table);
        ScopeChecksum sum;
        if (lite) {
            // Straight from SQLite (the rows of a big scope are the bulk of a first
            // sync's last pull); a whole-table scope reads the table once.
            const QString sql = u"SELECT t.id, t.version FROM %1 t WHERE t.deleted = 0 AND %2"_s.arg(table, f.sql);
            m_db.observed(sql, f.values);
            const Statement st = prepareSqlite(lite, sql, f.values);
            int rc;
            while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
                const unsigned char *id = sqlite3_column_text(st.get(), 0);
                sum.add(table, Id::fromUtf8(QByteArrayView(id, sqlite3_column_bytes(st.get(), 0))).value_or(Id()),
                        sqlite3_column_int64(st.get(), 1));
            }
            if (rc != SQLITE_DONE)
                throw SchemaError(u"Cannot read the checksums of %1: %2"_s.arg(table, QString::fromUtf8(sqlite3_errmsg(lite))));
        } else {
            QSqlQuery q = m_db.exec(u"SELECT t.id, t.version FROM %1 t WHERE t.deleted = 0 AND %2"_s.arg(table, f.sql), f.values);
            while (q.next())
                sum.add(table, Id::fromString(q.value(0).toString()).value_or(Id()), q.value(1).toLongLong());
        }
        checksums.insert(table, {sum.count(), sum.sum()});
    }
    return checksums;
}

QByteArray ScopeReader::snapshot(const Session &session, const QString &table, const QString &afterId, int limit,
                                 Reader reader)
{
    if (!DomainSchema::syncedTables().contains(table))
        throw RequestError::notFound();
    // HUIKE_SYNC_PROFILE=1: each page's CPU time on stderr.
    static const bool profile = qEnvironmentVariableIntValue("HUIKE_SYNC_PROFILE") != 0;
    qint64 started = 0;
    if (profile) {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        started = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    const Visibility v(session, m_users);
    const Visibility::Filter f = v.readableRecords(table);
    const TableDef &def = DomainSchema::table(table);
    const QStringList cols = def.columnNames();
    const bool sqlite = m_db.dialect() == Dialect::Sqlite;
    // A whole scope walks the primary key (Visibility::readableRecords says how).
    QString filter = f.sql;
    QStringList select;
    for (const QString &c : cols)
        select << u"t."_s + c;
    QVariantList binds = f.values;
    QString after;
    QString order = u"t.id"_s;
    // A customer's records for a user who sees part of the customers: by customer, then id
    // (Visibility::readableChildPage); a cursor of that form from a scope that has since
    // become whole starts the table again (the rows come again; the replica upserts them).
    const QString cursor = Visibility::isChildCursor(afterId) && !v.pagesByCustomer(table) ? QString() : afterId;
    const std::optional<Visibility::ChildPage> child =
        cursor.isEmpty() || Visibility::isChildCursor(cursor) ? v.readableChildPage(table, cursor, qBound(50, limit, 1000))
                                                              : std::nullopt;
    if (!cursor.isEmpty() && !child) { // a null QString would bind as NULL, and id > NULL is never true
        after = u" AND t.id > ?"_s;
        binds << cursor;
    }
    if (child) {
        filter = child->filter.sql;
        binds = child->filter.values;
        order = QString::fromLatin1(Visibility::ChildPage::Order);
    } else if (v.pagesByBranch(table)) {
        // Part of the customers (or of an owned table): a keyset page of each branch of the
        // scope, merged (an OR of the branches would walk every row).
        const Visibility::Filter page = v.readablePage(table, u"t.deleted = 0"_s + after,
                                                       cursor.isEmpty() ? QVariantList() : QVariantList{cursor},
                                                       limit + 1);
        filter = page.sql;
        binds = page.values;
        after.clear();
    }
    binds << limit + 1;
    const QString sql = u"SELECT %1 FROM %2 t WHERE t.deleted = 0 AND %3%4 ORDER BY %5 LIMIT ?"_s.arg(
        select.join(u", "), table, filter, after, order);

    // Written straight into the response: pages of thousands of rows are the bulk of an
    // initial sync, and building QJsonArrays for them costs more than the query.
    const QList<ColumnType> types = RowCodec::types(def, cols);
    QByteArray out;
    out.reserve(qsizetype(limit) * 64 * cols.size() / 4 + 256);
    out.append("{\"table\":");
    RowCodec::appendJsonString(table, out);
    out.append(",\"columns\":[");
    for (qsizetype c = 0; c < cols.size(); ++c) {
        if (c)
            out.append(',');
        RowCodec::appendJsonString(cols[c], out);
    }
    out.append("],\"rows\":[");
    QByteArray last; // the id of the last row written (the first column), UTF-8
    QByteArray lastParent;
    const int parentColumn = child ? int(cols.indexOf(u"customer_id"_s)) : -1;
    const bool more = sqlite && reader == Reader::Fast ? rowsSqlite(sql, binds, types, limit, out, last, parentColumn, lastParent)
                                                       : rowsQt(sql, binds, types, limit, out, last, parentColumn, lastParent);
    if (profile) {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        static qint64 totalNs = 0;
        const qint64 ns = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec - started;
        totalNs += ns;
        std::fprintf(stderr, "snapshot profile: %s after %s: %.1f ms cpu (%.0f ms in all)\n", qPrintable(table),
                     qPrintable(afterId), double(ns) / 1e6, double(totalNs) / 1e6);
    }
    out.append("],\"next\":");
    if (child && more) {
        const QByteArray next = lastParent + '/' + last;
        RowCodec::appendJsonUtf8(next.constData(), next.size(), out);
    } else if (child && !child->batchLast.isEmpty()) {
        const QByteArray next = child->batchLast.toUtf8() + '/';
        RowCodec::appendJsonUtf8(next.constData(), next.size(), out);
    } else if (more) {
        RowCodec::appendJsonUtf8(last.constData(), last.size(), out);
    } else {
        out.append("null");
    }
    out.append('}');
    return out;
}

bool ScopeReader::rowsQt(const QString &sql, const QVariantList &binds, const QList<ColumnType> &types,
                                 int limit, QByteArray &out, QByteArray &last, int parentColumn, QByteArray &lastParent)
{
    QSqlQuery q = m_db.exec(sql, binds);
    int n = 0;
    while (q.next()) {
        if (++n > limit)
            return true;
        if (n > 1)
            out.append(',');
        out.append('[');
        for (qsizetype c = 0; c < types.size(); ++c) {
            if (c)
                out.append(',');
            RowCodec::appendJson(types[c], q.value(int(c)), out);
        }
        out.append(']');
        last = q.value(0).toString().toUtf8();
        if (parentColumn >= 0)
            lastParent = q.value(parentColumn).toString().toUtf8();
    }
    return false;
}

// The same rows through the sqlite3 C API on Qt's connection: the text comes out as the
// UTF-8 it is stored in and goes into the response as it is — no QVariant, no QString.
bool ScopeReader::rowsSqlite(const QString &sql, const QVariantList &binds, const QList<ColumnType> &types,
                                     int limit, QByteArray &out, QByteArray &last, int parentColumn, QByteArray &lastParent)
{
    sqlite3 *const db = sqliteHandle(m_db);
    if (!db)
        return rowsQt(sql, binds, types, limit, out, last, parentColumn, lastParent);
    m_db.observed(sql, binds);
    const Statement st = prepareSqlite(db, sql, binds);
    sqlite3_stmt *const raw = st.get();
    const int columns = int(types.size());
    char number[24];
    int n = 0;
    for (;;) {
        const int rc = sqlite3_step(raw);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW)
            throw SchemaError(u"Cannot read a snapshot page: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db))));
        if (++n > limit)
            return true;
        if (n > 1)
            out.append(',');
        out.append('[');
        for (int c = 0; c < columns; ++c) {
            if (c)
                out.append(',');
            if (sqlite3_column_type(raw, c) == SQLITE_NULL) {
                out.append("null", 4);
                continue;
            }
            switch (types[c]) {
            case ColumnType::Int:
            case ColumnType::Bool: {
                const auto r = std::to_chars(number, number + sizeof number, qint64(sqlite3_column_int64(raw, c)));
                out.append(number, r.ptr - number);
                break;
            }
            case ColumnType::Money:
            case ColumnType::Decimal: {
                number[0] = '"';
                auto r = std::to_chars(number + 1, number + sizeof number - 1, qint64(sqlite3_column_int64(raw, c)));
                *r.ptr++ = '"';
                out.append(number, r.ptr - number);
                break;
            }
            default: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(raw, c));
                RowCodec::appendJsonUtf8(text, sqlite3_column_bytes(raw, c), out);
            }
            }
        }
        out.append(']');
        const unsigned char *id = sqlite3_column_text(raw, 0); // text first, then its size
        last.resize(sqlite3_column_bytes(raw, 0));
        std::memcpy(last.data(), id, size_t(last.size()));
        if (parentColumn >= 0) {
            const unsigned char *parent = sqlite3_column_text(raw, parentColumn);
            lastParent = QByteArray(reinterpret_cast<const char *>(parent), sqlite3_column_bytes(raw, parentColumn));
        }
    }
}

} // namespace Huike
