// A stand-in for the desktop client's save path, for tst_crashes: opens a replica,
// saves a customer, prints "saved <id>" once the save returned, and waits to be killed.
#include "replica/replica.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto replica = Huike::Replica::open(args[1]);
    const Huike::Row row = replica->create(u"customers"_s, Huike::Row{{u"name"_s, args[2]}});
    std::printf("saved %s\n", qPrintable(row.value(u"id"_s).toString()));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}
