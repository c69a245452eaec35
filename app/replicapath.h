#pragma once

#include <QString>
#include <QUrl>

namespace Huike {

// This computer's replica for a server and user: one per server and login, in the user's
// application data folder (made when missing).
QString replicaPath(const QUrl &server, const QString &login);

} // namespace Huike
