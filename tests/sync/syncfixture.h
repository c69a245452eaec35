#pragma once

// A server (in process, either store) and desktop replicas that sync with it.

#include "apifixture.h"
#include "replica.h"
#include "syncengine.h"

#include <QTemporaryDir>

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

} // namespace Huike::Test
