#pragma once

#include <QString>

#include <memory>

namespace Huike {

// Copies the write-ahead log of a SQLite file into the file on a thread and connection of
// its own, while one connection of this process writes a great deal (an initial
// download). That connection then turns its own checkpoints off (PRAGMA
// wal_autocheckpoint=0): otherwise every thousand pages it stops to copy them itself, and
// on a two-core laptop the copying is a fifth of a first sync's time. The checkpoints are
// PASSIVE — they never wait for or block a writer or a reader — so the log may run ahead
// of them; a last pass runs when this goes. Nothing here changes what is durable: the
// writer's commits are as safe as its own synchronous setting makes them.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const QString &path);
    ~WalCheckpointer(); // one last pass, then the thread ends
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace Huike
