// huike — the desktop client: log in (or start offline on this computer's copy), open the
// replica, sync in the background, show the main window.
//   huike [--server URL] [--login NAME] [--password-stdin] [--lang zh_CN|en]
//   huike export-pdf quote|contract NUMBER -o FILE [--revision N] [--no-prices] [--replica FILE]
//         writes the quote's or contract's PDF from this computer's replica, without a window (batch
//         use, tests); the replica is the last login's unless --replica names one.
#include "customercard.h"
#include "customerlistmodel.h"
#include "globalsearch.h"
#include "contactspage.h"
#include "helpdialogs.h"
#include "language.h"
#include "database.h"
#include "logindialog.h"
#include "loginclient.h"
#include "mainwindow.h"
#include "contracteditor.h"
#include "quoteeditor.h"
#include "documentlistpage.h"
#include "companydata.h"
#include "documentpdf.h"
#include "quoteservice.h"
#include "contractservice.h"
#include "replica.h"
#include "schemaerror.h"
#include "services.h"
#include "synccontroller.h"
#include "tokenstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QListWidget>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// One replica per server and user, in the user's application data folder.
QString replicaPath(const QUrl &server, const QString &login)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/replicas"_s;
    QDir().mkpath(dir);
    const QString host = server.host() + u'-' + QString::number(server.port(server.scheme() == u"https" ? 443 : 80));
    return dir + u'/' + host + u'-' + login + u".sqlite"_s;
}

int exportPdf(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a quote or contract as PDF: huike export-pdf quote|contract NUMBER -o FILE"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"export-pdf"_s, u"The command."_s);
    parser.addPositionalArgument(u"kind"_s, u"quote or contract"_s);
    parser.addPositionalArgument(u"number"_s, u"The document's number, e.g. BJ-2026-0001."_s);
    parser.addOptions({{{u"o"_s, u"output"_s}, u"The PDF file to write."_s, u"file"_s},
                       {u"revision"_s, u"The revision (default: the latest)."_s, u"n"_s},
                       {u"no-prices"_s, u"The copy for the warehouse, without prices."_s},
                       {u"replica"_s, u"The replica file (default: the last login's)."_s, u"file"_s},
                       {u"lang"_s, u"Language of the headings: zh_CN or en."_s, u"lang"_s}});
    parser.process(app);
    QSettings settings;
    Language::install(app, parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : Language::chosen());
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || !parser.isSet(u"output"_s)) {
        std::fprintf(stderr, "usage: huike export-pdf quote|contract NUMBER -o FILE [--revision N] [--no-prices] [--replica FILE]\n");
        return 2;
    }
    if (args[1] != u"quote" && args[1] != u"contract") {
        std::fprintf(stderr, "huike: export-pdf makes a quote or a contract, not \"%s\"\n", qPrintable(args[1]));
        return 2;
    }
    QString path = parser.value(u"replica"_s);
    if (path.isEmpty()) {
        const QString login = settings.value(u"login/login"_s).toString();
        if (login.isEmpty()) {
            std::fprintf(stderr, "huike: no replica on this computer yet: log in once, or give --replica FILE\n");
            return 1;
        }
        path = replicaPath(QUrl(settings.value(u"login/server"_s, u"http://127.0.0.1:8747"_s).toString()), login);
    }
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "huike: no replica at %s\n", qPrintable(path));
        return 1;
    }
    try {
        auto replica = Replica::open(path);
        QString error;
        // The document is written all the same; the letterhead stays empty without the name.
        if (CompanyData::nameMissing(*replica))
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("Huike::CompanyData", "huike: warning: the company's details are not filled in the settings (%1); the letterhead is incomplete.")
                                                        .arg(CompanyData::missing(*replica).join(QCoreApplication::translate("Huike::CompanyData", ", ")))));
        if (args[1] == u"contract") {
            ContractService contracts(*replica);
            const QString id = replica->database().scalar(u"SELECT id FROM contracts WHERE number = ? AND deleted = 0"_s, {args[2]}).toString();
            const auto contract = id.isEmpty() ? std::nullopt : contracts.load(id);
            if (!contract) {
                std::fprintf(stderr, "huike: no contract %s in %s\n", qPrintable(args[2]), qPrintable(path));
                return 1;
            }
            if (!ContractPdf::write(contracts, *contract, parser.value(u"output"_s), &error)) {
                std::fprintf(stderr, "huike: %s: %s\n", qPrintable(parser.value(u"output"_s)), qPrintable(error));
                return 1;
            }
            return 0;
        }
        QuoteService quotes(*replica);
        QString sql = u"SELECT id FROM quotes WHERE number = ? AND deleted = 0"_s;
        QVariantList values{args[2]};
        if (parser.isSet(u"revision"_s)) {
            sql += u" AND revision = ?"_s;
            values << parser.value(u"revision"_s).toInt();
        }
        const QString id = replica->database().scalar(sql + u" ORDER BY revision DESC LIMIT 1"_s, values).toString();
        const auto quote = id.isEmpty() ? std::nullopt : quotes.load(id);
        if (!quote) {
            std::fprintf(stderr, "huike: no quote %s in %s\n", qPrintable(args[2]), qPrintable(path));
            return 1;
        }
        if (!QuotePdf::write(quotes, *quote, !parser.isSet(u"no-prices"_s), parser.value(u"output"_s), &error)) {
            std::fprintf(stderr, "huike: %s: %s\n", qPrintable(parser.value(u"output"_s)), qPrintable(error));
            return 1;
        }
        return 0;
    } catch (const SchemaError &e) {
        std::fprintf(stderr, "huike: %s\n", qPrintable(e.message()));
        return 1;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Batch commands run without a display.
    const bool batch = argc > 1 && qstrcmp(argv[1], "export-pdf") == 0;
    if (batch && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"huike"_s);
    QApplication::setOrganizationName(u"Huike"_s);
    QApplication::setApplicationVersion(QStringLiteral(HUIKE_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/huike.svg"_s));
    if (batch)
        return exportPdf(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Huike CRM desktop client"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({{u"server"_s, u"Server address, e.g. http://127.0.0.1:8747"_s, u"url"_s},
                       {u"login"_s, u"Login name."_s, u"login"_s},
                       {u"password-stdin"_s, u"Read the password from standard input and log in at once."_s},
                       {u"lang"_s, u"Language: zh_CN or en (default: zh_CN, or the one chosen in the settings); kept."_s, u"lang"_s}});
    parser.process(app);
    QSettings settings;
    if (parser.isSet(u"lang"_s))
        Language::choose(parser.value(u"lang"_s));
    // Chinese first: whatever the system's locale, unless the user chose another language.
    Language::install(app, Language::chosen());

    QString server = parser.value(u"server"_s);
    if (server.isEmpty())
        server = settings.value(u"login/server"_s, u"http://127.0.0.1:8747"_s).toString();
    QString login = parser.isSet(u"login"_s) ? parser.value(u"login"_s) : settings.value(u"login/login"_s).toString();

    LoginClient::Result result;
    bool offline = false;
    KeychainTokenStore keychain;
    bool remember = settings.value(u"login/remember"_s, false).toBool();
    if (!parser.isSet(u"password-stdin"_s) && remember && !login.isEmpty()) {
        // "Remember me": the session kept in the keychain goes on without a password —
        // offline too, when this computer has the data.
        result = LoginClient::resumeRemembered(keychain, QUrl(server), login);
        if (!result.ok && result.unreachable && !result.token.isEmpty() && QFile::exists(replicaPath(QUrl(server), login)))
            offline = true;
        else if (!result.ok)
            result = {};
    }
    if (result.ok || offline) {
        // resumed
    } else if (parser.isSet(u"password-stdin"_s) && !login.isEmpty()) {
        const QString password = QTextStream(stdin).readLine();
        result = LoginClient::login(QUrl(server), login, password);
        offline = !result.ok && result.unreachable && QFile::exists(replicaPath(QUrl(server), login));
        if (!result.ok && !offline) {
            std::fprintf(stderr, "huike: %s\n", qPrintable(result.error));
            return 1;
        }
    } else {
        LoginDialog dialog;
        dialog.setServer(server);
        dialog.setLogin(login);
        dialog.setRemember(remember);
        QObject::connect(&dialog, &LoginDialog::loginRequested, &dialog, [&] {
            result = LoginClient::login(QUrl(dialog.server()), dialog.login(), dialog.password());
            if (result.ok)
                dialog.accept();
            else
                dialog.showError(result.error, result.unreachable && QFile::exists(replicaPath(QUrl(dialog.server()), dialog.login())));
        });
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        server = dialog.server();
        login = dialog.login();
        offline = dialog.workOffline();
        const bool wasRemembered = remember;
        remember = dialog.remember();
        const QString account = TokenStore::account(QUrl(server), login);
        QString message;
        if (remember && result.ok && !LoginDialog::rememberSession(keychain, account, result.token, &message)) {
            remember = false;
            QMessageBox::information(nullptr, QCoreApplication::translate("Huike::Main", "Huike"), message);
        }
        if (!remember && wasRemembered)
            keychain.remove(account); // forgets the earlier session
        settings.setValue(u"login/remember"_s, remember);
    }
    settings.setValue(u"login/server"_s, server);
    settings.setValue(u"login/login"_s, login);

    try {
        const QString path = replicaPath(QUrl(server), login);
        auto replica = Replica::open(path);
        if (!result.userId.isEmpty())
            replica->setUserId(result.userId);
        CustomerListModel customers(replica->database());
        SyncController sync(path, QUrl(server), result.token);
        Services services(*replica); // built once here; the window hands each page its own
        MainWindow window(customers, sync, result.displayName.isEmpty() ? login : result.displayName, services);
        window.show();
        // For documentation and visual checks: HUIKE_SCREENSHOT=file.png saves the window
        // after the first sync and quits.
        // HUIKE_SCREENSHOT_SEARCH=text types it into the global search first;
        // HUIKE_SCREENSHOT_CARD=name also saves that customer's card (…-card.png), its
        // attachments tab (…-customer-attachments.png), 360° view
        // (…-360.png), latest quote (…-quote.png) and contract (…-contract.png); the sales
        // funnel (…-funnel.png) and the quote and contract lists (…-quotes.png,
        // …-contracts.png), the contacts (…-contacts.png) and the keyboard shortcuts
        // (…-shortcuts.png) are saved too.
        const QString shot = qEnvironmentVariable("HUIKE_SCREENSHOT");
        if (!shot.isEmpty()) {
            QObject::connect(&sync, &SyncController::synced, &window, [&window, &customers, &replica, &sync, shot] {
                QTimer::singleShot(1500, &window, [&window, &customers, &replica, &sync, shot] {
                    // The quote and contract lists first (…-quotes.png, …-contracts.png), then back
                    // to the customers for the main picture.
                    for (const auto &[page, suffix] : {std::pair<QWidget *, QString>{window.quotesPage(), u"-quotes.png"_s},
                                                       std::pair<QWidget *, QString>{window.contractsPage(), u"-contracts.png"_s}}) {
                        for (int row = 0; page && row < window.navigation()->count() && !page->isVisible(); ++row) {
                            window.navigation()->setCurrentRow(row);
                            QApplication::processEvents();
                        }
                        if (page && page->isVisible())
                            window.grab().save(QString(shot).replace(u".png"_s, suffix));
                    }
                    window.navigation()->setCurrentRow(0);
                    QApplication::processEvents();
                    const QString query = qEnvironmentVariable("HUIKE_SCREENSHOT_SEARCH");
                    if (!query.isEmpty() && window.globalSearch()) {
                        window.globalSearch()->setFocus();
                        window.globalSearch()->setText(query);
                        window.globalSearch()->searchNow();
                    }
                    window.grab().save(shot);
                    if (window.funnelPage()) { // …and the sales funnel (…-funnel.png)
                        window.showFunnel();
                        QApplication::processEvents();
                        window.grab().save(QString(shot).replace(u".png"_s, u"-funnel.png"_s));
                    }
                    if (window.contactsPage()) { // …the contacts (…-contacts.png)
                        window.showPage(window.contactsPage());
                        QApplication::processEvents();
                        window.grab().save(QString(shot).replace(u".png"_s, u"-contacts.png"_s));
                    }
                    { // …and 帮助 › 快捷键 (…-shortcuts.png)
                        ShortcutsDialog keys(&window, &window);
                        keys.show();
                        QApplication::processEvents();
                        keys.grab().save(QString(shot).replace(u".png"_s, u"-shortcuts.png"_s));
                    }
                    { // …and 帮助 › 关于汇客 (…-about.png)
                        QMessageBox about(QMessageBox::NoIcon, QCoreApplication::translate("Huike::MainWindow", "About Huike"),
                                          aboutText(sync.server()), QMessageBox::Ok, &window);
                        about.show();
                        QApplication::processEvents();
                        about.grab().save(QString(shot).replace(u".png"_s, u"-about.png"_s));
                    }
                    if (qEnvironmentVariableIsSet("HUIKE_SCREENSHOT_CARD")) {
                        // The first customer whose name contains the variable's text.
                        CustomerListModel::Filter filter;
                        filter.text = qEnvironmentVariable("HUIKE_SCREENSHOT_CARD");
                        customers.setFilter(filter);
                        if (CustomerCard *card = window.openCustomer(customers.idAt(0))) {
                            QApplication::processEvents();
                            card->grab().save(QString(shot).replace(u".png"_s, u"-card.png"_s));
                            card->showAttachment(QString()); // the customer's attachments (…-customer-attachments.png)
                            QApplication::processEvents();
                            card->grab().save(QString(shot).replace(u".png"_s, u"-customer-attachments.png"_s));
                            card->show360();
                            QApplication::processEvents();
                            card->grab().save(QString(shot).replace(u".png"_s, u"-360.png"_s));
                            // …and the customer's latest quote in the quote editor (…-quote.png).
                            const QString quoteId = replica->database().scalar(
                                u"SELECT id FROM quotes WHERE customer_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1"_s,
                                {customers.idAt(0)}).toString();
                            if (QuoteEditor *editor = quoteId.isEmpty() ? nullptr : card->openQuote(quoteId)) {
                                QApplication::processEvents();
                                editor->grab().save(QString(shot).replace(u".png"_s, u"-quote.png"_s));
                            }
                            const QString contractId = replica->database().scalar(
                                u"SELECT id FROM contracts WHERE customer_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1"_s,
                                {customers.idAt(0)}).toString();
                            if (ContractEditor *editor = contractId.isEmpty() ? nullptr : card->openContract(contractId)) {
                                QApplication::processEvents();
                                editor->grab().save(QString(shot).replace(u".png"_s, u"-contract.png"_s));
                                editor->showAttachment(QString()); // …and its attachments tab (…-attachments.png)
                                QApplication::processEvents();
                                editor->grab().save(QString(shot).replace(u".png"_s, u"-attachments.png"_s));
                            }
                        }
                    }
                    QApplication::quit();
                });
            }, Qt::SingleShotConnection); // once: a later round's pictures would interleave with these
            QTimer::singleShot(60000, &app, &QApplication::quit);
        }
        // For the cold-start benchmark: when the list is usable, say so on stdout.
        if (qEnvironmentVariableIsSet("HUIKE_STARTUP_PROBE")) {
            QTimer::singleShot(0, &window, [&customers] {
                std::printf("HUIKE_READY rows=%d\n", customers.rowCount());
                std::fflush(stdout);
            });
        }
        sync.indexNow(); // the global search is built in the background, also offline
        if (!offline)
            sync.start();
        return app.exec();
    } catch (const SchemaError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Huike"), e.message());
        return 1;
    }
}
