#pragma once

namespace Huike {

// The two SQL dialects Huike speaks: embedded SQLite (desktop replica, small servers) and
// PostgreSQL 15 (larger sites).
enum class Dialect { Sqlite, Postgres };

} // namespace Huike
