// huike — the desktop client: log in (or start offline on this computer's copy), open the
// replica, sync in the background, show the main window.
//   huike [--server URL] [--login NAME] [--password-stdin] [--lang zh_CN|en]
//   huike export-pdf quote|contract NUMBER -o FILE [--revision N] [--no-prices] [--replica FILE]
//         writes the quote's or contract's PDF from this computer's replica, without a window (batch
//         use, tests); the replica is the last login's unless --replica names one.
//   huike export customers|quotes|contracts -o FILE [--format xlsx|csv] … (exportcommand.h)
//   huike import customers FILE [--dry-run] [--on-duplicate …] [--report FILE] [--replica FILE]
//   huike import undo BATCH | huike import list
//         the customer import without a window (ImportCommand).
//   huike export-vouchers --period YYYY-MM --format kingdee|yonyou|list -o FILE [--again]
//         the month's accounting vouchers (ExportVouchersCommand).
// main() only wires: the login in LoginFlow, the batch command in ExportPdfCommand, the
// pictures for the documentation in ScreenshotTour.
#include "exportcommand.h"
#include "exportpdfcommand.h"
#include "exportvoucherscommand.h"
#include "importcommand.h"
#include "loginflow.h"
#include "models/customerlistmodel.h"
#include "models/services.h"
#include "replica/replica.h"
#include "replicapath.h"
#include "schema/schemaerror.h"
#include "screenshottour.h"
#include "syncclient/synccontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {
// HUIKE_STARTUP_PROBE: each step of the start on stderr, with the time since the process
// began (wall) and the CPU this thread took (the cold-start benchmark's profile).
void startupStep(const char *step)
{
    static const bool probe = qEnvironmentVariableIsSet("HUIKE_STARTUP_PROBE");
    if (!probe)
        return;
    timespec cpu{}, now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    clock_gettime(CLOCK_MONOTONIC, &now);
    static const double start = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    std::fprintf(stderr, "HUIKE_STEP %-22s %7.1f ms  cpu %7.1f ms\n", step,
                 double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6 - start, double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6);
}
} // namespace

int main(int argc, char *argv[])
{
    // Batch commands run without a display.
    const bool batch = ExportPdfCommand::isRequested(argc, argv) || ExportCommand::isRequested(argc, argv)
        || ImportCommand::isRequested(argc, argv) || ExportVouchersCommand::isRequested(argc, argv);
    if (batch && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    startupStep("main");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"huike"_s);
    QApplication::setOrganizationName(u"Huike"_s);
    QApplication::setApplicationVersion(QStringLiteral(HUIKE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/huike.svg"_s));
    if (ImportCommand::isRequested(argc, argv))
        return ImportCommand::run(app);
    if (ExportVouchersCommand::isRequested(argc, argv))
        return ExportVouchersCommand::run(app);
    if (batch)
        return ExportCommand::isRequested(argc, argv) ? ExportCommand::run(app) : ExportPdfCommand::run(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Huike CRM desktop client"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({{u"server"_s, u"Server address, e.g. http://127.0.0.1:8747"_s, u"url"_s},
                       {u"login"_s, u"Login name."_s, u"login"_s},
                       {u"password-stdin"_s, u"Read the password from standard input and log in at once."_s},
                       {u"lang"_s, u"Language: zh_CN or en (default: zh_CN, or the one chosen in the settings); kept."_s, u"lang"_s}});
    parser.process(app);
    if (parser.isSet(u"lang"_s))
        Language::choose(parser.value(u"lang"_s));
    // Chinese first: whatever the system's locale, unless the user chose another language.
    Language::install(app, Language::chosen());
    startupStep("application");

    int exitCode = 0;
    const std::optional<Session> session = LoginFlow::run(parser, &exitCode);
    if (!session)
        return exitCode;
    startupStep("login");
    const QString &login = session->login;
    const LoginClient::Result &result = session->result;

    try {
        const QString path = replicaPath(QUrl(session->server), login);
        auto replica = Replica::open(path);
        if (!result.userId.isEmpty())
            replica->setUserId(result.userId);
        startupStep("replica open");
        CustomerListModel customers(replica->database());
        startupStep("customer list");
        SyncController sync(path, QUrl(session->server), result.token);
        Services services(*replica); // built once here; the window hands each page its own
        MainWindow window(customers, sync, result.displayName.isEmpty() ? login : result.displayName, services);
        startupStep("main window");
        window.show();
        startupStep("shown");
        if (const QString shot = qEnvironmentVariable("HUIKE_SCREENSHOT"); !shot.isEmpty())
            ScreenshotTour::arm(app, window, customers, *replica, sync, shot);
        // For the cold-start benchmark: when the list is usable, say so on stdout.
        if (qEnvironmentVariableIsSet("HUIKE_STARTUP_PROBE")) {
            QTimer::singleShot(0, &window, [&customers] {
                startupStep("ready");
                std::printf("HUIKE_READY rows=%d\n", customers.rowCount());
                std::fflush(stdout);
            });
        }
        sync.indexNow(); // the global search is built in the background, also offline
        if (!session->offline)
            sync.start();
        return app.exec();
    } catch (const SchemaError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Huike"), e.message());
        return 1;
    }
}
