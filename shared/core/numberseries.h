#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Huike {

// Document numbers (FEATURES.md S3, S4): PREFIX-YEAR-NNNNNN, e.g. BJ-2026-000017 for quotes
// and HT-2026-000001 for contracts, unique across the company even when documents are made
// offline on several laptops. How:
//   - the server hands out numbers in blocks (POST /api/v1/numbers/reserve); each number
//     is given once, to one client;
//   - each client keeps a few reserved numbers per series (its replica's number_pool,
//     topped up after every sync) and a new document takes the smallest one;
//   - a client offline with an empty pool numbers the document with its device code,
//     PREFIX-YEAR-DDDDDD-NN (DDDDDD from the random part of its client id), unique by construction and
//     visibly made offline.
// Stores from before hold numbers of other widths (BJ-2026-0017 from the old four digits,
// BJ-2026-0006532 from the first demo data): they are never rewritten, and a sequence is
// read whatever its width, so the next number is still above every one of them.
namespace NumberSeries {

// Six digits: a year of a large site (200 reps making 20 quotes a working day is
// about a million) fits, numbers sort as text within a year, and a number still reads
// aloud in one breath. A sequence beyond it simply gets more digits.
inline constexpr int SequenceWidth = 6;

// The series: quote, contract, ticket.
QStringList names();
// "quote" → "BJ", "contract" → "HT", "ticket" → "FW"; empty for an unknown series.
QString prefix(QStringView series);
// The table whose `number` column holds the series' numbers; empty for an unknown series.
QString table(QStringView series);
QString format(QStringView series, int year, qint64 sequence);
// The sequence of a number of the series and year, of any width (BJ-2026-0017 and
// BJ-2026-000017 → 17), else nullopt (another series or year, the offline form, not digits).
std::optional<qint64> sequenceOf(QStringView series, int year, QStringView number);
// The first sequence after every number of `used` in the series and year (1 when none):
// what a year's first block starts at.
qint64 nextSequence(QStringView series, int year, const QStringList &used);
// The offline form: PREFIX-YEAR-DEVICE-NN.
QString offline(QStringView series, int year, QStringView deviceCode, int n);
// The device code of a client id: its last six hex digits (the random part), upper case.
QString deviceCode(QStringView clientId);

} // namespace NumberSeries

} // namespace Huike
