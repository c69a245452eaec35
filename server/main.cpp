#include "serverapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("huike-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Huike"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUIKE_VERSION));
    return Huike::ServerApp::run(QCoreApplication::arguments());
}
