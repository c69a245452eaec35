#include "ui/syncstatuswidget.h"

#include <QLocale>

namespace Huike {

SyncStatusWidget::SyncStatusWidget(SyncController &sync, QWidget *parent) : QLabel(parent), m_sync(sync)
{
    setTextFormat(Qt::PlainText);
    setCursor(Qt::PointingHandCursor);
    connect(&sync, &SyncController::stateChanged, this, &SyncStatusWidget::refresh);
    connect(&sync, &SyncController::pendingCountChanged, this, &SyncStatusWidget::refresh);
    connect(&sync, &SyncController::conflictCountChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::mousePressEvent(QMouseEvent *event)
{
    QLabel::mousePressEvent(event);
    emit clicked();
}

void SyncStatusWidget::refresh()
{
    QString state;
    switch (m_sync.state()) {
    case SyncController::State::Idle: state = tr("Starting…"); break;
    case SyncController::State::Syncing: state = tr("Syncing…"); break;
    case SyncController::State::UpToDate: state = tr("Synced"); break;
    case SyncController::State::Offline: state = tr("Offline — changes are kept on this computer"); break;
    case SyncController::State::Error: state = tr("Sync error: %1").arg(m_sync.reason()); break;
    }
    QStringList parts{state};
    if (m_sync.pendingCount() > 0)
        parts << tr("%n change(s) waiting to sync", nullptr, m_sync.pendingCount());
    if (m_sync.conflictCount() > 0)
        parts << tr("%n conflict(s) to review", nullptr, m_sync.conflictCount());
    if (m_sync.lastSynced().isValid())
        parts << tr("last synced %1").arg(QLocale().toString(m_sync.lastSynced().toLocalTime().time(), QLocale::ShortFormat));
    setText(parts.join(QStringLiteral(" · ")));
    setToolTip(m_sync.reason());
}

} // namespace Huike
