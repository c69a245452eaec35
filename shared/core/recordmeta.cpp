#include "core/recordmeta.h"

#include "core/timestamp.h"

namespace Huike {

RecordMeta RecordMeta::created(const Id &author, const Id &owner)
{
    RecordMeta meta;
    meta.id = Id::generate();
    meta.ownerId = owner;
    meta.createdAt = Timestamp::now();
    meta.createdBy = author;
    meta.updatedAt = meta.createdAt;
    meta.updatedBy = author;
    return meta;
}

} // namespace Huike
