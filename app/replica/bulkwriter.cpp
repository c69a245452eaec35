#include "replica/bulkwriter.h"

#include "core/id.h"
#include "core/timestamp.h"
#include "replica/preparedstatement.h"
#include "replica/replica.h"
#include "replica/replicarows.h"
#include "replica/searchindex.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/schemaerror.h"
#include "sync/rowcodec.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace Huike {

struct BulkWriter::Table
{
    const TableDef *def = nullptr;
    QHash<QString, int> index; // column → its position in def->columns()
    QList<QVariant> defaults;  // per column: its declared default, or null
    bool sortKey = false;      // a customer: name_sort after the declared columns
    std::unique_ptr<PreparedStatement> insert, select, markDeleted;
    int version = -1, deleted = -1, createdAt = -1, updatedAt = -1, createdBy = -1, updatedBy = -1;
};

BulkWriter::BulkWriter(Replica &replica) : m_db(replica.database()), m_userId(replica.userId())
{
    // A larger page cache while it writes: a customer has ten indexes, and with the usual
    // 2 MiB their pages of a large replica leave the cache between two inserts.
    if (m_db.dialect() == Dialect::Sqlite) {
        m_cacheSize = m_db.scalar(u"PRAGMA cache_size"_s).toLongLong();
        m_db.exec(u"PRAGMA cache_size=-%1"_s.arg(BulkCacheKiB));
    }
}

BulkWriter::~BulkWriter()
{
    m_statements.clear();
    m_tables.clear();
    if (m_cacheSize != 0) {
        try {
            m_db.exec(u"PRAGMA cache_size=%1"_s.arg(m_cacheSize));
        } catch (const SchemaError &) {
            // the connection keeps the larger cache; nothing is lost
        }
    }
}

PreparedStatement &BulkWriter::statement(const QString &sql)
{
    auto &st = m_statements[sql];
    if (!st)
        st = std::make_shared<PreparedStatement>(m_db, sql);
    return *st;
}

BulkWriter::Table &BulkWriter::table(const QString &name)
{
    // Found without a non-const call on the hash: prepareCreate may be reading it.
    if (const auto found = m_tables.constFind(name); found != m_tables.cend())
        return **found;
    auto &t = m_tables[name];
    t = std::make_shared<Table>();
    t->def = &DomainSchema::table(name);
    t->sortKey = name == u"customers";
    QStringList cols, marks;
    const QList<ColumnDef> &columns = t->def->columns();
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnDef &c = columns[i];
        t->index.insert(c.name, i);
        cols << c.name;
        marks << u"?"_s;
        t->defaults << ReplicaRows::defaultValue(c);
    }
    if (t->sortKey) {
        cols << u"name_sort"_s;
        marks << u"?"_s;
    }
    t->version = t->index.value(u"version"_s, -1);
    t->deleted = t->index.value(u"deleted"_s, -1);
    t->createdAt = t->index.value(u"created_at"_s, -1);
    t->updatedAt = t->index.value(u"updated_at"_s, -1);
    t->createdBy = t->index.value(u"created_by"_s, -1);
    t->updatedBy = t->index.value(u"updated_by"_s, -1);
    t->insert = std::make_unique<PreparedStatement>(
        m_db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(name, cols.join(u", "), marks.join(u", ")));
    return *t;
}

void BulkWriter::append(const QString &table, const QString &id, const char *op, const QByteArray &columns, const QByteArray &values,
                        const QString &now)
{
    PreparedStatement &st = statement(u"INSERT INTO outbox (table_name, record_id, op, columns, base, vals, created_at) "
                                      u"VALUES (?, ?, ?, ?, NULL, ?, ?)"_s);
    st.bind(0, QStringView(table));
    st.bind(1, QStringView(id));
    st.bindUtf8(2, op);
    st.bindUtf8(3, columns);
    st.bindUtf8(4, values);
    st.bind(5, QStringView(now));
    st.run();
}

void BulkWriter::prepareTable(const QString &name)
{
    table(name);
}

QString BulkWriter::create(const QString &name, Row values)
{
    prepareTable(name);
    return write(prepareCreate(name, std::move(values)));
}

BulkWriter::Create BulkWriter::prepareCreate(const QString &name, Row values) const
{
    const auto found = m_tables.constFind(name);
    Q_ASSERT(found != m_tables.cend());
    const Table &t = **found;
    const TableDef &def = *t.def;
    Create out;
    out.table = &t;
    out.tableName = name;
    QString id = values.value(u"id"_s).toString();
    if (id.isEmpty()) {
        id = Id::generate().toString();
        values[u"id"_s] = id;
    }
    if ((def.scope() == ScopeKind::Owned || def.scope() == ScopeKind::Members) && values.value(u"owner_id"_s).isNull()
        && !m_userId.isEmpty())
        values[u"owner_id"_s] = m_userId;
    if (!values.contains(u"name_norm"_s)) // an import computed them already, for its duplicate check
        ReplicaRows::deriveKeys(name, values);

    const QList<ColumnDef> &columns = def.columns();
    std::vector<const QVariant *> given(size_t(columns.size()), nullptr);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int i = t.index.value(it.key(), -1);
        if (i >= 0)
            given[size_t(i)] = &it.value();
    }
    // The mutation: the columns given, in the table's order (as Outbox::create sends them).
    QByteArray mutationColumns("["), mutationValues("[");
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnDef &c = columns[i];
        if (!given[size_t(i)] || ReplicaRows::isMetaColumn(c.name) || ReplicaRows::isLocalColumn(c.name) || c.name == u"id")
            continue;
        if (mutationColumns.size() > 1) {
            mutationColumns.append(',');
            mutationValues.append(',');
        }
        RowCodec::appendJsonString(c.name, mutationColumns);
        RowCodec::appendJson(c.type, *given[size_t(i)], mutationValues);
    }
    mutationColumns.append(']');
    mutationValues.append(']');
    out.columns = std::move(mutationColumns);
    out.vals = std::move(mutationValues);

    out.now = Timestamp::now(); // informative only; the server's versions order changes
    const PreparedStatement::Value now = PreparedStatement::Value::ofText(out.now);
    const PreparedStatement::Value user = PreparedStatement::Value::ofText(m_userId.isEmpty() ? QString() : m_userId);
    out.values.reserve(size_t(columns.size()) + (t.sortKey ? 1 : 0));
    for (int i = 0; i < columns.size(); ++i) {
        if (i == t.version || i == t.deleted)
            out.values.push_back(PreparedStatement::Value::of(qint64(0)));
        else if (i == t.createdAt || i == t.updatedAt)
            out.values.push_back(now);
        else if (i == t.createdBy || i == t.updatedBy)
            out.values.push_back(user);
        else if (given[size_t(i)])
            out.values.push_back(PreparedStatement::Value::of(*given[size_t(i)]));
        else
            out.values.push_back(PreparedStatement::Value::of(t.defaults[i]));
    }
    if (t.sortKey) {
        const auto it = values.constFind(u"name"_s);
        out.values.push_back(PreparedStatement::Value::of(it == values.cend() ? QVariant() : SearchIndex::nameSortKey(it->toString())));
    }
    out.id = std::move(id);
    return out;
}

QString BulkWriter::write(const Create &create)
{
    const Table &t = *static_cast<const Table *>(create.table);
    PreparedStatement &st = *t.insert;
    for (size_t i = 0; i < create.values.size(); ++i)
        st.bind(int(i), create.values[i]);
    st.run();
    append(create.tableName, create.id, "upsert", create.columns, create.vals, create.now);
    return create.id;
}

std::optional<Row> BulkWriter::read(const QString &name, const QString &id)
{
    Table &t = table(name);
    if (!t.select)
        t.select = std::make_unique<PreparedStatement>(
            m_db, u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(t.def->columnNames().join(u", "), name));
    PreparedStatement &st = *t.select;
    st.bind(0, QStringView(id));
    if (!st.next())
        return std::nullopt;
    Row row;
    const QList<ColumnDef> &columns = t.def->columns();
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns[i].name, st.value(i));
    st.reset();
    return row;
}

void BulkWriter::remove(const QString &name, const Row &current)
{
    Table &t = table(name);
    const QString id = current.value(u"id"_s).toString();
    if (current.value(u"version"_s).toLongLong() > 0) {
        // The server's row, kept as the merge base unless an earlier edit kept it already.
        QByteArray columns("["), row("[");
        for (const ColumnDef &c : t.def->columns()) {
            if (columns.size() > 1) {
                columns.append(',');
                row.append(',');
            }
            RowCodec::appendJsonString(c.name, columns);
            RowCodec::appendJson(c.type, current.value(c.name), row);
        }
        columns.append(']');
        row.append(']');
        PreparedStatement &st = statement(u"INSERT INTO shadow (table_name, record_id, version, deleted, columns, row) "
                                          u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        st.bind(0, QStringView(name));
        st.bind(1, QStringView(id));
        st.bind(2, current.value(u"version"_s).toLongLong());
        st.bind(3, current.value(u"deleted"_s).toLongLong());
        st.bindUtf8(4, columns);
        st.bindUtf8(5, row);
        st.run();
    }
    if (!t.markDeleted)
        t.markDeleted = std::make_unique<PreparedStatement>(m_db, u"UPDATE %1 SET deleted = 1 WHERE id = ?"_s.arg(name));
    t.markDeleted->bind(0, QStringView(id));
    t.markDeleted->run();
    append(name, id, "delete", "[]", "[]", Timestamp::now());
}

} // namespace Huike
