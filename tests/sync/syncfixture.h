#pragma once

// A server (in process, either store) and desktop replicas that sync with it.

#include "apifixture.h"
#include "pgcluster.h"
#include "replica/replica.h"
#include "syncclient/syncengine.h"

#include <QTemporaryDir>
#include <QTest>

namespace Huike::Test {

struct SyncClient
{
    QString login;
    QString token;
    std::unique_ptr<Replica> replica;
    QString path;
    QUrl server;

    SyncEngine::Result sync()
    {
        SyncEngine engine(*replica, server, token);
        return engine.sync();
    }
    // The client process "restarts": the replica is closed and opened again.
    void reopen()
    {
        replica.reset();
        replica = Replica::open(path);
    }
};

inline std::unique_ptr<SyncClient> makeClient(ApiFixture &server, const QTemporaryDir &dir, const QString &login,
                                              const QString &name)
{
    auto c = std::make_unique<SyncClient>();
    c->login = login;
    c->token = server.login(login);
    c->path = dir.path() + u'/' + name + QStringLiteral(".replica");
    c->replica = Replica::open(c->path);
    c->replica->setUserId(server.users().findByLogin(login)->id);
    c->server = server.url();
    return c;
}

// A person of a test's organisation: login, role, department path, manager's login.
struct Person
{
    Person(QString login_, QString role_, QString department_ = {}, QString manager_ = {})
        : login(std::move(login_)), role(std::move(role_)), department(std::move(department_)), manager(std::move(manager_))
    {
    }
    QString login;
    QString role;
    QString department;
    QString manager;
};

// What the sync tests start from (a test class derives from it): a server over a fresh
// store of the current data row's dialect, with the test's people, and a folder for the
// replicas — fresh for every test function, since replicas belong to one server.
struct SyncWorld
{
    std::unique_ptr<ApiFixture> f;
    std::unique_ptr<QTemporaryDir> dir;
    QString error;

    // In initTestCase_data: a global row per store.
    static void addDialects()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
    }
    bool startWorld(const QString &dialect, const QList<Person> &people)
    {
        dir = std::make_unique<QTemporaryDir>();
        f = ApiFixture::start(dialect, &error);
        if (!f)
            return false;
        for (const Person &p : people)
            f->addUser(p.login, p.role, p.department.isEmpty() ? QStringList() : QStringList{p.department}, p.manager);
        return true;
    }
    void stopWorld() { f.reset(); }
    std::unique_ptr<SyncClient> client(const QString &login, const QString &name) { return makeClient(*f, *dir, login, name); }
    QString userId(const QString &login) { return f->users().findByLogin(login)->id; }
};

} // namespace Huike::Test

// In a sync test's init(): the store of the current row (PostgreSQL required when it is
// that one), the world started with the people given ({{login, role, department}, …}).
#define HUIKE_START_SYNC_WORLD(...)                                                            \
    do {                                                                                       \
        QFETCH_GLOBAL(QString, dialect);                                                       \
        if (dialect == QStringLiteral("postgres"))                                             \
            HUIKE_REQUIRE_PG_CLUSTER(::Huike::Test::PgCluster::shared());                      \
        QVERIFY2(startWorld(dialect, __VA_ARGS__), qPrintable(error));                         \
    } while (false)
