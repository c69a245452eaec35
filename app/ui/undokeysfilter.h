#pragma once

#include <QKeyEvent>
#include <QObject>

namespace Huike {

// The card's undo stack handles Ctrl+Z in every field: line edits do not keep their own.
class UndoKeysFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
                return true; // not accepted: the card's shortcut fires
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace Huike
