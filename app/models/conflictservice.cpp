#include "models/conflictservice.h"

#include "models/outcometext.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPair>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

// A value as the server recorded it (JSON text of the column value) → for people. The
// words are the conflict dialog's (its translation context).
QString display(const QString &json)
{
    if (json.isEmpty() || json == QStringLiteral("null"))
        return QCoreApplication::translate("Huike::ConflictDialog", "(empty)");
    const QVariant value = ConflictService::columnValue(json);
    return value.isValid() ? value.toString() : json;
}

// A field's caption for people; the API's name for a field without one.
QString fieldLabel(const QString &table, const QString &column)
{
    const QString caption = OutcomeText::fieldCaption(table, column);
    return caption.isEmpty() ? Rows::jsonName(column) : caption;
}

// Columns a write carries that are not the user's typing: ids, stamps, keys, links.
bool technical(const QString &table, const QString &column)
{
    static const QStringList t{u"version"_s, u"deleted"_s, u"created_at"_s, u"updated_at"_s, u"name_norm"_s,
                               u"phone_norm"_s, u"line_no"_s, u"table_name"_s, u"kind"_s};
    const TableDef *def = DomainSchema::find(table);
    const ColumnDef *c = def ? def->column(column) : nullptr;
    return !c || (c->type == ColumnType::Id && column != u"owner_id") || t.contains(column);
}

// The document a record belongs to: (table, id) of the customer, quote or contract.
QPair<QString, QString> documentOf(Replica &replica, const QString &table, const QString &id, const Row &typed)
{
    std::optional<Row> row = replica.read(table, id);
    const Row r = row ? *row : typed;
    if (table == u"customers" || table == u"quotes" || table == u"contracts")
        return {table, id};
    if (table == u"quote_lines")
        return {u"quotes"_s, r.value(u"quote_id"_s).toString()};
    if (table == u"approvals")
        return {u"quotes"_s, r.value(u"record_id"_s).toString()};
    if (!r.value(u"contract_id"_s).toString().isEmpty())
        return {u"contracts"_s, r.value(u"contract_id"_s).toString()};
    return {u"customers"_s, r.value(u"customer_id"_s).toString()};
}

} // namespace

ConflictService::ConflictService(Replica &replica) : m_replica(replica) { }

QVariant ConflictService::columnValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + QByteArray("]")).array();
    if (a.isEmpty() || a.first().isNull())
        return {};
    return a.first().isString() ? QVariant(a.first().toString()) : QVariant(qint64(a.first().toDouble()));
}

QString ConflictService::userName(const QVariant &id)
{
    return m_replica.database().scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {id}).toString();
}

QList<ConflictService::Entry> ConflictService::entries()
{
    QList<Entry> result;
    const QList<Replica::Conflict> conflicts = m_replica.conflicts();
    result.reserve(conflicts.size());
    for (const Replica::Conflict &c : conflicts) {
        Entry e;
        e.id = c.id;
        e.kind = c.kind;
        e.table = c.table;
        e.recordId = c.recordId;
        e.field = c.field;
        e.mine = c.mine;
        e.at = c.at;
        const bool rejection = c.kind == QStringLiteral("rejection");
        // A refused write keeps what was typed (columns and values as sent).
        const Row typed = rejection ? OutcomeText::typedValues(c.table, c.mine) : Row();
        e.caption = OutcomeText::recordCaption(m_replica, c.table, c.recordId, typed);
        const auto [docTable, docId] = documentOf(m_replica, c.table, c.recordId, typed);
        const auto doc = docTable == u"customers" ? std::optional<Row>(Row{{u"customer_id"_s, docId}}) : m_replica.read(docTable, docId);
        e.docTable = docTable;
        e.docId = docId;
        e.docCustomerId = doc ? doc->value(u"customer_id"_s).toString() : QString();
        e.why = rejection ? QCoreApplication::translate("Huike::ConflictDialog", "Not accepted by the server: %1").arg(OutcomeText::reason(c.code))
            : (c.code == QStringLiteral("deleted") ? QCoreApplication::translate("Huike::ConflictDialog", "The record was deleted by someone else; your change was kept here.")
                                                   : QCoreApplication::translate("Huike::ConflictDialog", "Someone else changed this field after you last synced."));
        if (rejection) {
            // What was typed against what is stored now, field by field.
            const std::optional<Row> stored = m_replica.read(c.table, c.recordId);
            QStringList fields, befores, mines;
            for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
                if (technical(c.table, it.key()))
                    continue;
                const QVariant now = stored ? stored->value(it.key()) : QVariant();
                if (stored && now == it.value())
                    continue;
                // A person (the owner) by name.
                auto text = [&](const QVariant &value) {
                    if (it.key() != u"owner_id" || value.toString().isEmpty())
                        return OutcomeText::valueText(c.table, it.key(), value);
                    return userName(value);
                };
                fields << fieldLabel(c.table, it.key());
                befores << (stored ? text(now) : QCoreApplication::translate("Huike::ConflictDialog", "(new record)"));
                mines << text(it.value());
            }
            if (typed.isEmpty() && !c.field.isEmpty())
                fields << fieldLabel(c.table, c.field);
            e.fieldText = fields.join(u"、"_s);
            e.before = befores.join(u"；"_s);
            e.mineText = mines.join(u"；"_s);
            e.theirsText = OutcomeText::reason(c.code);
            e.theirsTip = c.message;
        } else {
            e.fieldText = c.field.isEmpty() ? QString() : fieldLabel(c.table, c.field);
            e.before = display(c.base);
            e.mineText = c.field.isEmpty() ? QString() : display(c.mine);
            e.theirsText = display(c.theirs);
        }
        // Who made the change that won: the server sends their id; the replica knows names.
        e.by = c.theirsBy.isEmpty() ? QString() : userName(c.theirsBy);
        result.append(e);
    }
    return result;
}

bool ConflictService::useValue(const Entry &entry, const QString &text)
{
    const ColumnDef *column = DomainSchema::table(entry.table).column(entry.field);
    if (!column || !m_replica.read(entry.table, entry.recordId))
        return false;
    QVariant value = text.isEmpty() ? QVariant() : QVariant(text);
    if (!text.isEmpty() && (column->type == ColumnType::Int || column->type == ColumnType::Money
                            || column->type == ColumnType::Decimal || column->type == ColumnType::Bool))
        value = text.toLongLong();
    m_replica.update(entry.table, entry.recordId, Row{{entry.field, value}}); // an ordinary edit on top of theirs
    m_replica.resolveConflict(entry.id);
    return true;
}

void ConflictService::resolve(const QString &conflictId)
{
    m_replica.resolveConflict(conflictId);
}

} // namespace Huike
