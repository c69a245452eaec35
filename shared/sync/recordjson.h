#pragma once

#include "core/validation.h"
#include "schema/rows.h"

#include <QJsonObject>
#include <QSet>

namespace Huike {

// The wire form of a domain row (server/API.md): keys are Rows::jsonName()s; money is a
// string with two decimals ("12345.67") next to the row's currency, decimals are strings
// ("0.3333"), booleans are JSON booleans, ids/text/dates/timestamps are strings, NULL is
// null. Money and decimals are never JSON numbers, so nobody parses them into a double.
namespace RecordJson {

QJsonObject toJson(const QString &table, const Row &row);

// Reads the fields present in `object` into a row (only those columns). Unknown keys,
// wrong JSON types, unparsable money/decimals/ids/dates and text over `maxTextLength`
// are reported in *errors under the field's JSON name; those fields are left out.
// Keys in `ignored` (e.g. server-maintained columns) are refused as read-only.
Row fromJson(const QString &table, const QJsonObject &object, ValidationErrors *errors,
             const QSet<QString> &readOnly = {}, int maxTextLength = 20000);

} // namespace RecordJson

} // namespace Huike
