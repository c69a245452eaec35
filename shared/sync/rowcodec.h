#pragma once

#include "rows.h"
#include "tabledef.h"

#include <QJsonArray>
#include <QStringList>

namespace Huike {

class TableDef;

// Rows on the sync wire (DESIGN.md §3): compact arrays in the order of a column list sent
// with them, so the two ends may differ by a schema version — a client maps the columns
// it knows and leaves the others (invariant 10). Values: text, ids, dates and timestamps
// as strings; Int and Bool as JSON numbers; Money (fen) and Decimal (×10^4) as decimal
// strings of their integer, so no value ever passes through a double.
namespace RowCodec {

QJsonArray encode(const TableDef &table, const QStringList &columns, const Row &row);

// The fast path for whole tables: the columns' types once, then values by position.
QList<ColumnType> types(const TableDef &table, const QStringList &columns);
QJsonValue encodeValue(ColumnType type, const QVariant &value);
// Appends the JSON text of a value (the same encoding as encodeValue) to `out`: for large
// pages, written straight into the response instead of through QJsonArray.
void appendJson(ColumnType type, const QVariant &value, QByteArray &out);
void appendJsonString(QStringView text, QByteArray &out);

// The value to bind for a JSON value of a column; false on a wrong JSON type.
bool decodeValue(ColumnType type, const QJsonValue &value, QVariant *out);
// Columns the local table does not have are skipped; missing ones stay absent. Returns
// false when a value has the wrong JSON type.
bool decode(const TableDef &table, const QStringList &columns, const QJsonArray &values, Row *row);

} // namespace RowCodec

} // namespace Huike
