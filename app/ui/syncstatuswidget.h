#pragma once

#include "syncclient/synccontroller.h"

#include <QLabel>

namespace Huike {

// The status-bar sync indicator: online/offline, pending changes, conflicts, last synced.
class SyncStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController &sync, QWidget *parent = nullptr);
    void refresh();

signals:
    void clicked(); // opens the conflict review

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    SyncController &m_sync;
};

} // namespace Huike
