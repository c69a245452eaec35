#pragma once

#include "core/enums.h"
#include "core/recordmeta.h"
#include "core/validation.h"

#include <QList>

namespace Huike {

// A person who logs in. Credentials live only on the server (server/auth).
struct User
{
    RecordMeta meta;
    QString login; // lowercase ASCII: letters, digits, '.', '_', '-'
    QString displayName;
    UserRole role = UserRole::Sales;
    QString email;
    QString mobile;
    Id managerId;
    bool disabled = false;
    QList<Id> departmentIds;

    static QString normalizeLogin(QStringView login);

    ValidationErrors validate() const;
    friend bool operator==(const User &, const User &) = default;
};

} // namespace Huike
