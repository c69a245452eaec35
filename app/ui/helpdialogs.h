#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QUrl>

class QTableWidget;

namespace Huike {

// 帮助 › 快捷键: the keyboard shortcuts of a window, read from its actions when the dialog
// opens — so the list is always what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    // What the window's actions do and their keys (as shown to the user), in menu order,
    // each action once.
    static QList<QPair<QString, QString>> shortcuts(QWidget *window);

private:
    QTableWidget *m_table = nullptr;
};

// 帮助 › 关于汇客: the version, the Qt version and the server this client works with.
QString aboutText(const QUrl &server);

} // namespace Huike
