#include "loginflow.h"
#include "replicapath.h"

#include "syncclient/tokenstore.h"
#include "ui/logindialog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Huike::LoginFlow {

std::optional<Session> run(const QCommandLineParser &parser, int *exitCode)
{
    QSettings settings;
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
            *exitCode = 1;
            return std::nullopt;
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
        if (dialog.exec() != QDialog::Accepted) {
            *exitCode = 0;
            return std::nullopt;
        }
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
    return Session{server, login, result, offline};
}

} // namespace Huike::LoginFlow
