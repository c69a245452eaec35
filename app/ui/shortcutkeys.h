#pragma once

#include <QKeySequence>
#include <QList>

namespace Huike {

// Redo's keys: the platform's (Ctrl+Y, Ctrl+Shift+Z …) and Ctrl+Shift+Z everywhere, each
// once. A key given twice to one action, or to two shortcuts of one window, is ambiguous
// for Qt ("Ambiguous shortcut overload") and then does nothing at all.
inline QList<QKeySequence> redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!keys.contains(ctrlShiftZ))
        keys << ctrlShiftZ;
    return keys;
}

} // namespace Huike
