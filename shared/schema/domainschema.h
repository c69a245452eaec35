#pragma once

#include "migrator.h"
#include "tabledef.h"

#include <QList>

namespace Huike {

// The domain tables of DATAMODEL.md, shared by the server store and the desktop replica.
namespace DomainSchema {

// The tables as they are at the latest migration (for code that reads or writes rows).
const QList<TableDef> &tables();
const TableDef &table(const QString &name);
// Null for a table this version does not know (a newer server's): sync skips those rows.
const TableDef *find(const QString &name);

// The synced tables, parents first.
const QStringList &syncedTables();
// Rows every client holds whatever its user's scope (users, departments, the catalogue,
// stages, settings).
bool isGlobal(const QString &table);
// Global tables administrators edit (products, sales stages, settings).
bool isCatalogue(const QString &table);
// The tables whose rows belong to a customer (carry customer_id).
const QStringList &customerChildTables();

// The numbered migrations of the "domain" component.
QList<Migration> migrations();
Migrator migrator();

} // namespace DomainSchema

} // namespace Huike
