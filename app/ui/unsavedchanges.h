#pragma once

#include <QLabel>
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

// A conflict or refusal the server sent back about the record an open editor shows (`what`
// says so in the user's words): the stored record is shown at once when nothing is unsaved;
// otherwise the editor asks first (`question`) and, on No, keeps the edits and says so (`kept`).
inline void followServerOutcome(QWidget *editor, bool modified, const QString &what, const QString &title,
                                const QString &question, const QString &kept, QLabel *status,
                                const std::function<void(const QString &)> &reloadStored)
{
    if (!modified) {
        reloadStored(what);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, what + QStringLiteral("\n\n") + question,
                                QMessageBox::Yes | QMessageBox::No, editor);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("outcomeQuestion"));
    QObject::connect(box, &QMessageBox::finished, editor, [what, kept, status, reloadStored](int result) {
        if (result == QMessageBox::Yes)
            reloadStored(what);
        else
            status->setText(what + QLatin1Char(' ') + kept);
    });
    box->open();
}

} // namespace Huike
