#include "replicapath.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Huike {

QString replicaPath(const QUrl &server, const QString &login)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/replicas"_s;
    QDir().mkpath(dir);
    const QString host = server.host() + u'-' + QString::number(server.port(server.scheme() == u"https" ? 443 : 80));
    return dir + u'/' + host + u'-' + login + u".sqlite"_s;
}

} // namespace Huike
