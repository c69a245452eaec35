#pragma once

#include "api/apiresponse.h"

class QHttpServerRequest;

namespace Huike {

class Database;
class Router;

// The customer's survey page of a closed service ticket (满意度调查, FEATURES.md V1), without
// a login: GET /survey/{token} shows the ticket's number and subject and asks for 1–5 and a
// comment; POST /survey/{token} (a form: score, comment) records it once (TicketSurvey). The
// page is in Chinese (it is the customers'), plain HTML with no script; everything shown from
// the store is escaped. An unknown token is 404, a second rating 409 — each a page saying so.
class SurveyHandler
{
public:
    explicit SurveyHandler(Database &db);
    void registerRoutes(Router &router);

    ApiResponse page(const QString &token);
    ApiResponse submit(const QString &token, const QByteArray &form);

private:
    Database &m_db;
};

} // namespace Huike
