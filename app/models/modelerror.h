#pragma once

#include <QString>

#include <stdexcept>

namespace Huike {

// The replica could not be read or written (a statement failed, the file is locked or
// read-only, the disk is full): what the services and models of app/models throw, and the
// only error app/ui catches from them. message() is the store's own text (UTF-8, naming
// the statement or the step), unchanged, so a window shows what it showed before.
//
// Why a type of its own: app/ui never includes shared/schema or app/replica (DESIGN.md §1,
// enforced at configure time by the top-level CMakeLists.txt), so it cannot catch the
// schema's SchemaError. Each service or model method the windows call inside a try (its
// declaration says "throws ModelError") turns a SchemaError into this at its boundary, a
// function-try-block around its body: `catch (const SchemaError &e) { throw
// ModelError(e.message()); }`. Inside app/models the code keeps working with SchemaError.
// Nothing is lost: the schema's error carries only its message.
class ModelError : public std::runtime_error
{
public:
    explicit ModelError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) { }
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace Huike
