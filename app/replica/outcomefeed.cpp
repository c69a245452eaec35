#include "replica/outcomefeed.h"

#include "replica/replica.h"

namespace Huike {

OutcomeFeed::OutcomeFeed(Replica &replica) : QObject(nullptr), m_replica(replica)
{
    m_replica.conflictsAfter(m_seen); // those before are nothing new
}

void OutcomeFeed::poll()
{
    for (const Replica::Conflict &c : m_replica.conflictsAfter(m_seen))
        if (c.status == QStringLiteral("open"))
            emit recorded(c.table, c.recordId, c.kind, c.code);
    emit polled();
}

} // namespace Huike
