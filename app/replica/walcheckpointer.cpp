#include "replica/walcheckpointer.h"

#include "schema/database.h"
#include "schema/schemaerror.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <optional>

using namespace Qt::StringLiterals;

namespace Huike {

class WalCheckpointer::Worker : public QThread
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) { setObjectName(u"WAL checkpointer"_s); }
    ~Worker() override
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopped = true;
            m_wake.wakeAll();
        }
        wait();
    }

protected:
    void run() override
    {
        std::optional<Database> db;
        try {
            db.emplace(Database::openSqlite(m_path));
            // As the writer during a download: the checkpoint itself still syncs the log
            // before copying and the file after (SQLite's rule for NORMAL in WAL mode).
            db->exec(u"PRAGMA synchronous=NORMAL"_s);
        } catch (const SchemaError &e) {
            // The writer's log then waits for its own checkpoint when the load ends.
            qWarning("WAL checkpointer: %s", qPrintable(e.message()));
            return;
        }
        // A pass every PauseMs, and a last one once stopped.
        for (bool stopping = false; !stopping;) {
            {
                QMutexLocker lock(&m_mutex);
                if (!m_stopped)
                    m_wake.wait(&m_mutex, PauseMs);
                stopping = m_stopped;
            }
            try {
                db->exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
            } catch (const SchemaError &) {
                // busy (another checkpoint is running) or the disk: the next pass tries again
            }
        }
    }

private:
    static constexpr int PauseMs = 20; // a page of a download commits every 50–100 ms
    const QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopped = false;
};

WalCheckpointer::WalCheckpointer(const QString &path) : m_worker(std::make_unique<Worker>(path))
{
    m_worker->start();
}

WalCheckpointer::~WalCheckpointer() = default;

} // namespace Huike
