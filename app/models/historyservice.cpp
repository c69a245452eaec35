#include "models/historyservice.h"

#include "core/dateformat.h"
#include "core/decimal.h"
#include "core/enums.h"
#include "core/money.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"
#include "schema/timelinetexts.h"
#include "sync/recordjson.h"
#include "sync/rowcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A code's label, when the field holds one (empty: it does not): an enumeration's code as
// the column declares it, a stage, the tax mode.
QString codeLabel(const QString &table, const QString &field, const ColumnDef &column, const QString &code)
{
    if (field == u"taxMode")
        return code == u"inclusive" ? HistoryService::tr("Prices include VAT") : code == u"exclusive" ? HistoryService::tr("Prices exclude VAT") : code;
    if (!column.enumeration.isEmpty())
        return enumLabelFor(column.enumeration, code).value_or(code);
    if (table == u"opportunities" && field == u"stage")
        return TimelineTexts::stage(code);
    if (table == u"stage_changes" && (field == u"fromStage" || field == u"toStage"))
        return TimelineTexts::stage(code);
    return {};
}

// The table an id column names.
QString targetOf(const ColumnDef &c)
{
    if (!c.references.isEmpty())
        return c.references;
    if (c.name == u"owner_id" || c.name == u"created_by" || c.name == u"updated_by" || c.name == u"decided_by"
        || c.name == u"manager_id" || c.name == u"user_id")
        return u"users"_s;
    if (c.name == u"department_id")
        return u"departments"_s;
    if (c.name == u"merged_into")
        return u"customers"_s;
    return {};
}

// The column that names a record of a table for people.
QString nameColumn(const QString &table)
{
    static const QHash<QString, QString> columns{
        {u"users"_s, u"display_name"_s},    {u"customers"_s, u"name"_s},      {u"contacts"_s, u"name"_s},
        {u"products"_s, u"name"_s},         {u"departments"_s, u"name"_s},    {u"opportunities"_s, u"name"_s},
        {u"quotes"_s, u"number"_s},         {u"contracts"_s, u"number"_s},    {u"invoices"_s, u"number"_s},
        {u"attachments"_s, u"file_name"_s}, {u"activities"_s, u"subject"_s},  {u"deliveries"_s, u"description"_s},
        {u"quote_lines"_s, u"description"_s}, {u"contract_lines"_s, u"description"_s}, {u"sales_stages"_s, u"name"_s},
    };
    return columns.value(table);
}

} // namespace

QString HistoryService::Change::text() const
{
    const QString empty = HistoryService::tr("(empty)");
    if (before.isEmpty())
        return after.isEmpty() ? caption : u"%1: %2"_s.arg(caption, after);
    return u"%1: %2 → %3"_s.arg(caption, before, after.isEmpty() ? empty : after);
}

QString HistoryService::Entry::title() const
{
    QStringList parts{actionText, kind};
    if (!record.isEmpty())
        parts << record;
    return parts.join(u' ');
}

QString HistoryService::Entry::details() const
{
    QStringList lines;
    for (const Change &c : changes)
        lines << c.text();
    return lines.join(u'\n');
}

HistoryService::HistoryService(Replica &replica) : m_replica(replica) { }

QString HistoryService::userName(const QString &userId)
{
    if (userId.isEmpty())
        return {};
    const QString key = u"users/"_s + userId;
    if (const auto it = m_names.constFind(key); it != m_names.cend())
        return it->first;
    const auto row = m_replica.read(u"users"_s, userId);
    const QString name = row ? row->value(u"display_name"_s).toString() : QString();
    m_names.insert(key, {name, false});
    return name;
}

QSet<QString> HistoryService::partsOf(const QString &table, const QString &recordId)
{
    // A document's own records: a quote's lines and approvals, a contract's lines, plan,
    // payments, invoices, deliveries and attachments — as the replica holds them.
    QList<QPair<QString, QString>> parts; // table, the column naming the document
    if (table == u"quotes")
        parts = {{u"quote_lines"_s, u"quote_id"_s}, {u"approvals"_s, u"record_id"_s}};
    else if (table == u"contracts")
        parts = {{u"contract_lines"_s, u"contract_id"_s}, {u"payment_plans"_s, u"contract_id"_s},
                 {u"payments"_s, u"contract_id"_s},       {u"invoices"_s, u"contract_id"_s},
                 {u"deliveries"_s, u"contract_id"_s},     {u"attachments"_s, u"contract_id"_s}};
    QSet<QString> keys;
    for (const auto &[part, column] : std::as_const(parts)) {
        if (!DomainSchema::find(part))
            continue;
        QSqlQuery q = m_replica.database().exec(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(part, column), {recordId});
        while (q.next())
            keys.insert(part + u'/' + q.value(0).toString());
    }
    return keys;
}

QString HistoryService::recordName(const QString &table, const QString &id, const QJsonObject &changes)
{
    const QString column = nameColumn(table);
    QString name;
    bool deleted = false;
    const QString key = table + u'/' + id;
    if (const auto it = m_names.constFind(key); it != m_names.cend()) {
        name = it->first;
        deleted = it->second;
    } else if (!id.isEmpty() && DomainSchema::find(table)) {
        if (const auto row = m_replica.read(table, id)) {
            deleted = row->value(u"deleted"_s).toInt() != 0;
            if (!column.isEmpty())
                name = row->value(column).toString();
            if (table == u"quotes" && row->value(u"revision"_s).toInt() > 1)
                name = tr("%1 (revision %2)").arg(name).arg(row->value(u"revision"_s).toInt());
            if (table == u"payment_plans")
                name = tr("instalment %1").arg(row->value(u"line_no"_s).toInt());
        }
        m_names.insert(key, {name, deleted});
    }
    if (name.isEmpty() && !column.isEmpty()) {
        // Not here (deleted long ago, or out of this user's reach): what the entry says.
        const QJsonObject change = changes.value(Rows::jsonName(column)).toObject();
        name = change.value(u"new"_s).isString() ? change.value(u"new"_s).toString() : change.value(u"old"_s).toString();
    }
    if (name.isEmpty())
        return {};
    return deleted ? tr("%1 (deleted)").arg(name) : name;
}

QString HistoryService::formatValue(const QString &table, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const TableDef *def = DomainSchema::find(table);
    const QString columnName = def ? Rows::columnFor(table, field) : QString();
    const ColumnDef *column = columnName.isEmpty() ? nullptr : def->column(columnName);
    const QString text = value.isString() ? value.toString()
        : value.isBool()                  ? (value.toBool() ? tr("Yes") : tr("No"))
        : value.isDouble()                ? QString::number(value.toInteger())
                                          : value.toVariant().toString();
    if (!column)
        return text;
    switch (column->type) {
    case ColumnType::Money: {
        const auto m = Money::parse(text);
        return m ? m->format(QLocale()) : text;
    }
    case ColumnType::Decimal: {
        const auto d = Decimal::parse(text);
        const QString shown = d ? d->toString() : text;
        return field.endsWith(u"Percent") ? shown + u'%' : shown;
    }
    case ColumnType::Bool:
        return value.isBool() ? text : (value.toInteger() != 0 || text == u"1" ? tr("Yes") : tr("No"));
    case ColumnType::Int:
        return text;
    case ColumnType::Timestamp:
        return DateFormat::dateTime(text);
    case ColumnType::Date:
        return DateFormat::date(text);
    case ColumnType::Id: {
        const QString target = targetOf(*column);
        if (target.isEmpty())
            return text;
        const QString name = target == u"users" ? userName(text) : recordName(target, text);
        return name.isEmpty() ? tr("(not on this computer)") : name;
    }
    case ColumnType::Text: {
        const QString shown = codeLabel(table, field, *column, text);
        if (!shown.isEmpty())
            return shown;
        return text.size() > 300 ? text.left(300) + u'…' : text;
    }
    }
    return text;
}

HistoryService::Entry HistoryService::fromServer(const QJsonObject &json)
{
    Entry e;
    e.seq = qint64(json.value(u"seq"_s).toDouble());
    e.at = json.value(u"at"_s).toString();
    e.when = DateFormat::dateTime(e.at);
    e.who = json.value(u"userName"_s).toString();
    if (e.who.isEmpty())
        e.who = userName(json.value(u"userId"_s).toString());
    if (e.who.isEmpty())
        e.who = json.value(u"login"_s).toString();
    if (e.who.isEmpty()) // a server job (the pool's reclaim …), or someone this computer does not know
        e.who = json.value(u"userId"_s).toString().isEmpty() ? tr("System") : tr("(someone not on this computer)");
    e.table = json.value(u"table"_s).toString();
    e.recordId = json.value(u"recordId"_s).toString();
    e.kind = kindName(e.table);
    e.action = json.value(u"action"_s).toString();
    e.actionText = e.action == u"create" ? tr("Created")
        : e.action == u"update"          ? tr("Changed")
        : e.action == u"delete"          ? tr("Deleted")
        : e.action == u"share"           ? tr("Shared")
        : e.action == u"unshare"         ? tr("Sharing ended")
                                         : e.action;
    const QJsonObject changes = json.value(u"changes"_s).toObject();
    e.record = recordName(e.table, e.recordId, changes);
    // The fields in the order the table declares them; others (a newer server's) after.
    QStringList order;
    if (const TableDef *def = DomainSchema::find(e.table))
        for (const ColumnDef &c : def->columns())
            if (changes.contains(Rows::jsonName(c.name)))
                order << Rows::jsonName(c.name);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString &field : std::as_const(order)) {
        const QJsonObject change = changes.value(field).toObject();
        Change c;
        c.field = field;
        c.caption = caption(e.table, field);
        c.before = formatValue(e.table, field, change.value(u"old"_s));
        c.after = formatValue(e.table, field, change.value(u"new"_s));
        // A new record lists what it was given; its customer is the one it is shown with.
        if (e.action == u"create" && (c.after.isEmpty() || field == u"customerId"))
            continue;
        if (field == u"nameNorm" || field == u"phoneNorm")
            continue; // the duplicate check's keys, derived from the name and phone: never shown

        e.changes << c;
    }
    return e;
}

QList<HistoryService::Entry> HistoryService::pendingEntries(const QString &table, const QString &recordId,
                                                           const QSet<QString> &parts)
{
    QList<Entry> out;
    const bool customer = table == u"customers";
    QSqlQuery q = customer || !parts.isEmpty() ? m_replica.database().exec(u"SELECT table_name, record_id, op, columns, base, vals, created_at "
                                                       u"FROM outbox ORDER BY mutation_id DESC"_s)
                           : m_replica.database().exec(u"SELECT table_name, record_id, op, columns, base, vals, created_at "
                                                       u"FROM outbox WHERE table_name = ? AND record_id = ? "
                                                       u"ORDER BY mutation_id DESC"_s,
                                                       {table, recordId});
    struct Pending
    {
        QString table, id, op, columns, base, values, at;
    };
    QList<Pending> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    QHash<QString, bool> belongs; // "table/id" → of this customer
    const QString me = userName(m_replica.userId());
    for (const Pending &p : std::as_const(rows)) {
        const TableDef *def = DomainSchema::find(p.table);
        if (!def)
            continue;
        if (!customer && !(p.table == table && p.id == recordId) && !parts.contains(p.table + u'/' + p.id))
            continue; // another record's
        if (customer && !(p.table == table && p.id == recordId)) {
            const QString key = p.table + u'/' + p.id;
            auto it = belongs.find(key);
            if (it == belongs.end()) {
                bool of = false;
                if (def->column(u"customer_id"_s))
                    if (const auto row = m_replica.read(p.table, p.id))
                        of = row->value(u"customer_id"_s).toString() == recordId;
                it = belongs.insert(key, of);
            }
            if (!*it)
                continue;
        }
        QStringList columns;
        for (const QJsonValue &c : QJsonDocument::fromJson(p.columns.toUtf8()).array())
            columns << c.toString();
        Row before;
        Row after;
        const bool hasBase = !p.base.isEmpty();
        if (hasBase)
            RowCodec::decode(*def, columns, QJsonDocument::fromJson(p.base.toUtf8()).array(), &before);
        RowCodec::decode(*def, columns, QJsonDocument::fromJson(p.values.toUtf8()).array(), &after);
        const QJsonObject oldJson = RecordJson::toJson(p.table, before);
        const QJsonObject newJson = RecordJson::toJson(p.table, after);
        QJsonObject changes;
        for (const QString &c : std::as_const(columns)) {
            if (!def->isAudited(c))
                continue;
            const QString key = Rows::jsonName(c);
            changes.insert(key, QJsonObject{{u"old"_s, hasBase ? oldJson.value(key) : QJsonValue()}, {u"new"_s, newJson.value(key)}});
        }
        const QString action = p.op == u"delete" ? u"delete"_s : hasBase ? u"update"_s : u"create"_s;
        Entry e = fromServer(QJsonObject{{u"at"_s, p.at},
                                         {u"userName"_s, me},
                                         {u"userId"_s, m_replica.userId()},
                                         {u"table"_s, p.table},
                                         {u"recordId"_s, p.id},
                                         {u"action"_s, action},
                                         {u"changes"_s, changes}});
        e.pending = true;
        e.seq = 0;
        out << e;
    }
    return out;
}

HistoryService::History HistoryService::history(const QString &table, const QString &recordId, const QStringList &tables)
{
    History h;
    m_names.clear(); // read afresh each time: a contact renamed since shows its new name
    const bool customer = table == u"customers";
    const QString where = customer ? u"(customer_id = ? OR (table_name = 'customers' AND record_id = ?))"_s
                                   : u"table_name = ? AND record_id = ?"_s;
    const QVariantList values = customer ? QVariantList{recordId, recordId} : QVariantList{table, recordId};
    const QSet<QString> parts = customer ? QSet<QString>() : partsOf(table, recordId);
    for (Entry &e : pendingEntries(table, recordId, parts))
        if (tables.isEmpty() || tables.contains(e.table))
            h.entries << e;
    Database &db = m_replica.database();
    // A document's parts come with its customer's history (the server answers a document's
    // own changes only): what of theirs the replica holds.
    QString partsWhere;
    QVariantList partsValues;
    if (!parts.isEmpty()) {
        if (const auto row = m_replica.read(table, recordId)) {
            partsWhere = u" OR customer_id = ?"_s;
            partsValues << row->value(u"customer_id"_s).toString();
        }
    }
    QSqlQuery q = db.exec(u"SELECT table_name, record_id, entry FROM history_cache WHERE "_s + where + partsWhere
                              + u" ORDER BY seq DESC"_s,
                          values + partsValues);
    QList<QByteArray> cached;
    while (q.next()) {
        const QString entryTable = q.value(0).toString();
        if (!partsWhere.isEmpty() && !(entryTable == table && q.value(1).toString() == recordId)
            && !parts.contains(entryTable + u'/' + q.value(1).toString()))
            continue; // the customer's other records
        if (tables.isEmpty() || tables.contains(entryTable))
            cached << q.value(2).toString().toUtf8();
    }
    for (const QByteArray &json : std::as_const(cached)) {
        Entry e = fromServer(QJsonDocument::fromJson(json).object());
        if (e.table == table && e.recordId == recordId)
            e.record.clear(); // the record shown
        h.entries << e;
    }
    const QString fetched = db.scalar(u"SELECT max(fetched_at) FROM history_cache WHERE "_s + where, values).toString();
    if (!fetched.isEmpty())
        h.fetchedAt = DateFormat::dateTime(fetched);
    for (Entry &e : h.entries)
        if (e.pending && e.table == table && e.recordId == recordId)
            e.record.clear();
    return h;
}

} // namespace Huike
