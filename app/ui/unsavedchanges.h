#pragma once

#include <QMessageBox>

#include <functional>

namespace Huike {

// Before an editor with unsaved changes closes (Escape, the close button, the window's X):
// Save / Discard / Cancel. True when it may close — nothing to save, saved, or discarded.
inline bool mayClose(QWidget *editor, bool modified, const QString &question, const std::function<bool()> &save)
{
    if (!modified)
        return true;
    const auto answer = QMessageBox::question(editor, QMessageBox::tr("Unsaved changes"), question,
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && save());
}

} // namespace Huike
