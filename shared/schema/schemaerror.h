#pragma once

#include <QString>

#include <stdexcept>

namespace Huike {

// A database could not be opened, a statement failed, or the schema is not one this build
// can work with. what() is UTF-8 and names the statement or the step.
class SchemaError : public std::runtime_error
{
public:
    explicit SchemaError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {
    }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace Huike
