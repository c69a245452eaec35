#pragma once

#include "schema/row.h"

#include <QString>

// The pieces of the built-in tables' 360° timeline entries that their declarations
// (domainschema.cpp, TableDef::Timeline) name: codes shown as their labels, and what a
// column alone cannot say. Translated in context "Huike::Customer360".
namespace Huike::TimelineTexts {

QString activityKind(const QString &code);
QString quoteStatus(const QString &code);
QString contractStatus(const QString &code);
QString paymentMethod(const QString &code);
QString invoiceKind(const QString &code);
// A sales stage's code (initial, needs, proposal, negotiation, won, lost) as its name.
QString stage(const QString &code);
// An expense's status (draft, pending, approved, rejected, paid) and kind (claim, loan).
QString expenseStatus(const QString &code);
QString expenseKind(const QString &code);
// A service ticket's kind (consultation, complaint, fault, return) and status.
QString ticketKind(const QString &code);
QString ticketStatus(const QString &code);
// An asset's status (in_use, returned, scrapped).
QString assetStatus(const QString &code);

// An activity: its subject, or the start of its body without one.
QString activitySubject(const Row &row);
// An activity's next step, its due day and whether it is done; empty without one.
QString activityNextStep(const Row &row);

} // namespace Huike::TimelineTexts
