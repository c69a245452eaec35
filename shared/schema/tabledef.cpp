#include "schema/tabledef.h"

using namespace Qt::StringLiterals;

namespace Huike {

TableDef::TableDef(QString name, Kind kind) : m_name(std::move(name)), m_kind(kind)
{
    if (kind == Kind::Synced) {
        // The id is the client's to choose once (offline creation); the rest the server's.
        add({u"id"_s, ColumnType::Id, true, {}, false, true});
        write(u"id"_s, WriteRule::CreateOnly);
        add({u"version"_s, ColumnType::Int, true, u"0"_s});
        add({u"deleted"_s, ColumnType::Bool, true, u"0"_s});
        add({u"owner_id"_s, ColumnType::Id});
        add({u"created_at"_s, ColumnType::Timestamp, true});
        add({u"created_by"_s, ColumnType::Id});
        add({u"updated_at"_s, ColumnType::Timestamp, true});
        add({u"updated_by"_s, ColumnType::Id});
        for (const QString &c : {u"version"_s, u"deleted"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s,
                                 u"updated_by"_s})
            write(c, WriteRule::Server);
        index({u"version"_s});
    }
}

QStringList TableDef::columnNames() const
{
    QStringList out;
    for (const ColumnDef &c : m_columns)
        out << c.name;
    return out;
}

const ColumnDef *TableDef::column(const QString &name) const
{
    for (const ColumnDef &c : m_columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

WriteRule TableDef::writeRule(const QString &name) const
{
    const ColumnDef *c = column(name);
    return c ? c->write : WriteRule::Server;
}

TableDef &TableDef::scope(ScopeKind kind)
{
    m_scope = kind;
    switch (kind) {
    case ScopeKind::CustomerChild:
        m_parentTable = u"customers"_s;
        m_parentColumn = u"customer_id"_s;
        write(u"owner_id"_s, WriteRule::Server);
        write(u"customer_id"_s, WriteRule::CreateOnly);
        break;
    case ScopeKind::Customer:
        write(u"owner_id"_s, WriteRule::Owner);
        break;
    case ScopeKind::Organisation:
    case ScopeKind::Catalogue:
        write(u"owner_id"_s, WriteRule::Server);
        break;
    case ScopeKind::Owned:
    case ScopeKind::Members:
        // Who owns it is the writer's choice within the rules (server/api/recordservice);
        // the department follows the owner.
        write(u"owner_id"_s, WriteRule::Client);
        if (!column(u"department_id"_s))
            id(u"department_id"_s);
        write(u"department_id"_s, WriteRule::Server);
        serverIndex({u"owner_id"_s, u"deleted"_s, u"id"_s});
        break;
    case ScopeKind::MemberChild:
        write(u"owner_id"_s, WriteRule::Server);
        break;
    case ScopeKind::Undeclared:
        break;
    }
    return *this;
}

TableDef &TableDef::partOf(const QString &column, const QString &parentTable)
{
    m_parentTable = parentTable;
    m_parentColumn = column;
    if (!this->column(column))
        ref(column, parentTable, true);
    write(column, WriteRule::CreateOnly);
    index({column, u"id"_s}); // a record's, in id order; the server's pages by record (readableChildPage)
    return scope(ScopeKind::MemberChild);
}

TableDef TableDef::membersTable() const
{
    TableDef t(membersTableName(m_name), Kind::Synced);
    t.partOf(u"record_id"_s, m_name);
    t.ref(u"user_id"_s, u"users"_s, true).write(u"user_id"_s, WriteRule::CreateOnly);
    t.text(u"role"_s);
    // Whose records a user sees through their memberships: (user_id, deleted, record_id).
    t.serverIndex({u"user_id"_s, u"deleted"_s, u"record_id"_s});
    if (!m_resource.isEmpty())
        t.resource(m_resource + u"-members"_s);
    return t;
}

TableDef &TableDef::resource(const QString &path)
{
    m_resource = path;
    return *this;
}

TableDef &TableDef::writableBy(const QStringList &roles)
{
    m_writers = roles;
    return *this;
}

TableDef &TableDef::write(const QString &name, WriteRule rule)
{
    for (ColumnDef &c : m_columns)
        if (c.name == name)
            c.write = rule;
    return *this;
}

TableDef &TableDef::enumerated(const QString &enumeration)
{
    if (!m_columns.isEmpty())
        m_columns.last().enumeration = enumeration;
    return *this;
}

TableDef &TableDef::ref(const QString &name, const QString &target, bool required)
{
    ColumnDef c{name, ColumnType::Id, required};
    c.references = target;
    return add(std::move(c));
}

TableDef &TableDef::add(ColumnDef column)
{
    m_columns.append(std::move(column));
    return *this;
}

TableDef &TableDef::id(const QString &name, bool required)
{
    return add({name, ColumnType::Id, required});
}

TableDef &TableDef::text(const QString &name, bool required, const QString &defaultSql)
{
    return add({name, ColumnType::Text, required, defaultSql});
}

TableDef &TableDef::integer(const QString &name, bool required, const QString &defaultSql)
{
    return add({name, ColumnType::Int, required, defaultSql});
}

TableDef &TableDef::boolean(const QString &name, bool defaultValue)
{
    return add({name, ColumnType::Bool, true, defaultValue ? u"1"_s : u"0"_s});
}

TableDef &TableDef::money(const QString &name, bool required)
{
    return add({name, ColumnType::Money, required, required ? u"0"_s : QString()});
}

TableDef &TableDef::decimal(const QString &name, bool required, const QString &defaultSql)
{
    return add({name, ColumnType::Decimal, required, defaultSql});
}

TableDef &TableDef::timestamp(const QString &name, bool required)
{
    return add({name, ColumnType::Timestamp, required});
}

TableDef &TableDef::date(const QString &name, bool required)
{
    return add({name, ColumnType::Date, required});
}

TableDef &TableDef::index(const QStringList &columns, bool unique)
{
    QString name = (unique ? u"ux_"_s : u"ix_"_s) + m_name;
    for (const QString &c : columns)
        name += u'_' + c;
    m_indexes.append({name, columns, unique});
    return *this;
}

TableDef &TableDef::serverIndex(const QStringList &columns)
{
    QString name = u"ix_"_s + m_name;
    for (const QString &c : columns)
        name += u'_' + c;
    m_indexes.append({name, columns, false, true});
    return *this;
}

QString TableDef::sqlType(ColumnType type, Dialect dialect)
{
    const bool pg = dialect == Dialect::Postgres;
    switch (type) {
    case ColumnType::Id:
    case ColumnType::Text:
    case ColumnType::Timestamp:
    case ColumnType::Date:
        return u"TEXT"_s;
    case ColumnType::Int:
    case ColumnType::Money:
    case ColumnType::Decimal:
        return pg ? u"BIGINT"_s : u"INTEGER"_s;
    case ColumnType::Bool:
        return pg ? u"SMALLINT"_s : u"INTEGER"_s;
    }
    return u"TEXT"_s;
}

QString TableDef::columnSql(const ColumnDef &c, Dialect dialect)
{
    QString sql = c.name + u' ' + sqlType(c.type, dialect);
    if (c.primaryKey)
        sql += u" PRIMARY KEY"_s;
    if (c.notNull && !c.primaryKey)
        sql += u" NOT NULL"_s;
    if (!c.defaultSql.isEmpty())
        sql += u" DEFAULT "_s + c.defaultSql;
    if (c.unique)
        sql += u" UNIQUE"_s;
    return sql;
}

QString TableDef::indexSql(const QString &table, const IndexDef &index, Dialect)
{
    return u"CREATE %1INDEX IF NOT EXISTS %2 ON %3 (%4)"_s.arg(
        index.unique ? u"UNIQUE "_s : QString(), index.name, table, index.columns.join(u", "));
}

QString TableDef::createSql(Dialect dialect) const
{
    QStringList parts;
    for (const ColumnDef &c : m_columns)
        parts << columnSql(c, dialect);
    // STRICT makes SQLite refuse a value of the wrong type (text in a money column).
    return u"CREATE TABLE %1 (\n    %2\n)%3"_s.arg(m_name, parts.join(u",\n    "),
                                                  dialect == Dialect::Sqlite ? u" STRICT"_s
                                                                             : QString());
}

QStringList TableDef::createIndexSql(Dialect dialect) const
{
    QStringList out;
    for (const IndexDef &i : m_indexes)
        if (!i.serverOnly)
            out << indexSql(m_name, i, dialect);
    return out;
}

QStringList TableDef::createServerIndexSql(Dialect dialect) const
{
    QStringList out;
    for (const IndexDef &i : m_indexes)
        if (i.serverOnly)
            out << indexSql(m_name, i, dialect);
    return out;
}

TableDef &TableDef::searchable(Search search)
{
    m_search = std::move(search);
    return *this;
}

TableDef &TableDef::timeline(Timeline entry)
{
    m_timeline = std::move(entry);
    return *this;
}

TableDef &TableDef::audited(bool audited, const QStringList &exceptColumns)
{
    m_audited = audited;
    m_unaudited = exceptColumns;
    return *this;
}

QString TableDef::declarationError() const
{
    // What the search and the timeline read are columns of the table (or, "ref.column", of
    // the row a reference names).
    QStringList named;
    if (const Search *s = search()) {
        if (s->texts.isEmpty() || s->texts.size() > 3 || !s->kindName || s->kind > 255)
            return u"a search document has one to three texts, a kind's number below 256 and its name."_s;
        for (const SearchColumn &c : s->texts)
            named << c.column;
        named << s->customerColumn;
    }
    if (const Timeline *e = timelineEntry()) {
        const ColumnDef *about = column(e->customerColumn);
        const bool customers = e->customerColumn == u"customer_id" ? m_scope == ScopeKind::CustomerChild
                                                                     : about && about->references == u"customers";
        if (!customers || e->when.isEmpty())
            return u"a timeline entry is a customer's record (customer_id, or a reference to customers it is about) with a date."_s;
        if (e->title.isEmpty() || (e->titleFormat && e->title.size() > 2))
            return u"a timeline entry's title has a piece or, with a pattern, one or two."_s;
        named << e->when << e->reads;
        for (const QList<TimelineText> *pieces : {&e->title, &e->detail})
            for (const TimelineText &p : *pieces)
                if (!p.compose)
                    named << p.column;
        if (!e->amount.isEmpty())
            named << e->amount;
    }
    for (const QString &name : std::as_const(named)) {
        const ColumnDef *c = column(name.section(u'.', 0, 0));
        if (!c || (name.contains(u'.') && c->references.isEmpty()))
            return u"no column %1."_s.arg(name);
    }
    for (const QString &name : m_unaudited)
        if (!column(name))
            return u"no column %1."_s.arg(name);
    for (const ColumnDef &c : m_columns)
        if (!c.enumeration.isEmpty() && c.type != ColumnType::Text)
            return u"the enumeration of %1 is a text column's."_s.arg(c.name);
    return {};
}

} // namespace Huike
