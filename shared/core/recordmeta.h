#pragma once

#include "core/id.h"

#include <QString>

namespace Huike {

// The sync columns every synced record carries (DESIGN.md §2). `version` is the server's
// sequence number of the record's last change (0 = never confirmed by the server);
// timestamps are Timestamp text (UTC, ms) and are informative only — ordering comes
// from `version`, never from a client clock.
struct RecordMeta
{
    Id id;
    qint64 version = 0;
    bool deleted = false;
    Id ownerId; // null = unowned (a customer in the public pool)
    QString createdAt;
    Id createdBy;
    QString updatedAt;
    Id updatedBy;

    // A fresh record created now by `author` (id generated here, on the client).
    static RecordMeta created(const Id &author, const Id &owner);

    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};

} // namespace Huike
