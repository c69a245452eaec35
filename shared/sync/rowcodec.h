#pragma once

#include "schema/rows.h"
#include "schema/tabledef.h"

#include <QJsonArray>
#include <QStringList>

#include <vector>

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
// The same for UTF-8 text as it is stored (the server's SQLite fast path): byte for byte
// what appendJsonString writes for the equal QString.
void appendJsonUtf8(const char *utf8, qsizetype size, QByteArray &out);

// The value to bind for a JSON value of a column; false on a wrong JSON type.
bool decodeValue(ColumnType type, const QJsonValue &value, QVariant *out);
// Columns the local table does not have are skipped; missing ones stay absent. Returns
// false when a value has the wrong JSON type.
bool decode(const TableDef &table, const QStringList &columns, const QJsonArray &values, Row *row);

// A snapshot page ({"table", "columns", "rows": [[…], …], "next"}) read straight from its
// JSON text, without QJsonDocument or QVariant: the replica binds the cells as they are.
// Strings are unescaped in place, so a cell is a slice of `text`.
struct PageCell
{
    enum Kind : quint8 { Null, Number, String };
    Kind kind = Null;
    quint32 offset = 0; // into SnapshotPage::text: a string's unescaped UTF-8, a number as written
    quint32 size = 0;
};
struct SnapshotPage
{
    QByteArray text;
    QString table;
    QStringList columns;
    QString next; // the id to continue after; empty on the last page
    qsizetype rowCount = 0;
    std::vector<PageCell> cells; // rowCount × columns.size(), row by row
    const PageCell &cell(qsizetype row, qsizetype column) const { return cells[size_t(row * columns.size() + column)]; }
    QByteArrayView bytes(const PageCell &c) const { return QByteArrayView(text.constData() + c.offset, c.size); }
};
// False (with a reason in *error) when the text is not such a page or a row has not one
// value per column.
bool parsePage(QByteArray text, SnapshotPage *page, QString *error = nullptr);

// A cell as the value to bind for a column of `type` (decodeValue's rules: Int and Bool
// are JSON numbers, Money and Decimal strings of an integer, the rest strings); false on
// a wrong JSON type.
struct CellValue
{
    enum Kind : quint8 { Null, Integer, Text };
    Kind kind = Null;
    qint64 integer = 0;
    QByteArrayView text; // UTF-8, a slice of the page
};
bool decodeCell(ColumnType type, const SnapshotPage &page, const PageCell &cell, CellValue *out);

} // namespace RowCodec

} // namespace Huike
