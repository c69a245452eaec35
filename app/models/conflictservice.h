#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Huike {

class Replica;

// 冲突处理 (DESIGN.md §3) for the conflict dialog: every open conflict and rejection the
// server sent back, already in words for people (the record as its user knows it, the
// field's caption, before / mine / theirs, who changed it), and the two ways out: an
// ordinary edit on top of theirs (keep mine, or a typed value) or resolving as it is.
// No widgets here.
class ConflictService
{
public:
    explicit ConflictService(Replica &replica);

    struct Entry
    {
        QString id;
        QString kind; // "conflict" | "rejection"
        QString table, recordId, field;
        QString mine;       // wire JSON text of my value (keep mine)
        QString caption;    // the record: 报价单 BJ-2026-0001145 V2 第 3 行, a customer's name …
        QString why;        // one sentence: why this is here
        QString fieldText;  // the field's caption (a rejection: every typed field)
        QString before, mineText;
        QString theirsText; // their value, or the reason of a rejection
        QString theirsTip;  // a rejection: the server's own words
        QString by;         // who made the change that won, by name
        QString at;         // the outcome's time (timestamp text)
        // The document the record belongs to (table "customers", "quotes" or
        // "contracts"), its id and its customer.
        QString docTable, docId, docCustomerId;
    };

    QList<Entry> entries();
    // Writes `text` into the conflict's field as an ordinary edit on top of theirs (an
    // empty text: NULL), then resolves the conflict. False when the record or the field
    // is gone (nothing written).
    bool useValue(const Entry &entry, const QString &text);
    // Marks the conflict resolved (the replica already shows the server's value).
    void resolve(const QString &conflictId);

    // A value as the server recorded it (JSON text of the column value) → its value.
    static QVariant columnValue(const QString &json);

private:
    QString userName(const QVariant &id);

    Replica &m_replica;
};

} // namespace Huike
