#pragma once

#include "schema/migrator.h"
#include "schema/row.h"
#include "schema/tabledef.h"

#include <QList>

namespace Huike {

// The domain tables of DATAMODEL.md, shared by the server store and the desktop replica.
namespace DomainSchema {

// The last migration of the built-in tables; a declared table's migration comes after it.
inline constexpr int BuiltInVersion = 16;

// Declares a table beyond the built-in ones, created by migration `version` of the domain
// component (the first after the built-in ones is BuiltInVersion + 1; several tables may
// share one). Call it
// at start-up, before any store or replica opens and before any other thread reads the
// schema (references into the schema are stable afterwards). A test may declare its own
// throwaway table this way (tests/sync/tst_scopekinds).
void declare(const TableDef &table, int version);

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
// The table's scope kind (Undeclared for a table this version does not know).
ScopeKind scopeOf(const QString &table);
// The tables whose rows belong to a customer (carry customer_id).
const QStringList &customerChildTables();
// The tables whose rows belong to a row of `table` (TableDef::parentTable): a customer's
// records, or a Members table's (its <table>_members list first).
QStringList childTables(const QString &table);
// A record's scope root: the customer of a customer's record (the customer itself for
// "customers"), the Members record of a MemberChild (itself for a Members record), else
// null. The change log keeps it (changes.customer_id) so a pull can tell who sees a change.
QVariant scopeRootOf(const QString &table, const Row &row);

// The numbered migrations of the "domain" component.
QList<Migration> migrations();
Migrator migrator();

} // namespace DomainSchema

} // namespace Huike
