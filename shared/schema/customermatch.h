#pragma once

#include <QString>
#include <QVariantList>

namespace Huike {

// The duplicate check's lookup (FEATURES.md C1), one for the client's replica and the
// server's scoped check: the customers that may be the company being typed — the same
// credit code, the same phone, or a distinctive name part that is, or starts with, the
// typed one (CompanyName::normalizedKey). Each term is an index lookup (credit_code,
// phone_norm, a name_norm range), so the OR of them is a multi-index OR whatever the
// statistics; callers filter `deleted` with `+alias.deleted = 0`, which keeps that
// condition out of index choice (tests/app/models/tst_queryplans,
// tests/server/api/tst_serverqueryplans).
struct CustomerMatch
{
    QString nameKey;    // the distinctive part of the name; empty when none was typed
    QString phoneKey;   // PhoneNumber::normalizedKey; empty when none
    QString creditCode; // normalised; empty when none or invalid
    QString sql;        // "(alias.credit_code = ? OR …)"; empty when there is nothing to look up
    QVariantList values;

    static CustomerMatch of(const QString &alias, const QString &name, const QString &phone, const QString &creditCode);
};

} // namespace Huike
