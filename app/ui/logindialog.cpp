#include "ui/logindialog.h"

#include "syncclient/tokenstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Huike {

LoginDialog::LoginDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Log in to Huike"));
    m_server = new QLineEdit(this);
    m_server->setPlaceholderText(QStringLiteral("http://127.0.0.1:8747"));
    m_login = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c8102e"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server"), m_server);
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);
    m_remember = new QCheckBox(tr("&Remember me on this computer"), this);
    m_remember->setToolTip(tr("Keeps your session in the system keychain, so the next start needs no password."));
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_offlineButton = buttons->addButton(tr("Work offline"), QDialogButtonBox::ActionRole);
    m_offlineButton->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit loginRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_offlineButton, &QPushButton::clicked, this, [this] {
        m_offline = true;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString LoginDialog::server() const
{
    return m_server->text().trimmed().isEmpty() ? m_server->placeholderText() : m_server->text().trimmed();
}

QString LoginDialog::login() const
{
    return m_login->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

void LoginDialog::showError(const QString &message, bool offerOffline)
{
    m_error->setText(message);
    m_error->show();
    m_offlineButton->setVisible(offerOffline);
}

bool LoginDialog::rememberSession(TokenStore &store, const QString &account, const QString &token, QString *message)
{
    QString error;
    if (store.write(account, token, &error))
        return true;
    // QtKeychain's words ("Unknown error", a D-Bus message) are for the log, not the user.
    qWarning("huike: remember me: the session could not be kept in the system keychain: %s",
             qPrintable(error.isEmpty() ? u"(no reason given)"_s : error));
    if (message)
        *message = tr("Your password could not be stored on this computer (no system keychain is available). "
                      "Huike will ask for it again at the next start.");
    return false;
}

} // namespace Huike
