// Logging in and "remember me" against a real server: a kept token resumes the session,
// a revoked one is forgotten and asks for the password, an unreachable server lets work
// go on offline with the kept token. The keychain itself is the OS's; here a memory store
// stands in for it.
#include "apifixture.h"
#include "syncclient/loginclient.h"
#include "syncclient/tokenstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_LoginClient : public QObject
{
    Q_OBJECT

private slots:
    void loginAndResume();
    void revokedTokenIsForgotten();
    void unreachableServerKeepsTheToken();
    void keychainStoreAnswers();
};

void tst_LoginClient::loginAndResume()
{
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    const QString id = f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    QVERIFY(!LoginClient::login(f->url(), u"wangfang"_s, u"wrong"_s).ok);
    const LoginClient::Result r = LoginClient::login(f->url(), u"wangfang"_s, u"password-wangfang"_s);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.userId, id);

    MemoryTokenStore store;
    const QString account = TokenStore::account(f->url(), u"wangfang"_s);
    QVERIFY(store.write(account, r.token));
    const LoginClient::Result again = LoginClient::resumeRemembered(store, f->url(), u"wangfang"_s);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.userId, id);
    QCOMPARE(again.token, r.token);
    QVERIFY(!again.displayName.isEmpty());
    // Another login on the same server has nothing kept.
    QVERIFY(!LoginClient::resumeRemembered(store, f->url(), u"lina"_s).ok);
}

void tst_LoginClient::revokedTokenIsForgotten()
{
    QString error;
    auto f = Test::ApiFixture::start(u"sqlite"_s, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    const QString token = LoginClient::login(f->url(), u"wangfang"_s, u"password-wangfang"_s).token;
    MemoryTokenStore store;
    const QString account = TokenStore::account(f->url(), u"wangfang"_s);
    store.write(account, token);
    QCOMPARE(f->call("POST", u"/api/v1/auth/logout"_s, {}, token).status, 204);
    const LoginClient::Result r = LoginClient::resumeRemembered(store, f->url(), u"wangfang"_s);
    QVERIFY(!r.ok);
    QVERIFY(!r.unreachable);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(store.read(account).isEmpty()); // of no use any more
}

void tst_LoginClient::unreachableServerKeepsTheToken()
{
    MemoryTokenStore store;
    const QUrl server(u"http://127.0.0.1:1"_s);
    const QString account = TokenStore::account(server, u"wangfang"_s);
    store.write(account, u"kept-token"_s);
    const LoginClient::Result r = LoginClient::resumeRemembered(store, server, u"wangfang"_s);
    QVERIFY(!r.ok);
    QVERIFY(r.unreachable);
    QCOMPARE(r.token, u"kept-token"_s); // offline work goes on; sync uses it later
    QCOMPARE(store.read(account), u"kept-token"_s);
    QCOMPARE(TokenStore::account(QUrl(u"http://127.0.0.1:8747/"_s), u"a"_s), u"http://127.0.0.1:8747|a"_s);
}

void tst_LoginClient::keychainStoreAnswers()
{
    // The OS keychain may be missing here (no Secret Service on a build machine): then
    // every call says so instead of hanging or pretending.
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: the keychain is not reachable on this machine (memory store tested above).");
    KeychainTokenStore store;
    const QString account = u"huike-test|"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
    QString error;
    if (!store.write(account, u"t"_s, &error)) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(store.read(account), u"t"_s);
    QVERIFY(store.remove(account));
    QVERIFY(store.read(account).isEmpty());
}

QTEST_GUILESS_MAIN(tst_LoginClient)
#include "tst_loginclient.moc"
