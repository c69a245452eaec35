#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Huike {

// Document numbers (FEATURES.md S3, S4): PREFIX-YEAR-NNNN, e.g. BJ-2026-0017 for quotes and
// HT-2026-0001 for contracts, unique across the company even when documents are made
// offline on several laptops. How:
//   - the server hands out numbers in blocks (POST /api/v1/numbers/reserve); each number
//     is given once, to one client;
//   - each client keeps a few reserved numbers per series (its replica's number_pool,
//     topped up after every sync) and a new document takes the smallest one;
//   - a client offline with an empty pool numbers the document with its device code,
//     PREFIX-YEAR-DDDDDD-NN (DDDDDD from the random part of its client id), unique by construction and
//     visibly made offline.
namespace NumberSeries {

// "quote" → "BJ", "contract" → "HT"; empty for an unknown series.
QString prefix(QStringView series);
QString format(QStringView series, int year, qint64 sequence);
// The sequence of a number of the series and year (BJ-2026-0017 → 17), else nullopt.
std::optional<qint64> sequenceOf(QStringView series, int year, QStringView number);
// The offline form: PREFIX-YEAR-DEVICE-NN.
QString offline(QStringView series, int year, QStringView deviceCode, int n);
// The device code of a client id: its last six hex digits (the random part), upper case.
QString deviceCode(QStringView clientId);

} // namespace NumberSeries

} // namespace Huike
