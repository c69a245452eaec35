#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Huike {

// What a handler answers: a status, a JSON body (or none) and extra headers. Errors use
// one shape everywhere: {"error": {"code": "…", "message": "…", "fields": {…}}}.
struct ApiResponse
{
    int status = 200; // 0: nothing is written (a WebSocket upgrade takes the connection)
    QJsonDocument body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A body already serialised (large sync pages, attachment content), used instead of
    // `body`, and its type.
    QByteArray rawBody;
    QByteArray contentType = "application/json; charset=utf-8";

    static ApiResponse json(const QJsonObject &object, int status = 200);
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QJsonObject &fields = {});
    static ApiResponse noContent();
};

} // namespace Huike
