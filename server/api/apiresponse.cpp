#include "api/apiresponse.h"

using namespace Qt::StringLiterals;

namespace Huike {

ApiResponse ApiResponse::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object), {}, {}};
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QJsonObject &fields)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!fields.isEmpty())
        error.insert(u"fields"_s, fields);
    return {status, QJsonDocument(QJsonObject{{u"error"_s, error}}), {}, {}};
}

ApiResponse ApiResponse::noContent()
{
    return {204, {}, {}, {}};
}

} // namespace Huike
