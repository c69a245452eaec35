#include "replicapath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
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

QString batchReplicaPath(const QString &given, QString *error)
{
    QString path = given;
    if (path.isEmpty()) {
        QSettings settings;
        const QString login = settings.value(u"login/login"_s).toString();
        if (login.isEmpty()) {
            *error = QCoreApplication::translate("Huike::BatchCommand", "No replica on this computer yet: log in once, or give --replica FILE.");
            return {};
        }
        path = replicaPath(QUrl(settings.value(u"login/server"_s, u"http://127.0.0.1:8747"_s).toString()), login);
    }
    if (!QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("Huike::BatchCommand", "No replica at %1.").arg(path);
        return {};
    }
    // A replica is an SQLite file: anything else is refused before it is opened (and
    // before SQLite would make a new, empty database of an empty file).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        *error = QCoreApplication::translate("Huike::BatchCommand", "%1 is not a Huike replica.").arg(path);
        return {};
    }
    return path;
}

} // namespace Huike
