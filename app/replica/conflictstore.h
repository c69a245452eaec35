#pragma once

#include <QList>
#include <QString>

namespace Huike {

class Database;
namespace Sync {
struct Outcome;
}

// A conflict or rejection the server sent back (a pull's outcomes), for a person to review.
struct ReplicaConflict
{
    QString id;
    QString kind; // "conflict" | "rejection"
    QString table;
    QString recordId;
    QString field;
    QString base, mine, theirs; // wire JSON text of the values
    QString theirsBy;
    QString code;
    QString message;
    QString at;
    QString status; // "open" | "resolved"
};

// The conflicts table of the replica.
class ConflictStore
{
public:
    explicit ConflictStore(Database &db);

    // An outcome a pull brought (once: a repeated one is ignored).
    void record(const Sync::Outcome &outcome);

    QList<ReplicaConflict> conflicts(bool openOnly = true);
    int openCount();
    void resolve(const QString &conflictId);
    // The conflicts recorded after `seen` (an internal sequence), in that order; `seen`
    // moves to the last one.
    QList<ReplicaConflict> after(qint64 &seen);

private:
    Database &m_db;
};

} // namespace Huike
