#pragma once

namespace Huike {

class Migrator;

// The replica's own tables and indexes on top of the domain schema, as numbered
// migrations (component "replica"): outbox, shadow, conflicts, sync state, the search
// index, the client's list and reminder indexes, reserved numbers.
namespace ReplicaSchema {

Migrator migrator();

} // namespace ReplicaSchema

} // namespace Huike
