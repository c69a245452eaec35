#include "apifixture.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;

class tst_AuthHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void loginAndMe();
    void wrongPasswordAndUnknownUser();
    void malformedLogin_data();
    void malformedLogin();
    void throttling();
    void logoutRevokes();
    void passwordChangeAndDisableRevoke();
    void expiredTokenIsRefused();
    void tokenIsStoredOnlyAsHash();

private:
    std::unique_ptr<ApiFixture> f;
};

void tst_AuthHandler::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_AuthHandler::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    AuthService::Options options;
    options.maxFailuresPerLogin = 3;
    options.maxFailuresPerAddress = 10;
    f = ApiFixture::start(dialect, &error, options);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
}

void tst_AuthHandler::cleanup()
{
    f.reset();
}

void tst_AuthHandler::loginAndMe()
{
    const auto r = f->call("POST", u"/api/v1/auth/login"_s,
                           {{u"login"_s, u"WangFang"_s}, {u"password"_s, u"password-wangfang"_s}});
    QCOMPARE(r.status, 200);
    const QString token = r.json.value(u"token"_s).toString();
    QCOMPARE(QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32); // 256 bits
    QCOMPARE(r.json.value(u"user"_s).toObject().value(u"role"_s).toString(), u"sales"_s);
    QVERIFY(r.json.value(u"expiresAt"_s).toString() > u"2026"_s);
    const auto me = f->call("GET", u"/api/v1/auth/me"_s, {}, token);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"login"_s).toString(), u"wangfang"_s);
    QCOMPARE(me.json.value(u"departments"_s).toArray().first().toString(), u"销售部/华东区"_s);
    QCOMPARE(f->call("GET", u"/api/v1/auth/me"_s).status, 401);
    QCOMPARE(f->call("GET", u"/api/v1/auth/me"_s, {}, u"not-a-token"_s).status, 401);
    QCOMPARE(f->call("GET", u"/api/v1/customers"_s).errorCode(), u"unauthorized"_s);
}

void tst_AuthHandler::wrongPasswordAndUnknownUser()
{
    const auto wrong = f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, u"wangfang"_s}, {u"password"_s, u"nope-nope"_s}});
    QCOMPARE(wrong.status, 401);
    const auto unknown = f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, u"nobody"_s}, {u"password"_s, u"nope-nope"_s}});
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.json.value(u"error"_s).toObject().value(u"message"_s),
             wrong.json.value(u"error"_s).toObject().value(u"message"_s)); // no hint which was wrong
}

void tst_AuthHandler::malformedLogin_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("login=wangfang");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("missing password") << QByteArray(R"({"login":"wangfang"})");
    QTest::newRow("number password") << QByteArray(R"({"login":"wangfang","password":12345678})");
}

void tst_AuthHandler::malformedLogin()
{
    QFETCH(QByteArray, body);
    const auto r = f->callRaw("POST", u"/api/v1/auth/login"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"malformed_json"_s);
}

void tst_AuthHandler::throttling()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, u"wangfang"_s}, {u"password"_s, u"guess-%1"_s.arg(i)}}).status, 401);
    // Now even the right password is refused until the window passes.
    const auto r = f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, u"wangfang"_s}, {u"password"_s, u"password-wangfang"_s}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), u"too_many_attempts"_s);
    const int retry = r.header("Retry-After").toInt();
    QVERIFY2(retry > 0 && retry <= 15 * 60, r.header("Retry-After").constData());
    // Other logins are not affected by this login's failures.
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华东区"_s});
    QVERIFY(!f->login(u"lina"_s).isEmpty());
    // When the window has passed (simulated by ageing the failures), the login works again.
    f->store().database().exec(u"UPDATE login_failures SET failed_at = '2000-01-01T00:00:00.000Z'"_s);
    QVERIFY(!f->login(u"wangfang"_s).isEmpty());
}

void tst_AuthHandler::logoutRevokes()
{
    const QString token = f->login(u"wangfang"_s);
    QCOMPARE(f->call("POST", u"/api/v1/auth/logout"_s, {}, token).status, 204);
    QCOMPARE(f->call("GET", u"/api/v1/auth/me"_s, {}, token).status, 401);
}

void tst_AuthHandler::passwordChangeAndDisableRevoke()
{
    const QString token = f->login(u"wangfang"_s);
    f->users().setPassword(u"wangfang"_s, u"a-new-password"_s);
    QCOMPARE(f->call("GET", u"/api/v1/auth/me"_s, {}, token).status, 401);
    QCOMPARE(f->call("POST", u"/api/v1/auth/login"_s, {{u"login"_s, u"wangfang"_s}, {u"password"_s, u"a-new-password"_s}}).status, 200);

    f->addUser(u"lina"_s, u"sales"_s, {});
    const QString lina = f->login(u"lina"_s);
    f->users().setDisabled(u"lina"_s, true);
    QCOMPARE(f->call("GET", u"/api/v1/auth/me"_s, {}, lina).status, 401);
    QCOMPARE(f->login(u"lina"_s), QString());
    f->users().setDisabled(u"lina"_s, false);
    QVERIFY(!f->login(u"lina"_s).isEmpty());
}

void tst_AuthHandler::expiredTokenIsRefused()
{
    const QString token = f->login(u"wangfang"_s);
    f->store().database().exec(u"UPDATE tokens SET expires_at = '2020-01-01T00:00:00.000Z'"_s);
    QCOMPARE(f->call("GET", u"/api/v1/auth/me"_s, {}, token).status, 401);
}

void tst_AuthHandler::tokenIsStoredOnlyAsHash()
{
    const QString token = f->login(u"wangfang"_s);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM tokens WHERE token_hash = ?"_s, {token}).toInt(), 0);
    QCOMPARE(f->store().database().scalar(u"SELECT count(*) FROM tokens WHERE token_hash = ?"_s, {AuthService::hashToken(token)}).toInt(), 1);
    QVERIFY(f->store().database().scalar(u"SELECT password_hash FROM credentials"_s).toString().startsWith(u"$argon2id$"_s));
}

QTEST_GUILESS_MAIN(tst_AuthHandler)
#include "tst_authhandler.moc"
