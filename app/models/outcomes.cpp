#include "models/outcomes.h"

#include "replica/outcomefeed.h"
#include "replica/replica.h"

namespace Huike {

Outcomes::Outcomes(Replica &replica, QObject *parent) : QObject(parent)
{
    OutcomeFeed &feed = replica.outcomes();
    connect(&feed, &OutcomeFeed::recorded, this, &Outcomes::recorded);
    connect(&feed, &OutcomeFeed::polled, this, &Outcomes::polled);
}

} // namespace Huike
