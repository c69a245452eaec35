// A record's history from a real server (either store): one page at a time (Load more follows the
// server's nextCursor), every entry kept in the replica's history_cache so that what was
// fetched once reads offline; a customer's history holds its contacts' changes; a record
// out of reach is refused in words; the windows find the main window's client.
#include "apifixture.h"
#include "models/historyservice.h"
#include "pgcluster.h"
#include "replica/replica.h"
#include "schema/database.h"
#include "syncclient/historyclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;

class tst_HistoryClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();
    void fetchedOnceReadsOffline();
    void pages();
    void recordOfACustomer();
    void outOfReach();
    void nearest();

private:
    int cached(const QString &where = u"1 = 1"_s)
    {
        return m_replica->database().scalar(u"SELECT count(*) FROM history_cache WHERE "_s + where).toInt();
    }
    // Fetches and waits; the spy's arguments of `fetched`, or empty after `failed`.
    QVariantList fetch(HistoryClient &client, const QString &table, const QString &id, const QString &cursor = {},
                       QVariantList *failure = nullptr)
    {
        QSignalSpy fetched(&client, &HistoryClient::fetched);
        QSignalSpy failed(&client, &HistoryClient::failed);
        client.fetch(table, id, cursor);
        if (!QTest::qWaitFor([&] { return fetched.count() + failed.count() > 0; }, 10000))
            return {};
        if (failure && failed.count())
            *failure = failed.takeFirst();
        return fetched.count() ? fetched.takeFirst() : QVariantList();
    }

    std::unique_ptr<Test::ApiFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    QString m_customer, m_contact;
};

void tst_HistoryClient::initTestCase_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgres") << u"postgres"_s;
}

void tst_HistoryClient::init()
{
    QFETCH_GLOBAL(QString, dialect);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    m_server = Test::ApiFixture::start(dialect, &error);
    QVERIFY2(m_server, qPrintable(error));
    m_server->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    m_server->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
    m_dir = std::make_unique<QTemporaryDir>();
    m_replica = Replica::open(m_dir->path() + u"/w.replica"_s);
    m_customer = m_server->create(u"wangfang"_s, u"customers"_s, {{u"name"_s, u"上海恒信精密机械有限公司"_s}, {u"phone"_s, u"010-65521111"_s}});
    QVERIFY(!m_customer.isEmpty());
    QCOMPARE(m_server->patch(u"wangfang"_s, u"customers"_s, m_customer, {{u"phone"_s, u"010-65522222"_s}}).status, 200);
    m_contact = m_server->create(u"wangfang"_s, u"contacts"_s, {{u"customerId"_s, m_customer}, {u"name"_s, u"李明"_s}});
    QVERIFY(!m_contact.isEmpty());
    QCOMPARE(m_server->patch(u"wangfang"_s, u"contacts"_s, m_contact, {{u"mobile"_s, u"13800138000"_s}}).status, 200);
}

void tst_HistoryClient::cleanup()
{
    m_replica.reset();
    m_dir.reset();
    m_server.reset();
}

void tst_HistoryClient::fetchedOnceReadsOffline()
{
    HistoryClient client(*m_replica);
    client.setServer(m_server->url(), m_server->login(u"wangfang"_s));
    const QVariantList page = fetch(client, u"customers"_s, m_customer);
    QVERIFY(!page.isEmpty());
    QCOMPARE(page.at(2).toInt(), 4);       // the customer's create and change, the contact's
    QVERIFY(page.at(3).toString().isEmpty()); // nothing older
    QCOMPARE(cached(), 4);
    QCOMPARE(cached(u"customer_id = '%1'"_s.arg(m_customer)), 4);

    // Offline now: the server cannot be reached, the history still reads.
    client.setServer(QUrl(u"http://127.0.0.1:1"_s), u"t"_s);
    QVariantList failure;
    QVERIFY(fetch(client, u"customers"_s, m_customer, {}, &failure).isEmpty());
    QCOMPARE(failure.size(), 4);
    QVERIFY(failure.at(3).toBool()); // offline
    HistoryService service(*m_replica);
    const HistoryService::History h = service.history(u"customers"_s, m_customer);
    QVERIFY(!h.fetchedAt.isEmpty());
    QStringList lines;
    for (const HistoryService::Entry &e : h.entries)
        lines << e.who + u": "_s + e.title() + u" | "_s + e.details().replace(u'\n', u"; "_s);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"%1: Changed contact | Mobile: 13800138000"_s.arg(h.entries.at(0).who));
    QVERIFY2(lines.at(2).contains(u"Changed customer | Phone: 010-65521111 → 010-65522222"_s), qPrintable(lines.join(u'\n')));
    // Ids as names: the owner and department are not in this empty replica (users and
    // departments come with the first sync); the duplicate check's keys are not shown.
    QCOMPARE(lines.at(3), h.entries.at(3).who + u": Created customer | Owner: (not on this computer); Customer name: "
                                                u"上海恒信精密机械有限公司; Phone: 010-65521111; Department: (not on this computer)"_s);
    QVERIFY(!h.entries.at(0).who.isEmpty());
    QVERIFY(h.entries.at(0).seq > h.entries.at(1).seq); // newest first

    // Known to be offline (the sync says so): said at once, without trying.
    client.setServer(m_server->url(), m_server->login(u"wangfang"_s));
    client.setOnline(false);
    QVERIFY(fetch(client, u"customers"_s, m_customer, {}, &failure).isEmpty());
    QVERIFY(failure.at(3).toBool());
    client.setOnline(true);
    QCOMPARE(fetch(client, u"customers"_s, m_customer).value(2).toInt(), 4);

    // Without a server at all: said at once.
    HistoryClient none(*m_replica);
    QVERIFY(fetch(none, u"customers"_s, m_customer, {}, &failure).isEmpty());
    QVERIFY(failure.at(3).toBool());
}

void tst_HistoryClient::pages()
{
    for (int i = 0; i < HistoryClient::PageSize + 5; ++i)
        QCOMPARE(m_server->patch(u"wangfang"_s, u"customers"_s, m_customer, {{u"postcode"_s, QString::number(200000 + i)}}).status, 200);
    HistoryClient client(*m_replica);
    client.setServer(m_server->url(), m_server->login(u"wangfang"_s));
    const QVariantList first = fetch(client, u"customers"_s, m_customer);
    QCOMPARE(first.at(2).toInt(), HistoryClient::PageSize);
    const QString cursor = first.at(3).toString();
    QVERIFY(!cursor.isEmpty());
    QCOMPARE(cached(), HistoryClient::PageSize);
    // The newest page holds the latest changes.
    HistoryService service(*m_replica);
    QCOMPARE(service.history(u"customers"_s, m_customer).entries.first().details(),
             u"Postcode: %1 → %2"_s.arg(200000 + HistoryClient::PageSize + 3).arg(200000 + HistoryClient::PageSize + 4));
    const QVariantList second = fetch(client, u"customers"_s, m_customer, cursor);
    QCOMPARE(second.at(2).toInt(), 4 + 5);
    QVERIFY(second.at(3).toString().isEmpty());
    QCOMPARE(cached(), HistoryClient::PageSize + 9);
    // Fetching the newest page again adds nothing twice.
    fetch(client, u"customers"_s, m_customer);
    QCOMPARE(cached(), HistoryClient::PageSize + 9);

    // The server's paging refuses what it cannot read.
    const QString path = u"/api/v1/customers/%1/history"_s.arg(m_customer);
    QCOMPARE(m_server->as(u"wangfang"_s, "GET", path + u"?limit=0"_s).status, 422);
    QCOMPARE(m_server->as(u"wangfang"_s, "GET", path + u"?limit=201"_s).status, 422);
    QCOMPARE(m_server->as(u"wangfang"_s, "GET", path + u"?cursor=abc"_s).status, 422);
    const Test::Reply all = m_server->as(u"wangfang"_s, "GET", path);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(u"items"_s).toArray().size(), HistoryClient::PageSize + 9); // under the default 200
    QVERIFY(all.json.value(u"nextCursor"_s).isNull());
}

void tst_HistoryClient::recordOfACustomer()
{
    HistoryClient client(*m_replica);
    client.setServer(m_server->url(), m_server->login(u"wangfang"_s));
    // The contact alone first (not in this replica: its customer is not known yet) …
    QCOMPARE(fetch(client, u"contacts"_s, m_contact).at(2).toInt(), 2);
    QCOMPARE(cached(u"customer_id IS NULL"_s), 2);
    HistoryService service(*m_replica);
    QCOMPARE(service.history(u"contacts"_s, m_contact).entries.size(), 2);
    // … then the customer's: the contact's entries are placed with their customer.
    fetch(client, u"customers"_s, m_customer);
    QCOMPARE(cached(), 4);
    QCOMPARE(cached(u"customer_id IS NULL"_s), 0);
    QCOMPARE(service.history(u"customers"_s, m_customer, {u"contacts"_s}).entries.size(), 2);
    // … and a later fetch of the contact alone keeps them there.
    fetch(client, u"contacts"_s, m_contact);
    QCOMPARE(cached(u"customer_id IS NULL"_s), 0);
}

void tst_HistoryClient::outOfReach()
{
    HistoryClient client(*m_replica);
    client.setServer(m_server->url(), m_server->login(u"lina"_s)); // another region's rep
    QVariantList failure;
    QVERIFY(fetch(client, u"customers"_s, m_customer, {}, &failure).isEmpty());
    QCOMPARE(failure.size(), 4);
    QVERIFY(!failure.at(3).toBool());
    QVERIFY(failure.at(2).toString().contains(u"reach"_s));
    QCOMPARE(cached(), 0);
    // A table without a resource is refused without asking.
    QVERIFY(fetch(client, u"no_such_table"_s, m_customer, {}, &failure).isEmpty());
    QVERIFY(!failure.at(3).toBool());
}

void tst_HistoryClient::nearest()
{
    QObject window;
    auto *client = new HistoryClient(*m_replica, &window);
    QObject dialog(&window);
    QObject tab(&dialog);
    QCOMPARE(HistoryClient::nearest(&tab), client);
    QObject alone;
    QCOMPARE(HistoryClient::nearest(&alone), nullptr);
}

QTEST_GUILESS_MAIN(tst_HistoryClient)
#include "tst_historyclient.moc"
