#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Huike {

class TokenStore;

// 登录: server address, login, password. Offers to start offline when the server cannot
// be reached and this computer already has the user's data.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QWidget *parent = nullptr);

    QString server() const;
    QString login() const;
    QString password() const;
    bool workOffline() const { return m_offline; }
    // "Remember me on this computer": the token goes to the OS keychain.
    bool remember() const;
    void setRemember(bool remember);

    void setServer(const QString &server);
    void setLogin(const QString &login);
    void showError(const QString &message, bool offerOffline);

    // "Remember me" after a login: keeps the session in `store` (the system keychain).
    // When it cannot — no keychain on this computer — the technical reason goes to the
    // log and *message says, for the user, that the password is asked next time.
    static bool rememberSession(TokenStore &store, const QString &account, const QString &token, QString *message);

signals:
    void loginRequested();

private:
    QLineEdit *m_server = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_offlineButton = nullptr;
    QCheckBox *m_remember = nullptr;
    bool m_offline = false;
};

} // namespace Huike
