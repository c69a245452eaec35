#include "models/customermerge.h"

#include "models/outcometext.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "schema/rows.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Huike::CustomerMergePreview", text);
}

} // namespace

QStringList CustomerMergePreview::countedTables()
{
    return {u"contacts"_s, u"opportunities"_s, u"quotes"_s, u"contracts"_s, u"payment_plans"_s, u"payments"_s,
            u"invoices"_s, u"deliveries"_s, u"activities"_s, u"attachments"_s};
}

QString CustomerMergePreview::kindCaption(const QString &table)
{
    static const QHash<QString, const char *> captions{
        {u"contacts"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Contacts")},
        {u"opportunities"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Opportunities")},
        {u"quotes"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Quotes")},
        {u"contracts"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Contracts")},
        {u"payment_plans"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Payment plan instalments")},
        {u"payments"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Payments")},
        {u"invoices"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Invoices")},
        {u"deliveries"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Deliveries")},
        {u"activities"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Follow-up activities")},
        {u"attachments"_s, QT_TRANSLATE_NOOP("Huike::CustomerMergePreview", "Attachments")},
    };
    const char *caption = captions.value(table);
    return caption ? tr(caption) : OutcomeText::tableCaption(table);
}

QString CustomerMergePreview::emptyText()
{
    return OutcomeText::valueText(u"customers"_s, u"name"_s, QVariant());
}

QStringList CustomerMergePreview::mergeableColumns()
{
    QStringList out;
    for (const ColumnDef &c : DomainSchema::table(u"customers"_s).columns())
        if (c.write == WriteRule::Client && c.name != u"owner_id" && c.name != u"id")
            out << c.name;
    return out;
}

CustomerMergePreview CustomerMergePreview::read(Replica &replica, const QStringList &ids)
{
    CustomerMergePreview p;
    Database &db = replica.database();
    const QStringList columns = mergeableColumns();
    for (const QString &id : ids) {
        const QList<Row> rows = Rows::select(db, u"customers"_s, u"id = ? AND deleted = 0"_s, {id});
        if (rows.isEmpty())
            continue;
        const Row &row = rows.first();
        Card card;
        card.id = id;
        card.name = row.value(u"name"_s).toString();
        const QString owner = row.value(u"owner_id"_s).toString();
        if (!owner.isEmpty()) {
            card.ownerName = db.scalar(u"SELECT display_name FROM users WHERE id = ?"_s, {owner}).toString();
            if (card.ownerName.isEmpty())
                card.ownerName = owner;
        }
        for (const QString &column : columns)
            card.values.insert(column, row.value(column));
        for (const QString &table : countedTables())
            if (DomainSchema::find(table))
                card.counts.insert(table, db.scalar(u"SELECT count(*) FROM %1 WHERE customer_id = ? AND deleted = 0"_s.arg(table), {id}).toInt());
        p.m_cards << card;
    }
    for (const QString &column : columns) {
        bool differs = false;
        for (const Card &card : std::as_const(p.m_cards)) {
            const QVariant &a = card.values.value(column);
            const QVariant &b = p.m_cards.first().values.value(column);
            const bool emptyA = a.isNull() || a.toString().isEmpty(), emptyB = b.isNull() || b.toString().isEmpty();
            differs = differs || emptyA != emptyB || (!emptyA && a.toString() != b.toString());
        }
        if (!differs)
            continue;
        Field field;
        field.column = column;
        field.wireName = Rows::jsonName(column);
        field.caption = OutcomeText::fieldCaption(u"customers"_s, column);
        if (field.caption.isEmpty())
            field.caption = field.wireName;
        for (const Card &card : std::as_const(p.m_cards))
            field.texts << OutcomeText::valueText(u"customers"_s, column, card.values.value(column));
        p.m_fields << field;
    }
    return p;
}

QHash<QString, QString> CustomerMergePreview::fieldChoices(const QHash<QString, int> &cardOfColumn) const
{
    QHash<QString, QString> out;
    for (const Field &field : m_fields) {
        const int card = cardOfColumn.value(field.column, -1);
        if (card >= 0 && card < m_cards.size())
            out.insert(field.wireName, m_cards.at(card).id);
    }
    return out;
}

QHash<QString, int> CustomerMergePreview::followingCounts(int survivor) const
{
    QHash<QString, int> out;
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        if (i != survivor)
            for (auto it = m_cards.at(i).counts.cbegin(); it != m_cards.at(i).counts.cend(); ++it)
                out[it.key()] += it.value();
    return out;
}

} // namespace Huike
