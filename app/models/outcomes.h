#pragma once

#include <QObject>
#include <QString>

namespace Huike {

class Replica;

// The conflicts and refusals the server sent back, for an open editor to follow
// (DESIGN.md §3): the replica's OutcomeFeed relayed, so that app/ui connects to a models
// type and never includes the replica (QuoteService::outcomes, ContractService::outcomes).
// Each relay lives as long as the service that made it; the feed keeps announcing each
// outcome once, to every relay.
class Outcomes : public QObject
{
    Q_OBJECT

public:
    explicit Outcomes(Replica &replica, QObject *parent = nullptr);

signals:
    // kind: "conflict" | "rejection"; code: the server's reason (OutcomeText::reason).
    void recorded(const QString &table, const QString &recordId, const QString &kind, const QString &code);
    // After each look at the replica's conflicts: it may have changed (edits confirmed, rows pulled).
    void polled();
};

} // namespace Huike
