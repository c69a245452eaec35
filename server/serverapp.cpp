#include "serverapp.h"

#include "admincommands.h"
#include "api/apicontext.h"
#include "api/apiserver.h"
#include "api/authhandler.h"
#include "api/blobhandler.h"
#include "api/healthhandler.h"
#include "api/surveyhandler.h"
#include "api/resourcehandler.h"
#include "api/synchandler.h"
#include "api/userhandler.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "auth/userdirectory.h"
#include "core/timestamp.h"
#include "jobs/backup.h"
#include "jobs/changelogpruner.h"
#include "jobs/demoseeder.h"
#include "jobs/poolreclaimer.h"
#include "store/store.h"
#include "store/ticketescalation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <memory>
#include <vector>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "huike.server")

using namespace Qt::StringLiterals;

namespace Huike {

namespace {

int signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalFds[0], &c, 1);
}

// SIGTERM/SIGINT end the event loop from the loop itself (the self-pipe pattern), so the
// request being handled finishes and every committed write stays committed.
void installSignalHandlers(QObject *context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier] {
        notifier->setEnabled(false);
        char c;
        [[maybe_unused]] const auto n = ::read(signalFds[1], &c, 1);
        qCInfo(lcServer) << "signal received, shutting down";
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "huike-server: %s\n", qPrintable(message));
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == u"localhost")
        *address = QHostAddress::LocalHost;
    else if (host == u"*")
        *address = QHostAddress::Any;
    else if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

// A whole number option from min to max; false (and a message) for anything else, so a
// typo is refused instead of meaning 0.
bool numberOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value)
{
    bool ok = false;
    *value = parser.value(name).trimmed().toInt(&ok);
    if (!ok || *value < min || *value > max) {
        printError(u"--%1 wants a number from %2 to %3, not '%4'"_s.arg(name).arg(min).arg(max).arg(parser.value(name)));
        return false;
    }
    return true;
}

// What serve reads from the command line, checked before the store is opened.
struct ServeOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8747;
    int backupDays = 14;
    int poolDays = 90;
    int keepLogDays = 180;
};

bool parseServeOptions(const QCommandLineParser &parser, ServeOptions *options)
{
    if (parser.isSet(u"listen"_s) && !parseListen(parser.value(u"listen"_s), &options->address, &options->port)) {
        printError(u"--listen wants HOST:PORT with a port from 0 to 65535, e.g. 127.0.0.1:8747, not '%1'"_s
                       .arg(parser.value(u"listen"_s)));
        return false;
    }
    return numberOption(parser, u"backup-days"_s, 0, 100'000, &options->backupDays)
        && numberOption(parser, u"pool-days"_s, 0, 100'000, &options->poolDays)
        && numberOption(parser, u"keep-log-days"_s, 0, 100'000, &options->keepLogDays);
}

int serve(QCommandLineParser &parser, Store &store, const ServeOptions &options)
{
    const QHostAddress address = options.address;
    const quint16 port = options.port;

    ApiServer api;
    HealthHandler health([&store] {
        return HealthHandler::Status{store.ping(), store.schemaVersion(), store.kind()};
    });
    health.registerRoutes(api.router());
    UserDirectory users(store.database(), PasswordHasher());
    AuthService auth(store.database(), users);
    const ApiContext context{store.database(), users, auth};
    AuthHandler authHandler(context);
    authHandler.registerRoutes(api.router());
    UserHandler userHandler(context);
    userHandler.registerRoutes(api.router());
    SyncHandler syncHandler(context, api);
    syncHandler.registerRoutes(api.router());
    BlobHandler blobHandler(context);
    blobHandler.registerRoutes(api.router());
    SurveyHandler surveyHandler(store.database());
    surveyHandler.registerRoutes(api.router());
    std::vector<std::unique_ptr<ResourceHandler>> resources;
    for (const ResourceHandler::Spec &spec : ResourceHandler::standardResources()) {
        resources.push_back(std::make_unique<ResourceHandler>(context, spec));
        resources.back()->registerRoutes(api.router());
    }

    QTcpServer *tcp = nullptr;
    const QString certFile = parser.value(u"tls-cert"_s);
    const QString keyFile = parser.value(u"tls-key"_s);
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        printError(u"--tls-cert and --tls-key go together"_s);
        return 2;
    }
    if (!certFile.isEmpty()) {
        QFile cf(certFile), kf(keyFile);
        if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
            printError(u"cannot read the TLS certificate or key"_s);
            return 1;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
        const QSslKey key(kf.readAll(), QSsl::Rsa, QSsl::Pem);
        QSslKey ecKey;
        if (key.isNull())
            ecKey = QSslKey(kf.readAll(), QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || (key.isNull() && ecKey.isNull())) {
            printError(u"the TLS certificate or key is not valid PEM"_s);
            return 1;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key.isNull() ? ecKey : key);
        auto *ssl = new QSslServer(&api);
        ssl->setSslConfiguration(config);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(&api);
    }
    // Qt listens with a queue of 50 connections; when a whole office reconnects at once
    // (after a restart, or 200 clients poked together) the kernel dropped the rest and
    // their clients waited a second to try again.
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(address, port)) {
        printError(u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString()));
        return 1;
    }
    api.bind(tcp);
    installSignalHandlers(&api);

    // Daily jobs, the first a minute after start: a backup into the data folder,
    // customers left without an activity go back to the pool, and the planner's
    // statistics are brought up to date.
    const int keep = options.backupDays;
    const int poolDays = options.poolDays;
    const int keepLogDays = std::max(30, options.keepLogDays);
    Backup backup(store);
    QTimer daily;
    QObject::connect(&daily, &QTimer::timeout, [&] {
        daily.setInterval(24 * 60 * 60 * 1000);
        QString error;
        if (keep > 0) {
            const QString file = backup.backupToFolder(&error, keep);
            if (file.isEmpty())
                qCWarning(lcServer).noquote() << "daily backup failed:" << error;
            else
                qCInfo(lcServer).noquote() << "daily backup written to" << file;
        }
        try {
            const int pruned = ChangeLogPruner(store.database()).run(keepLogDays, Timestamp::now());
            if (pruned > 0)
                qCInfo(lcServer) << pruned << "change log entries older than" << keepLogDays << "days pruned";
            const int blobs = ChangeLogPruner(store.database()).pruneBlobs(Timestamp::now());
            if (blobs > 0)
                qCInfo(lcServer) << blobs << "attachment files no record names any more removed";
        } catch (const std::exception &e) {
            qCWarning(lcServer) << "change log pruning failed:" << e.what();
        }
        try { // also when off (0): the rule then starts again when it is switched on
            const int n = PoolReclaimer(store.database()).run(poolDays, Timestamp::now());
            if (poolDays > 0)
                qCInfo(lcServer) << n << "customers returned to the pool";
        } catch (const std::exception &e) {
            qCWarning(lcServer) << "pool reclaim failed:" << e.what();
        }
        try {
            store.refreshStatistics();
        } catch (const std::exception &e) {
            qCWarning(lcServer) << "planner statistics not refreshed:" << e.what();
        }
    });
    daily.start(60 * 1000);
    // Service tickets past their due instants are marked and escalated within the minute,
    // whichever client is open (or none).
    QTimer sla;
    QObject::connect(&sla, &QTimer::timeout, [&] {
        try {
            if (const int n = TicketEscalation::run(store.database(), QDateTime::currentDateTimeUtc()); n > 0)
                qCInfo(lcServer) << n << "service tickets past their SLA escalated";
        } catch (const std::exception &e) {
            qCWarning(lcServer) << "ticket escalation failed:" << e.what();
        }
    });
    sla.start(60 * 1000);
    qCInfo(lcServer).noquote() << u"huike-server %1 on %2://%3:%4, store %5 (schema %6)"_s
                                      .arg(QCoreApplication::applicationVersion(),
                                           certFile.isEmpty() ? u"http"_s : u"https"_s,
                                           address.toString())
                                      .arg(tcp->serverPort())
                                      .arg(store.kind())
                                      .arg(store.schemaVersion());
    return QCoreApplication::exec();
}

} // namespace

int ServerApp::run(const QStringList &arguments)
{
    // Requests are logged at debug level; on only when asked (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"huike.*.debug=false"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Huike CRM server.\n\nCommands:\n"
        "  serve      run the server (default)\n"
        "  migrate    bring the store to the current schema and exit\n"
        "  demo       fill an empty store with the demo data set\n"
        "  user add LOGIN --name NAME --role ROLE [--department PATH] [--manager LOGIN]\n"
        "             add a user; the password is read from standard input\n"
        "  user passwd|disable|enable LOGIN, user list\n"
        "  department add PATH, department list\n"
        "  backup --to FILE      a consistent copy while the server runs\n"
        "  restore --from FILE   replace the store's data with a backup"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"serve | migrate | demo | user | department"_s, u"[command]"_s);
    parser.addOptions({
        {u"data"_s, u"Data folder (SQLite store, backups, attachments)."_s, u"dir"_s},
        {u"db"_s, u"PostgreSQL URL: postgresql://user:pass@host:port/db"_s, u"url"_s},
        {u"listen"_s, u"Address to listen on (default 127.0.0.1:8747)."_s, u"host:port"_s},
        {u"tls-cert"_s, u"PEM certificate (chain) for HTTPS."_s, u"file"_s},
        {u"tls-key"_s, u"PEM private key for HTTPS."_s, u"file"_s},
        {u"customers"_s, u"demo: number of customers (default 2000)."_s, u"n"_s, u"2000"_s},
        {u"seed"_s, u"demo: random seed (default 2026)."_s, u"n"_s, u"2026"_s},
        {u"demo-password"_s, u"demo: password of every demo user (default huike2026)."_s, u"password"_s, u"huike2026"_s},
        {u"name"_s, u"user add: display name."_s, u"name"_s},
        {u"role"_s, u"user add: admin, director, manager, sales, clerk or service."_s, u"role"_s},
        {u"department"_s, u"user add: department path, e.g. 销售部/华东区 (repeatable)."_s, u"path"_s},
        {u"manager"_s, u"user add: login of the user's manager."_s, u"login"_s},
        {u"to"_s, u"backup: the file to write."_s, u"file"_s},
        {u"from"_s, u"restore: the backup file to read."_s, u"file"_s},
        {u"pool-days"_s, u"serve: customers without an activity for N days return to the pool (default 90, 0 = never)."_s, u"n"_s, u"90"_s},
        {u"keep-log-days"_s, u"serve: days the change log and tombstones are kept (default 180)."_s, u"n"_s, u"180"_s},
        {u"backup-days"_s, u"serve: daily backups kept in <data>/backups (default 14, 0 = off)."_s, u"n"_s, u"14"_s},
    });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.isEmpty() ? u"serve"_s : positional.first();
    if (!QStringList{u"serve"_s, u"migrate"_s, u"demo"_s, u"user"_s, u"department"_s, u"backup"_s, u"restore"_s}.contains(command)) {
        printError(u"unknown command '%1' (try --help)"_s.arg(command));
        return 2;
    }
    if (!parser.isSet(u"data"_s) || parser.value(u"data"_s).trimmed().isEmpty()) {
        printError(u"--data DIR is required"_s);
        return 2;
    }
    ServeOptions serveOptions;
    if (command == u"serve" && (positional.size() > 1 || !parseServeOptions(parser, &serveOptions))) {
        if (positional.size() > 1)
            printError(u"serve takes no arguments, only options (try --help)"_s);
        return 2;
    }

    QString error;
    const std::unique_ptr<Store> store =
        Store::open({parser.value(u"data"_s), parser.value(u"db"_s)}, &error);
    if (!store) {
        printError(error);
        return 1;
    }

    if (command == u"user" || command == u"department")
        return AdminCommands::run(*store, command, positional.mid(1), parser);
    if (command == u"backup" || command == u"restore") {
        const QString file = parser.value(command == u"backup" ? u"to"_s : u"from"_s);
        if (file.isEmpty()) {
            printError(command == u"backup" ? u"backup needs --to FILE"_s : u"restore needs --from FILE"_s);
            return 2;
        }
        Backup backup(*store);
        const bool ok = command == u"backup" ? backup.backupTo(file, &error) : backup.restoreFrom(file, &error);
        if (!ok) {
            printError(error);
            return 1;
        }
        std::printf("%s %s\n", command == u"backup" ? "backed up to" : "restored from", qPrintable(file));
        return 0;
    }
    if (command == u"migrate") {
        std::printf("schema version %d\n", store->schemaVersion());
        return 0;
    }
    if (command == u"demo") {
        bool ok = false;
        const int customers = parser.value(u"customers"_s).toInt(&ok);
        if (!ok || customers < 1 || customers > 2'000'000) {
            printError(u"--customers wants a number from 1 to 2000000"_s);
            return 2;
        }
        const quint64 seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            printError(u"--seed wants a number"_s);
            return 2;
        }
        if (store->customerCount() > 0) {
            // Running `demo` twice is harmless: the demo data goes only into an empty store.
            std::printf("the store already holds %lld customers; demo data not added\n",
                        static_cast<long long>(store->customerCount()));
            return 0;
        }
        DemoSeeder seeder(*store);
        const bool interactive = ::isatty(STDERR_FILENO);
        const QString demoPassword = parser.value(u"demo-password"_s);
        if (!seeder.seed(customers, seed, demoPassword, &error, [interactive](qint64 done, qint64 total) {
                if (interactive || done == total)
                    std::fprintf(stderr, "\rdemo data: %lld / %lld customers", static_cast<long long>(done),
                                 static_cast<long long>(total));
                if (done == total)
                    std::fprintf(stderr, "\n");
            })) {
            printError(error);
            return 1;
        }
        std::printf("demo data: %d customers; log in as wangfang (sales), chenjing (manager), "
                    "zhaomin (director), sunli (clerk) or admin with password %s\n",
                    customers, qPrintable(demoPassword));
        return 0;
    }
    return serve(parser, *store, serveOptions);
}

} // namespace Huike
