// A seeded, reproducible randomized test of sync (DESIGN.md §3 invariants 1, 4, 6, 7):
// several clients of several users create, edit and delete offline, the director
// reassigns customers, reps claim from the pool, clients restart at random and sync in
// random order; after quiescence every replica equals the server's view for its user,
// checksums match, and every record a client created is on the server or came back as a
// rejection. HUIKE_SYNC_SEEDS (default 100) seeds per store; tests/sync/run-seeds runs more.
#include "pgcluster.h"
#include "schema/database.h"
#include "schema/domainschema.h"
#include "sync/rowcodec.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Huike;
using Huike::Test::ApiFixture;
using Huike::Test::SyncClient;

class tst_SyncConvergence : public QObject
{
    Q_OBJECT

private slots:
    void converges_data();
    void converges();
};

void tst_SyncConvergence::converges_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<quint32>("seed");
    bool ok = false;
    const int seeds = qEnvironmentVariableIntValue("HUIKE_SYNC_SEEDS", &ok);
    const int first = qEnvironmentVariableIntValue("HUIKE_SYNC_FIRST_SEED");
    for (const QString &dialect : {u"sqlite"_s, u"postgres"_s})
        for (int s = first; s < first + (ok && seeds > 0 ? seeds : 100); ++s)
            QTest::addRow("%s-%d", qPrintable(dialect), s) << dialect << quint32(s);
}

void tst_SyncConvergence::converges()
{
    QFETCH(QString, dialect);
    QFETCH(quint32, seed);
    if (dialect == u"postgres")
        HUIKE_REQUIRE_PG_CLUSTER(Test::PgCluster::shared());
    QString error;
    auto f = ApiFixture::start(dialect, &error);
    QVERIFY2(f, qPrintable(error));
    f->addUser(u"zhaomin"_s, u"director"_s, {u"销售部"_s});
    f->addUser(u"chenjing"_s, u"manager"_s, {u"销售部/华东区"_s});
    f->addUser(u"wangfang"_s, u"sales"_s, {u"销售部/华东区"_s});
    f->addUser(u"lina"_s, u"sales"_s, {u"销售部/华北区"_s});
    const QString director = f->login(u"zhaomin"_s);
    const QStringList reps{f->users().findByLogin(u"wangfang"_s)->id, f->users().findByLogin(u"lina"_s)->id};

    QRandomGenerator rng(seed);
    auto pick = [&](const QStringList &l) { return l.isEmpty() ? QString() : l[rng.bounded(int(l.size()))]; };
    for (int i = 0; i < 6; ++i) {
        const QString owner = i % 3 == 2 ? QString() : reps[i % 2];
        const auto r = f->call("POST", u"/api/v1/customers"_s,
                               owner.isEmpty() ? QJsonObject{{u"name"_s, u"初始客户%1有限公司"_s.arg(i)}}
                                               : QJsonObject{{u"name"_s, u"初始客户%1有限公司"_s.arg(i)}, {u"ownerId"_s, owner}},
                               director);
        QCOMPARE(r.status, 201);
    }

    QTemporaryDir dir;
    std::vector<std::unique_ptr<SyncClient>> clients;
    clients.push_back(Test::makeClient(*f, dir, u"wangfang"_s, u"wang-laptop"_s));
    clients.push_back(Test::makeClient(*f, dir, u"wangfang"_s, u"wang-desktop"_s));
    clients.push_back(Test::makeClient(*f, dir, u"lina"_s, u"lina"_s));
    clients.push_back(Test::makeClient(*f, dir, u"chenjing"_s, u"chenjing"_s));
    clients.push_back(Test::makeClient(*f, dir, u"zhaomin"_s, u"zhaomin"_s));
    QHash<QString, QString> createdBy; // record id → client name (replica path)

    auto liveIds = [](SyncClient &c, const QString &table) {
        QStringList ids;
        QSqlQuery q = c.replica->database().exec(u"SELECT id FROM %1 WHERE deleted = 0 ORDER BY id"_s.arg(table));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };

    const QStringList levels{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
    const QStringList titles{u"总经理"_s, u"采购经理"_s, u"工程师"_s, u"财务"_s};
    for (int step = 0; step < 40; ++step) {
        SyncClient &c = *clients[rng.bounded(int(clients.size()))];
        const int action = rng.bounded(100);
        if (action < 30) {
            const auto r = c.sync(); // may meet conflicts and rejections, never an error
            QVERIFY2(r.ok, qPrintable(r.error));
        } else if (action < 40) {
            if (c.login == u"wangfang" || c.login == u"lina") {
                const Row row = c.replica->create(u"customers"_s, Row{{u"name"_s, u"离线客户%1有限公司"_s.arg(step)},
                                                                      {u"owner_id"_s, c.replica->userId()}});
                createdBy.insert(row.value(u"id"_s).toString(), c.path);
            }
        } else if (action < 55) {
            const QString customer = pick(liveIds(c, u"customers"_s));
            if (!customer.isEmpty()) {
                const Row row = c.replica->create(u"contacts"_s, Row{{u"customer_id"_s, customer}, {u"name"_s, u"联系人%1"_s.arg(step)}});
                createdBy.insert(row.value(u"id"_s).toString(), c.path);
            }
        } else if (action < 75) {
            const QString customer = pick(liveIds(c, u"customers"_s));
            if (!customer.isEmpty())
                c.replica->update(u"customers"_s, customer, rng.bounded(2) ? Row{{u"level"_s, pick(levels)}}
                                                                         : Row{{u"background"_s, u"备注%1"_s.arg(rng.bounded(5))}});
        } else if (action < 85) {
            const QString contact = pick(liveIds(c, u"contacts"_s));
            if (!contact.isEmpty()) {
                if (rng.bounded(4) == 0)
                    c.replica->remove(u"contacts"_s, contact);
                else
                    c.replica->update(u"contacts"_s, contact, Row{{u"title"_s, pick(titles)}});
            }
        } else if (action < 92) {
            // The director moves a customer: to a rep, or back to the pool.
            const auto list = f->call("GET", u"/api/v1/customers?limit=500"_s, {}, director).json.value(u"items"_s).toArray();
            if (!list.isEmpty()) {
                const QString id = list[rng.bounded(int(list.size()))].toObject().value(u"id"_s).toString();
                const int to = rng.bounded(3);
                f->call("PATCH", u"/api/v1/customers/"_s + id,
                        {{u"ownerId"_s, to == 2 ? QJsonValue() : QJsonValue(reps[to])}}, director);
            }
        } else if (action < 96) {
            // A rep claims a pool customer online.
            if (c.login == u"wangfang" || c.login == u"lina") {
                const auto list = f->call("GET", u"/api/v1/customers?limit=500"_s, {}, c.token).json.value(u"items"_s).toArray();
                for (const QJsonValue &v : list)
                    if (v.toObject().value(u"ownerId"_s).isNull()) {
                        f->call("POST", u"/api/v1/customers/%1/claim"_s.arg(v.toObject().value(u"id"_s).toString()), {}, c.token);
                        break;
                    }
            }
        } else {
            c.reopen(); // the process was killed and started again
        }
    }

    // Quiescence: everyone syncs until nothing is pending, then once more.
    for (int round = 0; round < 3; ++round)
        for (auto &c : clients) {
            const auto r = c->sync();
            QVERIFY2(r.ok, qPrintable(c->path + u": "_s + r.error));
        }
    for (auto &c : clients) {
        QCOMPARE(c->replica->pendingCount(), 0);
        const auto r = c->sync();
        QVERIFY2(r.ok && r.checksumsMatch, qPrintable(c->path));
        QCOMPARE(r.redownloadedTables, 0); // incremental pulls alone kept the replica right

        // The replica equals the server's view for its user, row by row.
        for (const QString &table : {u"customers"_s, u"contacts"_s}) {
            QHash<QString, QJsonArray> server;
            QStringList columns;
            QString after;
            do {
                const auto page = f->call("GET", u"/api/v1/sync/snapshot?table=%1&after=%2&limit=20000"_s.arg(table, after), {}, c->token).json;
                columns.clear();
                for (const QJsonValue &col : page.value(u"columns"_s).toArray())
                    columns << col.toString();
                for (const QJsonValue &row : page.value(u"rows"_s).toArray())
                    server.insert(row.toArray().first().toString(), row.toArray());
                after = page.value(u"next"_s).toString();
            } while (!after.isEmpty());
            const QStringList local = liveIds(*c, table);
            QCOMPARE(QSet<QString>(local.begin(), local.end()), QSet<QString>(server.keyBegin(), server.keyEnd()));
            const TableDef &def = DomainSchema::table(table);
            for (const QString &id : local)
                QCOMPARE(RowCodec::encode(def, columns, *c->replica->read(table, id)), server.value(id));
        }
    }

    // Nothing typed was lost: every record a client created exists on the server, or
    // that client holds a rejection for it.
    QSet<QString> rejected;
    for (auto &c : clients)
        for (const Replica::Conflict &x : c->replica->conflicts(false))
            rejected.insert(x.recordId);
    for (auto it = createdBy.begin(); it != createdBy.end(); ++it) {
        const bool onServer = f->store().database().scalar(u"SELECT count(*) FROM customers WHERE id = ?"_s, {it.key()}).toInt()
                                  + f->store().database().scalar(u"SELECT count(*) FROM contacts WHERE id = ?"_s, {it.key()}).toInt()
                              > 0;
        QVERIFY2(onServer || rejected.contains(it.key()), qPrintable(it.key() + u" from "_s + it.value()));
    }
}

QTEST_GUILESS_MAIN(tst_SyncConvergence)
#include "tst_syncconvergence.moc"
