#pragma once

#include "api/apicontext.h"
#include "api/apiresponse.h"
#include "api/recordservice.h"
#include "schema/rows.h"

#include <memory>
#include <optional>

namespace Huike {

class CustomerMergeHandler;
class Router;
class Visibility;

// The REST resources over the domain tables (server/API.md): for each, GET (list with
// ?q=&limit=&cursor=&updated_since=&customer_id=), POST, and GET|PATCH|DELETE on
// /{id}. Every read and write is scoped by the caller's Visibility; a record outside it
// answers 404. Writes are validated with the entity rules (Rows::validate), go through
// RecordWriter (version + audit trail in the same transaction) and never change data when
// refused. Every resource has /{id}/history (a customer's: with all its records);
// customers also /{id}/claim and /{id}/release.
class ResourceHandler
{
public:
    struct Spec
    {
        QString path;  // "customers" → /api/v1/customers
        QString table; // the domain table
    };

    ResourceHandler(ApiContext context, Spec spec);
    void registerRoutes(Router &router);

    // The resources Huike serves.
    static QList<Spec> standardResources();

    ApiResponse list(const QHttpServerRequest &request);
    ApiResponse create(const QHttpServerRequest &request);
    ApiResponse get(const QHttpServerRequest &request, const QString &id);
    ApiResponse patch(const QHttpServerRequest &request, const QString &id);
    ApiResponse remove(const QHttpServerRequest &request, const QString &id);
    ApiResponse history(const QHttpServerRequest &request, const QString &id);
    ApiResponse claim(const QHttpServerRequest &request, const QString &id);
    ApiResponse release(const QHttpServerRequest &request, const QString &id);

private:
    bool isCustomers() const { return m_spec.table == u"customers"; }
    bool isCatalogue() const;

    ApiContext m_ctx;
    Spec m_spec;
    RecordService m_records;
    std::shared_ptr<CustomerMergeHandler> m_merge; // customers: merge and undo (customermerge.h)
};

} // namespace Huike
