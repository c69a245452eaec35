#pragma once

#include "api/apicontext.h"
#include "api/apiresponse.h"

class QHttpServerRequest;

namespace Huike {

class Router;

// Attachment content (server/API.md "Attachments"), addressed by its SHA-256:
//   PUT /api/v1/blobs/{sha256}  the raw bytes (at most AttachmentRecord::MaxBytes); the
//                               server checks the hash and keeps one copy per content.
//                               201 when stored, 200 when it already had it.
//   GET /api/v1/blobs/{sha256}  the bytes, to a user who can read an attachment row that
//                               names them; 404 otherwise, as for every out-of-scope read.
// Clients upload before they push the attachment row; the pipeline rules refuse a row
// whose content the server does not have (blob_missing).
class BlobHandler
{
public:
    explicit BlobHandler(ApiContext context);
    void registerRoutes(Router &router);

    ApiResponse put(const QHttpServerRequest &request, const QString &sha256);
    ApiResponse get(const QHttpServerRequest &request, const QString &sha256);

private:
    ApiContext m_ctx;
};

} // namespace Huike
