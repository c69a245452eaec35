#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace Huike {

// How every list and page shows dates and times: one Chinese form whatever the system
// locale, "2026-11-15" for a day and "2026-11-15 16:42" for a moment (local time). The
// stored forms (Timestamp) go in; anything unreadable comes out as it was, never a crash.
namespace DateFormat {

// The same forms as patterns, for date editors (QDateEdit::setDisplayFormat).
inline constexpr QStringView DatePattern = u"yyyy-MM-dd";
inline constexpr QStringView DateTimePattern = u"yyyy-MM-dd HH:mm";

QString date(QDate day);
// The local date and time to the minute.
QString dateTime(const QDateTime &moment);
// The local day of a moment.
QString dateOf(const QDateTime &moment);

// From the stored text: a date ("2026-11-15") or a timestamp (UTC, with an offset).
QString date(QStringView stored);
QString dateTime(QStringView stored);
// A timestamp's local day; a date as it is.
QString dateOf(QStringView stored);

} // namespace DateFormat

} // namespace Huike
