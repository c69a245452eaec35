#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace Huike {

// The per-field three-way merge of DESIGN.md §3, applied by the server to each field a
// client mutation changes. Values are canonical column values (null, qint64 or QString —
// the codec maps every column type to one of these), so equality is exact.
//
// For each field, with `base` the value the client saw (its shadow), `mine` the value the
// client wrote and `theirs` the server's current value:
//   theirs == base   → apply mine (nobody else changed it)
//   theirs == mine   → nothing to do (the same edit arrived another way)
//   otherwise        → keep theirs and record a conflict (base, mine, theirs) for the
//                      author to decide. Never a silent overwrite, in either direction.
class FieldMerge
{
public:
    struct Change
    {
        QString field;
        QVariant base;
        QVariant mine;
        friend bool operator==(const Change &, const Change &) = default;
    };

    struct Conflict
    {
        QString field;
        QVariant base;
        QVariant mine;
        QVariant theirs;
        friend bool operator==(const Conflict &, const Conflict &) = default;
    };

    struct Result
    {
        QList<Change> applied;    // fields to write (base = theirs before the write)
        QList<Conflict> conflicts;
        QStringList unchanged;    // already equal to mine
    };

    // `theirs(field)` returns the server's current value of a field.
    template<typename Lookup>
    static Result merge(const QList<Change> &changes, Lookup theirs)
    {
        Result result;
        for (const Change &change : changes)
            mergeOne(change, theirs(change.field), result);
        return result;
    }

    static bool sameValue(const QVariant &a, const QVariant &b);

private:
    static void mergeOne(const Change &change, const QVariant &theirs, Result &result);
};

} // namespace Huike
