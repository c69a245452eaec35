#include "ui/jobprogress.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

namespace Huike {

namespace {
constexpr int ShowAfterMs = 300;
} // namespace

bool runWithProgress(ReplicaJob &job, QWidget *parent, const QString &label, ReplicaJob::Work work, bool cancellable)
{
    QProgressDialog dialog(label, cancellable ? QObject::tr("Cancel") : QString(), 0, cancellable ? 1000 : 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumDuration(ShowAfterMs);
    dialog.setValue(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &job, &ReplicaJob::cancel);
    if (cancellable)
        QObject::connect(&job, &ReplicaJob::progressed, &dialog, [&dialog](qint64 done, qint64 total) {
            dialog.setValue(total > 0 ? int(std::clamp<qint64>(done * 1000 / total, 0, 999)) : 0);
        });
    if (!job.start(std::move(work)))
        return false;
    {
        // The first moment: no dialog yet, and no input to the window either.
        QEventLoop first;
        QTimer::singleShot(ShowAfterMs, &first, &QEventLoop::quit);
        QObject::connect(&job, &ReplicaJob::finished, &first, &QEventLoop::quit);
        if (job.isRunning())
            first.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (job.isRunning()) {
        dialog.show();
        job.waitForFinished();
    }
    return !job.isCancelled();
}

} // namespace Huike
