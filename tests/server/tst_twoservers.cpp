// Two huike-server instances over one PostgreSQL database (the server keeps no state
// outside its store): a user, a token, data and scopes are the same on both.
#include "apifixture.h"
#include "pgcluster.h"
#include "schema/database.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;

class tst_TwoServers : public QObject
{
    Q_OBJECT

private slots:
    void sameDataAndScopes();
};

void tst_TwoServers::sameDataAndScopes()
{
    Test::PgCluster &cluster = Test::PgCluster::shared();
    HUIKE_REQUIRE_PG_CLUSTER(cluster);
    QString error;
    auto one = ApiFixture::start(u"postgres"_s, &error);
    QVERIFY2(one, qPrintable(error));
    auto two = ApiFixture::startOn({}, one->store().databaseUrl(), &error);
    QVERIFY2(two, qPrintable(error));
    QVERIFY(one->port() != two->port());

    one->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    two->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
    // A token from one server works on the other.
    const QString wang = one->login(u"wangfang"_s);
    const QString lina = two->login(u"lina"_s);
    QCOMPARE(two->call("GET", u"/api/v1/auth/me"_s, {}, wang).status, 200);

    // Writes through both servers, interleaved: one sequence of versions, no duplicates.
    QSet<qint64> versions;
    QStringList ids;
    for (int i = 0; i < 10; ++i) {
        ApiFixture &via = i % 2 ? *two : *one;
        const auto r = via.call("POST", u"/api/v1/customers"_s, {{u"name"_s, u"双机客户%1有限公司"_s.arg(i)}}, wang);
        QCOMPARE(r.status, 201);
        versions.insert(r.json.value(u"version"_s).toInteger());
        ids << r.json.value(u"id"_s).toString();
    }
    QCOMPARE(versions.size(), 10);
    for (ApiFixture *f : {one.get(), two.get()}) {
        const auto list = f->call("GET", u"/api/v1/customers?limit=500"_s, {}, wang);
        QCOMPARE(list.json.value(u"items"_s).toArray().size(), 10);
        // Scopes are the same on both: lina sees none of them, on either server.
        QCOMPARE(f->call("GET", u"/api/v1/customers?limit=500"_s, {}, lina).json.value(u"items"_s).toArray().size(), 0);
        QCOMPARE(f->call("GET", u"/api/v1/customers/"_s + ids.first(), {}, lina).status, 404);
    }
    // Logout on one server signs out on the other.
    QCOMPARE(one->call("POST", u"/api/v1/auth/logout"_s, {}, wang).status, 204);
    QCOMPARE(two->call("GET", u"/api/v1/auth/me"_s, {}, wang).status, 401);
}

QTEST_GUILESS_MAIN(tst_TwoServers)
#include "tst_twoservers.moc"
