#pragma once

#include "schema/migrator.h"

namespace Huike {

// The server's own tables ("server" component), applied after the domain schema:
// credentials, tokens, login_failures (throttling), shares, audit_log, changes (the change
// log whose seq is every row's version), settings. DATAMODEL.md lists them.
namespace ServerSchema {

QList<Migration> migrations();
Migrator migrator();

// The unique index on live customers' credit codes (a second live customer with a code in
// use is refused by server/api/recordservice; the index is the backstop against two writes
// racing). A store that already holds duplicates (from before the rule) cannot have it:
// then only the code enforces it, and each opening of the store tries again, so the index
// comes once the duplicates are merged or deleted. Returns whether the index is there.
bool ensureCreditCodeIndex(Database &db);

} // namespace ServerSchema

} // namespace Huike
