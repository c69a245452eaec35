#pragma once

#include "schema/tabledef.h"

#include <QList>

// The built-in tables, by the migration that creates them (migration 2 adds columns).
// Internal to shared/schema.
namespace Huike::DomainSchema::BuiltIn {

QList<TableDef> version1Tables();
QList<TableDef> version3Tables(); // sales stages, settings, approvals, stage history
QList<TableDef> version4Tables(); // deliveries
QList<TableDef> version5Tables(); // attachments
QList<TableDef> version6Tables(); // import batches
QList<TableDef> version10Tables(); // approval steps
// The approval engine's decision slots, added to a table of steps (approval_steps,
// expense_steps).
TableDef &stepColumns(TableDef &t);

// financetables.cpp
QList<TableDef> version11Tables(); // voucher batches
QList<TableDef> version12Tables(); // expenses and loans, their lines and steps; budgets
QList<TableDef> version13Tables(); // expense attachments (invoice photos and PDFs)
QList<TableDef> version14Tables(); // loan repayments

// servicetables.cpp
QList<TableDef> version15Tables(); // service tickets and their history
QList<TableDef> version16Tables(); // assets

} // namespace Huike::DomainSchema::BuiltIn
