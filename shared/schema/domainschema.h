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

// The numbered migrations of the "domain" component.
QList<Migration> migrations();
Migrator migrator();

} // namespace DomainSchema

} // namespace Huike
