#pragma once

#include "models/replicajob.h"

class QWidget;

namespace Huike {

// Runs `work` on `job` (its own thread and connection) behind a progress dialog over
// `parent`: window-modal, so the window takes no edits while it runs but paints and
// answers; with a Cancel button and a percentage (the work's ReplicaJob::progress), or a
// busy bar without Cancel when `cancellable` is false. Shown once the work takes longer
// than a moment; until then the window ignores clicks and keys (they wait), so a quick
// check does not flash a dialog. False when cancelled; the work's error is job.error().
bool runWithProgress(ReplicaJob &job, QWidget *parent, const QString &label, ReplicaJob::Work work, bool cancellable = true);

} // namespace Huike
