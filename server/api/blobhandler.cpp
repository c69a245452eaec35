#include "api/blobhandler.h"

#include "api/router.h"
#include "auth/visibility.h"
#include "core/attachmentrecord.h"
#include "core/timestamp.h"
#include "schema/database.h"
#include "schema/transaction.h"
#include "store/requesterror.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {
void requireSha(const QString &sha256)
{
    if (!AttachmentRecord::isSha256(sha256))
        throw RequestError(400, u"malformed_request"_s,
                           u"A blob is named by the SHA-256 of its content: 64 lower-case hexadecimal digits."_s);
}
} // namespace

BlobHandler::BlobHandler(ApiContext context) : m_ctx(context) { }

void BlobHandler::registerRoutes(Router &router)
{
    using P = Router::Params;
    using R = QHttpServerRequest;
    router.add("PUT", u"/api/v1/blobs/{sha256}"_s, [this](const R &r, const P &p) { return put(r, p.value(u"sha256"_s)); },
               AttachmentRecord::MaxBytes);
    router.add("GET", u"/api/v1/blobs/{sha256}"_s, [this](const R &r, const P &p) { return get(r, p.value(u"sha256"_s)); });
}

ApiResponse BlobHandler::put(const QHttpServerRequest &request, const QString &sha256)
{
    const Session session = m_ctx.requireSession(request);
    requireSha(sha256);
    QByteArray content = request.body();
    if (content.isNull())
        content = QByteArray("", 0); // an empty file; a null array would be stored as NULL
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != sha256)
        throw RequestError(422, u"hash_mismatch"_s,
                           u"The content's SHA-256 is %1, not the one in the address."_s.arg(actual));
    const QJsonObject body{{u"sha256"_s, sha256}, {u"sizeBytes"_s, double(content.size())}};
    // The same answer whether the server had the content or not (which would tell an
    // outsider that a file exists); the uploader now holds it and may attach it.
    Transaction t(m_ctx.db);
    if (m_ctx.db.scalar(u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {sha256}).toInt() == 0)
        // Two uploads of the same content may cross: the second one changes nothing.
        m_ctx.db.exec(u"INSERT INTO blobs (sha256, size_bytes, content, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
                      u"ON CONFLICT (sha256) DO NOTHING"_s,
                      {sha256, qint64(content.size()), content, session.userId, Timestamp::now()});
    m_ctx.db.exec(u"INSERT INTO blob_holders (sha256, user_id) VALUES (?, ?) ON CONFLICT (sha256, user_id) DO NOTHING"_s,
                  {sha256, session.userId});
    t.commit();
    return ApiResponse::json(body, 201);
}

ApiResponse BlobHandler::get(const QHttpServerRequest &request, const QString &sha256)
{
    const Visibility v(m_ctx.requireSession(request), m_ctx.users);
    requireSha(sha256);
    // Readable through an attachment row the user can see (of a customer in their scope).
    const Visibility::Filter naming = v.attachmentsNaming(sha256);
    if (m_ctx.db.scalar(naming.sql, naming.values).toInt() == 0)
        throw RequestError::notFound();
    const QVariant content = m_ctx.db.scalar(u"SELECT content FROM blobs WHERE sha256 = ?"_s, {sha256});
    if (!content.isValid())
        throw RequestError::notFound();
    ApiResponse response;
    response.rawBody = content.toByteArray();
    response.contentType = "application/octet-stream";
    response.headers.append({"ETag", '"' + sha256.toLatin1() + '"'});
    return response;
}

} // namespace Huike
