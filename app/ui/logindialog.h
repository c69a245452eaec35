#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Huike {

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
