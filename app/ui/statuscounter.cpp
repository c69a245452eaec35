#include "ui/statuscounter.h"

#include "models/modelerror.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>

namespace Huike {

StatusCounter::StatusCounter(QMainWindow *window, Spec spec) : QPushButton(window), m_spec(std::move(spec))
{
    setFlat(true);
    setToolTip(m_spec.toolTip);
    connect(this, &QPushButton::clicked, this, [this] { m_spec.open(); });
    window->statusBar()->addPermanentWidget(this);
    m_action = new QAction(m_spec.actionText, window);
    m_action->setShortcut(m_spec.keys);
    connect(m_action, &QAction::triggered, this, [this] { m_spec.open(); });
    window->addAction(m_action);
}

void StatusCounter::refresh()
{
    qsizetype n = 0;
    try {
        n = m_spec.count();
    } catch (const ModelError &) {
        return; // shown again on the next refresh
    }
    setText(m_spec.text(int(n)));
    setVisible(n > 0);
}

} // namespace Huike
