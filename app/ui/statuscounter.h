#pragma once

#include <QKeySequence>
#include <QPushButton>

#include <functional>

class QAction;
class QMainWindow;

namespace Huike {

// A flat button in the main window's status bar saying how many of something wait ("3
// reminders due", "2 approvals waiting"), hidden when none do, with a window-wide shortcut:
// the button and the shortcut both call `open`. refresh() counts again (a count that
// cannot be read now, a ModelError, leaves the button as it was).
class StatusCounter : public QPushButton
{
    Q_OBJECT

public:
    struct Spec
    {
        QString actionText; // the shortcut's action ("Reminders")
        QKeySequence keys;
        QString toolTip;
        std::function<qsizetype()> count;   // may throw ModelError
        std::function<QString(int n)> text; // "%n reminder(s) due"
        std::function<void()> open;
    };
    // Added to `window`'s status bar, its action to `window`.
    StatusCounter(QMainWindow *window, Spec spec);
    QAction *action() const { return m_action; }
    void refresh();

private:
    Spec m_spec;
    QAction *m_action;
};

} // namespace Huike
