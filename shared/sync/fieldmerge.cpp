#include "sync/fieldmerge.h"

namespace Huike {

bool FieldMerge::sameValue(const QVariant &a, const QVariant &b)
{
    // A null of any type equals a null of any type; otherwise type and value both count,
    // so 0 never equals "" or NULL and "1" never equals 1.
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const bool aInt = a.typeId() == QMetaType::LongLong || a.typeId() == QMetaType::Int;
    const bool bInt = b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int;
    if (aInt || bInt)
        return aInt && bInt && a.toLongLong() == b.toLongLong();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    return a == b;
}

void FieldMerge::mergeOne(const Change &change, const QVariant &theirs, Result &result)
{
    if (sameValue(theirs, change.mine)) {
        result.unchanged.append(change.field);
    } else if (sameValue(theirs, change.base)) {
        result.applied.append({change.field, theirs, change.mine});
    } else {
        result.conflicts.append({change.field, change.base, change.mine, theirs});
    }
}

} // namespace Huike
