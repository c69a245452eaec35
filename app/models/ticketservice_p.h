#pragma once

// Internal to TicketService (ticketservice.cpp, ticketmoves.cpp).

#include <QString>
#include <QVariant>

namespace Huike::TicketServiceDetail {

// A bound value: a null QString would bind SQL NULL.
inline QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A column's value: blank text is no value.
inline QVariant orNull(const QString &s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

} // namespace Huike::TicketServiceDetail
