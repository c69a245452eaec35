#pragma once

#include "core/validation.h"

#include <QJsonObject>
#include <QString>

#include <stdexcept>

namespace Huike {

// A request that cannot be carried out, with the HTTP status and error code of
// server/API.md. Services throw it; the API turns it into {"error": {…}} and the command
// line into a message. Never used for bugs (those are other exceptions → 500).
class RequestError : public std::runtime_error
{
public:
    RequestError(int status, QString code, QString message, QJsonObject fields = {})
        : std::runtime_error(message.toStdString()), m_status(status), m_code(std::move(code)),
          m_message(std::move(message)), m_fields(std::move(fields))
    {
    }

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QJsonObject fields() const { return m_fields; }
    int retryAfterSeconds() const { return m_retryAfter; }
    RequestError &withRetryAfter(int seconds)
    {
        m_retryAfter = seconds;
        return *this;
    }

    // 422 with every field error; the message is the first one's.
    static RequestError validation(const ValidationErrors &errors)
    {
        return RequestError(422, QStringLiteral("validation_failed"),
                            errors.isEmpty() ? QString() : errors.errors().first().message,
                            errors.toJson());
    }

    static RequestError notFound()
    {
        return RequestError(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QJsonObject m_fields;
    int m_retryAfter = 0;
};

} // namespace Huike
