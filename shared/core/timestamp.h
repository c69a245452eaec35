#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Huike {

// Storage and wire form of points in time (DESIGN.md §2): UTC, ISO-8601 with
// milliseconds and a 'Z' ("2026-11-24T05:40:00.000Z"), and dates as "YYYY-MM-DD".
// The text sorts lexicographically in time order. The UI shows local time.
class Timestamp
{
public:
    static QString toText(const QDateTime &utc);
    static QString now();
    // Accepts the storage form and other ISO-8601 forms with an offset or 'Z';
    // a string without an offset is rejected (ambiguous).
    static std::optional<QDateTime> parse(QStringView text);

    static QString dateToText(QDate date);
    static std::optional<QDate> parseDate(QStringView text);
};

} // namespace Huike
