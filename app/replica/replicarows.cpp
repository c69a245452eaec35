#include "replica/replicarows.h"

#include "core/companyname.h"
#include "core/phonenumber.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

ReplicaRows::ReplicaRows(Database &db) : m_db(db) { }

ReplicaRows::~ReplicaRows() = default;

std::optional<Row> ReplicaRows::read(const QString &table, const QString &id)
{
    const QStringList cols = DomainSchema::table(table).columnNames();
    QSqlQuery &q = m_db.execCached(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(cols.join(u", "), table), {id});
    if (!q.next())
        return std::nullopt;
    Row row;
    for (qsizetype i = 0; i < cols.size(); ++i)
        row.insert(cols[i], q.value(int(i)));
    q.finish();
    return row;
}

void ReplicaRows::write(const QString &table, const Row &row)
{
    const TableDef &def = DomainSchema::table(table);
    if (row.isEmpty() || row.size() == def.columns().size()) {
        // A whole row (pulls and downloads): one prepared statement per table.
        auto &q = m_upserts[table];
        if (!q) {
            QStringList cols, marks, sets;
            for (const ColumnDef &c : def.columns()) {
                cols << c.name;
                marks << u"?"_s;
                if (c.name != u"id")
                    sets << c.name + u" = excluded."_s + c.name;
            }
            q = std::make_shared<QSqlQuery>(m_db.handle());
            if (!q->prepare(u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
                    table, cols.join(u", "), marks.join(u", "), sets.join(u", "))))
                throw SchemaError(u"Cannot prepare the %1 upsert."_s.arg(table));
        }
        if (row.isEmpty())
            return; // only prepared
        int i = 0;
        for (const ColumnDef &c : def.columns())
            q->bindValue(i++, row.value(c.name));
        if (!q->exec())
            throw SchemaError(u"Cannot write a %1 row: %2"_s.arg(table, q->lastError().text()));
        return;
    }
    // Some columns (a new row's, without those that take their defaults): an UPDATE when the
    // row is there — not INSERT … ON CONFLICT, which SQLite refuses when a NOT NULL column
    // is left out even though the row exists — else an INSERT.
    QStringList cols, marks, sets;
    QVariantList values, changes;
    for (const ColumnDef &c : def.columns()) {
        if (!row.contains(c.name))
            continue;
        cols << c.name;
        marks << u"?"_s;
        values << row.value(c.name);
        if (c.name != u"id") {
            sets << c.name + u" = ?"_s;
            changes << row.value(c.name);
        }
    }
    if (!sets.isEmpty()) {
        changes << row.value(u"id"_s);
        if (m_db.execCached(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", ")), changes).numRowsAffected() > 0)
            return;
    }
    m_db.execCached(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, cols.join(u", "), marks.join(u", ")), values);
}

void ReplicaRows::deriveKeys(const QString &table, Row &row)
{
    if (table != u"customers")
        return;
    if (row.contains(u"name"_s))
        row[u"name_norm"_s] = CompanyName::normalizedKey(row.value(u"name"_s).toString());
    if (row.contains(u"phone"_s)) {
        const QString phone = PhoneNumber::normalizedKey(row.value(u"phone"_s).toString());
        row[u"phone_norm"_s] = phone.isEmpty() ? QVariant() : QVariant(phone);
    }
}

void ReplicaRows::writeSortKey(const QString &table, const Row &row)
{
    if (table == u"customers" && row.contains(u"name"_s))
        m_db.execCached(u"UPDATE customers SET name_sort = ? WHERE id = ?"_s,
                {SearchIndex::nameSortKey(row.value(u"name"_s).toString()), row.value(u"id"_s)});
}

bool ReplicaRows::isMetaColumn(QStringView column)
{
    return column == u"version" || column == u"deleted" || column == u"created_at" || column == u"created_by"
        || column == u"updated_at" || column == u"updated_by";
}

bool ReplicaRows::isLocalColumn(QStringView column)
{
    return column == u"name_norm" || column == u"phone_norm";
}

QVariant ReplicaRows::defaultValue(const ColumnDef &column)
{
    const QString &d = column.defaultSql;
    if (d.isEmpty())
        return {};
    return d.startsWith(u'\'') ? QVariant(d.mid(1, d.size() - 2)) : QVariant(d.toLongLong());
}

QString ReplicaRows::jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray ReplicaRows::jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

} // namespace Huike
