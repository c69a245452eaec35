#pragma once

#include "core/enums.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace Huike {

// The choices of an enum for a combo box: (code, translated label), "(not set)" first
// when the field may stay empty.
template<typename E>
QList<QPair<QString, QString>> enumItems(bool withNone)
{
    QList<QPair<QString, QString>> items;
    if (withNone)
        items.append({QString(), QCoreApplication::translate("Huike::CustomerCard", "(not set)")});
    for (E e : enumValues<E>())
        items.append({enumCode(e), enumLabel(e)});
    return items;
}

} // namespace Huike
