#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Huike {

// A record's columns by name: the same type as shared/schema/rows.h's Row (models link the
// schema privately; their headers do not include it).
using Row = QVariantMap;

class Replica;

// What the server's conflicts and refusals are about, in words for people (translated):
// the reason for each refusal code the server can send, the caption of a field, and the
// record as its user knows it ("报价单 BJ-2026-0001145 V2 第 3 行"). For the conflict
// dialog and for the editors that follow a refusal. No widgets here.
namespace OutcomeText {

// Why the server refused: one sentence per code (server/API.md and the pipeline rules);
// a general sentence for a code this version does not know.
QString reason(const QString &code);
// Whether `code` has its own sentence.
bool knows(const QString &code);
// Every code with its own sentence.
QStringList codes();

// A field's caption: the column (snake_case, or the API's camelCase) of `table`; empty
// for a technical column (id, version …) or one without a caption.
QString fieldCaption(const QString &table, const QString &column);
// A column's value for people: amounts as money, percentages, yes/no, the codes of an
// enumeration by their labels (the column's declaration names it), dates; "(empty)" for none.
QString valueText(const QString &table, const QString &column, const QVariant &value);
// The kind of record: "Quote", "Quote line", "Customer" …; the table's name when unknown.
QString tableCaption(const QString &table);
// The record as its user knows it, read from the replica: 报价单 BJ-2026-0001145 V2, its
// line 3, 合同 HT-…, a customer's name …; `typed` (the values of a refused create, which is
// gone from the replica) fills in what the replica no longer has.
QString recordCaption(Replica &replica, const QString &table, const QString &id, const Row &typed = {});
// The values a rejection kept of the refused write (the outcome's `mine`: columns and
// values as sent), by column.
Row typedValues(const QString &table, const QString &mine);

} // namespace OutcomeText

} // namespace Huike
