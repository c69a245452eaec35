#pragma once

#include <QObject>
#include <QString>

namespace Huike {

class Replica;

// Tells the open windows about the conflicts and refusals the server sent back for the
// records they show (DESIGN.md §3): the sync records them in the replica's conflicts
// table (on its own thread, through its own Replica); poll() — after every sync round
// that changed the replica — announces each one recorded since the last look, once.
// One per Replica (Replica::outcomes()); editors connect to `recorded`.
class OutcomeFeed : public QObject
{
    Q_OBJECT

public:
    explicit OutcomeFeed(Replica &replica);

    void poll();

signals:
    // kind: "conflict" | "rejection"; code: the server's reason (OutcomeText::reason).
    void recorded(const QString &table, const QString &recordId, const QString &kind, const QString &code);
    // After each poll: the replica may have changed (edits confirmed, rows pulled).
    void polled();

private:
    Replica &m_replica;
    qint64 m_seen = 0; // the conflicts table's rowid announced last
};

} // namespace Huike
