#pragma once

#include "api/apicontext.h"
#include "api/apiresponse.h"
#include "schema/row.h"

#include <QStringList>

#include <optional>

namespace Huike {

class Database;
class Router;

// Merging customer cards (合并客户, issue 19 C3; server/API.md "Customer merge"):
//   POST /api/v1/customers/merge                    the survivor takes the chosen fields and
//                                                   every record of the merged cards; each
//                                                   merged card stays as a tombstone whose
//                                                   merged_into names the survivor
//   POST /api/v1/customers/merges/{mergeId}/undo    撤销合并, within UndoDays
//   GET  /api/v1/customers/{id}/merges              the merges into a survivor, newest first
// Administrators and directors merge any cards; a manager the cards whose owners are all in
// their department subtree. Each request is one transaction; every record moved is written
// through RecordWriter, so it is a change the next pull carries (with its new scope), and
// the audit trail has a "merge" (or "unmerge") entry on each card. customer_merges (server
// migration 11) keeps what the undo needs.
class CustomerMergeHandler
{
public:
    static constexpr int UndoDays = 30;

    explicit CustomerMergeHandler(ApiContext context);
    void registerRoutes(Router &router);

    ApiResponse merge(const QHttpServerRequest &request);
    ApiResponse undo(const QHttpServerRequest &request, const QString &mergeId);
    ApiResponse list(const QHttpServerRequest &request, const QString &customerId);

    // The columns of customers a merge may take from a merged card: those clients write
    // (not the owner, department, stamps or what the server derives).
    static QStringList mergeableColumns();

    // The live card a merged-away customer now lives on (following merged_into through
    // merges of merges); nullopt when `customerId` was never merged away. The push sends an
    // edit of a merged card there (server/api/pushservice.cpp).
    static std::optional<Row> survivorOf(Database &db, const QString &customerId);

private:
    ApiContext m_ctx;
};

} // namespace Huike
