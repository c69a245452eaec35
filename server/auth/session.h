#pragma once

#include "core/enums.h"

#include <QString>
#include <QStringList>

namespace Huike {

// Who is making a request: the user behind a valid token.
struct Session
{
    QString userId;
    QString login;
    QString displayName;
    UserRole role = UserRole::Sales;
    QStringList departmentIds;
    QStringList departmentPaths;
    QString tokenHash; // of the token this session came from (logout revokes it)
};

} // namespace Huike
