#pragma once

#include "migrator.h"

namespace Huike {

// The server's own tables ("server" component), applied after the domain schema:
// credentials, tokens, login_failures (throttling), shares, audit_log, changes (the change
// log whose seq is every row's version), settings. DATAMODEL.md lists them.
namespace ServerSchema {

QList<Migration> migrations();
Migrator migrator();

} // namespace ServerSchema

} // namespace Huike
