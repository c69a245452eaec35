#pragma once

#include "core/recordmeta.h"
#include "core/validation.h"

namespace Huike {

// 附件: a file kept with a customer or one of its contracts — a scanned signed contract, a
// photo of a delivery note. The row names the file by the SHA-256 of its content; the
// content itself travels separately (server: PUT/GET /api/v1/blobs/{sha256}; client: a
// cache folder beside the replica), uploaded before the row is pushed and downloaded when
// someone opens it. A row's file never changes: a new version is a new attachment.
struct AttachmentRecord
{
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;

    RecordMeta meta;
    Id customerId;
    Id contractId; // null: the customer's own attachment
    QString fileName; // the name it had when added, without folders
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // 64 lower-case hex digits
    QString note;

    ValidationErrors validate() const;
    static bool isSha256(const QString &text);
    friend bool operator==(const AttachmentRecord &, const AttachmentRecord &) = default;
};

} // namespace Huike
