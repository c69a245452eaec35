#include "api/router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_Router : public QObject
{
    Q_OBJECT

private slots:
    void match_data();
    void match();
};

void tst_Router::match_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("kind"); // 0 found, 1 not found, 2 method not allowed
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("allowed");

    QTest::newRow("list") << QByteArray("GET") << u"/api/v1/customers"_s << 0 << u"/api/v1/customers"_s
                          << QString() << QByteArray();
    QTest::newRow("trailing slash") << QByteArray("GET") << u"/api/v1/customers/"_s << 0
                                    << u"/api/v1/customers"_s << QString() << QByteArray();
    QTest::newRow("create") << QByteArray("POST") << u"/api/v1/customers"_s << 0 << u"/api/v1/customers"_s
                            << QString() << QByteArray();
    QTest::newRow("one") << QByteArray("GET") << u"/api/v1/customers/abc"_s << 0 << u"/api/v1/customers/{id}"_s
                         << u"abc"_s << QByteArray();
    QTest::newRow("head is get") << QByteArray("HEAD") << u"/api/v1/customers/abc"_s << 0
                                 << u"/api/v1/customers/{id}"_s << u"abc"_s << QByteArray();
    QTest::newRow("history") << QByteArray("GET") << u"/api/v1/customers/x/history"_s << 0
                             << u"/api/v1/customers/{id}/history"_s << u"x"_s << QByteArray();
    QTest::newRow("unknown") << QByteArray("GET") << u"/api/v1/nothing"_s << 1 << QString()
                             << QString() << QByteArray();
    QTest::newRow("too deep") << QByteArray("GET") << u"/api/v1/customers/x/y/z"_s << 1
                              << QString() << QString() << QByteArray();
    QTest::newRow("wrong method on list") << QByteArray("DELETE") << u"/api/v1/customers"_s << 2
                                          << QString() << QString() << QByteArray("GET, POST");
    QTest::newRow("wrong method on one") << QByteArray("POST") << u"/api/v1/customers/1"_s << 2
                                         << QString() << QString()
                                         << QByteArray("GET, PATCH, DELETE");
    QTest::newRow("case matters") << QByteArray("GET") << u"/API/v1/customers"_s << 1
                                  << QString() << QString() << QByteArray();
}

void tst_Router::match()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, kind);
    QFETCH(QString, route);
    QFETCH(QString, id);
    QFETCH(QByteArray, allowed);

    Router router;
    const auto handler = [](const QHttpServerRequest &, const Router::Params &) {
        return ApiResponse::noContent();
    };
    router.add("GET", u"/api/v1/customers"_s, handler);
    router.add("POST", u"/api/v1/customers"_s, handler);
    router.add("GET", u"/api/v1/customers/{id}"_s, handler);
    router.add("PATCH", u"/api/v1/customers/{id}"_s, handler);
    router.add("DELETE", u"/api/v1/customers/{id}"_s, handler);
    router.add("GET", u"/api/v1/customers/{id}/history"_s, handler);

    const Router::Match m = router.match(method, path);
    QCOMPARE(int(m.kind), kind);
    if (kind == 0) {
        QVERIFY(m.handler);
        QCOMPARE(m.pattern, route);
        QCOMPARE(m.params.value(u"id"_s), id);
    }
    if (kind == 2)
        QCOMPARE(m.allowed.join(", "), allowed);
}

QTEST_APPLESS_MAIN(tst_Router)
#include "tst_router.moc"
