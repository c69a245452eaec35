// 记住我 on a computer without a keychain (as here: no secret service, offscreen): the user
// reads, in the interface's language, that the password could not be stored and will be
// asked next time — not QtKeychain's "Unknown error"; the technical reason goes to the log.
#include "syncclient/tokenstore.h"
#include "ui/logindialog.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

namespace {

// A keychain that refuses as QtKeychain does without a secret service.
class RefusingStore : public MemoryTokenStore
{
public:
    bool write(const QString &, const QString &, QString *error) override
    {
        if (error)
            *error = u"Unknown error"_s;
        return false;
    }
};

} // namespace

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void rememberWithoutKeychain();
    void rememberWithTheRealKeychainHere();
    void rememberWhenItWorks();
};

void tst_LoginDialog::rememberWithoutKeychain()
{
    RefusingStore store;
    QString message;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"remember me.*keychain.*Unknown error"_s));
    QVERIFY(!LoginDialog::rememberSession(store, u"http://127.0.0.1:8747|wangfang"_s, u"token"_s, &message));
    QVERIFY2(!message.contains(u"Unknown error"_s), qPrintable(message));
    QVERIFY2(message.contains(u"password"_s) && message.contains(u"next start"_s), qPrintable(message));
}

void tst_LoginDialog::rememberWithTheRealKeychainHere()
{
    // The test machine has no keychain: whatever QtKeychain says, the user's message is ours.
    KeychainTokenStore keychain;
    QString message;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"remember me"_s));
    if (LoginDialog::rememberSession(keychain, u"http://127.0.0.1:1|tst_logindialog"_s, u"token"_s, &message)) {
        keychain.remove(u"http://127.0.0.1:1|tst_logindialog"_s);
        QSKIP("this computer has a working keychain");
    }
    QVERIFY2(message.contains(u"next start"_s), qPrintable(message));
}

void tst_LoginDialog::rememberWhenItWorks()
{
    MemoryTokenStore store;
    QString message;
    QVERIFY(LoginDialog::rememberSession(store, u"a|b"_s, u"token"_s, &message));
    QVERIFY(message.isEmpty());
    QCOMPARE(store.read(u"a|b"_s), u"token"_s);
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
