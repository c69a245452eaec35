#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Huike {

class Replica;

// What the merge dialog (合并客户, issue 19 C3) shows, read from the replica: the cards side
// by side, the fields whose values differ between them (with the captions and values as
// people read them), and how many records of each kind would follow the survivor. The
// merge itself is the server's (syncclient/mergeclient.h). No widgets here.
class CustomerMergePreview
{
public:
    struct Card
    {
        QString id;
        QString name;
        QString ownerName;          // empty for the public pool
        QHash<QString, int> counts; // table → live records of this card
        QHash<QString, QVariant> values; // column → value, for the mergeable columns
    };
    struct Field
    {
        QString column;   // snake_case, e.g. "credit_code"
        QString wireName; // the server's name, e.g. "creditCode"
        QString caption;  // translated, e.g. 统一社会信用代码
        QStringList texts; // one per card, as people read it ("(empty)" for none)
    };

    // The cards with these ids that the replica holds live, in the order given; the
    // fields that differ between them.
    static CustomerMergePreview read(Replica &replica, const QStringList &ids);

    const QList<Card> &cards() const { return m_cards; }
    const QList<Field> &differingFields() const { return m_fields; }
    // The kinds of records counted (tables), in the order shown.
    static QStringList countedTables();
    // "Contacts", "Quotes" … (translated).
    static QString kindCaption(const QString &table);
    // How a field without a value reads in Field::texts.
    static QString emptyText();
    // The columns a merge may take from either card (those clients write, not the owner).
    static QStringList mergeableColumns();
    // For the request: field (wire name) → the id of the card whose value is kept, from a
    // choice per differing field (an index into cards()).
    QHash<QString, QString> fieldChoices(const QHash<QString, int> &cardOfColumn) const;
    // The records that follow the survivor from the other cards, per table.
    QHash<QString, int> followingCounts(int survivor) const;

private:
    QList<Card> m_cards;
    QList<Field> m_fields;
};

} // namespace Huike
