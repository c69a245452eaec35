#include "ui/helpdialogs.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

void collect(QList<QAction *> &out, const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        if (a->menu())
            collect(out, a->menu()->actions());
        else if (!a->isSeparator() && !out.contains(a))
            out << a;
    }
}

} // namespace

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(QWidget *window)
{
    // The menus' actions in menu order, then the window's own actions, then any other.
    QList<QAction *> actions;
    if (auto *main = qobject_cast<QMainWindow *>(window))
        collect(actions, main->menuBar()->actions());
    collect(actions, window->actions());
    collect(actions, window->findChildren<QAction *>());
    QList<QPair<QString, QString>> rows;
    for (QAction *a : std::as_const(actions)) {
        if (a->shortcuts().isEmpty() || !a->isVisible())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        // The text without its mnemonic: "&Quit", "退出(&Q)".
        QString text = a->text();
        text.remove(QRegularExpression(u"\\(&[^)]\\)"_s)).remove(u'&').remove(u"…"_s);
        rows.append({text.trimmed(), keys.join(u"  /  "_s)});
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto rows = shortcuts(window);
    m_table = new QTableWidget(int(rows.size()), 2, this);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *note = new QLabel(tr("In text fields the usual editing keys apply: Ctrl+Z undo, Ctrl+Shift+Z or Ctrl+Y redo, "
                               "Ctrl+C / Ctrl+V copy and paste. In a customer card, quote or contract: Ctrl+S saves."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * int(std::min<qsizetype>(rows.size(), 16))
                              + m_table->horizontalHeader()->sizeHint().height() + 4);
    resize(em * 44, sizeHint().height());
}

QString aboutText(const QUrl &server)
{
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? u"—"_s : QCoreApplication::applicationVersion();
    return QCoreApplication::translate("Huike::About",
                                       "<h3>Huike CRM</h3>"
                                       "<p>Version %1</p>"
                                       "<p>Qt %2 (built with %3)</p>"
                                       "<p>Server: %4</p>")
        .arg(version.toHtmlEscaped(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             server.isEmpty() ? QCoreApplication::translate("Huike::About", "none (offline)")
                              : server.toDisplayString().toHtmlEscaped());
}

} // namespace Huike
