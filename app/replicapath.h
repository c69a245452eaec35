#pragma once

#include <QString>
#include <QUrl>

namespace Huike {

// This computer's replica for a server and user: one per server and login, in the user's
// application data folder (made when missing).
QString replicaPath(const QUrl &server, const QString &login);

// The replica a batch command (huike import, export, export-pdf) works on: `given` when the
// command line names one, otherwise the last login's. Empty with the reason in *error
// (no login yet, no replica there).
QString batchReplicaPath(const QString &given, QString *error);

} // namespace Huike
